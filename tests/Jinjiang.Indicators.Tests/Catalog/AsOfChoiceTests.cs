using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Catalog;

/// <summary>The one rule for the as-of date a front end uses when the caller gives none (the library never reads the clock).</summary>
public class AsOfChoiceTests
{
    private static Indicator<bool> Bridge(int year, WorkReport? report = null)
        => new(new IndicatorId("bridge-" + year), "大桥建成通车", "Bridge open", new MilestoneTarget(ReportPeriods.Year(year))) { Report = report };

    [Fact]
    public void Given_Wins_AndIsNotDescribed()
    {
        var catalog = new IndicatorCatalog([Bridge(2025)]);
        var choice = catalog.ChooseAsOf(new LocalDate(2025, 3, 1), ObservationSet.Create([Bridge(2025).Observe(new LocalDate(2025, 9, 30), true)]));

        Assert.Equal(new AsOfChoice(new LocalDate(2025, 3, 1), AsOfSource.Given), choice);
        Assert.Null(choice!.Describe());
        Assert.Null(choice.DescribeChinese());
    }

    [Fact]
    public void LatestObservation_ComesFirst()
    {
        var catalog = new IndicatorCatalog(WorkReport.ForArea("东湖区", 2025), [Bridge(2025)]);
        var set = ObservationSet.Create([Bridge(2025).Observe(new LocalDate(2025, 6, 30), false), Bridge(2025).Observe(new LocalDate(2025, 9, 30), true)]);

        var choice = catalog.ChooseAsOf(null, set)!;

        Assert.Equal(new LocalDate(2025, 9, 30), choice.Date);
        Assert.Equal(AsOfSource.LatestObservation, choice.Source);
        Assert.Equal("As-of date 2025-09-30: the latest observation (pass --as-of to choose).", choice.Describe());
        Assert.Contains("2025-09-30", choice.DescribeChinese(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoObservation_TakesTheDayTheReportBinds()
    {
        var report = new WorkReport("东湖区人民政府", "东湖区", GovernmentLevel.County, 2025, new LocalDate(2025, 2, 14));
        var choice = new IndicatorCatalog(report, [Bridge(2025)]).ChooseAsOf(null, ObservationSet.Create([]))!;

        Assert.Equal(new AsOfChoice(new LocalDate(2025, 2, 14), AsOfSource.ReportBindsFrom), choice);
    }

    [Fact]
    public void NoObservationNoReport_TakesTheFirstPromisesStart_NotAnotherReportsDate()
    {
        var choice = new IndicatorCatalog([Bridge(2026), Bridge(2025)]).ChooseAsOf(null, ObservationSet.Create([]))!;

        Assert.Equal(new AsOfChoice(new LocalDate(2025, 1, 1), AsOfSource.FirstPromiseBinds), choice);
        Assert.Contains("first day a promise binds", choice.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCatalog_WithNothingToGoOn_HasNoDate()
    {
        Assert.Null(new IndicatorCatalog([]).ChooseAsOf(null, ObservationSet.Create([])));
    }
}
