using NodaTime;

namespace Jinjiang.Indicators.Office;

/// <summary>
/// A return not received by its due day (逾期未报送): the promise, its lead unit, the reporting period whose progress was
/// due and the day it was due by. Found by <see cref="ReturnCalendar.Overdue"/>.
/// </summary>
public sealed class OverdueReturn
{
    internal OverdueReturn(Indicator indicator, DateInterval period, LocalDate due, LocalDate asOf)
    {
        Indicator = indicator;
        Period = period;
        Due = due;
        DaysOverdue = NodaTime.Period.Between(due, asOf, PeriodUnits.Days).Days;
    }

    /// <summary>The promise whose return is missing.</summary>
    public Indicator Indicator { get; }

    /// <summary>The unit that owes the return: the promise's lead unit, where the breakdown names one.</summary>
    public string? Unit => Indicator.ResponsibleUnit;

    /// <summary>The reporting period whose progress was due (a month, quarter, half year or year).</summary>
    public DateInterval Period { get; }

    /// <summary>The day the return was due by.</summary>
    public LocalDate Due { get; }

    /// <summary>Days from the due day to the as-of date.</summary>
    public int DaysOverdue { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Indicator.Id}: return for {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd} due {Due:uuuu-MM-dd}, {DaysOverdue} day(s) overdue";
}
