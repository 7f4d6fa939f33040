using System.Collections.Immutable;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>How many evaluations have each status, for a group (a section, a commitment level, a responsible unit).</summary>
public sealed class StatusCounts
{
    private readonly ImmutableArray<int> _counts;

    /// <summary>Counts the statuses of some evaluations.</summary>
    /// <param name="evaluations">The evaluations.</param>
    public StatusCounts(IEnumerable<Evaluation> evaluations)
    {
        var counts = new int[EvaluationStatusText.All.Count];
        foreach (var e in Preconditions.CheckNotNull(evaluations))
        {
            counts[(int)e.Status]++;
        }

        _counts = [.. counts];
    }

    /// <summary>Counts the statuses of some summaries (a batch's: every promise of every area at some dates).</summary>
    /// <param name="summaries">The summaries.</param>
    public StatusCounts(ReadOnlySpan<EvaluationSummary> summaries)
    {
        var counts = new int[EvaluationStatusText.All.Count];
        foreach (var s in summaries)
        {
            counts[(int)s.Status]++;
        }

        _counts = [.. counts];
    }

    /// <summary>How many evaluations have a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int this[EvaluationStatus status] => _counts[(int)status];

    /// <summary>The number of evaluations counted.</summary>
    public int Total => _counts.Sum();

    /// <summary>The counts as <c>met 3, on-track 2</c> (statuses with a zero count left out).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(
        ", ",
        Enum.GetValues<EvaluationStatus>().Where(s => this[s] > 0).Select(s => s.ToKebabCase() + " " + this[s].ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
