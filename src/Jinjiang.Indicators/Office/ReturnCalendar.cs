using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Office;

/// <summary>
/// The reporting calendar applied: whether a unit's return for a period was received, and which returns are overdue at
/// an as-of date (逾期未报送). A return for a period is any observation of the promise (or one of its parts or node
/// stages) in the home area dated within the period. Only promises whose breakdown states a calendar
/// (<see cref="Indicator.Reporting"/>) owe returns; none is owed for a period after the promise is reported met.
/// </summary>
public static class ReturnCalendar
{
    /// <summary>Whether any observation of a promise in its home area is dated within a period (its return was received).</summary>
    /// <param name="indicator">The promise.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>Whether a return is there.</returns>
    public static bool Received(Indicator indicator, ObservationSet observations, DateInterval period)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(period);
        var home = indicator.Area ?? string.Empty;
        foreach (var o in observations.For(indicator.Id))
        {
            if (o.Date >= period.Start && o.Date <= period.End && o.IsOf(home))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The returns overdue at a date: for each promise with a reporting calendar, each period from the day the promise
    /// binds to its deadline whose due day has passed by <paramref name="asOf"/> with no return received, unless the
    /// promise was already met when the period began. In order of lead unit, then promise, then period.
    /// </summary>
    /// <param name="indicators">The promises (a catalog).</param>
    /// <param name="observations">The observations received.</param>
    /// <param name="asOf">The day the check is made.</param>
    /// <param name="evaluator">The evaluator that says whether a promise was met (the default one if null).</param>
    /// <returns>The overdue returns.</returns>
    public static IReadOnlyList<OverdueReturn> Overdue(IEnumerable<Indicator> indicators, ObservationSet observations, LocalDate asOf, Evaluations.Evaluator? evaluator = null)
    {
        Preconditions.CheckNotNull(indicators);
        Preconditions.CheckNotNull(observations);
        evaluator ??= Evaluations.Evaluator.Default;
        var found = new List<OverdueReturn>();
        foreach (var indicator in indicators)
        {
            foreach (var period in Periods(indicator, asOf))
            {
                var due = indicator.Reporting!.DueDate(period);
                if (due < asOf && !Received(indicator, observations, period)
                    && evaluator.Summarize(indicator, observations, period.Start.PlusDays(-1)).Status != Evaluations.EvaluationStatus.Met)
                {
                    found.Add(new OverdueReturn(indicator, period, due, asOf));
                }
            }
        }

        return [.. found.OrderBy(r => r.Unit is null).ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Indicator.Id.Value, StringComparer.Ordinal).ThenBy(r => r.Period.Start)];
    }

    /// <summary>The reporting periods a promise owes returns for, up to a date (none without a calendar).</summary>
    /// <param name="indicator">The promise.</param>
    /// <param name="until">The last day considered.</param>
    /// <returns>The periods, in order.</returns>
    public static IReadOnlyList<DateInterval> Periods(Indicator indicator, LocalDate until)
    {
        Preconditions.CheckNotNull(indicator);
        if (indicator.Reporting is not { } schedule)
        {
            return [];
        }

        var start = indicator.BindsFrom;
        var end = indicator.Target.Deadline < until ? indicator.Target.Deadline : until;
        return end < start ? [] : schedule.PeriodsEndingWithin(new DateInterval(start, end));
    }

    /// <summary>Whether a promise owes a return for the period that ends at a month end (always true without a calendar: monthly is the default).</summary>
    /// <param name="indicator">The promise.</param>
    /// <param name="monthEnd">The last day of a month.</param>
    /// <returns>Whether a return is expected for the period ending that day.</returns>
    public static bool Expects(Indicator indicator, LocalDate monthEnd)
    {
        Preconditions.CheckNotNull(indicator);
        var schedule = indicator.Reporting ?? ReportingSchedule.MonthlyByFifth;
        return schedule.PeriodContaining(monthEnd).End == monthEnd;
    }
}
