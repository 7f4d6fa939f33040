using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Office;

/// <summary>
/// What a supervision bulletin (督查通报) says, drawn only from the verdicts: the overall picture (the scorecard's counts
/// by grade and section), the highlights (promises completed ahead of their deadline, ahead of schedule or on their
/// node), the shortfalls (red and yellow promises with their units and gaps), the overdue returns, the next steps
/// (which units to press, which returns to chase) and the ledger as an annex. Rendered by <c>Reporting.BulletinRenderer</c>
/// (Markdown, HTML) and the Word package.
/// </summary>
[Utility.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))] // rich display in .NET Interactive notebooks, by convention
public sealed class Bulletin
{
    private Bulletin(Scorecard scorecard, IReadOnlyList<OverdueReturn> overdue, Ledger ledger)
    {
        Scorecard = scorecard;
        Overdue = overdue;
        Ledger = ledger;
        var evaluations = scorecard.Evaluations;
        Highlights = [.. evaluations.Where(IsHighlight)];
        Shortfalls = [.. evaluations.Where(e => e.Grade is Grade.Red or Grade.Yellow).OrderBy(e => e.Grade == Grade.Red ? 0 : 1)];
        UnitsToPress = [.. Shortfalls.GroupBy(e => e.Indicator.ResponsibleUnit ?? string.Empty)
            .OrderByDescending(g => g.Count(e => e.Grade == Grade.Red)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, IReadOnlyList<Evaluation>>(g.Key, [.. g]))];
        ReturnsToChase = [.. overdue.GroupBy(r => r.Unit ?? string.Empty)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, IReadOnlyList<OverdueReturn>>(g.Key, [.. g]))];
    }

    /// <summary>The day the bulletin speaks of.</summary>
    public LocalDate AsOf => Scorecard.AsOf;

    /// <summary>The scorecard every figure of the bulletin comes from.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>亮点: promises met before their deadline, on track ahead of schedule (序时进度), or on their node.</summary>
    public IReadOnlyList<Evaluation> Highlights { get; }

    /// <summary>短板: the red promises, then the yellow ones, as the scorecard orders them.</summary>
    public IReadOnlyList<Evaluation> Shortfalls { get; }

    /// <summary>逾期未报送: the returns overdue at the as-of date, by unit.</summary>
    public IReadOnlyList<OverdueReturn> Overdue { get; }

    /// <summary>下步建议 (1): the lead units with red or yellow promises, those with the most red first ("" for promises without a unit).</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<Evaluation>>> UnitsToPress { get; }

    /// <summary>下步建议 (2): the units that owe returns, with the returns ("" for promises without a unit).</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<OverdueReturn>>> ReturnsToChase { get; }

    /// <summary>The annex: the ledger from January of the as-of year (or the month the promises bind) to the last month ended by the as-of date.</summary>
    public Ledger Ledger { get; }

    /// <summary>The bulletin of promises at a date.</summary>
    /// <param name="indicators">The promises (a catalog).</param>
    /// <param name="observations">The observations received.</param>
    /// <param name="asOf">The day the bulletin speaks of.</param>
    /// <param name="evaluator">The evaluator (the default one if null).</param>
    /// <returns>The bulletin.</returns>
    public static Bulletin Create(IEnumerable<Indicator> indicators, ObservationSet observations, LocalDate asOf, Evaluator? evaluator = null)
    {
        Preconditions.CheckNotNull(indicators);
        Preconditions.CheckNotNull(observations);
        evaluator ??= Evaluator.Default;
        var list = indicators.ToList();
        var scorecard = new Scorecard(asOf, evaluator.EvaluateAll(list, observations, asOf));
        var overdue = ReturnCalendar.Overdue(list, observations, asOf, evaluator);
        var last = asOf.Day == asOf.Calendar.GetDaysInMonth(asOf.Year, asOf.Month) ? asOf.ToYearMonth() : asOf.ToYearMonth().PlusMonths(-1);
        var first = new YearMonth(asOf.Year, 1);
        if (list.Count > 0 && list.Min(i => i.BindsFrom) is { } binds && binds.Year == asOf.Year)
        {
            first = binds.ToYearMonth();
        }

        if (last.CompareTo(first) < 0)
        {
            last = first;
        }

        return new Bulletin(scorecard, overdue, Ledger.Create(list, observations, first, last, evaluator));
    }

    private static bool IsHighlight(Evaluation e)
        => (e.Status == EvaluationStatus.Met && e.Grade == Grade.Green && e.AsOf < e.Indicator.Target.Deadline && e.Inputs.Count > 0)
            || (e.Status == EvaluationStatus.OnTrack && (e.ScheduleGapPoints > 0 || e.Method == NodeCheck.Method));
}
