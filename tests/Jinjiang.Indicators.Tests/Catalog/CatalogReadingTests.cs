using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Catalog;

/// <summary>The catalog scores only what the report allows, flags evidence from before the report, and lists what it leaves out.</summary>
public class CatalogReadingTests
{
    [Fact]
    public void Excluded_EverySentenceOccursVerbatimInTheReport_WithAReasonInBothLanguages()
    {
        Assert.True(Jinjiang2023.Catalog.Excluded.Count >= 3);
        Assert.All(Jinjiang2023.Catalog.Excluded, e =>
        {
            Assert.Contains(e.Source, Jinjiang2023.ReportText, StringComparison.Ordinal);
            Assert.DoesNotContain(Jinjiang2023.Catalog.All, i => i.Source == e.Source);
            Assert.Matches("[\u4e00-\u9fff]", e.ReasonChinese);
        });
        Assert.Contains(Jinjiang2023.Catalog.Excluded, e => e.Source == "确保增项目不增风险");
        Assert.Contains(Jinjiang2023.Catalog.Excluded, e => e.Source.StartsWith("全面深入开展自建房、D级危房整治", StringComparison.Ordinal));
        Assert.Contains(Jinjiang2023.Catalog.Excluded, e => e.Source.StartsWith("全面摸排燃气、电力、防汛、给排水、道路、电梯", StringComparison.Ordinal));
    }

    [Fact]
    public void Excluded_TravelsWithTheCatalogsCopies_AndRendersInChinese()
    {
        Assert.Equal(Jinjiang2023.Catalog.Excluded, Jinjiang2023.Catalog.ForArea("青羊区").Excluded);
        Assert.Equal(Jinjiang2023.Catalog.Excluded, Jinjiang2023.Catalog.With(Jinjiang2023.TianfuGreenway).Excluded);
        var text = CatalogRenderer.ExcludedToText(Jinjiang2023.Catalog.Excluded, ReportLanguage.Chinese);
        Assert.StartsWith("未纳入目录的表述及原因：\n1．“全面摸排", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyGroupsVaccination_IsJudgedOnDirection_NotAgainstAnInventedDeadline()
    {
        var vaccination = Jinjiang2023.KeyGroupsVaccination;
        Assert.IsType<DirectionTarget>(vaccination.Target);
        Assert.Equal(new LocalDate(2023, 12, 31), vaccination.Target.Deadline);
        var scorecards = new[] { new LocalDate(2023, 6, 30), new LocalDate(2023, 9, 30), new LocalDate(2024, 1, 15) }
            .Select(d => Evaluator.Default.Evaluate(vaccination, ObservationSet.Create(SampleObservations.Jinjiang2023), d));
        Assert.All(scorecards, e => Assert.NotEqual(EvaluationStatus.NotMet, e.Status));
        Assert.Contains("不自行设定100%的期限", vaccination.InterpretationChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void FeverClinics_MetOnReadingsFromBeforeTheReport_SaysSo()
    {
        var clinics = Jinjiang2023.FeverClinics;
        var e = clinics.Evaluate(
            [clinics.Observe(new LocalDate(2023, 1, 15), Ratio.FromPercent(100), null, "set-up"), clinics.Observe(new LocalDate(2023, 1, 18), Ratio.FromPercent(100), null, "open")],
            new LocalDate(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        var warnings = e.Warnings.Where(w => w.Code == "before-promise").ToList();
        Assert.Equal(2, warnings.Count); // one per part, each named
        Assert.StartsWith("发热门诊应设尽设：评价所依据的数据（最近为2023年1月15日）早于报告发布日期2023年2月8日", warnings[0].MessageChinese, StringComparison.Ordinal);

        // The sample: the clinics were set up before the report (January), and opened after it (February).
        var sample = Evaluator.Default.Evaluate(clinics, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2024, 1, 15));
        Assert.Single(sample.Warnings, w => w.Code == "before-promise" && w.MessageChinese.StartsWith("发热门诊应设尽设：", StringComparison.Ordinal));
        Assert.Contains("早于报告发布日期", ScorecardRenderer.Render(new Scorecard(new LocalDate(2024, 1, 15), [e]), ScorecardFormat.Markdown, ReportLanguage.Chinese), StringComparison.Ordinal);

        var after = clinics.Evaluate([clinics.Observe(new LocalDate(2023, 3, 15), Ratio.FromPercent(100), null, "set-up"), clinics.Observe(new LocalDate(2023, 3, 15), Ratio.FromPercent(100), null, "open")], new LocalDate(2024, 1, 15));
        Assert.DoesNotContain(after.Warnings, w => w.Code == "before-promise");
    }
}
