using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>The branches and edges of the verdicts that a mutation run found unguarded, each pinned with its figures and words.</summary>
public class VerdictBranchTests
{
    private static Indicator<UnitsNet.Duration> Response(double share) => new(
        new IndicatorId("rapid-response"), "快速处置", "Rapid response", ResponseTimeTarget.OneThreeFiveMinutes(Ratio.FromPercent(share), Year2023));

    [Fact]
    public void ResponseTier_BelowItsShare_AfterTheDeadline_IsNotMet_AndAtTheLimitCounts()
    {
        var response = Response(90);
        var incidents = Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            response.Observe(D(2023, 3, 1).PlusDays(i), UnitsNet.Duration.FromMinutes(1), null, "respond"), // exactly at the limit: within it
            response.Observe(D(2023, 3, 1).PlusDays(i), UnitsNet.Duration.FromMinutes(i < 8 ? 2.9 : 3.5), null, "arrive"),
            response.Observe(D(2023, 3, 1).PlusDays(i), UnitsNet.Duration.FromMinutes(4), null, "reinforce"),
        }).ToArray();

        var final = response.Evaluate(incidents, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, final.Status);
        var arrive = final.Parts.Single(p => p.Component == "arrive");
        Assert.Equal(EvaluationStatus.NotMet, arrive.Status);
        Assert.Equal(80, arrive.Actual!.Value.Value, 9);
        Assert.Equal((8, 10), (arrive.Compliance!.Kept, arrive.Compliance.Due));
        Assert.Contains("8 of 10 incidents (80%) within 3 min, 90% required", arrive.Reason, StringComparison.Ordinal);
        Assert.Contains("10起事件中8起（80%）在3分钟内，要求90%", arrive.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.Met, final.Parts.Single(p => p.Component == "respond").Status);
    }

    [Theory]
    [InlineData(8, EvaluationStatus.AtRisk)]  // 80% of a 90% share is at least 80% of it (72%): at risk
    [InlineData(6, EvaluationStatus.OffTrack)] // 60% is below 72%
    [InlineData(9, EvaluationStatus.OnTrack)]
    public void ResponseTier_BeforeTheDeadline_IsJudgedAgainstTheAtRiskShare(int within, EvaluationStatus expected)
    {
        var response = Response(90);
        var incidents = Enumerable.Range(0, 10).Select(i => response.Observe(D(2023, 3, 1).PlusDays(i), UnitsNet.Duration.FromMinutes(i < within ? 2 : 4), null, "arrive")).ToArray();
        Assert.Equal(expected, response.Evaluate(incidents, D(2023, 6, 30)).Parts.Single(p => p.Component == "arrive").Status);
    }

    [Fact]
    public void Rank_InsideTheTopK_BeforeTheDeadline_IsOnTrack_AndExactlyAtKUnderKeep_IsMet()
    {
        var air = AirRank(2);
        Observation[] Indexes(double home) =>
        [
            air.Observe(D(2023, 6, 30), home, "锦江区"),
            air.Observe(D(2023, 6, 30), 3.30, "青羊区"),
            air.Observe(D(2023, 6, 30), 3.60, "金牛区"),
            air.Observe(D(2023, 6, 30), 3.70, "武侯区"),
            air.Observe(D(2023, 6, 30), 3.80, "成华区"),
        ];
        var second = air.Evaluate(Indexes(3.40), D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, second.Status);
        Assert.Equal(2, second.Actual!.Value.Value, 9);
        Assert.Contains("within the top 2", second.Reason, StringComparison.Ordinal);
        Assert.Contains("位于五城区前2位以内", second.ReasonChinese, StringComparison.Ordinal);

        var third = air.Evaluate(Indexes(3.65), D(2023, 6, 30));
        Assert.Contains("outside the top 2", third.Reason, StringComparison.Ordinal);
        Assert.Contains("未进入五城区前2位", third.ReasonChinese, StringComparison.Ordinal);

        // 保持 (keep) in the top 5 of 5, held throughout, with every ranking at exactly 5th.
        var keep = new Indicator<double>(new IndicatorId("keep-rank"), "排名", "Rank", new RankTarget(Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts, 5, Year2023) { Basis = TargetBasis.Throughout })
        {
            Direction = Direction.LowerIsBetter,
            Area = "锦江区",
        };
        var last = keep.Evaluate([keep.Observe(D(2023, 6, 30), new Rank(5, 5).Position, "锦江区")], D(2024, 1, 15));
        Assert.NotEqual(EvaluationStatus.NotMet, last.Status);
    }

    [Fact]
    public void Direction_OnALowerIsBetterIndicator_IsMetWhenItFalls_AndNotMetWhenItRises()
    {
        var complaints = new Indicator<Count>(new IndicatorId("complaints-falling"), "投诉", "Complaints", new DirectionTarget(QuantityKind.Count, Year2023)) { Direction = Direction.LowerIsBetter };
        var falling = complaints.Evaluate([complaints.Observe(D(2022, 12, 31), Count.Of(120)), complaints.Observe(D(2023, 12, 31), Count.Of(90))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, falling.Status);
        Assert.Contains("下降", falling.ReasonChinese, StringComparison.Ordinal);
        var rising = complaints.Evaluate([complaints.Observe(D(2022, 12, 31), Count.Of(90)), complaints.Observe(D(2023, 12, 31), Count.Of(120))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, rising.Status);
        Assert.Contains("上升", rising.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Threshold_HeldThroughout_Unbroken_IsOnTrackThenMet_AndBroken_IsNotMetAtOnce()
    {
        var forest = new Indicator<Ratio>(new IndicatorId("forest"), "森林覆盖率", "Forest cover", new AtLeastTarget(Measure.From(Ratio.FromPercent(60)), Year2023) { Basis = TargetBasis.Throughout });
        Observation[] held = [forest.Observe(D(2023, 3, 31), Ratio.FromPercent(60)), forest.Observe(D(2023, 6, 30), Ratio.FromPercent(61))];
        Assert.Equal(EvaluationStatus.OnTrack, forest.Evaluate(held, D(2023, 6, 30)).Status);
        Assert.Equal(EvaluationStatus.Met, forest.Evaluate(held, D(2024, 1, 15)).Status);
        var broken = forest.Evaluate([.. held, forest.Observe(D(2023, 9, 30), Ratio.FromPercent(59.9))], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotMet, broken.Status);
        Assert.Contains("must hold throughout", broken.Reason, StringComparison.Ordinal);
        Assert.Contains("一经违反即不能挽回", broken.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_SamePeriod_ShortButWithinTheAtRiskShare_IsAtRisk_WithTheGapsSizeAndSign()
    {
        var complaints = Complaints();
        Observation[] obs =
        [
            complaints.Observe(D(2022, 12, 31), Count.Of(1000), "锦江区"),
            complaints.Observe(D(2022, 6, 30), Count.Of(500), "锦江区"),
            complaints.Observe(D(2023, 6, 30), Count.Of(480), "锦江区"), // 4% fewer than the same period: 5% asked
        ];
        var e = complaints.Evaluate(obs, D(2023, 6, 30));
        Assert.Equal("change-same-period", e.Method);
        Assert.Equal(EvaluationStatus.AtRisk, e.Status);
        Assert.Equal(475, e.Expected!.Value.Value, 9);
        Assert.Equal(-5, e.Gap!.Value.Value, 9); // 475 allowed − 480: five too many
        Assert.Equal(0.8, e.Progress!.Value, 9);
        Assert.Contains("同比", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void QuarterlyCadence_AfterMarch_CountsTheFirstQuarter_AndABindingPartWayCountsFromThen()
    {
        var meetings = new Indicator<Count>(new IndicatorId("quarterly"), "季度例会", "Quarterly meeting", new CadenceTarget(1, CadenceUnit.Quarter, Year2023));
        var e = meetings.Evaluate([meetings.Observe(D(2023, 2, 15), Count.Of(1))], D(2023, 4, 15));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal((1, 1), (e.Compliance!.Kept, e.Compliance.Due));

        var missed = meetings.Evaluate([meetings.Observe(D(2023, 2, 15), Count.Of(1))], D(2023, 7, 15));
        Assert.Equal(EvaluationStatus.NotMet, missed.Status);
        Assert.Equal((1, 2), (missed.Compliance!.Kept, missed.Compliance.Due));
        Assert.Contains("kept 1 of 2", missed.Reason, StringComparison.Ordinal);
        Assert.Equal([D(2023, 4, 1)], missed.Compliance.Lapses);
    }

    [Fact]
    public void Range_AtItsLowerBound_IsMet_AndCoverageOfZero_IsNotMet()
    {
        var range = new Indicator<Ratio>(new IndicatorId("range"), "区间", "Range", new RangeTarget(Measure.From(Ratio.FromPercent(3)), Measure.From(Ratio.FromPercent(5)), Year2023));
        var atLow = range.Evaluate([range.Observe(D(2023, 12, 31), Ratio.FromPercent(3))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, atLow.Status);
        Assert.Equal(1, atLow.Completion!.Value, 9);
        var below = range.Evaluate([range.Observe(D(2023, 12, 31), Ratio.FromPercent(2.97))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, below.Status);
        Assert.Equal(0.99, below.Completion!.Value, 9);

        var waste = WasteTreatment();
        var zero = waste.Evaluate([waste.Observe(D(2023, 12, 31), Ratio.FromPercent(0))], D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.NotMet, Grade.Red), (zero.Status, zero.Grade));
        Assert.Equal(0, zero.Completion!.Value, 9);
    }

    [Theory]
    [InlineData("A", ObservationStatus.Normal)]
    [InlineData("P", ObservationStatus.Provisional)]
    [InlineData("E", ObservationStatus.Estimated)]
    [InlineData("B", ObservationStatus.Break)]
    [InlineData("正式", ObservationStatus.Normal)]
    [InlineData("快报", ObservationStatus.Provisional)]
    [InlineData("估计", ObservationStatus.Estimated)]
    public void StatusCodes_AreRead(string code, ObservationStatus expected)
    {
        var read = ObservationCsv.Read(new StringReader($"indicator,date,value,unit,status\ntianfu-greenway,2023-09-30,10,km,{code}\n"), "s.csv", null);
        Assert.Empty(read.Problems);
        Assert.Equal(expected, Assert.Single(read.Value).Status);
    }
}
