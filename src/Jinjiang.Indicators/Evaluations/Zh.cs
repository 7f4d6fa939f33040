using System.Globalization;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Chinese formatting of the figures quoted in reasons, in the register of a 督查 report: 2023年9月30日, 10.6公里,
/// 2023年全年. The numbers are the same as <see cref="Show"/>'s; only the words differ.
/// </summary>
internal static class Zh
{
    internal static string Date(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A period: 2023年全年, 2023年6月, 2023年第二季度, 2023年上半年, or 2023年1月1日至6月30日.</summary>
    internal static string Period(DateInterval period)
    {
        var (s, e) = (period.Start, period.End);
        if (s == e)
        {
            return Date(s);
        }

        if (s.Day == 1 && e == s.PlusMonths(12).PlusDays(-1) && s.Month == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{s.Year}年全年");
        }

        if (s.Day == 1 && e == s.PlusMonths(1).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{s.Year}年{s.Month}月");
        }

        if (s.Day == 1 && s.Month % 3 == 1 && e == s.PlusMonths(3).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{s.Year}年第{"一二三四"[(s.Month - 1) / 3]}季度");
        }

        if (s.Day == 1 && s.Month is 1 or 7 && e == s.PlusMonths(6).PlusDays(-1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{s.Year}年{(s.Month == 1 ? "上" : "下")}半年");
        }

        return s.Year == e.Year
            ? Date(s) + "至" + string.Create(CultureInfo.InvariantCulture, $"{e.Month}月{e.Day}日")
            : Date(s) + "至" + Date(e);
    }

    /// <summary>What a reading covers: 2023年6月 for a stated period, 截至2023年6月30日 for a date.</summary>
    internal static string Covering(Observation o) => o.Period is { } p && p.Start != p.End ? Period(p) : "截至" + Date(o.Date);

    /// <summary>A measure in a given unit of its kind, with the Chinese unit word (5200平方米, 第2位, Ⅲ类).</summary>
    internal static string In(Measure measure, MeasureUnit unit)
        => measure.Kind == unit.Kind && measure.Kind is not (QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion or QuantityKind.Index)
            ? Show.Number(measure.BaseValue / unit.FactorToBase) + Word(unit)
            : Measure(measure);

    internal static string Measure(Measure measure) => measure.Kind switch
    {
        QuantityKind.QualityClass => QualityClass.FromOrdinal(Math.Clamp((int)Math.Round(measure.Value), 1, 6)) + "类",
        QuantityKind.Rank => "第" + Show.Number(measure.Value) + "位",
        QuantityKind.Completion => measure.Value >= 0.5 ? "已完成" : "未完成",
        _ => Show.Number(measure.Value) + Word(measure.Unit),
    };

    /// <summary>How far a value falls short, as an office writes it: 2个百分点 for rates, 0.4公里 for amounts (the magnitude).</summary>
    internal static string Shortfall(Measure gap)
        => gap.Kind == QuantityKind.Ratio
            ? Show.Number(Math.Abs(gap.BaseValue) * 100) + "个百分点"
            : Measure(new Measure(Math.Abs(gap.Value), gap.Unit));

    /// <summary>A place among peers as an office writes it: 位居全市第1位 / 位于五城区前2位以内; 未居…第1位 / 未进入…前2位.</summary>
    internal static string RankPlace(string peers, int topK, bool within)
        => topK == 1
            ? (within ? "位居" : "未居") + peers + "第1位"
            : (within ? "位于" : "未进入") + peers + "前" + topK.ToString(CultureInfo.InvariantCulture) + "位" + (within ? "以内" : string.Empty);

    /// <summary>A deadline in a Chinese column: 2023年底前 for 31 December, 2023年3月底前 for a month end, else 2023年3月15日前.</summary>
    internal static string Deadline(LocalDate date)
        => date.Month == 12 && date.Day == 31 ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年底前")
            : date.Day == CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month) ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月底前")
            : Date(date) + "前";

    /// <summary>
    /// An expected amount of whole things as an office rounds it: up for what must be reached (应完成2.25个 → 3个), down
    /// for what must not be exceeded (不超过8863.5件 → 8863件); other quantities as they are.
    /// </summary>
    internal static string WholeThings(Measure measure, bool ceiling)
        => measure.Kind == QuantityKind.Count
            ? Show.Number(ceiling ? Math.Floor(measure.Value + 1e-9) : Math.Ceiling(measure.Value - 1e-9)) + Word(measure.Unit)
            : Rounded(measure);

    /// <summary>A measure without spurious precision: square metres and yuan to whole units, others to two decimals.</summary>
    internal static string Rounded(Measure measure)
        => measure.Unit == MeasureUnit.SquareMetre || measure.Unit == MeasureUnit.Yuan || measure.Unit == MeasureUnit.Metre
            ? Show.Number(Math.Round(measure.Value)) + Word(measure.Unit)
            : Measure(measure);

    internal static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>The Chinese name of a kind of quantity.</summary>
    internal static string Kind(QuantityKind kind) => kind switch
    {
        QuantityKind.Length => "长度",
        QuantityKind.Area => "面积",
        QuantityKind.Ratio => "比率",
        QuantityKind.PercentagePoints => "百分点",
        QuantityKind.Count => "数量",
        QuantityKind.Money => "金额",
        QuantityKind.Mass => "质量",
        QuantityKind.Power => "功率",
        QuantityKind.Time => "时长",
        QuantityKind.QualityClass => "类别",
        QuantityKind.Rank => "排名",
        QuantityKind.Completion => "完成情况",
        QuantityKind.Composite => "复合指标",
        _ => "指数",
    };

    /// <summary>The status in Chinese (已达标, 未达标, 进度正常 ...): the labels of Chinese scorecards.</summary>
    internal static string Status(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Met => "已达标",
        EvaluationStatus.NotMet => "未达标",
        EvaluationStatus.OnTrack => "进度正常",
        EvaluationStatus.AtRisk => "有风险",
        EvaluationStatus.OffTrack => "进度滞后",
        EvaluationStatus.NotYetDue => "未到期",
        EvaluationStatus.NoData => "无数据",
        _ => "无法评估",
    };

    private static string Word(MeasureUnit unit) => unit.SymbolChinese.Length > 0 ? unit.SymbolChinese : string.Empty;

    /// <summary>A small count in Chinese numerals, as a bulletin numbers its items: 一, 十二, 二十一 (digits from 100 on).</summary>
    internal static string Ordinal(int n)
    {
        const string Digits = "〇一二三四五六七八九";
        return n switch
        {
            < 1 or > 99 => n.ToString(CultureInfo.InvariantCulture),
            < 10 => Digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
            _ => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
        };
    }
}
