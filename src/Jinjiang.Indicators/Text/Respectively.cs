namespace Jinjiang.Indicators.Text;

/// <summary>
/// A clause that gives several objects their figures in turn with 分别 (城乡居民人均可支配收入分别增长6%和7%, 规上工业增加值、
/// 固定资产投资分别增长7%、10%左右, 高技术制造业、装备制造业增加值分别增长8.9%、7.7%), read as one clause per object with
/// its own figure (城镇居民人均可支配收入增长6%; 农村居民人均可支配收入增长7%), for the readers to read as they read any
/// clause. The clauses are put together: they do not stand in the text, the original clause does.
/// </summary>
internal static class Respectively
{
    /// <summary>The words a list's last name may end with that its shorter names share (高技术制造业、装备制造业增加值).</summary>
    private static readonly string[] SharedEnds = ["人均可支配收入", "可支配收入", "增加值", "收入", "产值", "投资", "总额", "产量", "比重", "覆盖率", "达标率", "安全利用率", "无害化处理率", "处理率", "利用率", "优良率", "合格率", "普及率", "率"];

    private static readonly string[] Commitments = ["确保", "力争", "争取", "努力", "实现"];

    /// <summary>
    /// The clause read once per object, or null when it is not a 分别 clause whose objects and figures pair up one to one.
    /// </summary>
    /// <param name="clause">One clause (no sentence or clause punctuation inside).</param>
    internal static string[]? Split(string clause)
    {
        var at = clause.IndexOf("分别", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var after = clause[(at + 2)..];
        var figures = ChineseQuantityParser.FindAll(after).Where(q => !q.IsSpan && !TargetPhrase.IsSlogan(after, q)).ToList();
        if (figures.Count < 2 || !OnlyJoinersBetween(after, figures))
        {
            return null;
        }

        var names = Names(clause[..at].Trim());
        if (names is null || names.Length != figures.Count)
        {
            return null;
        }

        var verb = after[..figures[0].Start];
        var trailing = after[(figures[^1].Start + figures[^1].Length)..];
        var commitment = Commitments.FirstOrDefault(c => names[0].Contains(c, StringComparison.Ordinal)) ?? string.Empty; // 力争A、B分别…: of both
        var clauses = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var name = i == 0 || names[i].Contains(commitment, StringComparison.Ordinal) ? names[i] : commitment + names[i];
            clauses[i] = string.Concat(name, verb, figures[i].Text, trailing);
        }

        return clauses;
    }

    /// <summary>Whether only 和、与及 (and spaces) stand between the figures: 6%和7%, 7%、10%.</summary>
    private static bool OnlyJoinersBetween(string text, List<ParsedQuantity> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var between = text.AsSpan(figures[i - 1].Start + figures[i - 1].Length, figures[i].Start - figures[i - 1].Start - figures[i - 1].Length).Trim();
            if (between is not ("、" or "和" or "与" or "及" or "、和"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The names a list before 分别 gives: 城乡居民X is 城镇居民X and 农村居民X; A、B and A和B are listed, a shorter name taking
    /// what the last one ends with (城镇和农村居民人均可支配收入: 城镇居民人均可支配收入; 高技术制造业、装备制造业增加值:
    /// 高技术制造业增加值).
    /// </summary>
    internal static string[]? Names(string before)
    {
        if (before.Length == 0)
        {
            return null;
        }

        if (before.IndexOfAny(['、', '和', '与', '及']) < 0)
        {
            var rural = before.IndexOf("城乡", StringComparison.Ordinal);
            return rural < 0 ? null : [string.Concat(before.AsSpan(0, rural), "城镇", before.AsSpan(rural + 2)), string.Concat(before.AsSpan(0, rural), "农村", before.AsSpan(rural + 2))];
        }

        var names = before.Split(['、', '和', '与', '及'], StringSplitOptions.TrimEntries);
        if (names.Any(n => n.Length == 0))
        {
            return null;
        }

        var last = names[^1];
        var shared = SharedEnds.Where(e => last.EndsWith(e, StringComparison.Ordinal) && last.Length > e.Length).MaxBy(e => e.Length);
        for (var i = 0; i < names.Length - 1; i++)
        {
            if (shared is null || SharedEnds.Any(e => names[i].EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            // 城镇 + 居民人均可支配收入 (from 农村居民人均可支配收入): a short head takes the last name's words after its own head.
            names[i] = names[i].Length <= 4 && last.Length - names[i].Length > shared.Length
                ? names[i] + last[names[i].Length..]
                : names[i] + shared;
        }

        return names;
    }
}
