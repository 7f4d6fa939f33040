using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Office;

/// <summary>
/// The monthly ledger (月度台账) an office keeps: one line per promise (and per part of a composite one), lead unit first,
/// and per month end the value reported, the completion rate, the time elapsed and the grade. A month whose return is
/// missing shows as missing (未报送), never as the previous month's value.
/// </summary>
[Utility.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))] // rich display in .NET Interactive notebooks, by convention
public sealed class Ledger
{
    private Ledger(IReadOnlyList<LocalDate> months, IReadOnlyList<LedgerRow> rows)
    {
        Months = months;
        Rows = rows;
    }

    /// <summary>The month ends of the ledger, in order.</summary>
    public IReadOnlyList<LocalDate> Months { get; }

    /// <summary>The lines, ordered by lead unit (promises without one last), then as the catalog orders them.</summary>
    public IReadOnlyList<LedgerRow> Rows { get; }

    /// <summary>
    /// The ledger of promises from one month to another: each promise evaluated as of each month end on what was
    /// reported by then; a month is received when an observation is dated within it, missing when the promise's
    /// calendar (monthly when the breakdown states none) expected a return for the period ending that month and none
    /// came, and not due otherwise (before the promise binds, after its deadline, between quarterly returns, after it
    /// was reported met).
    /// </summary>
    /// <param name="indicators">The promises (a catalog).</param>
    /// <param name="observations">The observations received.</param>
    /// <param name="from">The first month.</param>
    /// <param name="to">The last month (not before <paramref name="from"/>).</param>
    /// <param name="evaluator">The evaluator (the default one if null).</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or the ledger spans more than 120 months.</exception>
    public static Ledger Create(IEnumerable<Indicator> indicators, ObservationSet observations, YearMonth from, YearMonth to, Evaluator? evaluator = null)
    {
        Preconditions.CheckNotNull(indicators);
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckArgumentRange(from.CompareTo(to) <= 0, nameof(to), "The last month of a ledger must not be before its first.");
        evaluator ??= Evaluator.Default;
        var months = new List<LocalDate>();
        for (var m = from; m.CompareTo(to) <= 0; m = m.PlusMonths(1))
        {
            months.Add(m.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth));
            Preconditions.CheckArgumentRange(months.Count <= 120, nameof(to), "A ledger spans at most 120 months.");
        }

        var rows = new List<LedgerRow>();
        foreach (var indicator in indicators.OrderBy(i => i.ResponsibleUnit is null).ThenBy(i => i.ResponsibleUnit, StringComparer.Ordinal))
        {
            var evaluations = months.Select(m => evaluator.Evaluate(indicator, observations, m)).ToArray();
            rows.Add(new LedgerRow(indicator, null, [.. months.Select((m, k) => new LedgerCell(m, State(indicator, null, observations, m, evaluations[k]), evaluations[k]))]));
            foreach (var component in indicator.Target.Components)
            {
                var cells = new List<LedgerCell>(months.Count);
                for (var k = 0; k < months.Count; k++)
                {
                    var part = evaluations[k].Parts.FirstOrDefault(p => string.Equals(p.Component, component, StringComparison.Ordinal));
                    cells.Add(new LedgerCell(months[k], part is null ? ReturnState.NotDue : State(indicator, component, observations, months[k], part), part ?? evaluations[k]));
                }

                rows.Add(new LedgerRow(indicator, component, cells));
            }
        }

        return new Ledger(months, rows);
    }

    private static ReturnState State(Indicator indicator, string? component, ObservationSet observations, LocalDate monthEnd, Evaluation evaluation)
    {
        var monthStart = new LocalDate(monthEnd.Year, monthEnd.Month, 1);
        if (monthEnd < indicator.BindsFrom || monthStart > indicator.Target.Deadline)
        {
            return ReturnState.NotDue;
        }

        var home = indicator.Area ?? string.Empty;
        foreach (var o in observations.For(indicator.Id))
        {
            if (o.Date >= monthStart && o.Date <= monthEnd && o.IsOf(home) && (component is null || string.Equals(o.Component, component, StringComparison.Ordinal)))
            {
                return ReturnState.Received;
            }
        }

        // Once a promise (or part) is reported met, no further return is owed for it.
        var metBefore = evaluation.Status == EvaluationStatus.Met && evaluation.Inputs.Count > 0 && evaluation.Inputs.Max(o => o.Date) < monthStart;
        return !metBefore && ReturnCalendar.Expects(indicator, monthEnd) ? ReturnState.Missing : ReturnState.NotDue;
    }
}
