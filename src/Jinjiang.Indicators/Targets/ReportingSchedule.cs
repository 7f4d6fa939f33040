using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// A promise's reporting calendar (报送要求): how often its lead unit reports progress and by which day of the month
/// after each reporting period the return is due ("monthly, by the 5th of the next month": 按月报送，次月5日前).
/// </summary>
public sealed class ReportingSchedule : IEquatable<ReportingSchedule>
{
    /// <summary>A reporting calendar.</summary>
    /// <param name="frequency">How often progress is reported.</param>
    /// <param name="dueDay">The day of the month after each period by which the return is due (1 to 28).</param>
    public ReportingSchedule(ReportingFrequency frequency, int dueDay)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(frequency), nameof(frequency), "Unknown reporting frequency.");
        Preconditions.CheckArgumentRange(dueDay is >= 1 and <= 28, nameof(dueDay), "The due day must be between 1 and 28.");
        Frequency = frequency;
        DueDay = dueDay;
    }

    /// <summary>Monthly returns due by the 5th of the next month, the usual calendar of a district office.</summary>
    public static ReportingSchedule MonthlyByFifth { get; } = new(ReportingFrequency.Monthly, 5);

    /// <summary>How often progress is reported.</summary>
    public ReportingFrequency Frequency { get; }

    /// <summary>The day of the month after each period by which the return is due.</summary>
    public int DueDay { get; }

    /// <summary>The number of months in one reporting period.</summary>
    public int Months => Frequency switch
    {
        ReportingFrequency.Monthly => 1,
        ReportingFrequency.Quarterly => 3,
        ReportingFrequency.HalfYearly => 6,
        _ => 12,
    };

    /// <summary>The reporting period (a calendar month, quarter, half year or year) that contains a date.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The period.</returns>
    public DateInterval PeriodContaining(LocalDate date)
    {
        var firstMonth = ((date.Month - 1) / Months * Months) + 1;
        var start = new LocalDate(date.Year, firstMonth, 1);
        return new DateInterval(start, start.PlusMonths(Months).PlusDays(-1));
    }

    /// <summary>The day a period's return is due: the due day of the month after the period.</summary>
    /// <param name="period">A reporting period.</param>
    /// <returns>The due date.</returns>
    public LocalDate DueDate(DateInterval period)
    {
        Preconditions.CheckNotNull(period);
        var next = period.End.PlusDays(1);
        return new LocalDate(next.Year, next.Month, DueDay);
    }

    /// <summary>
    /// The reporting periods that end within an interval (from the first period ending on or after its start to the
    /// last ending on or before its end), in order.
    /// </summary>
    /// <param name="within">The interval (a promise's period from the day it binds).</param>
    /// <returns>The periods.</returns>
    public IReadOnlyList<DateInterval> PeriodsEndingWithin(DateInterval within)
    {
        Preconditions.CheckNotNull(within);
        var periods = new List<DateInterval>();
        for (var p = PeriodContaining(within.Start); p.End <= within.End; p = PeriodContaining(p.End.PlusDays(1)))
        {
            periods.Add(p);
        }

        return periods;
    }

    /// <summary>The calendar in English: "monthly, due by day 5 of the next month".</summary>
    /// <returns>The description.</returns>
    public string Describe() => Frequency switch
    {
        ReportingFrequency.Monthly => "monthly",
        ReportingFrequency.Quarterly => "quarterly",
        ReportingFrequency.HalfYearly => "half-yearly",
        _ => "yearly",
    } + $", due by day {DueDay} of the next month";

    /// <summary>The calendar in Chinese: "按月报送，次月5日前".</summary>
    /// <returns>The description.</returns>
    public string DescribeChinese() => Frequency switch
    {
        ReportingFrequency.Monthly => "按月报送",
        ReportingFrequency.Quarterly => "按季度报送",
        ReportingFrequency.HalfYearly => "按半年报送",
        _ => "按年报送",
    } + $"，次月{DueDay}日前";

    /// <inheritdoc/>
    public bool Equals(ReportingSchedule? other) => other is not null && Frequency == other.Frequency && DueDay == other.DueDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingSchedule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Frequency, DueDay);

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
