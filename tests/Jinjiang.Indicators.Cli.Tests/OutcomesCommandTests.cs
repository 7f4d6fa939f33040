using System.Text.Json;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>The loop through the tool: extract last year's plan, read this year's review, judge last year's promises.</summary>
public class OutcomesCommandTests
{
    private const string Plan = "（某某省）安平市东湖区人民政府工作报告（2025年1月16日）\n2025年，全区生产总值增长6%以上，城镇调查失业率控制在5.5%左右，新建城市绿道15公里，新增城镇就业1.2万人以上，新建口袋公园20个。\n";

    private const string Review = "一、2025年工作回顾\n过去一年，全区实现生产总值1320亿元，增长6.4%；城镇调查失业率平均为5.1%；新建城市绿道12公里；城镇新增就业1.35万人；累计建成口袋公园86个。\n";

    [Fact]
    public void Outcomes_WriteObservations_ThatEvaluateJudgesLastYearsPromisesOn()
    {
        var plan = Cli.TempFile(".txt", Plan);
        var review = Cli.TempFile(".txt", Review);
        var catalog = Path.ChangeExtension(Cli.TempFile(".json", string.Empty), ".catalog.json");
        var observations = Path.ChangeExtension(catalog, ".csv");
        try
        {
            var extract = Cli.Run("extract", plan, "--format", "catalog-json");
            Assert.True(extract.ExitCode == 0, extract.Err);
            File.WriteAllText(catalog, extract.Out);

            var table = Cli.Run("outcomes", review, "--catalog", catalog, "--observations", observations);
            Assert.True(table.ExitCode == 0, table.Err);
            Assert.Contains("5 promise(s) matched (4 judgeable)", table.Out, StringComparison.Ordinal);
            Assert.Contains("unclear", table.Out, StringComparison.Ordinal); // 累计 parks against 新建 parks
            Assert.StartsWith("indicator,date,value,unit", File.ReadAllText(observations), StringComparison.Ordinal);

            var evaluate = Cli.Run("evaluate", "--catalog", catalog, "--observations", observations, "--as-of", "2026-01-31", "--format", "json");
            Assert.True(evaluate.ExitCode == 0, evaluate.Err);
            using var doc = JsonDocument.Parse(evaluate.Out);
            var verdicts = doc.RootElement.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("status").GetString()).ToList();
            Assert.Equal(["met", "met", "not-met", "met", "no-data"], verdicts);

            var json = Cli.Run("outcomes", review, "--catalog", catalog, "--format", "json");
            using var matches = JsonDocument.Parse(json.Out);
            Assert.Equal(5, matches.RootElement.GetProperty("matches").GetArrayLength());
            Assert.All(matches.RootElement.GetProperty("matches").EnumerateArray(), m => Assert.True(m.GetProperty("confidence").GetDouble() >= 0.5));

            var csv = Cli.Run("outcomes", review, "--catalog", catalog, "--format", "csv");
            Assert.Equal(File.ReadAllText(observations), csv.Out);
        }
        finally
        {
            foreach (var f in new[] { plan, review, catalog, observations })
            {
                File.Delete(f);
            }
        }
    }

    [Fact]
    public void Outcomes_WithoutACatalog_OrWithAMissingReview_SayWhy()
    {
        var noCatalog = Cli.Run("outcomes", "review.txt");
        Assert.NotEqual(0, noCatalog.ExitCode);
        Assert.Contains("--catalog", noCatalog.Err, StringComparison.Ordinal);

        var missing = Cli.Run("outcomes", Path.Combine(Path.GetTempPath(), "no-such-review.txt"), "--catalog", "no-such.json");
        Assert.Equal(1, missing.ExitCode); // invalid input
        Assert.Contains("does not exist", missing.Err, StringComparison.Ordinal);
    }
}
