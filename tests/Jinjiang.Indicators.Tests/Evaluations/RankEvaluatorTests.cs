using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a rank promise (前列, 第1位, 保持): reported and computed ranks, the edges at k, ties, bases and the words.</summary>
public class RankEvaluatorTests
{
    private static readonly PeerGroup Five = ChengduPeerGroups.FiveCentralDistricts;

    private static readonly PeerGroup Province = PeerGroup.Unlisted("全省县区", "the province's counties");

    private static Indicator<Rank> Reported(int topK, TargetBasis basis = TargetBasis.AtDeadline, PeerGroup? peers = null) => new(
        new IndicatorId("reported-rank"), "综合排名", "Overall rank", new RankTarget(peers ?? Province, topK, Year2023) { Basis = basis })
    { Area = "锦江区" };

    private static Indicator<double> Computed(int topK, Direction direction = Direction.LowerIsBetter, TargetBasis basis = TargetBasis.AtDeadline, string area = "锦江区") => new(
        new IndicatorId("computed-rank"), "综合指数排名", "Composite index rank", new RankTarget(Five, topK, Year2023) { Basis = basis })
    { Direction = direction, Area = area };

    /// <summary>The five districts' values on a date, in the group's order (锦江, 青羊, 金牛, 武侯, 成华).</summary>
    private static Observation[] Values(Indicator<double> indicator, LocalDate date, params double[] values)
        => Five.Members.Select((d, i) => indicator.Observe(date, values[i], d)).ToArray();

    private static Observation WholeYear(Indicator<double> indicator, double value, string area)
        => new(indicator.Id, Year2023, new Measure(value, MeasureUnit.One)) { Area = area };

    [Theory]
    [InlineData(2, "2023-06-30", EvaluationStatus.OnTrack)]
    [InlineData(3, "2023-06-30", EvaluationStatus.OnTrack)]
    [InlineData(4, "2023-06-30", EvaluationStatus.AtRisk)]
    [InlineData(5, "2023-06-30", EvaluationStatus.OffTrack)]
    [InlineData(3, "2023-12-31", EvaluationStatus.Met)]
    [InlineData(4, "2023-12-31", EvaluationStatus.NotMet)]
    [InlineData(4, "2024-01-15", EvaluationStatus.NotMet)]
    public void AReportedRank_IsJudgedAgainstK_WithOnePlaceShortAtRisk(int position, string asOf, EvaluationStatus expected)
    {
        var rank = Reported(3);
        var date = Iso(asOf);
        Observation[] readings = [rank.Observe(D(2023, 3, 31), new Rank(9, 20)), rank.Observe(D(2023, 6, 30), new Rank(position, 20))];
        var e = rank.Evaluate(readings, date);
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, rank.Summarize(readings, date).Status);
        Assert.Equal("rank", e.Method);
        Assert.Equal(position, e.Actual!.Value.Value, 9);
        Assert.Equal(3, e.TargetValue!.Value.Value, 9);
        Assert.Equal(position - 3, e.Gap!.Value.Value, 9);
        Assert.Same(readings[1], Assert.Single(e.Inputs));
        var within = position <= 3;
        Assert.StartsWith($"Reported rank {position} ", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith($"{(within ? "within" : "outside")} the top 3 of the province's counties.", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 0", e.Reason, StringComparison.Ordinal);
        Assert.Contains($"上报排名第{position}位，", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains(within ? "位于全省县区前3位以内" : "未进入全省县区前3位", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AComputedRank_CountsOnlyBetterPeers_AndTiesAreSaid()
    {
        var air = Computed(2);
        // 锦江 3.10 shares second place with 金牛; 武侯 is first.
        var e = air.Evaluate(Values(air, D(2023, 12, 31), 3.10, 3.30, 3.10, 3.00, 3.40), D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Equal(2, e.Actual!.Value.Value, 9);
        Assert.Equal(0, e.Gap!.Value.Value, 9);
        Assert.Equal(5, e.Inputs.Count);
        Assert.Contains("Rank 2 (tied) of 5 by ", e.Reason, StringComparison.Ordinal);
        Assert.Contains("(lower is better): within the top 2 of Chengdu's five central districts.", e.Reason, StringComparison.Ordinal);
        Assert.Contains("排并列第2位（共5个，越低越好），位于五城区前2位以内。", e.ReasonChinese, StringComparison.Ordinal);

        var alone = air.Evaluate(Values(air, D(2023, 12, 31), 3.10, 3.30, 3.20, 3.00, 3.40), D(2024, 1, 15));
        Assert.DoesNotContain("tied", alone.Reason, StringComparison.Ordinal);
        Assert.Contains("排第2位（共5个，越低越好）", alone.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AComputedRank_OnAHigherIsBetterMeasure_CountsHigherPeers()
    {
        var share = Computed(1, Direction.HigherIsBetter);
        var e = share.Evaluate(Values(share, D(2023, 12, 31), 3.10, 3.30, 3.20, 3.00, 3.40), D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(4, e.Actual!.Value.Value, 9);
        Assert.Equal(3, e.Gap!.Value.Value, 9);
        Assert.Contains("(higher is better): outside the top 1", e.Reason, StringComparison.Ordinal);
        Assert.Contains("越高越好", e.ReasonChinese, StringComparison.Ordinal);

        var first = share.Evaluate(Values(share, D(2023, 12, 31), 3.50, 3.30, 3.20, 3.00, 3.40), D(2024, 1, 15));
        Assert.Equal((EvaluationStatus.Met, 1.0), (first.Status, first.Actual!.Value.Value));
    }

    [Fact]
    public void AComputedRank_UsesEachPeersLatestValue_InThePeriod_UpToTheAsOfDate()
    {
        var air = Computed(1);
        Observation[] readings =
        [
            .. Values(air, D(2022, 12, 31), 1.00, 9.00, 9.00, 9.00, 9.00), // before the period
            .. Values(air, D(2023, 6, 30), 3.50, 3.10, 3.20, 3.30, 3.40),
            air.Observe(D(2023, 9, 30), 3.00, "锦江区"), // its latest: now first
            air.Observe(D(2023, 10, 31), 2.00, "青羊区"), // after the as-of date
        ];
        var e = air.Evaluate(readings, D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(1, e.Actual!.Value.Value, 9);
        Assert.Contains(readings.Single(o => o.Date == D(2023, 9, 30)), e.Inputs);
        Assert.DoesNotContain(e.Inputs, o => o.Date == D(2023, 10, 31) || o.Date.Year == 2022);
    }

    [Fact]
    public void AMissingPeer_IsNoData_NamingIt_InBothLanguages()
    {
        var air = Computed(2);
        var e = air.Evaluate(Values(air, D(2023, 12, 31), 3.1, 3.2, 3.3, 3.4, 3.5).Take(3), D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Equal("rank", e.Method);
        Assert.StartsWith("Cannot rank among Chengdu's five central districts: no value for 武侯区, 成华区.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("无法在五城区中排名：缺少武侯区、成华区的数据。", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(3, e.Inputs.Count);
        Assert.Equal(EvaluationStatus.NoData, air.Summarize(Values(air, D(2023, 12, 31), 3.1, 3.2, 3.3, 3.4, 3.5).Take(3), D(2024, 1, 15)).Status);
    }

    [Theory]
    [InlineData("高新区", "The home area 高新区 is not a member of Chengdu's five central districts.", "本地区高新区不是五城区的成员。")]
    [InlineData("", "The indicator names no home area (no report, no area), so it cannot be found among Chengdu's five central districts.", "该指标没有本地区（无报告、无地区），无法在五城区中排名。")]
    public void AHomeAreaOutsideTheGroup_IsNotEvaluable(string home, string reason, string reasonChinese)
    {
        var air = Computed(2, area: home);
        var e = air.Evaluate(Values(air, D(2023, 12, 31), 3.1, 3.2, 3.3, 3.4, 3.5), D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.StartsWith(reasonChinese, e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(5, e.Inputs.Count);
    }

    [Fact]
    public void ValuesAmongUnlistedPeers_CannotBeRanked()
    {
        var indicator = new Indicator<double>(new IndicatorId("unlisted"), "指数", "Index", new RankTarget(Province, 3, Year2023)) { Area = "锦江区" };
        var e = indicator.Evaluate([indicator.Observe(D(2023, 6, 30), 3.2, "锦江区")], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.StartsWith("No reported rank, and the members of the province's counties are not listed to compute one.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("没有上报排名，且全省县区的成员未列明，无法计算排名。", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingObserved_IsNotYetDueBeforeThePeriod_AndNoDataInIt()
    {
        var rank = Reported(3);
        Assert.Equal(EvaluationStatus.NotYetDue, rank.Evaluate([], D(2022, 12, 1)).Status);
        Assert.Equal(EvaluationStatus.NotYetDue, rank.Summarize([], D(2022, 12, 1)).Status);
        Assert.Equal(EvaluationStatus.NoData, rank.Evaluate([], D(2023, 2, 1)).Status);
        Assert.Equal(EvaluationStatus.NoData, rank.Summarize([], D(2023, 2, 1)).Status);
        var air = Computed(2);
        Assert.Equal(EvaluationStatus.NoData, air.Evaluate(Values(air, D(2022, 12, 31), 1, 2, 3, 4, 5), D(2023, 2, 1)).Status);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable_AndSaysWhy()
    {
        var air = Computed(2);
        var wrong = new Observation(air.Id, D(2023, 6, 30), Measure.From(Count.Of(3))) { Area = "青羊区" };
        var e = air.Evaluate([.. Values(air, D(2023, 6, 30), 3.1, 3.2, 3.3, 3.4, 3.5), wrong], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Equal("unit-check", e.Method);
        Assert.Same(wrong, Assert.Single(e.Inputs));
        Assert.Contains("The observation of 青羊区 on 2023-06-30 is in", e.Reason, StringComparison.Ordinal);
        Assert.Contains("a dimension mismatch", e.Reason, StringComparison.Ordinal);
        Assert.Contains("青羊区2023年6月30日的观测值单位为", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("量纲不符", e.ReasonChinese, StringComparison.Ordinal);

        var outside = new Observation(air.Id, D(2022, 6, 30), Measure.From(Count.Of(3))) { Area = "青羊区" };
        Assert.Equal(EvaluationStatus.OnTrack, air.Evaluate([.. Values(air, D(2023, 6, 30), 3.1, 3.2, 3.3, 3.4, 3.5), outside], D(2023, 9, 30)).Status);
    }

    [Fact]
    public void HeldThroughout_EveryRankInsideK_IsMetAfterTheDeadline_WithTheCount()
    {
        var air = Computed(2, basis: TargetBasis.Throughout);
        Observation[] readings =
        [
            .. Values(air, D(2023, 3, 31), 3.1, 3.2, 3.3, 3.4, 3.5),
            .. Values(air, D(2023, 6, 30), 3.3, 3.2, 3.4, 3.5, 3.6),
            .. Values(air, D(2023, 12, 31), 3.1, 3.2, 3.3, 3.4, 3.5),
        ];
        var e = air.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Equal("throughout", e.Method);
        Assert.Equal(1, e.Actual!.Value.Value, 9);
        Assert.Null(e.Gap);
        Assert.Equal(15, e.Inputs.Count);
        Assert.StartsWith("All 3 rank(s) from 2023-03-31 to 2023-12-31 are within the top 2 of Chengdu's five central districts, as required throughout", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("自2023年3月31日至2023年12月31日的3次排名均位于五城区前2位以内，符合在", e.ReasonChinese, StringComparison.Ordinal);

        var before = air.Evaluate(readings[..10], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, before.Status);
        Assert.Equal(2, before.Actual!.Value.Value, 9);
        Assert.Equal(EvaluationStatus.OnTrack, air.Summarize(readings[..10], D(2023, 6, 30)).Status);
    }

    [Fact]
    public void HeldThroughout_ABreachIsFinal_EvenIfLaterRanksRecover()
    {
        var air = Computed(2, basis: TargetBasis.Throughout);
        Observation[] readings =
        [
            .. Values(air, D(2023, 3, 31), 3.1, 3.2, 3.3, 3.4, 3.5),
            .. Values(air, D(2023, 6, 30), 3.35, 3.2, 3.3, 3.4, 3.5), // third
            .. Values(air, D(2023, 9, 30), 3.1, 3.2, 3.3, 3.4, 3.5),
        ];
        var e = air.Evaluate(readings, D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal("throughout", e.Method);
        Assert.Equal(3, e.Actual!.Value.Value, 9);
        Assert.Equal(1, e.Gap!.Value.Value, 9);
        Assert.All(e.Inputs, o => Assert.Equal(D(2023, 6, 30), o.Date));
        Assert.StartsWith("Rank 3 of 5 by ", e.Reason, StringComparison.Ordinal);
        Assert.Contains("on 2023-06-30: outside the top 2 of Chengdu's five central districts, which must hold throughout", e.Reason, StringComparison.Ordinal);
        Assert.Contains("a breach is final and later ranks cannot repair it.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("2023年6月30日按", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("排第3位（共5个），未进入五城区前2位。该承诺自2023年1月1日起须在", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotMet, air.Summarize(readings, D(2023, 9, 30)).Status);
    }

    [Fact]
    public void HeldThroughout_AReportedRankExactlyAtK_Holds_AndOneBeyondBreaks()
    {
        var keep = Reported(3, TargetBasis.Throughout);
        Observation[] held = [keep.Observe(D(2023, 6, 30), new Rank(3, 20)), keep.Observe(D(2023, 12, 31), new Rank(2, 20))];
        var e = keep.Evaluate(held, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Equal(2, e.Inputs.Count);
        Assert.Contains("All 2 rank(s)", e.Reason, StringComparison.Ordinal);

        var broken = keep.Evaluate([keep.Observe(D(2023, 6, 30), new Rank(4, 20)), keep.Observe(D(2023, 12, 31), new Rank(1, 20))], D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, broken.Status);
        Assert.Equal(4, broken.Actual!.Value.Value, 9);
        Assert.Contains("上报排名第4位", broken.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void OverThePeriod_AfterTheDeadline_OnlyWholePeriodFiguresCount()
    {
        var air = Computed(1, basis: TargetBasis.OverPeriod);
        var partial = Values(air, D(2023, 6, 30), 3.0, 3.2, 3.3, 3.4, 3.5);
        var before = air.Evaluate(partial, D(2023, 9, 30));
        Assert.Equal((EvaluationStatus.OnTrack, "over-period"), (before.Status, before.Method));

        var after = air.Evaluate(partial, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NoData, after.Status);
        Assert.Equal("over-period", after.Method);
        Assert.StartsWith("No rank or value covers the whole period", after.Reason, StringComparison.Ordinal);
        Assert.Contains("the rank is judged over the period.", after.Reason, StringComparison.Ordinal);
        Assert.Contains("整体的排名或数值；按全期整体排名考核。", after.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(5, after.Inputs.Count);

        Observation[] whole = [.. partial, .. Five.Members.Select((d, i) => WholeYear(air, 3.1 + (i == 0 ? 0.5 : i * 0.01), d))];
        var judged = air.Evaluate(whole, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, judged.Status);
        Assert.Equal(5, judged.Actual!.Value.Value, 9);
        Assert.Equal(EvaluationStatus.NotMet, air.Summarize(whole, D(2024, 1, 15)).Status);
    }

    [Fact]
    public void AComponentsRanks_AreKeptApart()
    {
        var rank = new Indicator<Rank>(new IndicatorId("parts"), "排名", "Rank", new AllOfTarget(
            [new TargetPart("a", new RankTarget(Province, 2, Year2023)), new TargetPart("b", new RankTarget(Province, 2, Year2023))]))
        { Area = "锦江区" };
        Observation[] readings =
        [
            rank.Observe(D(2023, 12, 31), new Rank(1, 20), null, "a"),
            rank.Observe(D(2023, 12, 31), new Rank(7, 20), null, "b"),
        ];
        var e = rank.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, e.Parts.Single(p => p.Component == "a").Status);
        Assert.Equal(EvaluationStatus.NotMet, e.Parts.Single(p => p.Component == "b").Status);
    }
}
