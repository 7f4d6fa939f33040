using System.Text.RegularExpressions;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// What the wording of one promise clause says: the commitment (确保, 力争, 严格要求), the kind of target, the
/// comparator, the quantity, the rank or class asked for, and the deadline (全年, 年底前, 到2025年, 十四五末).
/// </summary>
public sealed partial class TargetPhrase
{

    private TargetPhrase(string text)
    {
        Text = text;
    }

    /// <summary>The clause read.</summary>
    public string Text { get; }

    /// <summary>The commitment level from 确保/坚决 (ensure), 严格要求/严格落实 (require), 力争 (strive), or plain.</summary>
    public CommitmentLevel Commitment { get; private init; }

    /// <summary>The kind of target, or <see langword="null"/> when the clause makes no measurable promise.</summary>
    public PromiseKind? Kind { get; private init; }

    /// <summary>Whether the comparison excludes the number itself (超过, 低于).</summary>
    public bool Strict { get; private init; }

    /// <summary>For a change: <see langword="true"/> for a cut (减少, 下降), <see langword="false"/> for growth.</summary>
    public bool? IsDecrease { get; private init; }

    /// <summary>The main quantity of the clause, if any.</summary>
    public ParsedQuantity? Quantity { get; private init; }

    /// <summary>For a rank: how many top positions (1 for 第1位 and 领先; null for 前列, whose k the caller chooses).</summary>
    public int? TopK { get; private init; }

    /// <summary>For a rank: the peer group named (五城区, 全市, 全省), if any.</summary>
    public string? Peers { get; private init; }

    /// <summary>For a class target: the class to reach.</summary>
    public QualityClass? Class { get; private init; }

    /// <summary>The deadline the wording gives, or the end of the report year when it gives none.</summary>
    public LocalDate Deadline { get; private init; }

    /// <summary>Whether the deadline was stated (全年, 年底前, 到2025年, 十四五末) rather than assumed.</summary>
    public bool DeadlineStated { get; private init; }

    /// <summary>Reads a clause.</summary>
    /// <param name="clause">The clause (<c>力争全年新增立体绿化面积5000平方米</c>).</param>
    /// <param name="reportYear">The year the report plans for (全年 = that year).</param>
    /// <returns>What the wording says; never throws on odd text.</returns>
    public static TargetPhrase Read(string clause, int reportYear) => Read(clause, reportYear, null);

    /// <summary>Reads a clause whose quantities the caller has found already (or null to find them).</summary>
    internal static TargetPhrase Read(string clause, int reportYear, IReadOnlyList<ParsedQuantity>? found)
    {
        Preconditions.CheckNotNull(clause);
        var text = clause;
        var quantity = Chosen(text, found ?? ChineseQuantityParser.FindAll(text));
        var (deadline, stated) = DeadlineOf(text, reportYear);
        var commitment = CommitmentOf(text);

        PromiseKind? kind = null;
        int? topK = null;
        string? peers = null;
        QualityClass? quality = null;
        bool? decrease = null;
        var strict = false;
        var rankMatch = RankPattern().Match(text);
        var classMatch = ClassPattern().Match(text);
        if (rankMatch.Success || text.Contains("前列", StringComparison.Ordinal) || text.Contains("领先", StringComparison.Ordinal))
        {
            kind = PromiseKind.Rank;
            topK = rankMatch.Success ? SmallNumber(rankMatch.Groups["k"].Value)
                : text.Contains("领先", StringComparison.Ordinal) ? 1 : null;
            peers = PeersPattern().Match(text) is { Success: true } p ? p.Value : null;
        }
        else if (classMatch.Success && QualityClass.TryParse(classMatch.Groups["c"].Value, out var c))
        {
            kind = PromiseKind.Class;
            quality = c;
        }
        else if (TiersPattern().IsMatch(text))
        {
            kind = PromiseKind.ResponseTime;
        }
        else if (text.Contains("每周", StringComparison.Ordinal) || text.Contains("一周一", StringComparison.Ordinal) || text.Contains("每月", StringComparison.Ordinal))
        {
            kind = PromiseKind.Cadence;
        }
        else if (RateKind(text, quantity) is { } rate)
        {
            (kind, decrease) = rate;
        }
        else if ((quantity is { Kind: QuantityKind.Ratio } && quantity.Value.Value >= 100) || CoveragePattern().IsMatch(text)
                 || FullCoverage(text) || (text.Contains("所有", StringComparison.Ordinal) && text.Contains("全部", StringComparison.Ordinal)))
        {
            kind = PromiseKind.Coverage;
        }
        else if (quantity is not null && !quantity.IsSpan)
        {
            (kind, strict) = AmountKind(text, quantity);
        }
        else if (text.Contains("逐步扩大", StringComparison.Ordinal) || (text.Contains("扩大", StringComparison.Ordinal) && text.Contains("比例", StringComparison.Ordinal)) || DirectionPattern().IsMatch(text))
        {
            kind = PromiseKind.Direction;
        }
        else if (MilestonePattern().IsMatch(text))
        {
            kind = PromiseKind.Milestone;
        }

        return new TargetPhrase(text)
        {
            Commitment = commitment,
            Kind = kind,
            Strict = strict,
            IsDecrease = decrease,
            Quantity = kind is PromiseKind.Rank or PromiseKind.Class or PromiseKind.Milestone or PromiseKind.Direction ? null : quantity,
            TopK = topK,
            Peers = peers,
            Class = quality,
            Deadline = deadline,
            DeadlineStated = stated,
        };
    }

    /// <summary>The quantity a clause promises: the last that is not a slogan's, a time only when there is nothing else.</summary>
    private static ParsedQuantity? Chosen(string text, IReadOnlyList<ParsedQuantity> found)
    {
        ParsedQuantity? quantity = null;
        ParsedQuantity? lastOfAny = null;
        foreach (var q in found)
        {
            if (IsSlogan(text, q))
            {
                continue;
            }

            lastOfAny = q;
            if (!q.IsSpan)
            {
                quantity = q;
            }
        }

        return quantity ?? lastOfAny;
    }

    /// <summary>How firmly the clause commits: 力争 strive, 确保/坚决 ensure, 严格要求/严格落实 require, else plain.</summary>
    private static CommitmentLevel CommitmentOf(string text)
        => text.Contains("力争", StringComparison.Ordinal) ? CommitmentLevel.Strive
            : text.Contains("确保", StringComparison.Ordinal) || text.Contains("坚决", StringComparison.Ordinal) ? CommitmentLevel.Ensure
            : text.Contains("严格要求", StringComparison.Ordinal) || text.Contains("严格落实", StringComparison.Ordinal) ? CommitmentLevel.Require
            : CommitmentLevel.Plain;

    /// <summary>
    /// A rate promised as a change: 增长6%左右 (about, growth), 下降5% (a cut), 增长6% (growth); null when the quantity is
    /// not a rate or percentage points, or no change word goes with it (a share of 100% is a coverage).
    /// </summary>
    private static (PromiseKind Kind, bool Decrease)? RateKind(string text, ParsedQuantity? quantity)
    {
        if (quantity is null || quantity.Kind is not (QuantityKind.Ratio or QuantityKind.PercentagePoints)
            || EndsWithAny(text.AsSpan(0, quantity.Start).TrimEnd(), LevelReached))
        {
            return null; // 提高到45%, 下降到4%: a level to reach, not a change by that much
        }

        if (ContainsAny(text, Lexicon.PromisedIncrease) && text.AsSpan(quantity.Start + quantity.Length).StartsWith("左右", StringComparison.Ordinal))
        {
            return (PromiseKind.About, false); // 增长6%左右: growth of about 6%, the usual form of a growth target
        }

        if (ContainsAny(text, Lexicon.PromisedDecrease))
        {
            return (PromiseKind.Change, true);
        }

        return ContainsAny(text, Lexicon.PromisedIncrease) && !(quantity.Kind == QuantityKind.Ratio && quantity.Value.Value >= 100) ? (PromiseKind.Change, false) : null;
    }

    private static readonly string[] LevelReached = ["提高到", "提高至", "提升到", "提升至", "增加到", "增至", "降至", "降到", "下降到", "下降至", "降低到", "降低至"];

    /// <summary>An amount's kind from the words around it: 左右 about, 不低于/以上 at least, 以内/不超过 at most, a delivery verb, or the scope a promise is about (null).</summary>
    private static (PromiseKind? Kind, bool Strict) AmountKind(string text, ParsedQuantity quantity)
    {
        var after = text.AsSpan(quantity.Start + quantity.Length);
        var before = text.AsSpan(0, quantity.Start);
        if (after.StartsWith("左右", StringComparison.Ordinal))
        {
            return (PromiseKind.About, false);
        }

        if (EndsWithAny(before, Lexicon.NotBelow))
        {
            return (PromiseKind.AtLeast, false);
        }

        if (StartsWithAny(after, Lexicon.AtMost) || EndsWithAny(before, Lexicon.AtMost))
        {
            return (PromiseKind.AtMost, EndsWithAny(before, Lexicon.StrictlyBelow));
        }

        if (EndsWithAny(before, Lexicon.StrictlyAbove))
        {
            return (PromiseKind.AtLeast, true);
        }

        if (DeliveryPattern().IsMatch(before))
        {
            return (PromiseKind.Delivery, false);
        }

        if (StartsWithAny(after, Lexicon.AtLeast) || EndsWithAny(before, Lexicon.AtLeast))
        {
            return (PromiseKind.AtLeast, false);
        }

        // 确保5个安置点群众搬得出: the number counts what a promise is about, it is not delivered.
        return IsScope(before, text) ? (null, false) : (PromiseKind.Delivery, false);
    }

    /// <summary>A pace phrase: a growth to keep pace with another within the plan year (基本同步), or strictly to outpace it (高于, 快于).</summary>
    internal static TargetPhrase Pace(string text, CommitmentLevel commitment, LocalDate deadline, bool strict = false)
        => new(text) { Kind = PromiseKind.Pace, Commitment = commitment, Deadline = deadline, Strict = strict };

    /// <summary>A milestone phrase: a named project or task to start, advance or finish within the plan year.</summary>
    internal static TargetPhrase Milestone(string text, CommitmentLevel commitment, LocalDate deadline)
        => new(text) { Kind = PromiseKind.Milestone, Commitment = commitment, Deadline = deadline };

    /// <summary>
    /// Whether a clause can make any promise <see cref="Read(string, int)"/> recognises: it holds a number (digit or
    /// Chinese numeral) or a character every other kind's wording needs (第/前/领 rank, 类 class, 每/周 cadence, 应/覆/所
    /// coverage, 扩 direction, 完/试/打/推 milestone). False means <see cref="Read(string, int)"/> would find no kind,
    /// so the extractor skips the clause without reading it. Keep in step with <see cref="Read(string, int)"/>; a
    /// property test checks it on random text.
    /// </summary>
    internal static bool MayHoldPromise(ReadOnlySpan<char> clause) => clause.IndexOfAny(Triggers) >= 0;

    private static readonly System.Buffers.SearchValues<char> Triggers = System.Buffers.SearchValues.Create(
        "0123456789０１２３４５６７８９零〇一二两三四五六七八九十第前领类分每周应覆所扩完试打推提");

    /// <summary>
    /// Whether a quantity is part of a named slogan or list rather than a target: inside quotation marks
    /// (“两个责任”), or counting aspects (七个方面).
    /// </summary>
    internal static bool IsSlogan(string text, ParsedQuantity q)
    {
        var after = text.AsSpan(q.Start + q.Length);
        if (after.StartsWith("方面", StringComparison.Ordinal) || after.StartsWith("大", StringComparison.Ordinal) || after.StartsWith("机制", StringComparison.Ordinal)
            || after[..Math.Min(after.Length, 8)].Contains("实事", StringComparison.Ordinal)) // 十项为民办实事项目: a list's count, not an amount
        {
            return true;
        }

        // An age before the people it names (60岁以上老年人, 2-3岁幼儿) says who, not a figure to reach (预期寿命80岁).
        if (q.Value.Unit == MeasureUnit.YearOfAge)
        {
            var rest = after;
            foreach (var bound in (string[])["及以上", "以上", "以下", "左右"])
            {
                rest = rest.StartsWith(bound, StringComparison.Ordinal) ? rest[bound.Length..] : rest;
            }

            if (!rest.IsEmpty && ReportText.IsHan(rest[0]))
            {
                return true;
            }
        }

        // A count of measures (稳经济30项举措, 20条措施) numbers a policy package, not an amount delivered; a count written in
        // words before a quoted name (三张“金名片”, 一张蓝图) is a slogan.
        if (after.StartsWith("举措", StringComparison.Ordinal) || after.StartsWith("措施", StringComparison.Ordinal) || after.StartsWith("蓝图", StringComparison.Ordinal)
            || (after.StartsWith("“", StringComparison.Ordinal) && !ChineseNumerals.IsDigit(text[q.Start])))
        {
            return true;
        }

        // Ordinals (第二个百年) name one of a series, and a project's total investment (总投资7.58亿元) its scope: not amounts.
        if (text.AsSpan(0, q.Start).EndsWith("第", StringComparison.Ordinal) || text.AsSpan(0, q.Start).EndsWith("总投资", StringComparison.Ordinal))
        {
            return true;
        }

        // 加快13号线等12条线路建设: a count of the things listed (X等N条) under a verb of progress only is their scope,
        // not an amount delivered (建成8号线等3条线路 would be one).
        if (text.AsSpan(0, q.Start).EndsWith("等", StringComparison.Ordinal) && ProgressOnlyPattern().IsMatch(text) && !CompletionPattern().IsMatch(text))
        {
            return true;
        }

        // Meetings: 十五届四次全会, 第五次会议 name a session, not an amount.
        if (after.StartsWith("全会", StringComparison.Ordinal) || after.StartsWith("全体会议", StringComparison.Ordinal) || after.StartsWith("会议", StringComparison.Ordinal)
            || text.AsSpan(0, q.Start).EndsWith("届", StringComparison.Ordinal))
        {
            return true;
        }

        if (QuotedAlone(text, q))
        {
            return true; // “17条”举措, "136条"细则: a figure that fills its quotation marks names a package
        }

        var open = text.LastIndexOf('“', q.Start);
        var close = text.LastIndexOf('”', q.Start);
        var quoted = open > close && text.IndexOf('”', q.Start) is var end and > 0 && end - open <= 12;
        return quoted && !ChineseNumerals.IsDigit(text[q.Start]);
    }

    /// <summary>Whether a figure and its unit are all that stands between a pair of quotation marks (“17条”, "1+N" aside).</summary>
    private static bool QuotedAlone(string text, ParsedQuantity q)
    {
        var before = q.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = q.Start + q.Length;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return before >= 0 && after < text.Length && text[before] is '“' or '"' or '「' or '‘' && text[after] is '”' or '"' or '」' or '’';
    }

    /// <summary>
    /// Whether a text sets its figure for a year four or more years past the plan's (到2030年 in a plan for 2026, 到2035年):
    /// the goal of a five-year plan or a vision, which the year's report restates but does not promise for its own year.
    /// </summary>
    internal static bool IsLongRange(ReadOnlySpan<char> text, int reportYear)
    {
        if (text.IndexOf('到') < 0)
        {
            return false;
        }

        foreach (var m in ByYearPattern().EnumerateMatches(text))
        {
            if (int.Parse(text.Slice(m.Index + 1, 4), System.Globalization.CultureInfo.InvariantCulture) >= reportYear + 4)
            {
                return true;
            }
        }

        return false;
    }

    private static (LocalDate Deadline, bool Stated) DeadlineOf(string text, int reportYear)
    {
        if (text.Contains("十四五", StringComparison.Ordinal) && text.Contains('末', StringComparison.Ordinal))
        {
            return (new LocalDate(2025, 12, 31), true);
        }

        if (ByYearPattern().Match(text) is { Success: true } m)
        {
            return (new LocalDate(SmallNumber(m.Groups["y"].Value) ?? reportYear, 12, 31), true);
        }

        var stated = text.Contains("全年", StringComparison.Ordinal) || text.Contains("年底前", StringComparison.Ordinal) || text.Contains("年内", StringComparison.Ordinal);
        return (new LocalDate(reportYear, 12, 31), stated);
    }

    /// <summary>A whole number written with ASCII or full-width digits, when it fits comfortably in an int.</summary>
    internal static int? SmallNumber(string digits)
        => ChineseNumerals.Parse(digits) is { IsValid: true } n && n.Value is >= 0 and <= 1_000_000 && n.Value == decimal.Truncate(n.Value) ? (int)n.Value : null;

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"第(?<k>[0-9０-９]+)[位名]|前(?<k>[0-9０-９]+)[位名]")]
    private static partial Regex RankPattern();

    [GeneratedRegex(@"五城区|全市|全省|全国|中心城区")]
    private static partial Regex PeersPattern();

    [GeneratedRegex(@"(?<c>劣?[ⅠⅡⅢⅣⅤ]|劣?V|IV|III|II|I)类")]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"[0-9０-９]+、[0-9０-９]+(、[0-9０-９]+)*分钟")]
    private static partial Regex TiersPattern();

    /// <summary>全覆盖 as a promise of full coverage, not the 全 of 健全/完全/安全 before 覆盖 (健全覆盖全人群的服务体系).</summary>
    private static bool FullCoverage(string text)
    {
        for (var at = text.IndexOf("全覆盖", StringComparison.Ordinal); at >= 0; at = text.IndexOf("全覆盖", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is not ('健' or '完' or '安' or '齐' or '周'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"应(.)尽\1")]
    private static partial Regex CoveragePattern();

    [GeneratedRegex(@"(新建|新增|建成|完成|打造|实施|改造|建设|培育|引进|开展|实现|策划包装|试点打造)[^，。；]*$")]
    private static partial Regex DeliveryPattern();

    [GeneratedRegex(@"完成[^，。；]*(项目|配置|改造|建设|任务)|试点建设|打造建设[^，。；]*试点|推进[^，。；]*系统建设|推动[^，。；]*(实体化运行|挂牌运行|投入运行)")]
    private static partial Regex MilestonePattern();

    /// <summary>
    /// Whether a number right after a commitment word (确保5个安置点群众搬得出) only counts the subject of a promise: no
    /// delivery verb anywhere in the clause.
    /// </summary>
    private static bool IsScope(ReadOnlySpan<char> before, string text)
    {
        var head = before.Trim();
        if (ScopeVerbPattern().IsMatch(text))
        {
            return false;
        }

        // A number right after the commitment word, or a count of the named things a clause improves
        // (提升锦江公园、沙河公园、环城生态公园三条生态基带绿色品质): what the promise is about, not an amount.
        return head.SequenceEqual("确保") || head.SequenceEqual("力争") || head.SequenceEqual("确保全年") || head.SequenceEqual("力争全年")
            || ImprovementPattern().IsMatch(text);
    }

    [GeneratedRegex(@"新建|新增|建成|完成|打造|实施|改造|建设|培育|引进|开展|实现|提供|发放|招聘|解决|达到")]
    private static partial Regex ScopeVerbPattern();

    [GeneratedRegex(@"提升|提高|优化|改善")]
    private static partial Regex ImprovementPattern();

    [GeneratedRegex(@"加快|推进|推动|加速|加紧")]
    private static partial Regex ProgressOnlyPattern();

    [GeneratedRegex(@"建成|完成|开通|新建|新增|竣工|投用|投运|通车|达到")]
    private static partial Regex CompletionPattern();

    /// <summary>持续提升/逐步提高 ... 效率/比例/比重/覆盖率: a measured share or rate that should keep rising, with no number.</summary>
    [GeneratedRegex(@"(持续|逐步|不断)(提升|提高|扩大)[^，。；]*(效率|比例|比重|覆盖率)$")]
    private static partial Regex DirectionPattern();

    [GeneratedRegex(@"到(?<y>20[0-9]{2})年")]
    private static partial Regex ByYearPattern();
}
