using System.Collections.Frozen;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// The column names of observation files (CSV, TSV, Excel) in the machine form the writers use (<c>indicator</c>,
/// <c>date</c>, <c>value</c>, <c>unit</c> ...) and in the Chinese an office writes (指标编号, 日期, 数值, 单位 ...): every
/// reader takes either, and a header that gives both (<c>数值 (value)</c>, as the Chinese reporting template writes it)
/// is read by its machine name. One table, so that what one writer writes every reader reads back.
/// </summary>
public static class ObservationColumnNames
{
    private static readonly (string Machine, string Chinese, string[] Aliases)[] Table =
    [
        ("indicator", "指标编号", ["指标", "编号", "指标代码"]),
        ("date", "日期", ["数据日期", "截至日期", "统计日期"]),
        ("value", "数值", ["值", "实际值", "完成值", "完成数"]),
        ("unit", "单位", ["计量单位"]),
        ("period", "统计期", ["期间", "时期", "统计期间"]),
        ("area", "地区", ["区域", "行政区", "区县", "区（市）县"]),
        ("component", "分项", ["组成部分", "断面", "分项名称", "档次"]),
        ("status", "数据状态", ["状态", "数据性质"]),
        ("source", "来源", ["数据来源"]),
        ("note", "备注", ["说明"]),
        ("name", "指标名称", ["名称"]),
        ("target", "目标", ["目标值"]),
        ("deadline", "期限", ["完成时限", "截止日期"]),
        ("basis", "考核方式", []),
    ];

    private static readonly FrozenDictionary<string, string> ByName = Table
        .SelectMany(t => t.Aliases.Append(t.Chinese).Append(t.Machine).Select(name => (name, t.Machine)))
        .DistinctBy(x => x.name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(x => x.name, x => x.Machine, StringComparer.OrdinalIgnoreCase);

    /// <summary>The columns every observation file must have: <c>indicator</c>, <c>date</c>, <c>value</c>, <c>unit</c>.</summary>
    public static IReadOnlyList<string> Required { get; } = ["indicator", "date", "value", "unit"];

    /// <summary>The columns an observation file may have: <c>period</c>, <c>area</c>, <c>component</c>, <c>status</c>, <c>source</c>, <c>note</c>.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["period", "area", "component", "status", "source", "note"];

    /// <summary>
    /// The machine name of a column header written in English or Chinese, or with both (<c>数值 (value)</c>,
    /// <c>数值（value）</c>): <c>value</c>; <see langword="null"/> when the header names no known column. Case and
    /// surrounding spaces are ignored.
    /// </summary>
    /// <param name="header">The header cell.</param>
    /// <returns>The machine name, or <see langword="null"/>.</returns>
    public static string? Canonical(string? header)
    {
        var text = (header ?? string.Empty).Trim().TrimStart('\uFEFF');
        if (text.Length == 0)
        {
            return null;
        }

        // 数值 (value): the name in brackets is the machine name.
        var open = text.LastIndexOfAny(['(', '（']);
        if (open > 0 && text[^1] is ')' or '）')
        {
            var inner = text[(open + 1)..^1].Trim();
            if (ByName.TryGetValue(inner, out var machine))
            {
                return machine;
            }

            text = text[..open].Trim();
        }

        return ByName.TryGetValue(text, out var name) ? name : null;
    }

    /// <summary>The header the writers write for a column: its machine name (<c>value</c>).</summary>
    /// <param name="machineName">The machine name.</param>
    /// <returns>The header.</returns>
    public static string Header(string machineName) => machineName;

    /// <summary>The Chinese header of a column (<c>value</c>: 数值).</summary>
    /// <param name="machineName">The machine name.</param>
    /// <returns>The Chinese name, or the machine name when it is not a known column.</returns>
    public static string HeaderChinese(string machineName) => Table.FirstOrDefault(t => t.Machine == machineName).Chinese ?? machineName;
}
