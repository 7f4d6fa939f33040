using System.Globalization;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators;

/// <summary>
/// The periods observation files write, in the SDMX style of statistical offices: <c>2023</c> (a year),
/// <c>2023-S1</c> (a half year), <c>2023-Q2</c> (a quarter), <c>2023-06</c> or <c>2023-M06</c> (a month),
/// <c>2023-06-30</c> (a day: a stock or state at that date) and <c>2023-01-01/2023-06-30</c> (any interval, such
/// as a year to date).
/// </summary>
public static class SdmxPeriod
{
    /// <summary>Reads a period.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DateInterval? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (IsoDate.TryParse(s[..slash].Trim().ToString(), out var from) && IsoDate.TryParse(s[(slash + 1)..].Trim().ToString(), out var to) && from <= to)
            {
                period = new DateInterval(from, to);
                return true;
            }

            return false;
        }

        if (s.Length < 4 || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (s.Length == 4)
        {
            period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            return true;
        }

        if (s[4] != '-')
        {
            return false;
        }

        var rest = s[5..];
        if (rest.Length == 2 && (rest[0] is 'Q' or 'q') && rest[1] is >= '1' and <= '4')
        {
            var q = rest[1] - '0';
            var start = new LocalDate(year, ((q - 1) * 3) + 1, 1);
            period = new DateInterval(start, start.PlusMonths(3).PlusDays(-1));
            return true;
        }

        if (rest.Length == 2 && (rest[0] is 'S' or 's' or 'H' or 'h') && rest[1] is '1' or '2')
        {
            var start = new LocalDate(year, rest[1] == '1' ? 1 : 7, 1);
            period = new DateInterval(start, start.PlusMonths(6).PlusDays(-1));
            return true;
        }

        if (rest.Length is 2 or 3)
        {
            var digits = rest[0] is 'M' or 'm' ? rest[1..] : rest;
            if (digits.Length == 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                var start = new LocalDate(year, month, 1);
                period = new DateInterval(start, start.PlusMonths(1).PlusDays(-1));
                return true;
            }

            return false;
        }

        if (IsoDate.TryParse(s.ToString(), out var day))
        {
            period = new DateInterval(day, day);
            return true;
        }

        return false;
    }

    /// <summary>Writes a period in its shortest SDMX form (<c>2023</c>, <c>2023-S1</c>, <c>2023-Q2</c>, <c>2023-06</c>, <c>2023-06-30</c>, else <c>start/end</c>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The text.</returns>
    public static string Format(DateInterval period)
    {
        Preconditions.CheckNotNull(period);
        var start = period.Start;
        var end = period.End;
        if (start == end)
        {
            return IsoDate.Format(start);
        }

        if (start.Day == 1 && end == start.PlusMonths(1).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{start.Year:0000}-{start.Month:00}");
        }

        if (start.Day == 1 && start.Month % 3 == 1 && end == start.PlusMonths(3).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{start.Year:0000}-Q{((start.Month - 1) / 3) + 1}");
        }

        if (start.Day == 1 && start.Month is 1 or 7 && end == start.PlusMonths(6).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{start.Year:0000}-S{(start.Month == 1 ? 1 : 2)}");
        }

        if (start.Day == 1 && start.Month == 1 && end == new LocalDate(start.Year, 12, 31))
        {
            return start.Year.ToString("0000", CultureInfo.InvariantCulture);
        }

        return IsoDate.Format(start) + "/" + IsoDate.Format(end);
    }
}
