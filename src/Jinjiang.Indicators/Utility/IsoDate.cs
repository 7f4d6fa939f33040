using System.Globalization;
using NodaTime;

namespace Jinjiang.Indicators.Utility;

/// <summary>
/// yyyy-MM-dd in and out without NodaTime's pattern machinery: files and reasons format and read a date per row,
/// and the pattern's per-call allocations showed in the benchmarks. Same text as <c>LocalDatePattern.Iso</c> for
/// years 1..9999.
/// </summary>
internal static class IsoDate
{
    /// <summary>The date as yyyy-MM-dd (NodaTime's ISO pattern, with a sign, outside years 1..9999).</summary>
    internal static string Format(LocalDate date) => date.Year is >= 1 and <= 9999
        ? string.Create(10, date, static (span, d) => TryFormat(d, span))
        : NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>Writes yyyy-MM-dd into ten characters; false (writing nothing useful) outside years 1..9999.</summary>
    internal static bool TryFormat(LocalDate date, Span<char> destination)
    {
        if (date.Year is < 1 or > 9999 || destination.Length < 10)
        {
            return false;
        }

        date.Year.TryFormat(destination[..4], out _, "0000", CultureInfo.InvariantCulture);
        destination[4] = '-';
        date.Month.TryFormat(destination.Slice(5, 2), out _, "00", CultureInfo.InvariantCulture);
        destination[7] = '-';
        date.Day.TryFormat(destination.Slice(8, 2), out _, "00", CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Reads yyyy-MM-dd exactly (surrounding white space allowed), without allocating.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        var s = text.Trim();
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        // ASCII digits read in place (a national file has a million dates).
        if (!Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The number written by ASCII digits only.</summary>
    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>A key in the order of dates (year, month and day packed: not a day count), compared as an int in date columns.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    /// <summary>Whether a date is the last day of its month (month-end returns are counted in whole months).</summary>
    internal static bool IsMonthEnd(LocalDate date) => date.Day >= 28 && date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    internal static int Key(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>The date of a <see cref="Key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The date.</returns>
    internal static LocalDate OfKey(int key) => new(key >> 9, (key >> 5) & 15, key & 31);
}
