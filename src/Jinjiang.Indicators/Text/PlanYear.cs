using System.Globalization;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// The year a report plans for, read from its text when it has no title line (a news digest, a reprint): what the
/// text says of the plan's year (2025年主要预期目标, 2026年是“十五五”开局之年), the session of the people's congress it was
/// delivered at (十四届全国人大三次会议: 2025; only the national and provincial congresses, whose terms began in 2023 and
/// 2018), the year its review looks back on (一、2024年工作回顾, 回顾2024年工作, 2024年是…的一年, 2024年，…增长5%（预计）: a plan for 2025), the date it
/// was published (2025-03-12, in a dateline or an address), else the first year it names. Each clue is weighed in that order.
/// </summary>
public static partial class PlanYear
{
    private const int Head = 1200;

    /// <summary>The plan year a report's text gives, or null when it gives none.</summary>
    /// <param name="text">The report's text, as copied (traditional characters, numerals in words and full-width digits are read).</param>
    /// <returns>The year, or null.</returns>
    public static int? Guess(string text)
    {
        Preconditions.CheckNotNull(text);
        var read = ReportText.Of(text).Text;
        var head = read[..Math.Min(read.Length, Head)];
        return Stated(read) ?? Session(read) ?? Reviewed(read) ?? Published(head) ?? FirstYear(head[..Math.Min(head.Length, Head / 3)]) ?? AnyYear(head);
    }

    [GeneratedRegex(@"(20\d{2})年(?:全[市省区县国]|全年|我[市省区县国]|[^，。；\n]{0,12}?)?(?:经济社会发展|发展|国民经济和社会发展)?(?:的)?(?:主要)?预期目标|(20\d{2})年(?:是|为)[^。\n]{0,30}?之年|(20\d{2})年(?:政府)?工作(?:的)?(?:总体要求|安排|建议|任务)|(20\d{2})年(?:的)?(?:计划|目标)|安排(20\d{2})年|(20\d{2})年[，,]?[^。，\n]{0,8}?将(?:为|继续|实施|着力|重点|突出|全力|坚持|聚焦|围绕)")]
    private static partial Regex StatedPattern();

    [GeneratedRegex(@"(全国|[省区]|北京市|上海市|天津市|重庆市)?第?(十三|十四|十五|十六|13|14|15|16)届[^。\n]{0,12}?人[民大](?:代表大会)?[^。\n]{0,6}?第?([一二三四五1-5])次会议")]
    private static partial Regex SessionPattern();

    [GeneratedRegex(@"(20\d{2})年(?:工作)?回顾|回顾(20\d{2})年|过去的(20\d{2})年|(20\d{2})年(?:计划)?执行情况|(20\d{2})年[，,]?是[^。之]{0,60}?的[^。之，]{0,4}一年|(20\d{2})年[，,][^\n]{0,240}?[（(]预计")]
    private static partial Regex ReviewedPattern();

    [GeneratedRegex(@"(20\d{2})[-/.年](0?[1-6])[-/.月](\d{1,2})|/(20\d{2})(0[1-6])(\d{2})/|/(20\d{2})/(0[1-6])(\d{2})/")]
    private static partial Regex PublishedPattern();

    [GeneratedRegex(@"(20\d{2})年")]
    private static partial Regex YearPattern();

    private static int? Stated(string text) => FirstGroup(StatedPattern().Match(text));

    /// <summary>十四届全国人大三次会议: the congresses elected in 2023 (the national 14th, the provinces' 14th and 16th) meet once a year from 2023; the 13th and 15th from 2018.</summary>
    private static int? Session(string text)
    {
        var m = SessionPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        // Only the national and provincial congresses share these terms; a city's or a county's run on their own.
        var level = m.Groups[1].Value;
        var before = text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index));
        if (level.Length == 0 && !m.Value.Contains("全国", StringComparison.Ordinal) && before.IndexOfAny("省区") < 0 && !before.Contains("北京", StringComparison.Ordinal) && !before.Contains("上海", StringComparison.Ordinal)
            && !before.Contains("天津", StringComparison.Ordinal) && !before.Contains("重庆", StringComparison.Ordinal))
        {
            return null;
        }

        var term = m.Groups[2].Value;
        var start = term is "十四" or "十六" or "14" or "16" ? 2022 : 2017;
        var session = m.Groups[3].Value[0];
        return start + (char.IsAsciiDigit(session) ? session - '0' : "一二三四五".IndexOf(session, StringComparison.Ordinal) + 1);
    }

    private static int? Reviewed(string text) => FirstGroup(ReviewedPattern().Match(text)) + 1;

    private static int? Published(string text)
    {
        var m = PublishedPattern().Match(text);
        return m.Success ? FirstGroup(m) : null;
    }

    private static int? FirstYear(string text) => FirstGroup(YearPattern().Match(text));

    /// <summary>A year standing alone anywhere in the head (an address: …/2026_raw_text/…), the last clue.</summary>
    private static int? AnyYear(string text) => FirstGroup(AnyYearPattern().Match(text));

    [GeneratedRegex(@"(?<![0-9])(20[0-4]\d)(?![0-9])")]
    private static partial Regex AnyYearPattern();

    private static int? FirstGroup(Match m)
    {
        if (!m.Success)
        {
            return null;
        }

        for (var g = 1; g < m.Groups.Count; g++)
        {
            if (m.Groups[g].Success && m.Groups[g].Value.Length == 4)
            {
                return int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
