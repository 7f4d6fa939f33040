using System.Globalization;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Reads the title line of a published work report, <c>(四川省)成都市锦江区人民政府工作报告(2023年2月8日)</c>, into a
/// <see cref="WorkReport"/>: the issuer (成都市锦江区人民政府), the area (锦江区), the level (a district), the plan year
/// and the day it was delivered.
/// </summary>
public static partial class WorkReportTitle
{
    /// <summary>Finds the title line among the first lines of a report's text and reads it.</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="report">The report, when a title line was found.</param>
    /// <returns>Whether a title line was found.</returns>
    public static bool TryRead(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkReport? report)
    {
        Preconditions.CheckNotNull(text);
        report = null;
        var lines = 0;
        var head = ReportText.Of(text[..Math.Min(text.Length, 4000)]).Text; // full-width years, traditional titles, HTML
        foreach (var raw in head.AsSpan().EnumerateLines())
        {
            if (++lines > 12)
            {
                break;
            }

            var line = raw.Trim().ToString();
            if (line.Contains("政府工作报告", StringComparison.Ordinal) && TryParse(line, out report))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one title line (<c>成都市锦江区人民政府工作报告（2023年2月8日）</c>).</summary>
    /// <param name="line">The line.</param>
    /// <param name="report">The report, when the line is a title.</param>
    /// <returns>Whether the line is a title naming its government and year.</returns>
    public static bool TryParse(string line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkReport? report)
    {
        report = null;
        var match = TitlePattern().Match(Preconditions.CheckNotNull(line).Trim());
        if (!match.Success)
        {
            return false;
        }

        var place = match.Groups["issuer"].Value.Trim();
        var units = UnitPattern().Matches(place).Select(m => m.Value).ToList();
        if (units.Count == 0)
        {
            return false;
        }

        var area = units[^1];
        var level = area switch
        {
            _ when area.EndsWith("自治区", StringComparison.Ordinal) || area.EndsWith('省') => GovernmentLevel.Province,
            _ when area.EndsWith('区') => GovernmentLevel.District,
            _ when area.EndsWith('县') || area.EndsWith('旗') => GovernmentLevel.County,
            _ when area.EndsWith('市') && units.Count >= 2 && units[^2].EndsWith('市') => GovernmentLevel.County, // a county-level city under a city
            _ => GovernmentLevel.City,
        };
        if (area is "北京市" or "天津市" or "上海市" or "重庆市")
        {
            level = GovernmentLevel.Province;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        LocalDate? delivered = null;
        if (match.Groups["month"].Success && match.Groups["day"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                delivered = new LocalDate(year, month, day);
            }
        }

        if (year is < 1949 or > 9999)
        {
            return false;
        }

        var fullIssuer = place + "人民政府";
        report = new WorkReport(fullIssuer, area, level, year, delivered) { Title = fullIssuer + "工作报告" };
        return true;
    }

    [GeneratedRegex(@"^(?:[(（][^)）]{1,12}[)）])?\s*(?<issuer>[^\s(（)）]{2,40}?)(?:人民)?政府工作报告\s*[(（]\s*(?<year>[0-9]{4})\s*年(?:\s*(?<month>[0-9]{1,2})\s*月\s*(?<day>[0-9]{1,2})\s*日)?[^)）]*[)）]")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"[^省市区县州旗盟]+?(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟)")]
    private static partial Regex UnitPattern();
}
