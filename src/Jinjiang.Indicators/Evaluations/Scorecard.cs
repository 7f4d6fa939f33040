using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The evaluations of a set of indicators at one as-of date, with status counts overall and by section,
/// commitment level and responsible unit: which promises are met, which are slipping, and why. Render it with
/// <c>Reporting.ScorecardRenderer</c> (text, Markdown, HTML, CSV) or serialize with <c>Serialization.ScorecardJson</c>.
/// </summary>
[Utility.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))] // rich display in .NET Interactive notebooks, by convention
public sealed class Scorecard
{
    /// <summary>Creates a scorecard from evaluations already made.</summary>
    /// <param name="asOf">The as-of date of the evaluations.</param>
    /// <param name="evaluations">The evaluations, in display order.</param>
    public Scorecard(LocalDate asOf, IEnumerable<Evaluation> evaluations)
    {
        AsOf = asOf;
        Evaluations = Preconditions.CheckNotNull(evaluations).ToArray();
        Counts = new StatusCounts(Evaluations);
        BySection = RollUp.BySection(Evaluations);
        ByCommitment = RollUp.ByCommitment(Evaluations);
        ByResponsibleUnit = RollUp.ByResponsibleUnit(Evaluations);
        var reports = Evaluations.Select(e => e.Indicator.Report).Distinct().ToArray();
        Report = reports.Length == 1 ? reports[0] : null;
    }

    /// <summary>Evaluates indicators and builds their scorecard.</summary>
    /// <param name="indicators">The indicators (a catalog's <c>All</c>).</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The as-of date (no clock is read).</param>
    /// <param name="evaluator">The evaluator (its options say how progress is judged), or <see langword="null"/> for <see cref="Evaluator.Default"/>.</param>
    /// <returns>The scorecard.</returns>
    public static Scorecard Create(IEnumerable<Indicator> indicators, ObservationSet observations, LocalDate asOf, Evaluator? evaluator = null)
        => new(asOf, (evaluator ?? Evaluator.Default).EvaluateAll(indicators, observations, asOf));

    /// <summary>Evaluates indicators with options and builds their scorecard (obsolete: pass an <see cref="Evaluator"/>, as everything else takes).</summary>
    /// <param name="indicators">The indicators (a catalog's <c>All</c>).</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The as-of date (no clock is read).</param>
    /// <param name="options">How to judge progress.</param>
    /// <returns>The scorecard.</returns>
    [Obsolete("Pass an Evaluator, as everything else takes: Scorecard.Create(indicators, observations, asOf, new Evaluator(options)). Removed in 0.3.")]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static Scorecard Create(IEnumerable<Indicator> indicators, ObservationSet observations, LocalDate asOf, EvaluationOptions options)
        => Create(indicators, observations, asOf, new Evaluator(options));

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The report every evaluated promise comes from (it titles the scorecard), or <see langword="null"/> when they come from none or from several.</summary>
    public WorkReport? Report { get; }

    /// <summary>The evaluations, in display order.</summary>
    public IReadOnlyList<Evaluation> Evaluations { get; }

    /// <summary>The status counts over all evaluations.</summary>
    public StatusCounts Counts { get; }

    /// <summary>The status counts by section.</summary>
    public IReadOnlyList<KeyValuePair<Section, StatusCounts>> BySection { get; }

    /// <summary>The status counts by commitment level.</summary>
    public IReadOnlyList<KeyValuePair<CommitmentLevel, StatusCounts>> ByCommitment { get; }

    /// <summary>The status counts by responsible unit.</summary>
    public IReadOnlyList<KeyValuePair<string, StatusCounts>> ByResponsibleUnit { get; }

    /// <summary>Whether any evaluation has one of the given statuses (for <c>--fail-on</c> gates).</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns><see langword="true"/> when at least one evaluation has one of them.</returns>
    public bool Any(params IEnumerable<EvaluationStatus> statuses)
    {
        var set = Preconditions.CheckNotNull(statuses).ToHashSet();
        return Evaluations.Any(e => set.Contains(e.Status));
    }

    /// <summary>A one-line summary: the as-of date, the number of indicators and the counts by status (tables: <c>ScorecardRenderer</c>).</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => $"Scorecard as of {IsoDate.Format(AsOf)}: {Evaluations.Count} indicator(s); {Counts}";
}
