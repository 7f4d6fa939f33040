using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Verdicts graded as a district office grades them: completion, commitment, 左右, the schedule, provisional figures, data checks.</summary>
public class GradingTests
{
    private static readonly LocalDate YearEndReview = D(2024, 1, 15);

    [Fact]
    public void VerticalGreening_4900Of5000_Strive_IsAStretchGoalMissed_Yellow()
    {
        var greening = Jinjiang2023.VerticalGreening;
        var e = greening.Evaluate([greening.Observe(D(2023, 12, 31), Area.FromSquareMeters(4900))], YearEndReview);

        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(Grade.Yellow, e.Grade);
        Assert.Equal(0.98, e.Completion!.Value, 9);
        Assert.EndsWith("力争目标未实现，完成率98%。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.EndsWith("The stretch goal was not achieved; completion 98%.", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerticalGreening_4400Of5000_Strive_BelowTheStretchBand_IsRed()
    {
        var greening = Jinjiang2023.VerticalGreening;
        var e = greening.Evaluate([greening.Observe(D(2023, 12, 31), Area.FromSquareMeters(4400))], YearEndReview);
        Assert.Equal((EvaluationStatus.NotMet, Grade.Red), (e.Status, e.Grade));
        Assert.Contains("力争目标未实现，完成率88%", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void GreenBuildings_98Percent_Ensure_IsAHardCommitmentMissed_Red()
    {
        var green = Jinjiang2023.NewBuildingsGreenStandard;
        var e = green.Evaluate([green.ObservePeriod(ReportPeriods.Year(2023), Ratio.FromPercent(98))], YearEndReview);

        Assert.Equal((EvaluationStatus.NotMet, Grade.Red), (e.Status, e.Grade));
        Assert.Equal(0.98, e.Completion!.Value, 9);
        Assert.Contains("2023年全年整体为98%，未达到目标，差2个百分点", e.ReasonChinese, StringComparison.Ordinal);
        Assert.EndsWith("未完成确保目标，完成率98%。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("A hard commitment was missed; completion 98%.", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PowerRetrofits_19Point6Of20_Plain_IsBasicallyCompleted_AndTheFractionIsQuestioned()
    {
        var retrofits = Jinjiang2023.OldCourtyardPowerRetrofits;
        var e = retrofits.Evaluate([retrofits.Observe(D(2023, 12, 31), Count.Of(19.6))], YearEndReview);

        Assert.Equal((EvaluationStatus.NotMet, Grade.Yellow), (e.Status, e.Grade));
        Assert.EndsWith("基本完成，完成率98%。", e.ReasonChinese, StringComparison.Ordinal);
        var warning = Assert.Single(e.Warnings, w => w.Code == "fractional-count");
        Assert.Contains("计数不应有小数", warning.MessageChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, 0.95, Grade.Yellow)] // 95%: inside the default plain band
    [InlineData(18, 0.95, Grade.Red)]    // 90%: beyond it
    [InlineData(18, 0.90, Grade.Yellow)] // the office's own band: 90%
    public void PlainPromiseMissed_IsGradedByTheOfficesBand(int delivered, double band, Grade expected)
    {
        var retrofits = Jinjiang2023.OldCourtyardPowerRetrofits;
        var e = retrofits.Evaluate([retrofits.Observe(D(2023, 12, 31), Count.Of(delivered))], YearEndReview, new EvaluationOptions { PlainBand = band });
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(expected, e.Grade);
    }

    [Fact]
    public void StretchBand_IsAnOption()
    {
        var greening = Jinjiang2023.VerticalGreening;
        var e = greening.Evaluate([greening.Observe(D(2023, 12, 31), Area.FromSquareMeters(4600))], YearEndReview, new EvaluationOptions { StretchBand = 0.95 });
        Assert.Equal(Grade.Red, e.Grade);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { StretchBand = 1.5 });
    }

    [Fact]
    public void EachNotMet_SaysItsOwnSentence_ByCommitment()
    {
        var greening = Jinjiang2023.VerticalGreening.Evaluate([Jinjiang2023.VerticalGreening.Observe(D(2023, 12, 31), Area.FromSquareMeters(4900))], YearEndReview);
        var green = Jinjiang2023.NewBuildingsGreenStandard.Evaluate([Jinjiang2023.NewBuildingsGreenStandard.ObservePeriod(ReportPeriods.Year(2023), Ratio.FromPercent(98))], YearEndReview);
        var power = Jinjiang2023.OldCourtyardPowerRetrofits.Evaluate([Jinjiang2023.OldCourtyardPowerRetrofits.Observe(D(2023, 12, 31), Count.Of(19.6))], YearEndReview);
        Assert.Equal(3, new[] { greening.ReasonChinese, green.ReasonChinese, power.ReasonChinese }.Select(r => r[^12..]).Distinct().Count());
    }

    [Fact]
    public void Delivery_CompletedEarly_SaysSo_WithTheCompletionRate()
    {
        var piles = Jinjiang2023.EvChargingPiles;
        var e = piles.Evaluate([piles.Observe(D(2023, 9, 30), Count.Of(648))], D(2023, 9, 30));
        Assert.Equal((EvaluationStatus.Met, Grade.Green), (e.Status, e.Grade));
        Assert.EndsWith("已提前完成目标，完成率108%。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(1.08, e.Completion!.Value, 9);
    }

    [Fact]
    public void Delivery_BehindTheSchedule_ReadsAsAnOfficeWritesIt()
    {
        // 5 of 15 km by 30 June: 33.3% of the year's target at 时间过半, 16.7 points behind.
        var greenway = Jinjiang2023.TianfuGreenway;
        var e = greenway.Evaluate([greenway.Observe(D(2023, 6, 30), Length.FromKilometers(5))], D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.OffTrack, Grade.Red), (e.Status, e.Grade));
        Assert.Equal(0.5, e.TimeElapsed!.Value, 9);
        Assert.Equal(-16.666667, e.ScheduleGapPoints!.Value, 5);
        Assert.Contains("完成全年目标的33.3%，滞后序时进度16.7个百分点（时间进度50%）", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("33.3% of the year's target done, 16.7 points behind the schedule", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeElapsed_CountsFromThePeriodsStart_NotFromTheFirstReading()
    {
        // The first reading of the year is of 31 March; 30 June is still 时间过半 and 30 September three quarters.
        var fleet = Jinjiang2023.SanitationVehiclesNewEnergy;
        Observation[] readings = [fleet.Observe(D(2023, 3, 31), Ratio.FromPercent(60)), fleet.Observe(D(2023, 6, 30), Ratio.FromPercent(80))];
        var june = fleet.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(0.5, june.TimeElapsed!.Value, 9);
        Assert.Contains("时间进度50%", june.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.OnTrack, june.Status); // half of the way from 60% to 100% at half the year

        var september = fleet.Evaluate([.. readings, fleet.Observe(D(2023, 9, 30), Ratio.FromPercent(82))], D(2023, 9, 30));
        Assert.Equal(0.75, september.TimeElapsed!.Value, 9);
        Assert.Contains("时间进度75%", september.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.OffTrack, september.Status); // 55% of the way at 75% of the time
    }

    [Theory]
    [InlineData(7.0, EvaluationStatus.Met, Grade.Green)]  // 超额完成
    [InlineData(5.5, EvaluationStatus.Met, Grade.Green)]
    [InlineData(5.2, EvaluationStatus.Met, Grade.Yellow)] // 基本实现: short within the band
    [InlineData(4.9, EvaluationStatus.NotMet, Grade.Red)] // beyond it: 89% of the figure
    public void About_OnAGrowthTarget_IsBoundedBelowOnly(double growth, EvaluationStatus status, Grade grade)
    {
        var gdp = new Indicator<Ratio>(new IndicatorId("gdp-growth"), "地区生产总值增长", "GDP growth", new AboutTarget(Measure.From(Ratio.FromPercent(5.5)), Measure.From(Ratio.FromPercent(0.5)), Year2023));
        var e = gdp.Evaluate([gdp.Observe(D(2023, 12, 31), Ratio.FromPercent(growth))], YearEndReview);
        Assert.Equal((status, grade), (e.Status, e.Grade));
    }

    [Theory]
    [InlineData(2.0, EvaluationStatus.Met, Grade.Green)]
    [InlineData(3.3, EvaluationStatus.Met, Grade.Yellow)]
    [InlineData(3.6, EvaluationStatus.NotMet, Grade.Red)]
    public void About_OnAPriceTarget_IsBoundedAboveOnly(double prices, EvaluationStatus status, Grade grade)
    {
        var cpi = new Indicator<Ratio>(new IndicatorId("cpi"), "居民消费价格涨幅", "Consumer prices", new AboutTarget(Measure.From(Ratio.FromPercent(3)), Measure.From(Ratio.FromPercent(0.5)), Year2023, higherIsBetter: false))
        {
            Direction = Direction.LowerIsBetter,
        };
        var e = cpi.Evaluate([cpi.Observe(D(2023, 12, 31), Ratio.FromPercent(prices))], YearEndReview);
        Assert.Equal((status, grade), (e.Status, e.Grade));
    }

    [Fact]
    public void About_WordsItsVerdict_BasicallyAchievedOrExceeded()
    {
        var gdp = new Indicator<Ratio>(new IndicatorId("gdp-growth"), "地区生产总值增长", "GDP growth", new AboutTarget(Measure.From(Ratio.FromPercent(5.5)), Measure.From(Ratio.FromPercent(0.5)), Year2023));
        Assert.EndsWith("基本实现，完成率94.5%。", gdp.Evaluate([gdp.Observe(D(2023, 12, 31), Ratio.FromPercent(5.2))], YearEndReview).ReasonChinese, StringComparison.Ordinal);
        Assert.EndsWith("超额完成，完成率127.3%。", gdp.Evaluate([gdp.Observe(D(2023, 12, 31), Ratio.FromPercent(7))], YearEndReview).ReasonChinese, StringComparison.Ordinal);
        Assert.Equal("about 5.5 % (not below 5 %) by 2023-12-31", gdp.Target.Describe());
    }

    [Fact]
    public void ProvisionalFigure_DecidesOnlyUntilTheFinalOne_AndSaysSo()
    {
        var retrofits = Jinjiang2023.PublicBuildingEnergyRetrofits;
        var provisional = new Observation(retrofits.Id, D(2023, 12, 31), new Measure(11.2, MeasureUnit.TenThousandSquareMetres)) { Status = ObservationStatus.Provisional };
        var onProvisional = Evaluator.Default.Evaluate(retrofits, ObservationSet.Create([provisional]), YearEndReview);
        Assert.Equal(EvaluationStatus.Met, onProvisional.Status);
        Assert.True(onProvisional.Provisional);
        Assert.Contains("预计", onProvisional.ReasonChinese, StringComparison.Ordinal);

        var final = new Observation(retrofits.Id, D(2023, 12, 31), new Measure(10.8, MeasureUnit.TenThousandSquareMetres));
        var set = ObservationSet.Create([provisional, final]);
        Assert.Equal(1, set.Count);
        Assert.Same(provisional, Assert.Single(set.SupersededOf(retrofits.Id)));
        var onFinal = Evaluator.Default.Evaluate(retrofits, set, YearEndReview);
        Assert.Equal(EvaluationStatus.NotMet, onFinal.Status);
        Assert.False(onFinal.Provisional);
        Assert.Contains(onFinal.Warnings, w => w.Code == "provisional-superseded" && w.MessageChinese.Contains("预计数", StringComparison.Ordinal));
    }

    [Fact]
    public void ProvisionalAndFinal_InTwoFiles_AreNotDuplicates_AndTheFinalDecides()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var a = Path.Combine(dir.FullName, "a.csv");
            var b = Path.Combine(dir.FullName, "b.csv");
            File.WriteAllText(a, "indicator,date,value,unit,status\npublic-building-energy-retrofits,2023-12-31,11.2,万平方米,预计\n");
            File.WriteAllText(b, "indicator,date,value,unit,status\npublic-building-energy-retrofits,2023-12-31,10.8,万平方米,正式\n");
            var read = ObservationFile.ReadAll([a, b], Jinjiang2023.Catalog);
            Assert.Empty(read.Problems);
            var e = Evaluator.Default.Evaluate(Jinjiang2023.PublicBuildingEnergyRetrofits, ObservationSet.Create(read.Value), YearEndReview);
            Assert.Equal(EvaluationStatus.NotMet, e.Status);
            Assert.Equal(10.8, e.Actual!.Value.Value, 9);

            // In one file too, in either order; two provisional figures of one period are still duplicates.
            File.WriteAllText(a, "indicator,date,value,unit,status\npublic-building-energy-retrofits,2023-12-31,10.8,万平方米,\npublic-building-energy-retrofits,2023-12-31,11.2,万平方米,快报\npublic-building-energy-retrofits,2023-12-31,11.3,万平方米,初步\n");
            var one = ObservationFile.ReadAll([a], Jinjiang2023.Catalog);
            Assert.Single(one.Problems);
            Assert.Equal(10.8, Evaluator.Default.Evaluate(Jinjiang2023.PublicBuildingEnergyRetrofits, ObservationSet.Create(one.Value), YearEndReview).Actual!.Value.Value, 9);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void CumulativeTotalThatFalls_IsQuestioned()
    {
        var greenway = Jinjiang2023.TianfuGreenway;
        var e = greenway.Evaluate([greenway.Observe(D(2023, 5, 31), Length.FromKilometers(16.2)), greenway.Observe(D(2023, 12, 31), Length.FromKilometers(14.8))], YearEndReview);
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        var warning = Assert.Single(e.Warnings, w => w.Code == "cumulative-fell");
        Assert.Contains("累计数由2023年5月31日的16.2公里降至2023年12月31日的14.8公里", warning.MessageChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void SeriesThatStoppedReporting_IsQuestioned()
    {
        var greenway = Jinjiang2023.TianfuGreenway;
        var readings = Enumerable.Range(1, 6).Select(m => greenway.Observe(D(2023, m, 1).PlusMonths(1).PlusDays(-1), Length.FromKilometers(2 * m))).ToArray();
        Assert.DoesNotContain(greenway.Evaluate(readings, D(2023, 7, 31)).Warnings, w => w.Code == "stale-series");
        var september = greenway.Evaluate(readings, D(2023, 9, 30));
        var warning = Assert.Single(september.Warnings, w => w.Code == "stale-series");
        Assert.Contains("自2023年6月30日后未再报送数据（此前按月报送）", warning.MessageChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void RowsAfterTheAsOfDate_AreCounted_NotSilentlyDropped()
    {
        var greenway = Jinjiang2023.TianfuGreenway;
        var e = greenway.Evaluate([greenway.Observe(D(2023, 6, 30), Length.FromKilometers(8)), greenway.Observe(D(2023, 9, 30), Length.FromKilometers(11)), greenway.Observe(D(2023, 10, 31), Length.FromKilometers(12))], D(2023, 7, 31));
        var warning = Assert.Single(e.Warnings, w => w.Code == "after-as-of");
        Assert.Contains("2 reading(s) dated after the as-of date 2023-07-31 (up to 2023-10-31)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogBuiltInCode_HandsItsReportToItsIndicators()
    {
        // A county's own catalog, built exactly as a consumer builds one.
        var report = new WorkReport("某县人民政府", "某县", GovernmentLevel.County, 2024, D(2024, 2, 20));
        var farmland = new Indicator<Area>(new IndicatorId("high-standard-farmland"), "新建高标准农田", "High-standard farmland", new DeliveryTarget(new Measure(1000, MeasureUnit.Mu), ReportPeriods.Year(2024)));
        var forest = new Indicator<Ratio>(new IndicatorId("forest-cover"), "森林覆盖率", "Forest cover", new AtLeastTarget(Measure.From(Ratio.FromPercent(60)), ReportPeriods.Year(2024)) { Basis = TargetBasis.Throughout });
        var catalog = new IndicatorCatalog(report, [farmland, forest]);

        Assert.All(catalog.All, i => Assert.Same(report, i.Report));
        Assert.Equal("某县", catalog[new IndicatorId("high-standard-farmland")].Area);
        Assert.Equal(D(2024, 2, 20), catalog[new IndicatorId("forest-cover")].BindsFrom);

        var observations = ObservationSet.Create(
        [
            farmland.Observe(D(2024, 3, 31), Area.FromSquareMeters(150 * 10_000 / 15.0), "某县"),
            farmland.Observe(D(2024, 6, 30), Area.FromSquareMeters(600 * 10_000 / 15.0), "某县"),
            forest.Observe(D(2024, 1, 31), Ratio.FromPercent(58), "某县"), // before the report: breaks nothing
            forest.Observe(D(2024, 6, 30), Ratio.FromPercent(61), "某县"),
        ]);
        var scorecard = Scorecard.Create(catalog.All, observations, D(2024, 6, 30));
        Assert.Same(report, scorecard.Report);
        Assert.Equal(600, scorecard.Evaluations[0].Actual!.Value.ConvertTo(MeasureUnit.Mu).Value, 6);
        Assert.Equal(EvaluationStatus.OnTrack, scorecard.Evaluations[0].Status); // 60% done at half the year
        Assert.Equal(EvaluationStatus.OnTrack, scorecard.Evaluations[1].Status);
        Assert.StartsWith("# 某县2024年政府工作报告目标评估", ScorecardRenderer.Render(scorecard, ScorecardFormat.Markdown, ReportLanguage.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogOfAReport_KeepsAnIndicatorsOwnReport()
    {
        var other = WorkReport.ForArea("某区", 2024);
        var own = Greenway() is var g ? new IndicatorCatalog(other, [g]).All[0] : null;
        var catalog = new IndicatorCatalog(WorkReport.ForArea("某县", 2024), [own!]);
        Assert.Same(other, catalog.All[0].Report);
    }

    [Fact]
    public void ThroughoutAndCadence_ReportTheirCompliance()
    {
        var inspections = Jinjiang2023.WeeklyEnterpriseInspections;
        var weeks = new List<Observation>();
        for (var d = D(2023, 2, 14); d.Year == 2023; d = d.PlusWeeks(1))
        {
            if (d != D(2023, 5, 16))
            {
                weeks.Add(inspections.Observe(d, Count.Of(1)));
            }
        }

        var e = inspections.Evaluate(weeks, YearEndReview);
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        var compliance = e.Compliance!;
        Assert.Equal(compliance.Due - 1, compliance.Kept);
        Assert.Equal([D(2023, 5, 15)], compliance.Lapses);
        Assert.Contains($"达标{compliance.Kept}个", e.ReasonChinese, StringComparison.Ordinal);

        var water = Jinjiang2023.WaterSectionsClass;
        var forest = new Indicator<Ratio>(new IndicatorId("forest-cover"), "森林覆盖率", "Forest cover", new AtLeastTarget(Measure.From(Ratio.FromPercent(60)), Year2023) { Basis = TargetBasis.Throughout });
        var held = forest.Evaluate([forest.Observe(D(2023, 3, 31), Ratio.FromPercent(61)), forest.Observe(D(2023, 6, 30), Ratio.FromPercent(59)), forest.Observe(D(2023, 9, 30), Ratio.FromPercent(62))], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotMet, held.Status);
        Assert.Equal((2, 3), (held.Compliance!.Kept, held.Compliance.Due));
        Assert.Equal([D(2023, 6, 30)], held.Compliance.Lapses);
        Assert.NotNull(water);
    }

    [Fact]
    public void Summary_CarriesTheGradeAndCompletion_AsTheFullEvaluationDoes()
    {
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        foreach (var asOf in new[] { D(2023, 6, 30), D(2023, 9, 30), YearEndReview })
        {
            foreach (var indicator in Jinjiang2023.Catalog.All)
            {
                var summary = Evaluator.Default.Summarize(indicator, set, asOf);
                var full = Evaluator.Default.Evaluate(indicator, set, asOf);
                Assert.Equal(full.Summary, summary);
                Assert.Equal(full.Grade, summary.Grade);
            }
        }
    }

    [Fact]
    public void ScorecardOutputs_CarryTheGrade_AndCountGrades()
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), YearEndReview);
        Assert.Equal(scorecard.Evaluations.Count, Enum.GetValues<Grade>().Sum(g => scorecard.Counts[g]));

        var json = System.Text.Json.JsonDocument.Parse(ScorecardJson.ToJson(scorecard)).RootElement;
        Assert.Equal(scorecard.Counts[Grade.Red], json.GetProperty("grades").GetProperty("red").GetInt32());
        var power = json.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "old-courtyard-power-retrofits");
        Assert.Equal("yellow", power.GetProperty("grade").GetString());
        Assert.Equal(0.95, power.GetProperty("completionRate").GetDouble(), 9);
        Assert.Equal(1, power.GetProperty("timeElapsed").GetDouble(), 9);
        Assert.False(power.GetProperty("provisional").GetBoolean());

        var csv = ScorecardRenderer.ToCsv(scorecard).Split('\n');
        Assert.EndsWith(",completion_rate,time_elapsed,schedule_gap_points,grade,provisional,compliance_rate,lapses,warnings,responsible_unit,cooperating_units", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("old-courtyard-power-retrofits,", StringComparison.Ordinal) && l.Contains(",0.95,1,,yellow,false,", StringComparison.Ordinal));

        var markdown = ScorecardRenderer.Render(scorecard, ScorecardFormat.Markdown, ReportLanguage.Chinese);
        Assert.Contains("| 评级 | 完成率 |", markdown, StringComparison.Ordinal);
        Assert.Contains("🟡 黄灯 | 95%", markdown, StringComparison.Ordinal);
        var html = ScorecardRenderer.Render(scorecard, ScorecardFormat.Html);
        Assert.Contains("data-grade=\"yellow\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"grade-red\"><span class=\"light\"></span>red", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Grades_RoundTripThroughScorecardJson()
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), YearEndReview);
        var json = ScorecardJson.ToJson(scorecard);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var back = ScorecardJson.Read(stream, "s.json", Jinjiang2023.Catalog).Value;
        Assert.Equal(scorecard.Evaluations.Select(e => (e.Grade, Round(e.Completion), e.Warnings.Count)), back.Evaluations.Select(e => (e.Grade, e.Completion, e.Warnings.Count)));
        static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;
    }

    [Fact]
    public void TenThousandMu_IsAUnitWord()
    {
        Assert.True(MeasureUnit.TryParse("万亩", out var unit));
        Assert.Equal(10_000 * 10_000 / 15.0, new Measure(1, unit).BaseValue, 6);
        Assert.Equal(2.5 * 10_000 * 10_000 / 15.0, Jinjiang.Indicators.Text.ChineseQuantityParser.Parse("2.5万亩").Value.Value.BaseValue, 3);
    }
}
