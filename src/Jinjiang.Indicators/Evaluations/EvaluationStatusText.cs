using System.Diagnostics.CodeAnalysis;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>The kebab-case text of each <see cref="EvaluationStatus"/> (<c>on-track</c>), used in JSON, CSV and the command line.</summary>
public static class EvaluationStatusText
{
    private static readonly string[] Texts = ["met", "not-met", "on-track", "at-risk", "off-track", "not-yet-due", "no-data", "not-evaluable"];

    /// <summary>The kebab-case text of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The text (<c>not-met</c>).</returns>
    public static string ToKebabCase(this EvaluationStatus status)
        => (uint)status < (uint)Texts.Length ? Texts[(int)status] : throw new ArgumentOutOfRangeException(nameof(status), "The status is not a known evaluation status.");

    /// <summary>Reads a status from its kebab-case text (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <param name="status">The status.</param>
    /// <returns>Whether the text names a status.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EvaluationStatus status)
    {
        var index = Array.FindIndex(Texts, t => string.Equals(t, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        status = index < 0 ? default : (EvaluationStatus)index;
        return index >= 0;
    }

    /// <summary>Every status text, in the order of the enumeration.</summary>
    public static IReadOnlyList<string> All => Texts;

    /// <summary>How bad a status is for roll-ups and composites: the worst part decides a composite's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>0 for <see cref="EvaluationStatus.Met"/> up to 7 for <see cref="EvaluationStatus.NotMet"/>.</returns>
    internal static int Severity(this EvaluationStatus status) => status switch
    {
        EvaluationStatus.Met => 0,
        EvaluationStatus.OnTrack => 1,
        EvaluationStatus.NotYetDue => 2,
        EvaluationStatus.NotEvaluable => 3,
        EvaluationStatus.NoData => 4,
        EvaluationStatus.AtRisk => 5,
        EvaluationStatus.OffTrack => 6,
        _ => 7,
    };
}
