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

    /// <summary>The same message in Chinese, for offices that read the tool in Chinese (the message itself where no Chinese is known).</summary>
    public string MessageChinese => ProblemTextChinese.Translate(Message);

    /// <summary>The problem as <c>file:line: field 'text': message</c>, the form compilers use.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(Message);

    /// <summary>
    /// The Chinese of a reader's message or note (<c>Read as GB18030 (GBK): …</c>: 已按GB18030（GBK）编码读取…), a
    /// file's name before it kept (<c>九月.csv: Read as …</c>); the text itself when no Chinese is known.
    /// </summary>
    /// <param name="text">A problem's message or a reading note.</param>
    /// <returns>The Chinese text.</returns>
    internal static string ChineseOf(string text)
    {
        Preconditions.CheckNotNull(text);
        if (ProblemTextChinese.Knows(text))
        {
            return ProblemTextChinese.Translate(text);
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && ProblemTextChinese.Knows(text[(colon + 2)..]) ? text[..colon] + "：" + ProblemTextChinese.Translate(text[(colon + 2)..]) : text;
    }

    /// <summary>The problem as <c>file:line: field 'text': message</c>, the message in Chinese.</summary>
    /// <returns>The text.</returns>
    public string ToStringChinese() => Format(MessageChinese);

    private string Format(string message)
    {
        var where = Line > 0 ? Source + ":" + Line.ToString(CultureInfo.InvariantCulture) : Source;
        var field = Field is null ? string.Empty : " " + Field;
        var text = Text is null ? string.Empty : " '" + (Text.Length > 80 ? Text[..80] + "…" : Text) + "'";
        var detail = field + text;
        return detail.Length == 0 ? $"{where}: {message}" : $"{where}:{detail}: {message}";
    }
}
