using System.Globalization;
using System.Text;

namespace Jinjiang.Indicators.Reporting;

/// <summary>Terminal display width: East Asian wide and full-width characters take two columns.</summary>
internal static class DisplayWidth
{
    internal static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    internal static int Of(Rune rune)
    {
        var v = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        var wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    internal static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    internal static string Truncate(string text, int width)
    {
        if (Of(text) <= width)
        {
            return text;
        }

        var sb = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = Of(rune);
            if (used + w > width - 1)
            {
                break;
            }

            sb.Append(rune.ToString());
            used += w;
        }

        return sb.Append('…').ToString();
    }
}
