using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

public class OtherEvaluationTests
{
    private static Indicator<Count> Inspections() => new(
        new IndicatorId("weekly-inspections"), "一周一暗访一曝光", "Weekly unannounced inspection", new CadenceTarget(1, CadenceUnit.Week, Year2023));

    [Fact]
    public void Evaluate_CadenceEveryWeekKept_IsOnTrack()
    {
        var inspections = Inspections();
        // 2023-01-01 is a Sunday: the first week of the period is that day alone and is not judged. One visit every Wednesday from Jan 4.
        var obs = new List<Observation>();
        for (var d = D(2023, 1, 4); d <= D(2023, 3, 31); d = d.PlusWeeks(1))
        {
            obs.Add(inspections.Observe(d, Count.Of(1)));
        }

        var e = inspections.Evaluate(obs, D(2023, 3, 31));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(12, e.TargetValue!.Value.Value); // 12 full weeks ending by Mar 26; the one-day week of Jan 1 is not judged
    }

    [Fact]
    public void Evaluate_CadenceWithAMissedWeek_IsNotMet()
    {
        var inspections = Inspections();
        var obs = new[] { inspections.Observe(D(2023, 1, 1), Count.Of(1)), inspections.Observe(D(2023, 1, 4), Count.Of(1)), inspections.Observe(D(2023, 1, 18), Count.Of(1)) };
        var e = inspections.Evaluate(obs, D(2023, 1, 22));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("1 of 3 week(s)", e.Reason);
        Assert.Contains("2023-01-09", e.Reason);
    }

    [Fact]
    public void Evaluate_ResponseTiers_JudgedOnShareWithinEachLimit()
    {
        var target = ResponseTimeTarget.OneThreeFiveMinutes(Ratio.FromPercent(90), Year2023);
        var patrol = new Indicator<UnitsNet.Duration>(new IndicatorId("rapid-response"), "1、3、5分钟快速处置", "1-3-5 minute response", target);
        var obs = new List<Observation>();
        for (var i = 0; i < 10; i++)
        {
            obs.Add(patrol.Observe(D(2023, 5, 1), UnitsNet.Duration.FromSeconds(i < 9 ? 50 : 90), null, "respond"));
            obs.Add(patrol.Observe(D(2023, 5, 1), UnitsNet.Duration.FromMinutes(i < 8 ? 2.5 : 3.5), null, "arrive"));
            obs.Add(patrol.Observe(D(2023, 5, 1), UnitsNet.Duration.FromMinutes(4), null, "reinforce"));
        }

        var e = patrol.Evaluate(obs, D(2023, 5, 31));
        Assert.Equal(3, e.Parts.Count);
        Assert.Equal(EvaluationStatus.OnTrack, e.Parts[0].Status); // 90% within 1 min
        Assert.Equal(EvaluationStatus.AtRisk, e.Parts[1].Status);  // 80% within 3 min: short of 90%, above 0.8 x 90% = 72%
        Assert.Equal(EvaluationStatus.OnTrack, e.Parts[2].Status);
        Assert.Equal(e.Parts[1].Status, e.Status);
    }

    [Fact]
    public void Evaluate_Milestone()
    {
        var substation = new Indicator<bool>(new IndicatorId("rongdong-substation"), "完成蓉东变电站扩容项目", "Rongdong substation expansion", new MilestoneTarget(Year2023));
        Assert.Equal(EvaluationStatus.NotYetDue, substation.Evaluate([], D(2023, 6, 30)).Status);
        Assert.Equal(EvaluationStatus.NoData, substation.Evaluate([], D(2024, 1, 1)).Status);
        Assert.Equal(EvaluationStatus.Met, substation.Evaluate([substation.Observe(D(2023, 11, 20), true)], D(2024, 1, 1)).Status);
        Assert.Equal(EvaluationStatus.NotMet, substation.Evaluate([substation.Observe(D(2023, 11, 20), false)], D(2024, 1, 1)).Status);
        var late = substation.Evaluate([substation.Observe(D(2024, 2, 1), true)], D(2024, 3, 1));
        Assert.Equal(EvaluationStatus.NotMet, late.Status);
        Assert.Contains("after the deadline", late.Reason);
    }

    [Fact]
    public void Evaluate_DirectionOnly()
    {
        var share = new Indicator<Ratio>(new IndicatorId("private-car-nev-share"), "私家车新能源替代比例", "NEV share", new DirectionTarget(QuantityKind.Ratio, Year2023));
        var rising = new[] { share.Observe(D(2022, 12, 31), Ratio.FromPercent(8)), share.Observe(D(2023, 12, 31), Ratio.FromPercent(11)) };
        Assert.Equal(EvaluationStatus.Met, share.Evaluate(rising, D(2024, 1, 1)).Status);
        var falling = new[] { share.Observe(D(2022, 12, 31), Ratio.FromPercent(8)), share.Observe(D(2023, 6, 30), Ratio.FromPercent(7)) };
        Assert.Equal(EvaluationStatus.OffTrack, share.Evaluate(falling, D(2023, 7, 1)).Status);
        Assert.Equal(EvaluationStatus.NoData, share.Evaluate(rising.Take(1), D(2023, 7, 1)).Status);
    }

    [Fact]
    public void Evaluate_FloorAndStretch_SaysWhichLevelWasReached()
    {
        var floor = new AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(35)), Year2023);
        var stretch = new AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(40)), Year2023);
        var sales = NewEnergySales().WithTarget(new FloorAndStretchTarget(floor, stretch));

        var mid = sales.Evaluate([sales.Observe(D(2023, 12, 31), Money.FromHundredMillionYuan(37))], D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.Met, mid.Status);
        Assert.Equal(AchievedLevel.Floor, mid.Level);
        Assert.Equal(2, mid.Parts.Count);

        var top = sales.Evaluate([sales.Observe(D(2023, 12, 31), Money.FromHundredMillionYuan(41))], D(2024, 1, 1));
        Assert.Equal(AchievedLevel.Stretch, top.Level);

        var low = sales.Evaluate([sales.Observe(D(2023, 12, 31), Money.FromHundredMillionYuan(30))], D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.NotMet, low.Status);
        Assert.Equal(AchievedLevel.None, low.Level);
    }

    [Fact]
    public void Evaluate_AllOf_WorstPartDecides()
    {
        var target = new AllOfTarget(
        [
            new TargetPart("sanitation-vehicles", CoverageTarget.Full(Year2023)),
            new TargetPart("construction-vehicles", CoverageTarget.Full(Year2023)),
        ]);
        var nev = new Indicator<Ratio>(new IndicatorId("nev-replacement"), "新能源替代", "NEV replacement", target);
        var obs = new[]
        {
            nev.Observe(D(2023, 12, 31), Ratio.FromPercent(100), null, "sanitation-vehicles"),
            nev.Observe(D(2023, 12, 31), Ratio.FromPercent(92), null, "construction-vehicles"),
        };
        var e = nev.Evaluate(obs, D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(["sanitation-vehicles", "construction-vehicles"], e.Parts.Select(p => p.Component));
        Assert.Equal(EvaluationStatus.Met, e.Parts[0].Status);
        Assert.Contains("1 of 2 parts met", e.Reason);
    }

    [Fact]
    public void RollUp_CountsStatusesBySectionAndCommitment()
    {
        var greenway = Greenway();
        var complaints = Complaints();
        var evaluations = new[]
        {
            greenway.Evaluate([greenway.Observe(D(2023, 12, 31), Length.FromKilometers(15))], D(2024, 1, 1)),
            complaints.Evaluate([], D(2024, 1, 1)),
        };
        var byCommitment = RollUp.ByCommitment(evaluations);
        Assert.Equal(2, byCommitment.Count);
        Assert.Equal(1, byCommitment.Single(p => p.Key == CommitmentLevel.Plain).Value[EvaluationStatus.Met]);
        Assert.Equal("no-data 1", byCommitment.Single(p => p.Key == CommitmentLevel.Strive).Value.ToString()); // no rows at all: no data, not a missing baseline
        Assert.Equal(1, byCommitment.Single(p => p.Key == CommitmentLevel.Plain).Value[Grade.Green]);
        Assert.Equal(2, RollUp.BySection(evaluations).Single().Value.Total);
        Assert.Equal("(unassigned)", RollUp.ByResponsibleUnit(evaluations).Single().Key);
    }

    [Theory]
    [InlineData(EvaluationStatus.Met, "met")]
    [InlineData(EvaluationStatus.NotMet, "not-met")]
    [InlineData(EvaluationStatus.OnTrack, "on-track")]
    [InlineData(EvaluationStatus.AtRisk, "at-risk")]
    [InlineData(EvaluationStatus.OffTrack, "off-track")]
    [InlineData(EvaluationStatus.NotYetDue, "not-yet-due")]
    [InlineData(EvaluationStatus.NoData, "no-data")]
    [InlineData(EvaluationStatus.NotEvaluable, "not-evaluable")]
    public void EvaluationStatus_KebabCaseRoundTrips(EvaluationStatus status, string text)
    {
        Assert.Equal(text, status.ToKebabCase());
        Assert.True(EvaluationStatusText.TryParse(text, out var parsed));
        Assert.Equal(status, parsed);
    }
}
