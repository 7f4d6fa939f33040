using System.Text.Json;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>Verdicts graded as an office grades them, through the command-line tool, on the office's own files.</summary>
public class GradingCommandTests
{
    private static JsonElement[] Evaluate(string asOf, params (string Extension, string Content)[] files)
        => EvaluateWith([], asOf, files);

    private static JsonElement[] EvaluateWith(string[] extra, string asOf, params (string Extension, string Content)[] files)
    {
        var paths = files.Select(f => Cli.TempFile(f.Extension, f.Content)).ToArray();
        try
        {
            var args = new List<string> { "evaluate", "--as-of", asOf, "--format", "json" };
            foreach (var p in paths)
            {
                args.Add("--observations");
                args.Add(p);
            }

            args.AddRange(extra);
            var r = Cli.Run([.. args]);
            Assert.True(r.ExitCode == 0, r.Err);
            using var doc = JsonDocument.Parse(r.Out);
            return [.. doc.RootElement.GetProperty("evaluations").EnumerateArray().Select(e => e.Clone())];
        }
        finally
        {
            foreach (var p in paths)
            {
                File.Delete(p);
            }
        }
    }

    private static JsonElement Of(JsonElement[] evaluations, string id) => evaluations.Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public void EnsureStriveAndPlain_TwoPercentShort_GetThreeVerdicts()
    {
        var evaluations = Evaluate(
            "2024-01-15",
            (".csv", "indicator,date,value,unit,period\nvertical-greening,2023-12-31,4900,平方米,\nnew-buildings-green-standard,2023-12-31,98,%,2023\nold-courtyard-power-retrofits,2023-12-31,19.6,座,\n"));

        var greening = Of(evaluations, "vertical-greening");
        Assert.Equal(("not-met", "yellow"), (greening.GetProperty("status").GetString(), greening.GetProperty("grade").GetString()));
        Assert.Equal(0.98, greening.GetProperty("completionRate").GetDouble(), 9);
        Assert.EndsWith("力争目标未实现，完成率98%。", greening.GetProperty("reasonZh").GetString(), StringComparison.Ordinal);

        var green = Of(evaluations, "new-buildings-green-standard");
        Assert.Equal(("not-met", "red"), (green.GetProperty("status").GetString(), green.GetProperty("grade").GetString()));
        Assert.EndsWith("未完成确保目标，完成率98%。", green.GetProperty("reasonZh").GetString(), StringComparison.Ordinal);

        var power = Of(evaluations, "old-courtyard-power-retrofits");
        Assert.Equal(("not-met", "yellow"), (power.GetProperty("status").GetString(), power.GetProperty("grade").GetString()));
        Assert.EndsWith("基本完成，完成率98%。", power.GetProperty("reasonZh").GetString(), StringComparison.Ordinal);
        Assert.Contains(power.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "fractional-count");
    }

    [Fact]
    public void MidYear_CompletionAndScheduleGap_AreInTheJson()
    {
        var greenway = Of(Evaluate("2023-06-30", (".csv", "indicator,date,value,unit\ntianfu-greenway,2023-06-30,5,公里\n")), "tianfu-greenway");
        Assert.Equal(0.5, greenway.GetProperty("timeElapsed").GetDouble(), 9);
        Assert.Equal(-16.6667, greenway.GetProperty("scheduleGapPoints").GetDouble(), 4);
        Assert.Equal("red", greenway.GetProperty("grade").GetString());
        Assert.Contains("滞后序时进度16.7个百分点", greenway.GetProperty("reasonZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ProvisionalInOneFile_FinalInAnother_TheFinalDecides()
    {
        var retrofits = Of(
            Evaluate(
                "2024-01-15",
                (".csv", "indicator,date,value,unit,status\npublic-building-energy-retrofits,2023-12-31,11.2,万平方米,预计\n"),
                (".csv", "indicator,date,value,unit,status\npublic-building-energy-retrofits,2023-12-31,10.8,万平方米,正式\n")),
            "public-building-energy-retrofits");
        Assert.Equal("not-met", retrofits.GetProperty("status").GetString());
        Assert.False(retrofits.GetProperty("provisional").GetBoolean());
        Assert.Contains(retrofits.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "provisional-superseded");

        var onlyProvisional = Of(Evaluate("2024-01-15", (".csv", "indicator,date,value,unit,status\npublic-building-energy-retrofits,2023-12-31,11.2,万平方米,快报\n")), "public-building-energy-retrofits");
        Assert.Equal("met", onlyProvisional.GetProperty("status").GetString());
        Assert.True(onlyProvisional.GetProperty("provisional").GetBoolean());
        Assert.Contains("预计", onlyProvisional.GetProperty("reasonZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DataAnOfficeWouldQuestion_IsWarnedOf_InEveryFormat()
    {
        const string Rows = "indicator,date,value,unit\ntianfu-greenway,2023-05-31,16.2,公里\ntianfu-greenway,2023-12-31,14.8,公里\nev-charging-piles,2023-05-31,250,个\nev-charging-piles,2023-06-30,300,个\nev-charging-piles,2024-03-31,700,个\n";
        var evaluations = Evaluate("2023-12-31", (".csv", Rows));
        Assert.Contains(Of(evaluations, "tianfu-greenway").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "cumulative-fell");
        var piles = Of(evaluations, "ev-charging-piles").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("after-as-of", piles);
        Assert.Contains("stale-series", piles);

        var file = Cli.TempFile(".csv", Rows);
        try
        {
            var csv = Cli.Run("evaluate", "--observations", file, "--as-of", "2023-12-31", "--format", "csv");
            Assert.Contains(csv.Out.Split('\n'), l => l.StartsWith("tianfu-greenway,", StringComparison.Ordinal) && l.Contains(",cumulative-fell,", StringComparison.Ordinal));
            var zh = Cli.Run("evaluate", "--observations", file, "--as-of", "2023-12-31", "--format", "markdown", "--language", "zh");
            Assert.Contains("【数据核实】累计数由2023年5月31日的16.2公里降至2023年12月31日的14.8公里", zh.Out, StringComparison.Ordinal);
            Assert.Contains("| 评级 | 完成率 |", zh.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AboutInADraftedCatalog_IsOneSided_ByDirection()
    {
        var report = Cli.TempFile(".txt", "某县2024年政府工作报告\n今年主要预期目标：地区生产总值增长5.5%左右，居民消费价格涨幅3%左右。\n");
        var catalog = Path.ChangeExtension(report, ".json");
        try
        {
            var drafted = Cli.Run("extract", report, "--format", "catalog-json", "--area", "某县", "--year", "2024", "--delivered", "2024-02-20");
            Assert.True(drafted.ExitCode == 0, drafted.Err);
            File.WriteAllText(catalog, drafted.Out);
            using var doc = JsonDocument.Parse(drafted.Out);
            var ids = doc.RootElement.GetProperty("indicators").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
            Assert.Equal(2, ids.Length);
            Assert.Equal("lower-is-better", doc.RootElement.GetProperty("indicators")[1].GetProperty("direction").GetString());

            // Growth of 7% against 5.5%左右 is exceeded, not missed; prices up 3.3% against 3%左右 are 基本实现.
            var evaluations = EvaluateWith(
                ["--catalog", catalog],
                "2025-01-31",
                (".csv", $"indicator,date,value,unit,period\n{ids[0]},2024-12-31,7,%,2024\n{ids[1]},2024-12-31,3.3,%,2024\n"));
            Assert.Equal(("met", "green"), (Of(evaluations, ids[0]).GetProperty("status").GetString(), Of(evaluations, ids[0]).GetProperty("grade").GetString()));
            Assert.Equal(("met", "yellow"), (Of(evaluations, ids[1]).GetProperty("status").GetString(), Of(evaluations, ids[1]).GetProperty("grade").GetString()));
            Assert.Contains("基本实现", Of(evaluations, ids[1]).GetProperty("reasonZh").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
            File.Delete(catalog);
        }
    }

    [Fact]
    public void TableCountsGrades()
    {
        var r = Cli.Run("evaluate", "--as-of", "2024-01-15", "--language", "zh");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches("合计：41项；.*；绿灯\\d+项，黄灯\\d+项，红灯\\d+项", r.Out);
    }
}
