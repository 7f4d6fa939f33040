using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Targets;

/// <summary>Delivery, class, milestone, change, direction, rank, cadence and response targets: what they accept and how they are said.</summary>
public class OtherTargetTests
{
    private static readonly DateInterval Year = ReportPeriods.Year(2023);

    [Fact]
    public void Delivery_NeedsAPositiveAmount_AndSaysItsVerb()
    {
        var target = new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year);
        Assert.Equal("deliver 15 km by 2023-12-31", target.Describe());
        Assert.Equal("新增15公里", target.DescribeChinese());
        Assert.Equal("新建15公里以上", new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year) { Verb = "新建", OrMore = true }.DescribeChinese());
        Assert.Equal("delivery", target.TypeName);
        Assert.Equal(QuantityKind.Length, target.Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeliveryTarget(Measure.From(Length.FromKilometers(0)), Year));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeliveryTarget(Measure.From(Length.FromKilometers(-1)), Year));
    }

    [Fact]
    public void Class_SaysItsClassInLatinAndChinese_AndTakesEveryBasisAndUnit()
    {
        var target = new ClassTarget(QualityClass.III, Year);
        Assert.Equal("class III or better by 2023-12-31", target.Describe());
        Assert.Equal("达到Ⅲ类", target.DescribeChinese());
        Assert.Equal("class", target.TypeName);
        Assert.Equal(QuantityKind.QualityClass, target.Kind);
        Assert.Same(target, target.ForComponent("沙河"));
        Assert.Equal(TargetBasis.Throughout, target.WithBasis(TargetBasis.Throughout).Basis);
        Assert.Equal(TargetBasis.OverPeriod, target.WithBasis(TargetBasis.OverPeriod).Basis);
    }

    [Fact]
    public void Milestone_IsDone()
    {
        var target = new MilestoneTarget(Year);
        Assert.Equal("done by 2023-12-31", target.Describe());
        Assert.Equal("完成", target.DescribeChinese());
        Assert.Equal("milestone", target.TypeName);
        Assert.Equal(QuantityKind.Completion, target.Kind);
        Assert.Throws<ArgumentException>(() => target.WithBasis(TargetBasis.Throughout));
    }

    [Fact]
    public void Change_IsARiseOrACut_OnAnEarlierBaseline()
    {
        var cut = ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count);
        Assert.True(cut.IsReduction);
        Assert.True(cut.AccumulatesWithinPeriod);
        Assert.Equal(ReportPeriods.Year(2022), cut.BaselinePeriod);
        Assert.Equal(Year, cut.Period);
        Assert.Equal(-5, cut.Change.Percent, 9);
        Assert.Equal(950, cut.TargetLevel(1000), 9);
        Assert.Equal("cut by 5% against 2022 by 2023-12-31", cut.Describe());
        Assert.Equal("减少5%", cut.DescribeChinese());
        Assert.Equal("change", cut.TypeName);
        Assert.Equal(QuantityKind.Count, cut.Kind);
        Assert.False(ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count, accumulatesWithinPeriod: false).AccumulatesWithinPeriod);

        var rise = new ChangeTarget(Ratio.FromPercent(12.5), ReportPeriods.Year(2022), Year, false, QuantityKind.Money);
        Assert.False(rise.IsReduction);
        Assert.Equal(1125, rise.TargetLevel(1000), 9);
        Assert.Equal("raise by 12.5% against 2022 by 2023-12-31", rise.Describe());
        Assert.Equal("增长12.5%", rise.DescribeChinese());

        // A change of 0% is not a change (a held level is an at-least target).
        Assert.StartsWith("A change target needs a non-zero change.", Assert.Throws<ArgumentException>(() => new ChangeTarget(Ratio.FromPercent(0), ReportPeriods.Year(2022), Year, false, QuantityKind.Count)).Message, StringComparison.Ordinal);

        Assert.Equal(0, new ChangeTarget(Ratio.FromPercent(-100), ReportPeriods.Year(2022), Year, false, QuantityKind.Count).TargetLevel(1000), 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChangeTarget(Ratio.FromPercent(-101), ReportPeriods.Year(2022), Year, false, QuantityKind.Count));
        Assert.Throws<ArgumentException>(() => new ChangeTarget(Ratio.FromPercent(0), ReportPeriods.Year(2022), Year, false, QuantityKind.Count));
        Assert.Throws<ArgumentException>(() => new ChangeTarget(Ratio.FromPercent(5), Year, Year, false, QuantityKind.Count));
        Assert.Throws<ArgumentException>(() => new ChangeTarget(Ratio.FromPercent(5), new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2023, 1, 1)), Year, false, QuantityKind.Count));
        Assert.Throws<ArgumentNullException>(() => new ChangeTarget(Ratio.FromPercent(5), null!, Year, false, QuantityKind.Count));
    }

    [Fact]
    public void Direction_NeedsAMeasuredKind()
    {
        var target = new DirectionTarget(QuantityKind.Ratio, Year);
        Assert.Equal(QuantityKind.Ratio, target.Kind);
        Assert.Equal(QuantityKind.Ratio, target.ValueKind);
        Assert.Equal("move in the desired direction by 2023-12-31", target.Describe());
        Assert.Equal("逐步提升", target.DescribeChinese());
        Assert.Equal("direction", target.TypeName);
        Assert.Throws<ArgumentException>(() => new DirectionTarget(QuantityKind.Composite, Year));
        Assert.Throws<ArgumentException>(() => new DirectionTarget(QuantityKind.Completion, Year));
    }

    [Fact]
    public void Rank_IsWithinTheGroup_AndAcceptsRanksOrTheRankedValues()
    {
        var five = ChengduPeerGroups.FiveCentralDistricts;
        var top2 = new RankTarget(five, 2, Year);
        Assert.Equal(QuantityKind.Rank, top2.Kind);
        Assert.Equal(QuantityKind.Index, top2.RankedKind);
        Assert.Equal([QuantityKind.Rank, QuantityKind.Index], top2.AcceptedKinds);
        Assert.Equal("rank in the top 2 of Chengdu's five central districts by 2023-12-31", top2.Describe());
        Assert.Equal("五城区前2位", top2.DescribeChinese());
        Assert.Equal("rank", top2.TypeName);
        var first = RankTarget.First(five, Year, QuantityKind.Ratio);
        Assert.Equal(1, first.TopK);
        Assert.Equal(QuantityKind.Ratio, first.RankedKind);
        Assert.Equal("rank first of Chengdu's five central districts by 2023-12-31", first.Describe());
        Assert.Equal("五城区第1位", first.DescribeChinese());
        Assert.Equal(5, new RankTarget(five, 5, Year).TopK);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RankTarget(five, 6, Year));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RankTarget(five, 0, Year));
        Assert.Equal(30, new RankTarget(PeerGroup.Unlisted("全省", "the province"), 30, Year).TopK);
        Assert.Throws<ArgumentException>(() => new RankTarget(five, 2, Year, QuantityKind.Rank));
        Assert.Throws<ArgumentException>(() => new RankTarget(five, 2, Year, QuantityKind.Composite));
        Assert.Throws<ArgumentNullException>(() => new RankTarget(null!, 2, Year));
        Assert.Equal(TargetBasis.OverPeriod, top2.WithBasis(TargetBasis.OverPeriod).Basis);
    }

    [Fact]
    public void ResponseTiers_NeedAPositiveLimitAndAShareUpTo100()
    {
        var tier = new ResponseTier("arrive", UnitsNet.Duration.FromMinutes(3), Ratio.FromPercent(90)) { NameChinese = " 3分钟到达现场 " };
        Assert.Equal("arrive within 3 min (90%)", tier.ToString());
        Assert.Equal("3分钟到达现场", tier.NameChinese);
        Assert.Equal("arrive", new ResponseTier("arrive", UnitsNet.Duration.FromMinutes(3), Ratio.FromPercent(100)).NameChinese);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseTier("a", UnitsNet.Duration.FromMinutes(0), Ratio.FromPercent(90)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseTier("a", UnitsNet.Duration.FromMinutes(1), Ratio.FromPercent(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseTier("a", UnitsNet.Duration.FromMinutes(1), Ratio.FromPercent(101)));
        Assert.Throws<ArgumentException>(() => new ResponseTier(" ", UnitsNet.Duration.FromMinutes(1), Ratio.FromPercent(90)));

        var target = ResponseTimeTarget.OneThreeFiveMinutes(Ratio.FromPercent(100), Year);
        Assert.Equal(["respond", "arrive", "reinforce"], target.Components);
        Assert.True(target.AcceptsSeveralReadingsPerDay);
        Assert.Equal(QuantityKind.Time, target.Kind);
        Assert.Equal("arrive", target.ComponentName("arrive"));
        Assert.Equal("3分钟到达现场", target.ComponentNameChinese("arrive"));
        Assert.Equal("z", target.ComponentNameChinese("z"));
        Assert.Equal("z", target.ComponentName("z"));
        Assert.Equal("1、3、5分钟", target.DescribeChinese());
        Assert.Equal("respond within 1 min (100%); arrive within 3 min (100%); reinforce within 5 min (100%) by 2023-12-31", target.Describe());
        Assert.Same(target, target.ForComponent("arrive"));
        Assert.Same(target, target.ForComponent(null));
        Assert.Null(target.ForComponent("z"));
    }

    [Fact]
    public void Cadence_CountsUnitsOfTheRightLength()
    {
        var monthly = new CadenceTarget(2, CadenceUnit.Month, Year);
        Assert.Equal(2, monthly.MinimumEvents);
        Assert.Equal(CadenceUnit.Month, monthly.Unit);
        Assert.Equal(QuantityKind.Count, monthly.Kind);
        Assert.Equal(new LocalDate(2023, 3, 1), monthly.UnitStart(new LocalDate(2023, 3, 17)));
        Assert.Equal(new LocalDate(2023, 4, 1), monthly.NextUnitStart(new LocalDate(2023, 3, 1)));
        var weekly = new CadenceTarget(1, CadenceUnit.Week, Year);
        Assert.Equal(new LocalDate(2023, 3, 13), weekly.UnitStart(new LocalDate(2023, 3, 17))); // a Monday
        Assert.Equal(new LocalDate(2023, 3, 20), weekly.NextUnitStart(new LocalDate(2023, 3, 13)));
        var quarterly = new CadenceTarget(1, CadenceUnit.Quarter, Year);
        Assert.Equal(new LocalDate(2023, 1, 1), quarterly.UnitStart(new LocalDate(2023, 3, 31)));
        Assert.Equal(new LocalDate(2023, 4, 1), quarterly.UnitStart(new LocalDate(2023, 4, 1)));
        Assert.Equal(new LocalDate(2023, 7, 1), quarterly.NextUnitStart(new LocalDate(2023, 4, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CadenceTarget(0, CadenceUnit.Month, Year));
    }
    [Fact]
    public void Cadence_DescribesItsUnitInBothLanguages()
    {
        Assert.Equal("每周1次以上", new CadenceTarget(1, CadenceUnit.Week, Year).DescribeChinese());
        Assert.Equal("每月2次以上", new CadenceTarget(2, CadenceUnit.Month, Year).DescribeChinese());
        Assert.Equal("每季度3次以上", new CadenceTarget(3, CadenceUnit.Quarter, Year).DescribeChinese());
        Assert.Equal("at least 3 event(s) every quarter by 2023-12-31", new CadenceTarget(3, CadenceUnit.Quarter, Year).Describe());
    }

    [Fact]
    public void CadenceUnits_OfAYear_AreItsTwelveMonths_AllJudged()
    {
        var units = new CadenceTarget(1, CadenceUnit.Month, Year).Units(Year.Start);
        Assert.Equal(new LocalDate(2023, 1, 1), units.FirstUnit);
        Assert.Equal(12, units.Firsts.Length);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => new LocalDate(2023, m, 1)), units.Firsts);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => new LocalDate(2023, m, 1).PlusMonths(1).PlusDays(-1)), units.Ends);
        Assert.All(units.Judged, Assert.True);
    }

    [Theory]
    [InlineData("2023-03-01", "2023-03-01")] // binds on a month's first day: that month is required
    [InlineData("2023-03-15", "2023-04-01")] // binds mid-month: from the next month
    [InlineData("2022-12-10", "2023-01-01")] // binds before the period: from the period's first unit
    public void CadenceUnits_StartFromTheFirstWholeUnitTheTargetBinds(string binds, string first)
    {
        var units = new CadenceTarget(1, CadenceUnit.Month, Year).Units(Iso(binds));
        Assert.Equal(Iso(first), units.FirstUnit);
        Assert.Equal(Iso(first), units.Firsts[0]);
        Assert.Equal(new LocalDate(2023, 12, 31), units.Ends[^1]);
    }

    [Fact]
    public void CadenceUnits_BindingWeeksBeforeAWeeklyPeriod_StartFromTheWeekThePeriodStartsIn()
    {
        var units = new CadenceTarget(1, CadenceUnit.Week, Year).Units(new LocalDate(2022, 12, 10));
        Assert.Equal(new LocalDate(2022, 12, 26), units.FirstUnit); // the Monday of the week of 1 January 2023 (a Sunday)
        Assert.Equal(Year.Start, units.Firsts[0]); // its first day in the period
        Assert.False(units.Judged[0]); // one day of seven in the period: not judged
        Assert.True(units.Judged[1]);
    }

    [Fact]
    public void CadenceUnits_AtThePeriodsEdges_AreClippedToIt_AndJudgedWhenMostOfTheirDaysLieInIt()
    {
        // 16 April to 1 December: April has 15 of 30 days (not most), December 1 of 31.
        var period = new NodaTime.DateInterval(new LocalDate(2023, 4, 16), new LocalDate(2023, 12, 1));
        var units = new CadenceTarget(1, CadenceUnit.Month, period).Units(period.Start);
        Assert.Equal(9, units.Firsts.Length);
        Assert.Equal(new LocalDate(2023, 4, 16), units.Firsts[0]);
        Assert.Equal(new LocalDate(2023, 4, 30), units.Ends[0]);
        Assert.False(units.Judged[0]);
        Assert.Equal(new LocalDate(2023, 12, 1), units.Firsts[^1]);
        Assert.Equal(new LocalDate(2023, 12, 1), units.Ends[^1]);
        Assert.False(units.Judged[^1]);
        Assert.True(units.Judged[1]);

        // 15 January to 15 June: January has 17 of 31 days (most), June 15 of 30 (not most).
        var mid = new NodaTime.DateInterval(new LocalDate(2023, 1, 15), new LocalDate(2023, 6, 15));
        var midUnits = new CadenceTarget(1, CadenceUnit.Month, mid).Units(mid.Start);
        Assert.True(midUnits.Judged[0]);
        Assert.Equal(new LocalDate(2023, 6, 15), midUnits.Ends[^1]);
        Assert.False(midUnits.Judged[^1]);

        var target = new CadenceTarget(1, CadenceUnit.Month, mid);
        Assert.Same(target.Units(mid.Start), target.Units(mid.Start)); // computed once per binding day
    }
}
