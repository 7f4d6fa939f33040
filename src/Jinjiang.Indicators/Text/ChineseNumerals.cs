using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Numbers as Chinese reports write them: Arabic digits (ASCII or full-width, with a decimal point), Chinese
/// numerals (十二, 三百, 两, 一万二千), and either followed by a magnitude word (1.5万, 40亿, 3千).
/// </summary>
public static class ChineseNumerals
{
    /// <summary>Reads a whole text as a number.</summary>
    /// <param name="text">The text (<c>15</c>, <c>１５</c>, <c>1.5万</c>, <c>十二</c>, <c>两</c>).</param>
    /// <returns>The number, or what was expected.</returns>
    public static ReadResult<decimal> Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        var result = ParsePrefix(t, 0);
        return result.Success && result.Length == t.Length
            ? new(result.Value, [])
            : ReadResult<decimal>.Failure([new ReadProblem("text", 0, null, t, TextMessages.NotANumber)]);
    }

    /// <summary>Reads the longest number at a position: digits or numerals, then any magnitude words (万, 亿; 千 and 百 after digits).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the number starts.</param>
    /// <returns>The number and how many characters it used; <see langword="default"/> when there is none.</returns>
    internal static NumberPrefix ParsePrefix(string text, int start)
    {
        Preconditions.CheckNotNull(text);
        if (start < 0 || start >= text.Length)
        {
            return default;
        }

        var i = start;
        decimal value;
        if (IsDigit(text[i]))
        {
            decimal whole = 0;
            while (i < text.Length && IsDigit(text[i]))
            {
                if (whole > 1e20m)
                {
                    return default;
                }

                whole = (whole * 10) + DigitValue(text[i]);
                i++;
            }

            // A decimal point, also with the stray space some pages put after it (1. 6万个).
            var stray = i + 2 < text.Length && text[i] is '.' or '．' && text[i + 1] == ' ' && IsDigit(text[i + 2]) ? 1 : 0;
            if (i + 1 + stray < text.Length && text[i] is '.' or '．' && IsDigit(text[i + 1 + stray]))
            {
                i += 1 + stray;
                decimal scale = 0.1m;
                while (i < text.Length && IsDigit(text[i]))
                {
                    if (scale > 1e-20m)
                    {
                        whole += DigitValue(text[i]) * scale;
                        scale /= 10;
                    }

                    i++;
                }
            }

            value = whole;
            // Magnitudes after digits: 1.5万, 40亿, 3千 (but 千米 and 千克 are units, left for the unit reader).
            while (i < text.Length && Magnitude(text, i) is { } m)
            {
                value *= m;
                i++;
            }
        }
        else if (IsBareMagnitude(text, i))
        {
            // 百万亩, 千万吨, 百亿元: 百 and 千 without a numeral before them, directly before 万 or 亿.
            value = text[i] == '百' ? 100 : 1000;
            i++;
            while (i < text.Length && Magnitude(text, i) is { } m)
            {
                value *= m;
                i++;
            }
        }
        else if (IsNumeral(text[i]) || text[i] == '十')
        {
            var end = i;
            while (end < text.Length && (IsNumeral(text[end]) || IsUnitNumeral(text[end])) && !(text[end] == '千' && end + 1 < text.Length && text[end + 1] is '米' or '克'))
            {
                end++;
            }

            if (!TryNumerals(text.AsSpan(i, end - i), out value))
            {
                return default;
            }

            i = end;
        }
        else
        {
            return default;
        }

        return new(value, i - start);
    }

    /// <summary>Whether a character is an ASCII or full-width digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for 0-9 and ０-９.</returns>
    internal static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>Whether 百 or 千 at a position stands for 一百/一千 before 万 or 亿 (百万亩), not inside a numeral (三百万) or a word (百姓).</summary>
    internal static bool IsBareMagnitude(string text, int i)
        => text[i] is '百' or '千' && i + 1 < text.Length && text[i + 1] is '万' or '亿'
           && (i == 0 || !(IsNumeral(text[i - 1]) || IsDigit(text[i - 1]) || IsUnitNumeral(text[i - 1])));

    internal static bool IsNumeral(char c) => "零〇一二两三四五六七八九".Contains(c, StringComparison.Ordinal);

    private static bool IsUnitNumeral(char c) => "十百千万亿".Contains(c, StringComparison.Ordinal);

    private static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    private static decimal? Magnitude(string text, int i) => text[i] switch
    {
        '万' when !Follows(text, i, "平方米") && !Follows(text, i, "元") => 10_000m,
        '亿' when !Follows(text, i, "元") => 100_000_000m,
        '千' when !Follows(text, i, "米") && !Follows(text, i, "克") => 1000m,
        _ => null,
    };

    private static bool Follows(string text, int i, string word) => text.AsSpan(i + 1).StartsWith(word, StringComparison.Ordinal);

    private static bool TryNumerals(ReadOnlySpan<char> s, out decimal value)
    {
        decimal result = 0, section = 0, current = 0;
        var any = false;
        foreach (var c in s)
        {
            var digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '两')
            {
                digit = 2;
            }
            else if (c == '〇')
            {
                digit = 0;
            }

            if (digit >= 0)
            {
                current = digit;
                any = true;
                continue;
            }

            switch (c)
            {
                case '十': section += (current == 0 ? 1 : current) * 10; current = 0; any = true; break;
                case '百': section += current * 100; current = 0; break;
                case '千': section += current * 1000; current = 0; break;
                case '万': result += (section + current) * 10_000; section = 0; current = 0; break;
                case '亿': result = (result + section + current) * 100_000_000; section = 0; current = 0; break;
                default: value = 0; return false;
            }
        }

        value = result + section + current;
        return any;
    }

    /// <summary>A number read at the start of a text and how many characters it used (none: <see langword="default"/>).</summary>
    internal readonly record struct NumberPrefix(decimal Value, int Length)
    {
        internal bool Success => Length > 0;
    }
}
