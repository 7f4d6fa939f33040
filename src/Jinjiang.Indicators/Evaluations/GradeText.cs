using System.Diagnostics.CodeAnalysis;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>The text of each <see cref="Grade"/> in files (<c>green</c>) and in Chinese scorecards (绿灯).</summary>
public static class GradeText
{
    private static readonly string[] Texts = ["grey", "green", "yellow", "red"];
    private static readonly string[] Chinese = ["灰灯", "绿灯", "黄灯", "红灯"];

    /// <summary>The lower-case text of a grade, used in JSON, CSV and the command line.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The text (<c>yellow</c>).</returns>
    public static string ToText(this Grade grade)
        => (uint)grade < (uint)Texts.Length ? Texts[(int)grade] : throw new ArgumentOutOfRangeException(nameof(grade), "The grade is not a known grade.");

    /// <summary>The Chinese name of a grade (黄灯).</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The text.</returns>
    public static string ToTextChinese(this Grade grade)
        => (uint)grade < (uint)Chinese.Length ? Chinese[(int)grade] : throw new ArgumentOutOfRangeException(nameof(grade), "The grade is not a known grade.");

    /// <summary>Reads a grade from its text (case-insensitive; the Chinese names too).</summary>
    /// <param name="text">The text.</param>
    /// <param name="grade">The grade.</param>
    /// <returns>Whether the text names a grade.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Grade grade)
    {
        var trimmed = text?.Trim();
        var index = Array.FindIndex(Texts, t => string.Equals(t, trimmed, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            index = Array.IndexOf(Chinese, trimmed);
        }

        grade = index < 0 ? default : (Grade)index;
        return index >= 0;
    }

    /// <summary>Every grade text, in the order of the enumeration.</summary>
    public static IReadOnlyList<string> All => Texts;
}
