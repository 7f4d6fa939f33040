using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Catalog;

/// <summary>A catalog drafted from another government's report is judged as that government's, not Jinjiang's.</summary>
public class OtherReportTests
{
    // Our own sentences in the style of a district report (not any publisher's text).
    private const string Text = "导航\n（某某省）安平市东湖区人民政府工作报告（2024年1月18日）\n"
        + "2024年，新建城市绿道8公里，新增公共停车位1200个，确保全区考核断面水质达到Ⅱ类标准，确保生活垃圾无害化处理率100%，力争全年空气质量综合指数位居全市前列。\n";

    private static (IndicatorCatalog Catalog, WorkReport Report) Draft()
    {
        Assert.True(WorkReportTitle.TryRead(Text, out var report));
        var drafts = DraftCatalog.FromCandidates(PromiseExtractor.Extract(Text, report.Year), report);
        Assert.Same(report, drafts.Value.Report);
        return (drafts.Value, report);
    }

    [Fact]
    public void DraftCatalog_CarriesTheReport_AndItsArea()
    {
        var (catalog, report) = Draft();
        Assert.Equal("东湖区", report.Area);
        Assert.True(catalog.Count >= 4);
        Assert.All(catalog.All, i => Assert.Same(report, i.Report));
        Assert.All(catalog.All, i => Assert.Equal("东湖区", i.Area));
        Assert.All(catalog.All, i => Assert.Equal(new LocalDate(2024, 1, 18), i.BindsFrom < new LocalDate(2024, 1, 18) ? i.Target.Period.Start : i.BindsFrom));
    }

    [Theory]
    [InlineData(ScorecardFormat.Text)]
    [InlineData(ScorecardFormat.Markdown)]
    [InlineData(ScorecardFormat.Html)]
    [InlineData(ScorecardFormat.Csv)]
    public void Scorecard_OfAnotherReport_NamesItsArea_AndNeverJinjiang(ScorecardFormat format)
    {
        var (catalog, _) = Draft();
        var greenway = catalog.All.First(i => i.Source.Contains("城市绿道", StringComparison.Ordinal));
        var observations = ObservationSet.Create([new Observation(greenway.Id, new LocalDate(2024, 6, 30), Jinjiang.Indicators.Quantities.Measure.From(UnitsNet.Length.FromKilometers(5)))]);
        var scorecard = Scorecard.Create(catalog.All, observations, new LocalDate(2024, 6, 30));
        Assert.Same(catalog.Report, scorecard.Report);
        Assert.DoesNotContain("锦江", ScorecardJson.ToJson(scorecard), StringComparison.Ordinal);
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Chinese })
        {
            var text = ScorecardRenderer.Render(scorecard, format, language);
            Assert.DoesNotContain("锦江", text, StringComparison.Ordinal);
            if (format is ScorecardFormat.Text or ScorecardFormat.Markdown or ScorecardFormat.Html)
            {
                Assert.Contains(language == ReportLanguage.English ? "东湖区 2024 work report: scorecard" : "东湖区2024年政府工作报告目标评估", text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(EvaluationStatus.OnTrack, scorecard.Evaluations.Single(e => e.Indicator.Id == greenway.Id).Status); // 5 of 8 km at mid-year
    }

    [Fact]
    public void DraftCatalog_RoundTripsThroughCatalogJson_WithItsReport()
    {
        var (catalog, report) = Draft();
        var back = CatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CatalogJson.ToJson(catalog.All))), "draft.json");
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.All(back.Value.All, i => Assert.Equal(report, i.Report));
        Assert.Same(back.Value.All[0].Report, back.Value.All[^1].Report); // one report, shared
    }

    [Fact]
    public void CatalogJson_OfTheSeed_CarriesItsReport_AndOldFilesWithoutOneStillRead()
    {
        var json = CatalogJson.ToJson(Jinjiang2023.Catalog.All);
        Assert.Contains("\"delivered\": \"2023-02-08\"", json, StringComparison.Ordinal);
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!["indicators"]!.AsArray();
        foreach (var entry in old)
        {
            entry!.AsObject().Remove("report");
        }

        var back = CatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(old.Parent!.ToJsonString())), "old.json");
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.All(back.Value.All, i => Assert.Null(i.Report));
    }

    [Fact]
    public void RankAmongAnUnlistedGroup_IsJudgedOnAReportedRank()
    {
        var (catalog, _) = Draft();
        var rank = catalog.All.Single(i => i.Target is Jinjiang.Indicators.Targets.RankTarget);
        var target = (Jinjiang.Indicators.Targets.RankTarget)rank.Target;
        Assert.False(target.Peers.IsListed);
        var reported = ObservationSet.Create([new Observation(rank.Id, new LocalDate(2024, 12, 31), Jinjiang.Indicators.Quantities.Measure.From(new Jinjiang.Indicators.Quantities.Rank(3, 23)))]);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(rank, reported, new LocalDate(2025, 1, 10)).Status);
        var values = ObservationSet.Create([new Observation(rank.Id, new LocalDate(2024, 12, 31), Jinjiang.Indicators.Quantities.Measure.Index(3.1))]);
        var e = Evaluator.Default.Evaluate(rank, values, new LocalDate(2025, 1, 10));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Contains("not listed", e.Reason);
    }

    [Fact]
    public void ACatalogTemplate_ForAnotherArea_JudgesThatAreasObservations()
    {
        var template = Jinjiang2023.Catalog;
        var wuhou = template.ForArea("武侯区");
        Assert.Equal(template.Count, wuhou.Count);
        Assert.All(wuhou.All, i => Assert.Equal("武侯区", i.Area));
        Assert.All(template.All, i => Assert.Equal("锦江区", i.Area)); // the template is untouched
        var greenway = wuhou[Jinjiang2023.TianfuGreenway.Id];
        var observations = ObservationSet.Create([
            new Observation(greenway.Id, new LocalDate(2023, 12, 31), Jinjiang.Indicators.Quantities.Measure.From(UnitsNet.Length.FromKilometers(16))) { Area = "武侯区" },
            new Observation(greenway.Id, new LocalDate(2023, 12, 31), Jinjiang.Indicators.Quantities.Measure.From(UnitsNet.Length.FromKilometers(3))) { Area = "锦江区" },
        ]);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(greenway, observations, new LocalDate(2024, 1, 15)).Status);
        Assert.Equal(EvaluationStatus.NotMet, Evaluator.Default.Evaluate(Jinjiang2023.TianfuGreenway, observations, new LocalDate(2024, 1, 15)).Status);
    }
}
