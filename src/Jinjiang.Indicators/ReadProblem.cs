using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// One problem found while reading input (a data file, a catalog, a scorecard, a phrase of a report): where it is
/// (file, line, field), the offending text, and what was expected. Readers report every problem, not only the
/// first, and keep every valid row.
/// </summary>
public sealed class ReadProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="source">The file name (or another name for the input).</param>
    /// <param name="line">The 1-based line (for CSV) or 0 when the format has no lines (JSON uses <paramref name="field"/> paths).</param>
    /// <param name="field">The column or JSON path, if the problem is in one.</param>
    /// <param name="text">The offending text, if any.</param>
    /// <param name="message">What was expected, as one sentence.</param>
    public ReadProblem(string source, int line, string? field, string? text, string message)
    {
        Source = Preconditions.CheckNotNull(source);
        Line = line;
        Field = field;
        Text = text;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The file name.</summary>
    public string Source { get; }

    /// <summary>The 1-based line, or 0 when not applicable.</summary>
    public int Line { get; }

    /// <summary>The column or JSON path.</summary>
    public string? Field { get; }

    /// <summary>The offending text.</summary>
    public string? Text { get; }

    /// <summary>What was expected.</summary>
    public string Message { get; }

    /// <summary>The problem as <c>file:line: field 'text': message</c>, the form compilers use.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? Source + ":" + Line.ToString(CultureInfo.InvariantCulture) : Source;
        var field = Field is null ? string.Empty : " " + Field;
        var text = Text is null ? string.Empty : " '" + (Text.Length > 80 ? Text[..80] + "…" : Text) + "'";
        var detail = field + text;
        return detail.Length == 0 ? $"{where}: {Message}" : $"{where}:{detail}: {Message}";
    }
}
