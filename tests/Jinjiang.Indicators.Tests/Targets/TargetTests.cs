using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Targets;

/// <summary>What every target shares: the period and deadline, the deadline day, the time elapsed, the basis.</summary>
public class TargetTests
{
    private static readonly DateInterval Year = ReportPeriods.Year(2023);

    private static DeliveryTarget Delivery(DateInterval period) => new(Measure.From(Length.FromKilometers(15)), period);

    [Fact]
    public void TheDeadlineIsThePeriodsEnd_AndTheDeadlineDayIsClosed()
    {
        var target = Delivery(Year);
        Assert.Equal(new LocalDate(2023, 12, 31), target.Deadline);
        Assert.Equal(new LocalDate(2022, 12, 31), target.DayBeforeStart);
        Assert.False(target.IsClosedAt(new LocalDate(2023, 12, 30)));
        Assert.True(target.IsClosedAt(new LocalDate(2023, 12, 31)));
        Assert.True(target.IsClosedAt(new LocalDate(2024, 1, 1)));
        Assert.Equal(target.Describe(), target.ToString());
    }

    [Theory]
    [InlineData("2022-06-30", 0)]
    [InlineData("2022-12-31", 0)]
    [InlineData("2023-01-31", 1 / 12.0)]   // month ends count whole months
    [InlineData("2023-02-28", 2 / 12.0)]
    [InlineData("2023-06-30", 0.5)]
    [InlineData("2023-12-31", 1)]
    [InlineData("2024-03-31", 1)]
    public void TheTimeElapsed_CountsWholeMonthsAtMonthEnds(string asOf, double expected)
        => Assert.Equal(expected, Delivery(Year).ElapsedShare(NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value), 12);

    [Fact]
    public void TheTimeElapsed_CountsDaysBetweenMonthEnds_AndOverPeriodsThatAreNotWholeMonths()
    {
        Assert.Equal(15 / 365.0, Delivery(Year).ElapsedShare(new LocalDate(2023, 1, 15)), 12);
        var odd = Delivery(new DateInterval(new LocalDate(2023, 3, 15), new LocalDate(2023, 4, 13)));
        Assert.Equal(17 / 30.0, odd.ElapsedShare(new LocalDate(2023, 3, 31)), 12); // a month end, but the period is not whole months
        Assert.Equal(0, odd.ElapsedShare(new LocalDate(2023, 3, 14)), 12);
        var oneDay = Delivery(new DateInterval(new LocalDate(2023, 3, 15), new LocalDate(2023, 3, 15)));
        Assert.Equal(0, oneDay.ElapsedShare(new LocalDate(2023, 3, 14)), 12);
        Assert.Equal(1, oneDay.ElapsedShare(new LocalDate(2023, 3, 15)), 12);
    }

    [Fact]
    public void ThePeriodFromTheFirstDayOfTime_HasNoDayBefore()
    {
        var target = Delivery(new DateInterval(LocalDate.MinIsoValue, new LocalDate(2023, 12, 31)));
        Assert.Equal(LocalDate.MinIsoValue, target.DayBeforeStart);
    }

    [Fact]
    public void TheBasis_DefaultsToTheDeadline_AndOnlySupportedBasesAreAccepted()
    {
        var delivery = Delivery(Year);
        Assert.Equal(TargetBasis.AtDeadline, delivery.Basis);
        Assert.Equal(TargetBasis.AtDeadline, delivery.WithBasis(TargetBasis.AtDeadline).Basis);
        var error = Assert.Throws<ArgumentException>(() => delivery.WithBasis(TargetBasis.Throughout));
        Assert.Contains("A delivery target cannot be judged on the basis Throughout.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DeliveryTarget(Measure.From(Length.FromKilometers(1)), Year) { Basis = TargetBasis.OverPeriod });

        var level = new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year);
        var throughout = level.WithBasis(TargetBasis.Throughout);
        Assert.Equal(TargetBasis.Throughout, throughout.Basis);
        Assert.Equal(TargetBasis.AtDeadline, level.Basis); // a copy: the original is unchanged
        Assert.Equal(TargetBasis.OverPeriod, new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year) { Basis = TargetBasis.OverPeriod }.Basis);
        Assert.Throws<ArgumentException>(() => level.WithBasis((TargetBasis)42));
    }

    [Fact]
    public void AUnitTarget_HasNoComponents_AndNamesAComponentAsGiven()
    {
        var delivery = Delivery(Year);
        Assert.Empty(delivery.Components);
        Assert.False(delivery.AcceptsSeveralReadingsPerDay);
        Assert.Equal([QuantityKind.Length], delivery.AcceptedKinds);
        Assert.Equal("x", delivery.ComponentName("x"));
        Assert.Equal("x", delivery.ComponentNameChinese("x"));
        Assert.Same(delivery, delivery.ForComponent(null));
        Assert.Null(delivery.ForComponent("x"));
        Assert.Throws<ArgumentNullException>(() => delivery.ComponentName(null!));
    }
}
