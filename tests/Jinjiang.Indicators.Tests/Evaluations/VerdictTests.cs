using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Catalog.Jinjiang2023;
using Duration = UnitsNet.Duration;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>
/// The verdicts a district performance office (绩效办, 督查室) would sign: how each promise must hold over its period,
/// what period a figure covers, and the day a promise binds from.
/// </summary>
public class VerdictTests
{
    private static readonly LocalDate After = new(2024, 1, 15);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    // 1. Every assessed section at Ⅲ类 throughout the year: a June breach is final.

    [Fact]
    public void WaterClass_FifthInJune_ThirdInDecember_IsNotMet_AndNothingInDecemberRepairsIt()
    {
        var observations = new[]
        {
            WaterSectionsClass.Observe(D(2023, 6, 30), QualityClass.V, null, "沙河"),
            WaterSectionsClass.Observe(D(2023, 6, 30), QualityClass.II, null, "府河"),
            WaterSectionsClass.Observe(D(2023, 12, 31), QualityClass.III, null, "沙河"),
            WaterSectionsClass.Observe(D(2023, 12, 31), QualityClass.II, null, "府河"),
        };

        var final = WaterSectionsClass.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.NotMet, final.Status);
        Assert.Contains("Class Ⅴ at 沙河 on 2023-06-30", final.Reason);
        Assert.Contains("throughout", final.Reason);
        Assert.Equal("throughout", final.Method);
        Assert.Equal(QualityClass.V.Ordinal, (int)final.Actual!.Value.Value);

        // Not met at once: in July, before the deadline, the promise is already broken.
        Assert.Equal(EvaluationStatus.NotMet, WaterSectionsClass.Evaluate(observations, D(2023, 7, 1)).Status);
    }

    [Fact]
    public void WaterClass_AtTheDeadlineBasis_IsMetOnTheDecemberReading()
    {
        var atDeadline = WaterSectionsClass.WithTarget(WaterSectionsClass.Target.WithBasis(TargetBasis.AtDeadline));
        var observations = new[] { atDeadline.Observe(D(2023, 6, 30), QualityClass.V, null, "沙河"), atDeadline.Observe(D(2023, 12, 31), QualityClass.III, null, "沙河") };
        Assert.Equal(EvaluationStatus.Met, atDeadline.Evaluate(observations, After).Status);
        Assert.Equal(EvaluationStatus.OffTrack, atDeadline.Evaluate(observations, D(2023, 7, 1)).Status); // worse now, still repairable
    }

    [Fact]
    public void WaterClass_ABreachBeforeTheReportWasDelivered_BreaksNothing()
    {
        var observations = new[] { WaterSectionsClass.Observe(D(2023, 1, 31), QualityClass.IV, null, "沙河"), WaterSectionsClass.Observe(D(2023, 12, 31), QualityClass.III, null, "沙河") };
        var e = WaterSectionsClass.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Contains("from 2023-02-08", e.Reason);
    }

    // 2. A yearly rate of 100% over the period: any part of the year below 100% makes it impossible.

    [Fact]
    public void HarmlessTreatment_95InJune_100ForTheYear_IsMetOnTheYear_WithADataConflict()
    {
        var observations = new[]
        {
            HouseholdWasteHarmlessTreatment.Observe(D(2023, 6, 30), Ratio.FromPercent(95)),
            HouseholdWasteHarmlessTreatment.Observe(D(2023, 12, 31), Ratio.FromPercent(100)),
        };

        // The whole year's figure decides; the half year that contradicts it is a data question, not a verdict.
        var final = HouseholdWasteHarmlessTreatment.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.Met, final.Status);
        var conflict = Assert.Single(final.Warnings, w => w.Code == "period-conflict");
        Assert.Contains("月度数据与年度数据不一致", conflict.MessageChinese);

        // Before the year's figure, 95% for the first half makes a 100% year impossible at once.
        var july = HouseholdWasteHarmlessTreatment.Evaluate(observations, D(2023, 7, 1));
        Assert.Equal(EvaluationStatus.NotMet, july.Status);
        Assert.Contains("95 %", july.Reason);
        Assert.Contains("impossible", july.Reason);
    }

    [Fact]
    public void HarmlessTreatment_AMonthAt99_StatedAsAPeriod_MakesTheYearImpossible_UntilTheYearsFigureDecides()
    {
        var june = new DateInterval(D(2023, 6, 1), D(2023, 6, 30));
        var month = HouseholdWasteHarmlessTreatment.ObservePeriod(june, Ratio.FromPercent(99));

        // A 99% month leaves at best 99.92% for the year, published as 99.9%: impossible at once.
        var e = HouseholdWasteHarmlessTreatment.Evaluate([month], D(2023, 7, 15));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("for 2023-06-01..2023-06-30", e.Reason);

        var year = HouseholdWasteHarmlessTreatment.Evaluate([month, HouseholdWasteHarmlessTreatment.ObservePeriod(ReportPeriods.Year(2023), Ratio.FromPercent(100))], After);
        Assert.Equal(EvaluationStatus.Met, year.Status);
        Assert.Contains(year.Warnings, w => w.Code == "period-conflict");
    }

    [Fact]
    public void HarmlessTreatment_AMonthAt99Point5_DoesNotMakeTheYearImpossible()
    {
        // 99.5% in May leaves 99.96% for the year at best, published as 100%: still on track, and the year's 100% meets it without conflict.
        var may = HouseholdWasteHarmlessTreatment.ObservePeriod(new DateInterval(D(2023, 5, 1), D(2023, 5, 31)), Ratio.FromPercent(99.5));
        Assert.Equal(EvaluationStatus.AtRisk, HouseholdWasteHarmlessTreatment.Evaluate([may], D(2023, 6, 30)).Status);
        var year = HouseholdWasteHarmlessTreatment.Evaluate([may, HouseholdWasteHarmlessTreatment.ObservePeriod(ReportPeriods.Year(2023), Ratio.FromPercent(100))], After);
        Assert.Equal(EvaluationStatus.Met, year.Status);
        Assert.DoesNotContain(year.Warnings, w => w.Code == "period-conflict");
    }

    [Fact]
    public void HarmlessTreatment_AWholeYearAt98_SaysTheYearWas98_TwoPointsShort()
    {
        var e = HouseholdWasteHarmlessTreatment.Evaluate([HouseholdWasteHarmlessTreatment.ObservePeriod(ReportPeriods.Year(2023), Ratio.FromPercent(98))], After);
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("2023年全年整体为98%", e.ReasonChinese);
        Assert.Contains("差2个百分点", e.ReasonChinese);
        Assert.DoesNotContain("不可能", e.ReasonChinese);
        Assert.Equal(0.98, e.Completion!.Value, 9);
    }

    [Fact]
    public void HarmlessTreatment_100Everywhere_IsMetOnTheWholeYearsFigure()
    {
        var observations = new[]
        {
            HouseholdWasteHarmlessTreatment.Observe(D(2023, 6, 30), Ratio.FromPercent(100)),
            HouseholdWasteHarmlessTreatment.ObservePeriod(ReportPeriods.Year(2023), Ratio.FromPercent(100)),
        };
        var e = HouseholdWasteHarmlessTreatment.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Contains("whole period 2023-01-01..2023-12-31", e.Reason);
        Assert.Equal(EvaluationStatus.OnTrack, HouseholdWasteHarmlessTreatment.Evaluate(observations.Take(1), D(2023, 7, 1)).Status);
    }

    [Fact]
    public void OverPeriod_WithoutAFigureForTheWholeYear_IsNoDataAfterTheDeadline()
    {
        var e = HouseholdWasteHarmlessTreatment.Evaluate([HouseholdWasteHarmlessTreatment.Observe(D(2023, 9, 30), Ratio.FromPercent(100))], After);
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Contains("No figure covers the whole period", e.Reason);
    }

    // 3. A weekly cadence binds from the day the report was delivered (2023-02-08).

    [Fact]
    public void WeeklyCadence_KeptEveryWeekFromMidFebruary_IsMet()
    {
        var observations = new List<Observation>();
        for (var d = D(2023, 2, 15); d <= D(2023, 12, 31); d = d.PlusWeeks(1))
        {
            observations.Add(WeeklyEnterpriseInspections.Observe(d, Count.Of(1)));
            observations.Add(WeeklyInspectionAndExposure.Observe(d, Count.Of(1), null, "inspection"));
            observations.Add(WeeklyInspectionAndExposure.Observe(d.PlusDays(1), Count.Of(1), null, "exposure"));
        }

        var enterprise = WeeklyEnterpriseInspections.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.Met, enterprise.Status);
        Assert.Contains("since the promise binds (2023-02-13 on)", enterprise.Reason);
        Assert.Equal(EvaluationStatus.Met, WeeklyInspectionAndExposure.Evaluate(observations, After).Status);
    }

    [Fact]
    public void WeeklyCadence_AMissedWeekAfterTheReport_IsNotMet()
    {
        var observations = new List<Observation>();
        for (var d = D(2023, 2, 15); d <= D(2023, 12, 31); d = d.PlusWeeks(1))
        {
            if (d != D(2023, 5, 10))
            {
                observations.Add(WeeklyEnterpriseInspections.Observe(d, Count.Of(1)));
            }
        }

        var e = WeeklyEnterpriseInspections.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("the first starting 2023-05-08", e.Reason);
    }

    [Fact]
    public void Cadence_WithoutAReport_BindsFromThePeriodsStart()
    {
        var plain = new Indicator<Count>(new IndicatorId("weekly"), "每周", "Weekly", new CadenceTarget(1, CadenceUnit.Week, ReportPeriods.Year(2023)));
        var observations = Enumerable.Range(0, 52).Select(w => plain.Observe(D(2023, 2, 15).PlusWeeks(w), Count.Of(1))).Where(o => o.Date.Year == 2023);
        Assert.Equal(EvaluationStatus.NotMet, plain.Evaluate(observations, After).Status);
    }

    // 4. A change needs a baseline for the whole baseline period; during the year, the same period (同比).

    [Fact]
    public void Change_AHalfYearBaseline_IsNotEvaluable()
    {
        var observations = new[]
        {
            FumeAndNoiseComplaints.Observe(D(2022, 6, 30), Count.Of(6000)),
            FumeAndNoiseComplaints.Observe(D(2023, 12, 31), Count.Of(11000)),
        };

        var e = FumeAndNoiseComplaints.Evaluate(observations, After);
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Contains("whole baseline period 2022-01-01..2022-12-31", e.Reason);
        Assert.Contains("covers only 2022-01-01..2022-06-30", e.Reason);
    }

    [Fact]
    public void Change_DuringTheYear_ComparesTheSamePeriodWhenTheDataHaveIt()
    {
        var observations = new[]
        {
            FumeAndNoiseComplaints.Observe(D(2022, 6, 30), Count.Of(7000)),
            FumeAndNoiseComplaints.Observe(D(2022, 12, 31), Count.Of(12000)),
            FumeAndNoiseComplaints.Observe(D(2023, 6, 30), Count.Of(6400)),
        };

        // 6400 against 7000 × 95% = 6650 in January–June: on the path (a straight line would project 12,900: off track).
        var e = FumeAndNoiseComplaints.Evaluate(observations, D(2023, 7, 1));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal("change-same-period", e.Method);
        Assert.Contains("Same period last year", e.Reason, StringComparison.Ordinal);
        Assert.Contains("同比", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(6650, e.Expected!.Value.Value, 6);

        var projected = FumeAndNoiseComplaints.Evaluate(observations.Skip(1), D(2023, 7, 1));
        Assert.Equal("change-projection", projected.Method);
        Assert.Contains("projected on a straight line", projected.Reason);
        Assert.NotEqual(EvaluationStatus.OnTrack, projected.Status);
    }

    // 5. Readings before the period are never evidence.

    [Fact]
    public void Coverage_A2022ReadingOf100_SaysNothingAbout2023()
    {
        var e = SanitationVehiclesNewEnergy.Evaluate([SanitationVehiclesNewEnergy.Observe(D(2022, 12, 31), Ratio.FromPercent(100))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
    }

    [Fact]
    public void Level_AReadingBeforeThePeriod_IsTheStartOfThePath()
    {
        var observations = new[]
        {
            SanitationVehiclesNewEnergy.Observe(D(2022, 12, 31), Ratio.FromPercent(80)),
            SanitationVehiclesNewEnergy.Observe(D(2023, 6, 30), Ratio.FromPercent(85)),
        };

        // Half the year gone, a quarter of the way from 80% to 100%: behind 序时进度.
        var e = SanitationVehiclesNewEnergy.Evaluate(observations, D(2023, 6, 30));
        Assert.Equal("linear-path", e.Method);
        Assert.Equal(EvaluationStatus.OffTrack, e.Status);
        Assert.Contains("against 80 % on 2022-12-31", e.Reason);
        Assert.Contains("of the time elapsed", e.Reason, StringComparison.Ordinal);
        Assert.Contains("序时进度", e.ReasonChinese, StringComparison.Ordinal);
    }

    // 6. One breach of "1、3、5分钟" cannot be made good.

    [Fact]
    public void RapidResponse_OneBreach_IsNotMetAtOnce()
    {
        var observations = new List<Observation>();
        for (var day = 10; day <= 20; day++)
        {
            observations.Add(RapidResponse.Observe(D(2023, 3, day), Duration.FromSeconds(50), null, "respond"));
            observations.Add(RapidResponse.Observe(D(2023, 3, day), Duration.FromMinutes(2.5), null, "arrive"));
            observations.Add(RapidResponse.Observe(D(2023, 3, day), Duration.FromMinutes(4), null, "reinforce"));
        }

        observations.Add(RapidResponse.Observe(D(2023, 3, 15), Duration.FromMinutes(3.5), null, "arrive"));

        var e = RapidResponse.Evaluate(observations, D(2023, 4, 1));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("the first on 2023-03-15", e.Reason);
        Assert.Equal(EvaluationStatus.OnTrack, RapidResponse.Evaluate(observations.Where(o => !(o.Component == "arrive" && o.Value.BaseValue > 180)), D(2023, 4, 1)).Status);
    }

    // And the progress methods: the time-proportional path agrees with the 14th Five-Year Plan's mid-term review.

    [Fact]
    public void MidTermReview_Nurseries_LaggingOnTheLinearPath_OnTrackByTheGrowthRateRatio()
    {
        // 每千人口拥有3岁以下婴幼儿托位数: 1.8 in 2020, 2.57 in 2022, target 4.5 in 2025 (judged lagging in December 2023).
        var nurseries = new Indicator<double>(
            new IndicatorId("nursery-places-per-thousand"), "每千人口拥有3岁以下婴幼儿托位数", "Nursery places per 1,000 people",
            new AtLeastTarget(Measure.Index(4.5), ReportPeriods.FourteenthFiveYearPlan));
        var observations = new[] { nurseries.Observe(D(2020, 12, 31), 1.8), nurseries.Observe(D(2022, 12, 31), 2.57) };

        var linear = nurseries.Evaluate(observations, D(2023, 12, 1));
        Assert.Equal("linear-path", linear.Method);
        Assert.Equal(EvaluationStatus.OffTrack, linear.Status); // 28% of the distance at 40% of the time
        Assert.Equal(0.285, linear.Progress!.Value, 3);

        var cagr = nurseries.Evaluate(observations, D(2023, 12, 1), new EvaluationOptions { SeriesMethod = CagrRatioMethod.Default });
        Assert.Equal(EvaluationStatus.OnTrack, cagr.Status); // ratio 0.97
    }

    [Fact]
    public void Milestone_DoneBeforeThePromiseWasMade_IsFlagged()
    {
        var e = RongdongSubstationExpansion.Evaluate([RongdongSubstationExpansion.Observe(D(2023, 1, 20), true)], After);
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Contains("before the promise was made on 2023-02-08", e.Reason);
    }

    [Fact]
    public void Basis_IsStatedForEveryLevelLikeEntryOfTheCatalog()
    {
        var levelLike = Jinjiang2023.Catalog.All.Where(i => i.Target is ThresholdTarget or ClassTarget or RankTarget or ResponseTimeTarget).ToList();
        Assert.NotEmpty(levelLike);
        Assert.All(levelLike, i => Assert.Contains("Basis:", i.Interpretation ?? string.Empty));
        Assert.All(Jinjiang2023.Catalog.All, i => Assert.Same(Jinjiang2023.Report, i.Report));
    }

    [Fact]
    public void Basis_ThatAKindCannotHave_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new DeliveryTarget(Measure.Index(1), ReportPeriods.Year(2023)) { Basis = TargetBasis.Throughout });
        Assert.StartsWith("A delivery target cannot be judged on the basis Throughout.", e.Message);
    }
}
