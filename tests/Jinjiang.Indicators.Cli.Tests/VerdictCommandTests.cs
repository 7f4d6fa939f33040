using System.Text.Json;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>The verdicts a performance office would sign, through the command-line tool.</summary>
public class VerdictCommandTests
{
    private static string Status(string csv, string asOf, string id)
    {
        var file = Cli.TempFile(".csv", csv);
        try
        {
            var r = Cli.Run("evaluate", "--observations", file, "--as-of", asOf, "--format", "json");
            Assert.True(r.ExitCode == 0, r.Err);
            using var doc = JsonDocument.Parse(r.Out);
            return doc.RootElement.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void WaterClassBrokenInJune_IsNotMet()
        => Assert.Equal("not-met", Status(
            "indicator,date,value,unit,component\nwater-sections-class,2023-06-30,V,class,沙河\nwater-sections-class,2023-12-31,III,class,沙河\n",
            "2024-01-15",
            "water-sections-class"));

    [Fact]
    public void HarmlessTreatment95InJune_IsNotMetBeforeTheYearsFigure_AndTheYearsFigureDecides()
    {
        const string Rows = "indicator,date,value,unit\nhousehold-waste-harmless-treatment,2023-06-30,95,%\nhousehold-waste-harmless-treatment,2023-12-31,100,%\n";
        Assert.Equal("not-met", Status(Rows, "2023-09-30", "household-waste-harmless-treatment"));
        Assert.Equal("met", Status(Rows, "2024-01-15", "household-waste-harmless-treatment"));
    }

    [Fact]
    public void WeeklyCadenceFromMidFebruary_IsMet()
    {
        var rows = new System.Text.StringBuilder("indicator,date,value,unit\n");
        for (var d = new NodaTime.LocalDate(2023, 2, 14); d.Year == 2023; d = d.PlusWeeks(1))
        {
            rows.Append("weekly-enterprise-inspections,").Append(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(",1,次\n");
        }

        Assert.Equal("met", Status(rows.ToString(), "2024-01-15", "weekly-enterprise-inspections"));
    }

    [Fact]
    public void HalfYearBaseline_IsNotEvaluable()
        => Assert.Equal("not-evaluable", Status(
            "indicator,date,value,unit\nfume-and-noise-complaints,2022-06-30,6000,件\nfume-and-noise-complaints,2023-12-31,11000,件\n",
            "2024-01-15",
            "fume-and-noise-complaints"));

    [Fact]
    public void A2022ReadingOnly_IsNoDataFor2023()
        => Assert.Equal("no-data", Status(
            "indicator,date,value,unit\nsanitation-vehicles-new-energy,2022-12-31,100,%\n",
            "2023-06-30",
            "sanitation-vehicles-new-energy"));

    [Fact]
    public void OneBreachOfTheResponseRule_IsNotMetAtOnce()
        => Assert.Equal("not-met", Status(
            "indicator,date,value,unit,component\nrapid-response-1-3-5,2023-03-10,0.8,min,respond\nrapid-response-1-3-5,2023-03-10,3.5,min,arrive\nrapid-response-1-3-5,2023-03-10,4,min,reinforce\n",
            "2023-04-01",
            "rapid-response-1-3-5"));

    [Fact]
    public void Evaluate_LanguageZh_GivesNoEnglishSentenceInAnyReason()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "km", "m2", "min", "count", "CNY" };
        foreach (var indicator in Jinjiang.Indicators.Catalog.Jinjiang2023.Catalog.All)
        {
            allowed.Add(indicator.Id.Value);
            if (indicator.Target is Jinjiang.Indicators.Targets.AllOfTarget all)
            {
                allowed.UnionWith(all.Parts.Select(p => p.Component));
            }
            else if (indicator.Target is Jinjiang.Indicators.Targets.ResponseTimeTarget response)
            {
                allowed.UnionWith(response.Tiers.Select(t => t.Name));
            }
        }

        foreach (var asOf in new[] { "2023-03-31", "2023-09-30", "2024-01-15" })
        {
            var r = Cli.Run("evaluate", "--as-of", asOf, "--language", "zh", "--format", "markdown");
            Assert.Equal(0, r.ExitCode);
            var reasons = r.Out.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(" | `", StringComparison.Ordinal) || l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.TrimEnd().TrimEnd('|').Split(" | ")[^1]).ToList();
            Assert.Equal(41, reasons.Count);
            var english = reasons.SelectMany(reason => System.Text.RegularExpressions.Regex.Matches(reason, "[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*").Select(m => m.Value)).Where(w => !allowed.Contains(w)).Distinct().ToList();
            Assert.Empty(english);
        }
    }

    [Fact]
    public void Catalog_Table_ShowsTheBasis()
    {
        var r = Cli.Run("catalog", "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        var water = doc.RootElement.GetProperty("indicators").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "water-sections-class");
        Assert.Equal("throughout", water.GetProperty("definition").GetProperty("basis").GetString());
        Assert.Equal("2023-02-08", water.GetProperty("report").GetProperty("delivered").GetString());
    }

    [Fact]
    public void Extract_AnotherReport_ThenEvaluate_NamesItsAreaAndNeverJinjiang()
    {
        var report = Cli.TempFile(".txt", "（某某省）安平市东湖区人民政府工作报告（2024年1月18日）\n2024年，新建城市绿道8公里，新增公共停车位1200个，确保生活垃圾无害化处理率100%。\n");
        try
        {
            var table = Cli.Run("extract", report);
            Assert.StartsWith("3 candidate promise(s) for 2024 in 安平市东湖区人民政府工作报告（2024-01-18）:", table.Out);

            var draft = Cli.Run("extract", report, "--format", "catalog-json");
            Assert.Equal(0, draft.ExitCode);
            Assert.Contains("\"area\": \"东湖区\"", draft.Out);
            var catalog = Cli.TempFile(".json", draft.Out);
            var observations = Cli.TempFile(".csv", "indicator,date,value,unit\npromise-001,2024-06-30,5,km\n");
            try
            {
                foreach (var language in new[] { "en", "zh" })
                {
                    var r = Cli.Run("evaluate", "--catalog", catalog, "--observations", observations, "--as-of", "2024-06-30", "--language", language);
                    Assert.Equal(0, r.ExitCode);
                    Assert.Contains(language == "en" ? "东湖区 2024 work report: scorecard" : "东湖区2024年政府工作报告目标评估", r.Out);
                    Assert.DoesNotContain("锦江", r.Out + r.Err);
                }
            }
            finally
            {
                File.Delete(catalog);
                File.Delete(observations);
            }

            // --area, --year and --delivered set or override what the title line says.
            var overridden = Cli.Run("extract", report, "--area", "西湖区", "--delivered", "2024-02-01", "--format", "catalog-json");
            Assert.Contains("\"area\": \"西湖区\"", overridden.Out);
            Assert.Contains("\"delivered\": \"2024-02-01\"", overridden.Out);
            Assert.Equal(1, Cli.Run("extract", report, "--delivered", "1 Feb").ExitCode);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void Extract_WithoutATitleLine_WarnsAndTakesTheArea()
    {
        var report = Cli.TempFile(".txt", "2024年工作安排\n新建城市绿道8公里。\n");
        try
        {
            var bare = Cli.Run("extract", report, "--format", "catalog-json");
            Assert.Equal(0, bare.ExitCode);
            Assert.Contains("pass --area", bare.Err);
            var named = Cli.Run("extract", report, "--format", "catalog-json", "--area", "东湖区");
            Assert.Contains("\"issuer\": \"东湖区人民政府\"", named.Out);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
