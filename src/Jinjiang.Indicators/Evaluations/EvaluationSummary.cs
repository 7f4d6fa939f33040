using System.Globalization;
using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The verdict and its figures without the reason or the audit trail: what
/// <see cref="Evaluator.Summarize(Indicator, ObservationSet, NodaTime.LocalDate)"/> returns for bulk jobs that
/// evaluate millions of indicators and only count or chart the results. Equal to
/// <see cref="Evaluation.Summary"/> of the full evaluation.
/// </summary>
/// <param name="Status">The verdict.</param>
/// <param name="Actual">The value judged, where there is one.</param>
/// <param name="TargetValue">The value to reach, where there is one.</param>
/// <param name="Expected">What was expected by the as-of date on the progress path, where the method defines one.</param>
/// <param name="Progress">Direction-safe progress share, unclamped; <see langword="null"/> when undefined.</param>
/// <param name="Gap">Target minus actual, in the target's unit, where it has a meaning.</param>
/// <param name="Level">For a 确保X、力争Y target, the level reached.</param>
public readonly record struct EvaluationSummary(
    EvaluationStatus Status,
    Measure? Actual,
    Measure? TargetValue,
    Measure? Expected,
    double? Progress,
    Measure? Gap,
    AchievedLevel Level)
{
    /// <summary>Whether the verdict is final: the deadline has passed (or the target is already met).</summary>
    public bool IsFinal => Status is EvaluationStatus.Met or EvaluationStatus.NotMet;

    /// <summary>The summary as invariant text: <c>on-track (actual 9 km, target 15 km, progress 0.6)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (Actual is { } a)
        {
            parts.Add("actual " + a.ToString(null, CultureInfo.InvariantCulture));
        }

        if (TargetValue is { } t)
        {
            parts.Add("target " + t.ToString(null, CultureInfo.InvariantCulture));
        }

        if (Expected is { } e)
        {
            parts.Add("expected " + e.ToString(null, CultureInfo.InvariantCulture));
        }

        if (Progress is { } p)
        {
            parts.Add("progress " + p.ToString("0.###", CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? Status.ToKebabCase() : Status.ToKebabCase() + " (" + string.Join(", ", parts) + ")";
    }
}
