using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Office;

/// <summary>The reporting calendar: periods, due days and the returns overdue at a date (逾期未报送).</summary>
public class ReturnCalendarTests
{
    [Theory]
    [InlineData(ReportingFrequency.Monthly, "2023-05-17", "2023-05-01", "2023-05-31", "2023-06-05")]
    [InlineData(ReportingFrequency.Quarterly, "2023-05-17", "2023-04-01", "2023-06-30", "2023-07-05")]
    [InlineData(ReportingFrequency.HalfYearly, "2023-11-02", "2023-07-01", "2023-12-31", "2024-01-05")]
    [InlineData(ReportingFrequency.Yearly, "2023-02-28", "2023-01-01", "2023-12-31", "2024-01-05")]
    public void APeriod_AndItsDueDay(ReportingFrequency frequency, string date, string start, string end, string due)
    {
        var schedule = new ReportingSchedule(frequency, 5);
        var period = schedule.PeriodContaining(Iso(date));
        Assert.Equal((Iso(start), Iso(end)), (period.Start, period.End));
        Assert.Equal(Iso(due), schedule.DueDate(period));
    }

    [Fact]
    public void ACalendar_SaysItselfInBothLanguages_AndRefusesADayOutOfRange()
    {
        Assert.Equal("按季度报送，次月10日前", new ReportingSchedule(ReportingFrequency.Quarterly, 10).DescribeChinese());
        Assert.Equal("monthly, due by day 5 of the next month", ReportingSchedule.MonthlyByFifth.Describe());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingSchedule(ReportingFrequency.Monthly, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingSchedule(ReportingFrequency.Monthly, 0));
    }

    [Fact]
    public void PeriodsEndingWithin_CountsOnlyWholePeriodsThatEndInside()
    {
        var periods = new ReportingSchedule(ReportingFrequency.Quarterly, 10).PeriodsEndingWithin(new NodaTime.DateInterval(D(2023, 2, 8), D(2023, 9, 30)));
        Assert.Equal([D(2023, 3, 31), D(2023, 6, 30), D(2023, 9, 30)], periods.Select(p => p.End));
    }

    [Fact]
    public void Overdue_ListsEachMissingPeriodByUnit_OnlyOnceItsDueDayHasPassed()
    {
        var greenway = Greenway().WithBreakdown(new TaskBreakdown { LeadUnit = "区公园城市局", Reporting = ReportingSchedule.MonthlyByFifth });
        var observations = ObservationSet.Create([
            new Observation(greenway.Id, D(2023, 1, 31), Measure.From(Length.FromKilometers(1))),
            new Observation(greenway.Id, D(2023, 3, 28), Measure.From(Length.FromKilometers(3))),
        ]);

        Assert.Equal(new[] { D(2023, 2, 28) }, ReturnCalendar.Overdue([greenway], observations, D(2023, 5, 5)).Select(r => r.Period.End)); // May 5 is the April return's due day: not yet late
        var overdue = ReturnCalendar.Overdue([greenway], observations, D(2023, 5, 6));
        Assert.Equal(new[] { D(2023, 2, 28), D(2023, 4, 30) }, overdue.Select(r => r.Period.End));
        var february = overdue[0];
        Assert.Equal("区公园城市局", february.Unit);
        Assert.Equal(D(2023, 3, 5), february.Due);
        Assert.Equal(62, february.DaysOverdue);
        Assert.Single(ReturnCalendar.Overdue([greenway], observations, D(2023, 3, 6)));
    }

    [Fact]
    public void Overdue_NothingIsOwed_WithoutACalendar_OrAfterThePromiseIsMet()
    {
        var greenway = Greenway();
        var observations = ObservationSet.Create([new Observation(greenway.Id, D(2023, 3, 31), Measure.From(Length.FromKilometers(16)))]);
        Assert.Empty(ReturnCalendar.Overdue([greenway], observations, D(2023, 12, 31)));
        var withCalendar = greenway.WithBreakdown(new TaskBreakdown { Reporting = new ReportingSchedule(ReportingFrequency.Quarterly, 10) });
        Assert.Empty(ReturnCalendar.Overdue([withCalendar], observations, D(2023, 12, 31)));
    }

    [Fact]
    public void Received_CountsAReturnOfTheHomeAreaWithinThePeriod()
    {
        var greenway = Greenway();
        var period = new NodaTime.DateInterval(D(2023, 6, 1), D(2023, 6, 30));
        Assert.True(ReturnCalendar.Received(greenway, ObservationSet.Create([new Observation(greenway.Id, D(2023, 6, 30), Measure.From(Length.FromKilometers(7)))]), period));
        Assert.False(ReturnCalendar.Received(greenway, ObservationSet.Create([new Observation(greenway.Id, D(2023, 7, 1), Measure.From(Length.FromKilometers(7)))]), period));
    }
}
