using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Reads quantities from Chinese text into the library's typed measures: 15公里 and 15千米 (length), 5000平方米,
/// 11万平方米, 20亩, 3公顷 (area), 600个, 20座, 3处 (counts), 40亿元, 500万元 (money), 5% (ratio), 5个百分点
/// (percentage points), 10吨 (mass), 5分钟 (time), and ranges (3-5个, 3至5个). Full-width digits and punctuation are
/// accepted. Never throws on bad text.
/// </summary>
public static class ChineseQuantityParser
{
    // Longest words first, so that 万平方米 wins over 平方米 and 个百分点 over 个.
    private static readonly (string Word, MeasureUnit Unit)[] UnitWords =
    [
        ("万平方米", MeasureUnit.TenThousandSquareMetres),
        ("万千瓦", MeasureUnit.TenThousandKilowatt),
        ("千瓦", MeasureUnit.Kilowatt),
        ("万亩", MeasureUnit.TenThousandMu),
        ("平方公里", MeasureUnit.SquareKilometre),
        ("个百分点", MeasureUnit.PercentagePoint),
        ("平方米", MeasureUnit.SquareMetre),
        ("百分点", MeasureUnit.PercentagePoint),
        ("公里", MeasureUnit.Kilometre),
        ("千米", MeasureUnit.Kilometre),
        ("公顷", MeasureUnit.Hectare),
        ("万元", MeasureUnit.TenThousandYuan),
        ("亿元", MeasureUnit.HundredMillionYuan),
        ("分钟", MeasureUnit.Minute),
        ("人次", MeasureUnit.PersonTime),
        ("场次", MeasureUnit.ItemChang),
        ("标箱", MeasureUnit.ContainerTeu),
        ("小时", MeasureUnit.Hour),
        ("千克", MeasureUnit.Kilogram),
        ("公斤", MeasureUnit.Kilogram),
        ("㎡", MeasureUnit.SquareMetre),
        ("米", MeasureUnit.Metre),
        ("亩", MeasureUnit.Mu),
        ("元", MeasureUnit.Yuan),
        ("吨", MeasureUnit.Tonne),
        ("‰", MeasureUnit.PerMille),
        ("%", MeasureUnit.Percent),
        ("％", MeasureUnit.Percent),
        ("个", MeasureUnit.Item),
        ("人", MeasureUnit.Person),
        ("户", MeasureUnit.Household),
        ("名", MeasureUnit.Person), // 1000名毕业生: people (a rank, 第N名, is read by the wording, not the unit)
        ("张", MeasureUnit.ItemZhang),
        ("条", MeasureUnit.ItemTiao),
        ("部", MeasureUnit.ItemBu),
        ("斤", MeasureUnit.Jin),
        ("座", MeasureUnit.ItemZuo),
        ("处", MeasureUnit.ItemChu),
        ("项", MeasureUnit.ItemXiang),
        ("家", MeasureUnit.ItemJia),
        ("所", MeasureUnit.ItemSuo),
        ("件", MeasureUnit.ItemJian),
        ("辆", MeasureUnit.ItemLiang),
        ("台", MeasureUnit.ItemTai),
        ("套", MeasureUnit.ItemTao),
        ("次", MeasureUnit.ItemCi),
        ("场", MeasureUnit.ItemChang),
        ("块", MeasureUnit.ItemKuai),
        ("岁", MeasureUnit.YearOfAge),
    ];

    /// <summary>Reads a whole text as one quantity (<c>11万平方米</c>, <c>3-5个</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantity, or what was expected.</returns>
    public static ReadResult<ParsedQuantity> Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        var result = TryReadAt(t, 0);
        return result is not null && result.Length == t.Length
            ? new(result, [])
            : ReadResult<ParsedQuantity>.Failure([new ReadProblem("text", 0, null, t, TextMessages.NotAQuantity)]);
    }

    /// <summary>Every quantity in a text, left to right, not overlapping.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantities with their positions.</returns>
    public static IReadOnlyList<ParsedQuantity> FindAll(string text)
    {
        Preconditions.CheckNotNull(text);
        var found = new List<ParsedQuantity>();
        FindAll(text, found);
        return found;
    }

    /// <summary>Finds every quantity in a text into a list the caller reuses (cleared first).</summary>
    internal static void FindAll(string text, List<ParsedQuantity> found)
    {
        found.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            if (!ChineseNumerals.IsDigit(text[i]) && !ChineseNumerals.IsNumeral(text[i]) && text[i] != '十' && !ChineseNumerals.IsBareMagnitude(text, i))
            {
                continue;
            }

            // Start at the beginning of a number, not inside one (so 15公里 is read once, not also as 5公里).
            if (i > 0 && (ChineseNumerals.IsDigit(text[i - 1]) || text[i - 1] is '.' or '．' || ChineseNumerals.IsNumeral(text[i - 1]) || "十百千万亿".Contains(text[i - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            if (TryReadAt(text, i) is { } q)
            {
                // 百万亩造林 is a campaign's area; 千万吨炼化, 百万千瓦 name a plant's scale, not a figure to reach.
                if (ChineseNumerals.IsBareMagnitude(text, i) && q.Kind != QuantityKind.Area)
                {
                    continue;
                }

                found.Add(q);
                i += q.Length - 1;
            }
        }

    }

    /// <summary>The quantity starting exactly at a position, or <see langword="null"/>.</summary>
    internal static ParsedQuantity? TryReadAt(string text, int start)
    {
        var number = ChineseNumerals.ParsePrefix(text, start);
        if (!number.Success)
        {
            return null;
        }

        var value = number.Value;
        var i = start + number.Length;
        if (i - 1 > start && text[i - 1] == '千' && i < text.Length && text[i] is '瓦' or '米' && ChineseNumerals.Parse(text[start..(i - 1)]) is { IsValid: true } before)
        {
            value = before.Value; // 20万千瓦, 15千米: the 千 is the unit's (千瓦, 千米), not the number's
            i--;
        }

        decimal? upper = null;
        if (i < text.Length && text[i] is '-' or '－' or '~' or '～' or '至' or '到' or '—')
        {
            var second = ChineseNumerals.ParsePrefix(text, i + 1);
            if (second.Success)
            {
                upper = second.Value;
                i += 1 + second.Length;
            }
        }

        var (unit, wordLength) = UnitAt(text, i);
        if (unit is null && i > start && text[i - 1] is '万' or '亿' && PeopleBefore(text, start))
        {
            unit = MeasureUnit.Person; // 贫困人口减少130万, 城镇新增就业12万: people, the unit left unsaid
        }

        if (unit is null)
        {
            return null;
        }

        // A count word that is really a measure word of a longer noun is still a count here; callers filter slogans.
        var measure = new Measure((double)value, unit);
        Measure? top = upper is { } u ? new Measure((double)u, unit) : null;
        var end = i + wordLength;
        return new ParsedQuantity(measure, top, start, end - start, text[start..end]);
    }

    /// <summary>Whether the words just before a number count people (人口, 就业, 人员, 人数, 劳动力, 群众).</summary>
    private static bool PeopleBefore(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 6), Math.Min(6, start));
        foreach (var word in (string[])["人口", "就业", "人员", "人数", "劳动力", "群众"])
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static (MeasureUnit? Unit, int Length) UnitAt(string text, int i)
    {
        foreach (var (word, unit) in UnitWords)
        {
            if (text.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
            {
                return (unit, word.Length);
            }
        }

        return (null, 0);
    }
}
