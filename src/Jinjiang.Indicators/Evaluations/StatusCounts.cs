using System.Collections.Immutable;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>How many evaluations have each status and each grade (红黄绿灯), for a group (a section, a commitment level, a responsible unit).</summary>
public sealed class StatusCounts
{
    private readonly ImmutableArray<int> _counts;
    private readonly ImmutableArray<int> _grades;

    /// <summary>Counts the statuses of some evaluations.</summary>
    /// <param name="evaluations">The evaluations.</param>
    public StatusCounts(IEnumerable<Evaluation> evaluations)
    {
        var counts = new int[EvaluationStatusText.All.Count];
        var grades = new int[GradeText.All.Count];
        foreach (var e in Preconditions.CheckNotNull(evaluations))
        {
            counts[(int)e.Status]++;
            grades[(int)e.Grade]++;
        }

        _counts = [.. counts];
        _grades = [.. grades];
    }

    /// <summary>Counts the statuses of some summaries (a batch's: every promise of every area at some dates).</summary>
    /// <param name="summaries">The summaries.</param>
    public StatusCounts(ReadOnlySpan<EvaluationSummary> summaries)
    {
        var counts = new int[EvaluationStatusText.All.Count];
        var grades = new int[GradeText.All.Count];
        foreach (var s in summaries)
        {
            counts[(int)s.Status]++;
            grades[(int)s.Grade]++;
        }

        _counts = [.. counts];
        _grades = [.. grades];
    }

    /// <summary>How many evaluations have a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int this[EvaluationStatus status] => _counts[(int)status];

    /// <summary>How many evaluations have a grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The count.</returns>
    public int this[Grade grade] => _grades[(int)grade];

    /// <summary>The number of evaluations counted.</summary>
    public int Total => _counts.Sum();

    /// <summary>The counts as <c>met 3, on-track 2</c> (statuses with a zero count left out).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(
        ", ",
        Enum.GetValues<EvaluationStatus>().Where(s => this[s] > 0).Select(s => s.ToKebabCase() + " " + this[s].ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
