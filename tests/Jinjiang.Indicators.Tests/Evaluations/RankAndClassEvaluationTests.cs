using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

public class RankAndClassEvaluationTests
{
    private static Observation[] Indices(Indicator<double> air, params double[] values)
    {
        var districts = Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts.Members;
        return districts.Select((d, i) => air.Observe(D(2023, 12, 31), values[i], d)).ToArray();
    }

    [Fact]
    public void Evaluate_ComputedRank_LowerIndexIsBetter()
    {
        var air = AirRank(topK: 2);
        // 锦江 3.06, 青羊 3.10, 金牛 3.20, 武侯 3.00, 成华 3.30: 锦江 is second.
        var e = air.Evaluate(Indices(air, 3.06, 3.10, 3.20, 3.00, 3.30), D(2024, 1, 10));

        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Equal(2, e.Actual!.Value.Value);
        Assert.Equal(5, e.Inputs.Count);
    }

    [Fact]
    public void Evaluate_TiesShareARank()
    {
        var air = AirRank(topK: 1);
        var e = air.Evaluate(Indices(air, 3.00, 3.00, 3.20, 3.10, 3.30), D(2024, 1, 10));
        Assert.Equal(1, e.Actual!.Value.Value);
        Assert.Equal(EvaluationStatus.Met, e.Status);

        var third = air.Evaluate(Indices(air, 3.10, 3.00, 3.00, 3.20, 3.30), D(2024, 1, 10));
        Assert.Equal(3, third.Actual!.Value.Value); // 1, 1, then 3
    }

    [Fact]
    public void Evaluate_RankIsTheSameWhateverTheOrderOfPeers()
    {
        var air = AirRank();
        var obs = Indices(air, 3.06, 3.10, 3.20, 3.00, 3.30);
        var forward = air.Evaluate(obs, D(2024, 1, 10));
        var backward = air.Evaluate(obs.Reverse(), D(2024, 1, 10));
        Assert.Equal(forward.Actual, backward.Actual);
    }

    [Fact]
    public void Evaluate_MissingPeer_IsNoDataNamingIt()
    {
        var air = AirRank();
        var e = air.Evaluate(Indices(air, 3.06, 3.10, 3.20, 3.00, 3.30).Take(4), D(2024, 1, 10));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Contains("成华区", e.Reason);
    }

    [Fact]
    public void Evaluate_ReportedRank_IsUsedAsIs()
    {
        var rank = new Indicator<Rank>(new IndicatorId("ecology-rank"), "生态质量排名", "Ecological quality rank", RankTarget.First(Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts, ReportPeriods.FourteenthFiveYearPlan));
        var e = rank.Evaluate([rank.Observe(D(2024, 12, 31), new Rank(2, 5))], D(2025, 1, 15));

        Assert.Equal(EvaluationStatus.AtRisk, e.Status); // second, one place short of first, before the 2025 deadline
        var final = rank.Evaluate([rank.Observe(D(2025, 12, 31), new Rank(1, 5))], D(2026, 1, 15));
        Assert.Equal(EvaluationStatus.Met, final.Status);
    }

    [Fact]
    public void Evaluate_ClassIVAgainstIII_IsNotMet()
    {
        var water = WaterSections();
        var e = water.Evaluate([water.Observe(D(2023, 12, 31), QualityClass.IV)], D(2024, 1, 10));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("Class Ⅳ", e.Reason);
    }

    [Fact]
    public void Evaluate_ClassIIAgainstIII_IsMetAfterDeadline_AndOnTrackBefore()
    {
        var water = WaterSections();
        var obs = new[] { water.Observe(D(2023, 6, 30), QualityClass.II) };
        Assert.Equal(EvaluationStatus.OnTrack, water.Evaluate(obs, D(2023, 7, 1)).Status);
        Assert.Equal(EvaluationStatus.NotYetDue, water.Evaluate([], D(2022, 7, 1)).Status);
        Assert.Equal(EvaluationStatus.Met, water.Evaluate([water.Observe(D(2023, 12, 31), QualityClass.III)], D(2024, 1, 1)).Status);
    }

    [Fact]
    public void Evaluate_SeveralSections_TheWorstDecides()
    {
        var water = WaterSections();
        var obs = new[]
        {
            water.Observe(D(2023, 12, 31), QualityClass.II, null, "沙河-1"),
            water.Observe(D(2023, 12, 31), QualityClass.IV, null, "府河-2"),
        };
        var e = water.Evaluate(obs, D(2024, 1, 1));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Contains("府河-2", e.Reason);
    }
}
