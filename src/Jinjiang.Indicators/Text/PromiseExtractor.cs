using System.Buffers;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Finds candidate promises in a Chinese work report: clauses whose wording makes a measurable or checkable
/// promise (a quantity with a unit, a rank, a class, a coverage, a cadence, response tiers, a milestone, a direction),
/// skipping numbers that are not promises (years, dates, slogans such as “两个责任” or 七个方面, route numbers) and
/// past achievements (过去一年..., 完成了...).
/// </summary>
public static class PromiseExtractor
{

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，；;,");
    private static readonly char[] Quotes = ['“', '”', '‘', '’', ' '];

    /// <summary>Extracts candidate promises from a report's text.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="reportYear">The year the report plans for (全年 = that year).</param>
    /// <returns>The candidates in text order; never throws on odd text.</returns>
    public static IReadOnlyList<CandidatePromise> Extract(string text, int reportYear)
    {
        var read = ReportText.Of(Preconditions.CheckNotNull(text));
        var found = ExtractRead(read.Text, reportYear);
        return read.IsOriginal ? found : [.. found.Select(c => c.In(read))];
    }

    /// <summary>The candidates of a text already normalized for reading.</summary>
    private static List<CandidatePromise> ExtractRead(string text, int reportYear)
    {
        var candidates = new List<CandidatePromise>();
        var quantities = new List<ParsedQuantity>();
        var reviews = ReviewSections(text, reportYear);
        var review = 0;
        var outlineBefore = false;
        var rows = IndicatorTable.Read(text);
        var row = 0;
        var pastParagraph = false; // the paragraph narrates an earlier year (二○二五年…。地方一般公共预算收入达…，年增…。)
        var headlineEnd = HeadlineEnd(text);
        foreach (var (sentenceStart, sentenceEnd) in Split(text, 0, text.Length, SentenceEnds))
        {
            while (review < reviews.Count && reviews[review].End <= sentenceStart)
            {
                review++;
            }

            // A table of targets gives its rows' targets, each under its row's indicator; its other cells are results.
            var inTable = false;
            while (row < rows.Count && rows[row].Start < sentenceEnd)
            {
                TableRowCandidates(text, rows[row], reportYear, candidates);
                inTable = true;
                row++;
            }

            if (inTable || (row < rows.Count && rows[row].Start < sentenceEnd) || (row > 0 && rows[row - 1].End > sentenceStart))
            {
                continue;
            }

            var sentence = text.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
            if (sentenceStart == 0 || text[sentenceStart - 1] == '\n')
            {
                pastParagraph = false; // a paragraph sets its own time
            }

            var outline = sentence.Contains("纲要", StringComparison.Ordinal) // a five-year plan's outline (规划纲要) lists its own indicators, not this year's promises
                || (outlineBefore && sentence.TrimStart().StartsWith("其中", StringComparison.Ordinal)); // 其中… goes on with the outline's list
            outlineBefore = outline;
            if (sentenceStart < headlineEnd)
            {
                continue; // a news page's headline restates the body's figures in its own words
            }

            var earlier = OpensWithAnEarlierYear(sentence, reportYear) || OnlyEarlierYears(sentence, reportYear);
            var continuesThePast = pastParagraph && !SpeaksOfThePlan(sentence, reportYear);
            // 增长7%（预计，下同）: the estimates of the year reviewed go on to the paragraph's end.
            pastParagraph = earlier || continuesThePast || (sentence.Contains("预计", StringComparison.Ordinal) && sentence.Contains("下同", StringComparison.Ordinal));
            if ((review < reviews.Count && reviews[review].Start <= sentenceStart)
                || IsPast(sentence) || earlier || continuesThePast
                || outline || EndedPlanPeriod(sentence, reportYear)
                || sentence.Contains("://", StringComparison.Ordinal) || sentence.Contains("www.", StringComparison.Ordinal)) // a source line or link of a copied page
            {
                continue;
            }

            SentenceCandidates(text, sentenceStart, sentenceEnd, reportYear, quantities, candidates);
        }

        return WithoutRepeats(candidates);
    }

    /// <summary>The candidates of one sentence of the plan, clause by clause.</summary>
    private static void SentenceCandidates(string text, int sentenceStart, int sentenceEnd, int reportYear, List<ParsedQuantity> quantities, List<CandidatePromise> candidates)
    {
        var sentence = text.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
        var ownFiveYears = sentence.Contains("今后五年", StringComparison.Ordinal) || sentence.Contains("未来五年", StringComparison.Ordinal);

        if (TargetPhrase.IsLongRange(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart), reportYear))
        {
            return; // 到2030年…: a five-year plan's goal, restated
        }

        string? sentenceText = null; // made once, only when the sentence holds a candidate
        var subject = new Subject(text); // what the sentence spoke of last, for a clause that names only its verb
        foreach (var (from, clauseEnd) in Split(text, sentenceStart, sentenceEnd, ClauseEnds))
        {
            var clauseStart = from + ListMarkerLength(text.AsSpan(from, clauseEnd - from)); // 1.实施118条市政道路建设
            var clauseSpan = text.AsSpan(clauseStart, clauseEnd - clauseStart);
            subject.Saw(clauseStart, clauseEnd);
            if (!TargetPhrase.MayHoldPromise(clauseSpan) || (clauseSpan.IndexOfAny(Lexicon.PastClauseMarkers) >= 0 && !Commits(clauseSpan)) || OpensWithAnEarlierYear(clauseSpan, reportYear)
                || (!ownFiveYears && clauseSpan.Contains("年均", StringComparison.Ordinal))) // an average over a plan period, not this year's figure (unless the report sets its own five years)
            {
                continue;
            }

            var clause = text[clauseStart..clauseEnd];
            if (Respectively.Split(clause) is { } each)
            {
                var context = sentence.Length <= MaxContext ? sentenceText ??= sentence.Trim().ToString() : Window(text, sentenceStart, sentenceEnd, clauseStart, clause.Length);
                RespectivelyCandidates(clause, clauseStart, each, context, reportYear, candidates);
                continue;
            }

            ChineseQuantityParser.FindAll(clause, quantities);
            var before = candidates.Count;
            foreach (var (partStart, part, partQuantities) in Parts(clause, clauseStart, quantities))
            {
                if (StretchFigure(part) is { } stretch && candidates.Count > 0 && candidates[^1] is { Stretch: null, Quantity: { } floor } promised
                    && promised.Start >= sentenceStart && promised.Commitment != CommitmentLevel.Strive && floor.Kind == stretch.Kind)
                {
                    // 增长6%以上、力争7%: the promise's stretch, not a promise of its own.
                    candidates[^1] = promised.WithStretch(stretch, text[promised.Start..(partStart + part.Length)]);
                    continue;
                }

                var phrase = TargetPhrase.Read(part, reportYear, partQuantities);
                if (phrase.Kind is null || (phrase.Quantity is null && part.Contains("目标任务", StringComparison.Ordinal)))
                {
                    continue; // 完成国家下达的…目标任务: a quota set elsewhere, with no figure of its own here
                }

                // The sentence as context, bounded: a very long "sentence" (text without 。) would otherwise be copied
                // into every candidate, and the output would grow with the square of the input.
                var context = sentence.Length <= MaxContext
                    ? sentenceText ??= sentence.Trim().ToString()
                    : Window(text, sentenceStart, sentenceEnd, partStart, part.Length);
                // A lead-in (报告提出今年主要预期目标：…) is not part of the promise, nor of its name.
                var lead = LeadInLength(part, phrase);
                var named = ObjectOf(part, phrase, lead);
                named = named.Length == 0 && candidates.Count > before && candidates[^1].Start >= clauseStart ? candidates[^1].Object : named; // 财政总收入达到20亿元、增幅12%以上
                named = subject.Completed(named); // 190个园林绿化项目，开工建设165个
                foreach (var @object in SharedFigureObjects(named, phrase, part))
                {
                    candidates.Add(new CandidatePromise(partStart + lead, part[lead..], context, @object, phrase, Confidence(phrase)));
                    subject.Named(@object);
                }
            }
        }
    }

    /// <summary>城乡居民人均可支配收入分别增长6%和7%: a promise per object, each pointing at the clause that makes them all.</summary>
    private static void RespectivelyCandidates(string clause, int clauseStart, string[] each, string context, int reportYear, List<CandidatePromise> candidates)
    {
        var clauseLead = -1; // the first object's lead-in (今年主要目标：) is the clause's
        foreach (var one in each)
        {
            var phrase = TargetPhrase.Read(one, reportYear, null);
            if (phrase.Kind is not null && phrase.Quantity is not null)
            {
                var lead = LeadInLength(one, phrase);
                clauseLead = clauseLead < 0 ? lead : clauseLead;
                candidates.Add(new CandidatePromise(clauseStart + clauseLead, clause[clauseLead..], context, ObjectOf(one, phrase, lead), phrase, Confidence(phrase)));
            }
        }
    }

    /// <summary>A figure striven for, standing alone (力争7%, 争取7.5%以上), or null.</summary>
    private static Measure? StretchFigure(string part)
    {
        var span = part.AsSpan().Trim();
        foreach (var word in (string[])["力争", "争取", "努力实现", "努力达到"])
        {
            if (!span.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = span[word.Length..].ToString();
            var figures = ChineseQuantityParser.FindAll(rest);
            if (figures is [{ Start: 0 } only] && rest.AsSpan(only.Length).Trim() is var after
                && (after.IsEmpty || after is "以上" or "左右" or "的增长" or "增长"))
            {
                return only.Value;
            }
        }

        return null;
    }

    /// <summary>Whether a clause commits to its figure (力争…同比增长15%以上): then a word of comparison (同比) does not make it a result.</summary>
    private static bool Commits(ReadOnlySpan<char> clause)
        => clause.Contains("力争", StringComparison.Ordinal) || clause.Contains("确保", StringComparison.Ordinal) || clause.Contains("争取", StringComparison.Ordinal)
            || clause.Contains("目标", StringComparison.Ordinal);

    /// <summary>
    /// The objects of one figure: 社会消费品零售总额、固定资产投资增长4%左右 promises the figure of each (a promise each);
    /// a name with a list inside parentheses, or one listed with 等, is one object; A、B各9000亩 gives each its figure.
    /// </summary>
    private static string[] SharedFigureObjects(string @object, TargetPhrase phrase, string part)
    {
        if (phrase.Quantity is { Start: > 0 } each && part[each.Start - 1] == '各' && @object.IndexOf('、') > 0)
        {
            return @object.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries); // A、B各9000亩: the figure of each
        }

        // 城市和农村生活垃圾无害化处理率均达到100%, 耕地和地块安全利用率保持“两个百分之百”: both, each under its full name.
        if (@object.IndexOf('和') > 0 && (Both(part) || part.Contains("两个", StringComparison.Ordinal))
            && Respectively.Names(@object) is [_, _] both)
        {
            return both;
        }

        if (@object.IndexOf('、') < 0 || @object.IndexOfAny(['（', '(', '等', '“', '"']) >= 0
            || phrase.Kind is not (PromiseKind.Change or PromiseKind.About or PromiseKind.AtLeast or PromiseKind.AtMost) || phrase.Quantity is not { Kind: QuantityKind.Ratio })
        {
            return [@object];
        }

        var parts = @object.Split('、', StringSplitOptions.TrimEntries);
        return parts.Length <= 4 && parts.All(p => p.Length >= 4 && !Lexicon.ProjectVerbs.Any(v => p.StartsWith(v, StringComparison.Ordinal)) && !p.StartsWith("新增", StringComparison.Ordinal))
            ? parts : [@object];
    }

    /// <summary>Whether a clause says 均 of its objects (均达到), not 人均, 平均 or 年均.</summary>
    private static bool Both(string part)
    {
        for (var at = part.IndexOf('均'); at >= 0; at = part.IndexOf('均', at + 1))
        {
            if (at == 0 || part[at - 1] is not ('人' or '平' or '年'))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxContext = 400;

    /// <summary>The candidates of a table row's target cell (3150亿元左右,增长5%: one per clause), named by the row's indicator.</summary>
    private static void TableRowCandidates(string text, IndicatorTable.Row row, int reportYear, List<CandidatePromise> candidates)
    {
        if (row.TargetEnd <= row.TargetStart)
        {
            return;
        }

        var name = text.Substring(row.NameStart, row.NameLength);
        var context = text[row.Start..row.End].Trim();
        foreach (var (clauseStart, clauseEnd) in Split(text, row.TargetStart, row.TargetEnd, ClauseEnds))
        {
            var clause = text[clauseStart..clauseEnd];
            if (!TargetPhrase.MayHoldPromise(clause) || clause.Contains("高于", StringComparison.Ordinal) || clause.Contains("同步", StringComparison.Ordinal))
            {
                continue; // a target relative to another's growth is not a figure this row can be judged on
            }

            // 1.4万亿 in a column of 亿元: the target takes the unit its row's figures have.
            var unitOfRow = clause.TrimEnd() is [.., '亿' or '万'] trimmed && context.Contains(trimmed[^1] + "元", StringComparison.Ordinal) ? "元" : string.Empty;
            // A bare figure in a target column is a level to reach (1.37万亿元, 75件), not an amount to deliver.
            var reach = clause.AsSpan().TrimStart() is [var first, ..] && char.IsAsciiDigit(first) ? "达到" : string.Empty;
            var phrase = TargetPhrase.Read(name + reach + clause + unitOfRow, row.Year ?? reportYear, null); // the table's own year, when its header names one
            if (phrase.Kind is null || phrase.Quantity is null)
            {
                continue;
            }

            candidates.Add(new CandidatePromise(clauseStart, clause, context, name, phrase, Confidence(phrase)));
        }
    }

    /// <summary>
    /// Named projects and tasks the plan promises to start, advance or finish (开工建设X等重大水利工程, 提速实施A、B等重大
    /// 交通项目, 推动A、B等项目竣工投产, 开展X试点), one milestone per name, its clause keeping the verb; and growths
    /// promised to keep pace with another (居民收入增长与经济增长基本同步, <see cref="PromiseKind.Pace"/>). Separate from
    /// <see cref="Extract"/>, which reads quantified promises: a plan names many projects, and a reader who wants them
    /// all (to judge them from next year's review) asks for them.
    /// </summary>
    /// <param name="text">The report text.</param>
    /// <param name="reportYear">The year the report plans for: the milestones' deadline is its end.</param>
    /// <returns>The project milestones in text order; never throws on odd text.</returns>
    public static IReadOnlyList<CandidatePromise> ExtractProjects(string text, int reportYear)
    {
        var read = ReportText.Of(Preconditions.CheckNotNull(text));
        return [.. ProjectReader.Read(read.Text, reportYear).Select(c => read.IsOriginal ? c : c.In(read))];
    }

    /// <summary>
    /// The sections of a text under a heading of results (■ 2024年成绩单, 一、2024年工作回顾, 过去五年主要成就): from the
    /// heading to the next heading, as [start, end) ranges in text order. A heading is a line that opens with ■ or □,
    /// 一、 or （一）, or a short line without sentence punctuation that is not a list item (●, •); it heads results when it names an
    /// earlier year or 过去/回顾 and a word of results (成绩, 回顾, 成就, 成效, 总结).
    /// </summary>
    private static List<(int Start, int End)> ReviewSections(string text, int reportYear)
    {
        var sections = new List<(int Start, int End)>();
        int? open = null;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim().TrimStart("# ");
            if (IsHeading(line) && (open is null || (!HeadsResults(line, reportYear) && ClosesReview(line, reportYear))))
            {
                if (open is { } start)
                {
                    sections.Add((start, lineStart));
                    open = null;
                }

                if (HeadsResults(line, reportYear))
                {
                    open = lineStart;
                }
            }

            lineStart = lineEnd + 1;
        }

        if (open is { } last)
        {
            sections.Add((last, text.Length));
        }

        return sections;
    }

    /// <summary>Whether a line is a heading: marked (■, 一、, （一）) or short, without sentence punctuation, not a list item.</summary>
    internal static bool IsHeading(ReadOnlySpan<char> line)
    {
        line = line.TrimStart("# "); // a markdown heading (### 二、2024年工作安排)
        if (line.IsEmpty || line[0] is '●' or '•' or '·' or '-' or '–' or '*')
        {
            return false;
        }

        return IsMarkedHeading(line) || (line.Length <= 24 && line.IndexOfAny(SentenceStops) < 0);
    }

    /// <summary>A heading by its mark or number: ■ □ ◆ ★, 一、, （一）.</summary>
    private static bool IsMarkedHeading(ReadOnlySpan<char> line)
        => line[0] is '■' or '□' or '◆' or '★'
            || (line.Length > 2 && ChineseNumerals.IsNumeral(line[0]) && line.IndexOf('、') is > 0 and < 4)
            || (line.Length > 3 && line[0] is '（' or '(' && line.IndexOfAny('）', ')') is > 1 and < 5);

    private static readonly SearchValues<char> SentenceStops = SearchValues.Create("，。；：,;:！？");

    /// <summary>
    /// Whether a heading ends an open section of results: one that turns to the plan, naming the report's year, 今年, or
    /// a word of planning (目标, 任务, 安排, 计划, 草案, 建议, 思路, 要求, 部署). Sub-headings of the results (（一）经济运行稳中向好)
    /// and a flattened table's cells (一、综合发展, 预期目标, 增长6.5%左右) do not.
    /// </summary>
    private static bool ClosesReview(ReadOnlySpan<char> line, int reportYear)
    {
        if (!IsMarkedHeading(line) && line.Length < 6)
        {
            return false; // a table's header cell (预期目标, 实际完成), not a heading
        }

        Span<char> year = stackalloc char[5];
        reportYear.TryFormat(year, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        year[written] = '年';
        if (line.Contains(year[..(written + 1)], StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var word in Lexicon.PlanWords)
        {
            if (line.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HeadsResults(ReadOnlySpan<char> line, int reportYear)
    {
        var results = line.Contains("成绩", StringComparison.Ordinal) || line.Contains("回顾", StringComparison.Ordinal)
            || line.Contains("执行情况", StringComparison.Ordinal) || line.Contains("完成情况", StringComparison.Ordinal)
            || line.Contains("成就", StringComparison.Ordinal) || line.Contains("成效", StringComparison.Ordinal) || line.Contains("总结", StringComparison.Ordinal);
        if (!results)
        {
            return false;
        }

        if (line.Contains("过去", StringComparison.Ordinal) || line.Contains("回顾", StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 0; i + 4 < line.Length; i++)
        {
            if (line[i] is '1' or '2' && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2]) && char.IsAsciiDigit(line[i + 3]) && line[i + 4] == '年'
                && int.Parse(line.Slice(i, 4), System.Globalization.CultureInfo.InvariantCulture) < reportYear)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The context of a candidate in a long sentence: up to <see cref="MaxContext"/> characters around it.</summary>
    private static string Window(string text, int sentenceStart, int sentenceEnd, int start, int length)
    {
        var margin = Math.Max(0, (MaxContext - length) / 2);
        var from = Math.Max(sentenceStart, start - margin);
        var to = Math.Min(sentenceEnd, start + length + margin);
        return text[from..to].Trim();
    }

    /// <summary>
    /// A promise repeated (a headline above the text, a summary of the plan: the same kind, object and quantity) is one
    /// promise: the last occurrence, in the body of the plan, is kept.
    /// </summary>
    private static List<CandidatePromise> WithoutRepeats(List<CandidatePromise> candidates)
    {
        var seen = new HashSet<(PromiseKind, string, string)>();
        var kept = new List<CandidatePromise>(candidates.Count);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (seen.Add((c.Kind, c.Object, c.QuantityText ?? c.Text)))
            {
                kept.Add(candidates[i]);
            }
        }

        kept.Reverse();
        return kept;
    }

    /// <summary>
    /// A clause listing several quantities with 、 (新建小游园微绿地3个、社区花园3个) is one promise per quantity.
    /// A whole clause comes with its quantities (found once); a split part's are found again by the reader.
    /// </summary>
    private static IEnumerable<(int Start, string Text, List<ParsedQuantity>? Quantities)> Parts(string clause, int start, List<ParsedQuantity> found)
    {
        var targets = 0;
        foreach (var q in found)
        {
            if (!TargetPhrase.IsSlogan(clause, q) && !q.IsSpan)
            {
                targets++;
            }
        }

        if (targets < 2)
        {
            yield return (start, clause, found);
            yield break;
        }

        var quantities = found.Where(q => !TargetPhrase.IsSlogan(clause, q) && !q.IsSpan).ToList();
        var from = 0;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Start < from || from >= clause.Length)
            {
                continue; // in the same 、-segment as the previous quantity: one promise
            }

            var end = q.Start + q.Length;
            var depth = 0; // a 、 inside parentheses (高校（大学、专科）毕业生) lists within the name, not the promises
            while (end < clause.Length && (clause[end] != '、' || depth > 0))
            {
                depth += clause[end] is '（' or '(' ? 1 : clause[end] is '）' or ')' && depth > 0 ? -1 : 0;
                end++;
            }

            // 完成64块提示标志及24个路口道钉安装: a joiner right before the next figure parts two promises too.
            // 新增学位3000个和床位200张: one right after a figure too.
            var next = end;
            if (i + 1 < quantities.Count && quantities[i + 1].Start < end && JoinerBefore(clause, q.Start + q.Length, quantities[i + 1].Start) is { } joiner)
            {
                end = joiner;
                next = quantities[i + 1].Start - 1;
            }
            else if (i + 1 < quantities.Count && quantities[i + 1].Start < end && JoinerAfter(clause, q.Start + q.Length, quantities[i + 1].Start) is { } length)
            {
                end = q.Start + q.Length;
                next = end + length - 1;
            }

            yield return (start + from, clause[from..end], null);
            from = Math.Min(next + 1, clause.Length);
        }
    }

    /// <summary>Where 及, 以及, 和 or 与 stands right before a figure at <paramref name="at"/> (…标志及24个), after <paramref name="from"/>; else null.</summary>
    private static int? JoinerBefore(string clause, int from, int at)
    {
        foreach (var joiner in (string[])["以及", "及", "和", "与"])
        {
            var start = at - joiner.Length;
            if (start > from + 1 && clause.AsSpan(start, joiner.Length).SequenceEqual(joiner))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>The length of 及, 以及, 和 or 与 standing at <paramref name="at"/> right after a figure, when more words come before the next figure at <paramref name="next"/>; else null.</summary>
    private static int? JoinerAfter(string clause, int at, int next)
    {
        foreach (var joiner in (string[])["以及", "及", "和", "与"])
        {
            if (clause.AsSpan(at).StartsWith(joiner, StringComparison.Ordinal) && next - at > joiner.Length + 1)
            {
                return joiner.Length;
            }
        }

        return null;
    }

    /// <summary>
    /// The length of a list item's number at a clause's start (1.实施…, 2、…, （3）…, 四是…), so that it is neither part of a
    /// promise nor of its name; 0 when there is none (1.5万个 is a figure).
    /// </summary>
    internal static int ListMarkerLength(ReadOnlySpan<char> clause)
    {
        if (clause.Length > 2 && clause[0] is '-' or '*' or '•' or '·' or '●' && clause[1] == ' ')
        {
            return 2; // - 生产总值增长：5.5%左右 (a summary's bullet)
        }

        var digits = 0;
        while (digits < clause.Length && digits < 3 && char.IsAsciiDigit(clause[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < clause.Length && clause[digits] is '.' or '．' or '、' && !char.IsAsciiDigit(clause[digits + 1]))
        {
            return digits + 1;
        }

        if (clause.Length > 3 && clause[0] is '（' or '(' && clause[1..].IndexOfAny('）', ')') is > 0 and <= 2 and var close && clause[1..(close + 1)].IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return close + 2;
        }

        return clause.Length > 3 && clause[1] == '是' && "一二三四五六七八九十".Contains(clause[0]) ? 2 : 0;
    }

    /// <summary>The trimmed pieces of text[from..to] between runs of separators, as absolute [start, end) ranges.</summary>
    internal static IEnumerable<(int Start, int End)> Split(string text, int from, int to, SearchValues<char> separators)
    {
        var position = from;
        while (position < to)
        {
            var found = text.AsSpan(position, to - position).IndexOfAny(separators);
            var end = found < 0 ? to : position + found;

            // A comma inside a short parenthesis (十万个高校（高等教育学校，如大学）毕业生岗位) does not end the clause.
            while (end < to && text[end] is '，' or ',' && OpenParenthesis(text, position, end) && text.AsSpan(end, Math.Min(40, to - end)).IndexOf('）') is var close and > 0)
            {
                var next = text.AsSpan(end + close, to - end - close).IndexOfAny(separators);
                end = next < 0 ? to : end + close + next;
            }

            if (end > position && Trimmed(text, position, end) is { } piece)
            {
                yield return piece;
            }

            position = end;
            while (position < to && separators.Contains(text[position]))
            {
                position++;
            }
        }
    }

    /// <summary>Whether a full-width parenthesis opened in [from, at) is still open at <paramref name="at"/>.</summary>
    private static bool OpenParenthesis(string text, int from, int at)
    {
        var span = text.AsSpan(from, at - from);
        var open = span.LastIndexOf('（');
        return open >= 0 && span[open..].IndexOf('）') < 0;
    }

    private static (int, int)? Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        // A clause opening with ——, or a heading, keeps its own start.
        while (from < to && text[from] == '—')
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return to > from ? (from, to) : null;
    }

    /// <summary>
    /// Whether a sentence speaks of a five-year plan period that ended before the report's year (“十四五”时期 in a 2026
    /// report): what it gives are that period's results.
    /// </summary>
    private static bool EndedPlanPeriod(ReadOnlySpan<char> sentence, int reportYear)
    {
        for (var at = sentence.IndexOf("五", StringComparison.Ordinal); at >= 2; at = sentence[(at + 1)..].IndexOf('五') is var next && next >= 0 ? at + 1 + next : -1)
        {
            if (sentence[at - 2] == '十' && "一二三四五六七八九".IndexOf(sentence[at - 1]) is var n and >= 0)
            {
                var end = 1955 + ((10 + n + 1) * 5); // the 11th plan (十一五) ended in 2010, the 14th (十四五) in 2025
                if (end < reportYear)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The length of a lead-in before a colon (主要预期目标是：, 报告提出：), when the promise itself (its quantity) follows
    /// the colon; 0 when there is none.
    /// </summary>
    private static int LeadInLength(string part, TargetPhrase phrase)
        => phrase.Quantity is { } q && part.LastIndexOfAny([':', '：']) is var colon && q.Start <= colon ? 0 : LeadIn(part);

    /// <summary>The length of a clause's lead-in (报告提出今年主要预期目标：), or 0 when it has none.</summary>
    internal static int LeadIn(string part)
    {
        var colon = part.LastIndexOfAny([':', '：']);
        if (colon < 0 || colon + 2 >= part.Length)
        {
            return 0;
        }

        var prefix = part.AsSpan(0, colon);
        foreach (var word in Lexicon.LeadInWords)
        {
            if (prefix.Contains(word, StringComparison.Ordinal))
            {
                var start = colon + 1;
                while (start < part.Length && part[start] is ' ' or '\u3000')
                {
                    start++;
                }

                return start;
            }
        }

        return 0;
    }

    private static string ObjectOf(string part, TargetPhrase phrase, int lead = 0)
    {
        var text = phrase.Quantity is { } q ? part.Remove(q.Start, q.Length) : part;
        var span = text.AsSpan(lead);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in Lexicon.PromiseLeadingWords)
            {
                if (span.StartsWith(word, StringComparison.Ordinal))
                {
                    span = span[word.Length..];
                    changed = true;
                }
            }
        }

        // A year before the object (2022年地区生产总值) is the deadline's, not the name's.
        if (span.Length > 5 && char.IsAsciiDigit(span[0]) && char.IsAsciiDigit(span[1]) && char.IsAsciiDigit(span[2]) && char.IsAsciiDigit(span[3]) && span[4] == '年')
        {
            span = span[5..];
        }

        // A name given twice reads once: without a short parenthesis (生产总值（GDP）) or the words that set it (增长目标设定为).
        var paren = span.IndexOf('（');
        if (paren > 0 && span[paren..].IndexOf('）') is var closeAt and > 0 and <= 12)
        {
            span = string.Concat(span[..paren], span[(paren + closeAt + 1)..]).AsSpan();
        }

        for (var pass = 0; pass < 2; pass++)
        {
            span = span.TrimEnd(Quotes).TrimEnd("：: "); // 保持“两个百分之百”; 生产总值增长：5.5%左右 (the words before the colon, then the colon's)
            foreach (var tail in Lexicon.PromiseTrailingWords)
            {
                if (span.EndsWith(tail, StringComparison.Ordinal))
                {
                    span = span[..^tail.Length];
                }
            }
        }

        if (span.StartsWith("其中", StringComparison.Ordinal))
        {
            span = span[2..];
        }

        foreach (var setting in (string[])["增长目标设定为", "目标设定为", "增长目标为", "增长目标是", "目标为", "目标是", "设定为"])
        {
            if (span.EndsWith(setting, StringComparison.Ordinal) && span.Length > setting.Length)
            {
                span = span[..^setting.Length];
                break;
            }
        }

        return WithoutSpeaker(span).Trim(Quotes).ToString();
    }

    /// <summary>
    /// A name without the government that speaks (重庆将协同推动…, 北京市还将…: the words up to 将 near the start) and
    /// without a trailing 等 or 增长等 (社会消费品零售总额增长等).
    /// </summary>
    private static ReadOnlySpan<char> WithoutSpeaker(ReadOnlySpan<char> name)
    {
        var will = name.IndexOf('将');
        if (will is > 0 and <= MaxSpeaker && name.Length - will > 3)
        {
            name = name[(will + 1)..];
            foreach (var word in Lexicon.PromiseLeadingWords)
            {
                if (name.StartsWith(word, StringComparison.Ordinal) && name.Length - word.Length >= 2)
                {
                    name = name[word.Length..];
                    break;
                }
            }
        }

        foreach (var tail in (string[])["增长等", "等"])
        {
            if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length - tail.Length >= 2)
            {
                return name[..^tail.Length];
            }
        }

        return name;
    }

    private const int MaxSpeaker = 6;

    private static double Confidence(TargetPhrase phrase)
    {
        var c = phrase.Kind switch
        {
            PromiseKind.Delivery or PromiseKind.AtLeast or PromiseKind.AtMost or PromiseKind.About or PromiseKind.Change => phrase.Quantity is null ? 0.5 : 0.85,
            PromiseKind.Coverage or PromiseKind.Rank or PromiseKind.Class or PromiseKind.ResponseTime => 0.8,
            PromiseKind.Cadence => 0.7,
            _ => 0.55,
        };
        if (phrase.Commitment != CommitmentLevel.Plain)
        {
            c += 0.1;
        }

        if (phrase.DeadlineStated)
        {
            c += 0.05;
        }

        return Math.Min(1, c);
    }

    /// <summary>
    /// A sentence about the past, not a promise: it opens with 过去一年/过去五年/去年/上年/回顾, or reports work done
    /// (完成了, 实现了, 建成了, 新增了, 新建了, 累计完成). Word searches, not a regular expression: this runs on every sentence.
    /// </summary>
    /// <summary>
    /// Whether a sentence or clause opens (within its first 24 characters) with a year before the report's: 2018年云南省…,
    /// 云南省2018年…; a base year (比2020年下降13.5%) does not count.
    /// </summary>
    /// <summary>
    /// The end of a news page's headline (上海人大登场 龚正：今年经济成长率拚5%): its first line of text (after a source
    /// line), short and without a full stop, with a body of sentences after it; 0 when the text has none.
    /// </summary>
    private static int HeadlineEnd(string text)
    {
        var start = 0;
        for (var lines = 0; start < text.Length && lines < MaxFrontLines; lines++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.StartsWith("来源", StringComparison.Ordinal) || line.Contains("://", StringComparison.Ordinal))
            {
                start = end + 1; // the page's address, as a copy keeps it
                continue;
            }

            if (line.Length > MaxHeadline || line.IndexOfAny("。！？") >= 0)
            {
                return 0; // the body begins: no headline before it
            }

            if (IsHeadline(line))
            {
                return end < text.Length && text.AsSpan(end).IndexOf('。') >= 0 ? end : 0;
            }

            start = end + 1;
        }

        return 0;
    }

    /// <summary>A news headline: a speaker or a place, a colon, then what was said (龚正：今年经济成长率拚5%), not a plan's lead-in (主要目标：).</summary>
    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOfAny('：', ':');
        if (colon <= 0 || line.Contains("://", StringComparison.Ordinal) || line.StartsWith("来源", StringComparison.Ordinal))
        {
            return false;
        }

        var prefix = line[..colon];
        if (prefix.IndexOfAnyInRange('\u4e00', '\u9fff') < 0 || line[(colon + 1)..].IndexOfAnyInRange('\u4e00', '\u9fff') < 0)
        {
            return false; // 0:00 / 0:00, a player's clock
        }

        foreach (var word in Lexicon.LeadInWords)
        {
            if (prefix.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxFrontLines = 6;

    private const int MaxHeadline = 60;

    /// <summary>Whether a sentence turns to the plan: it names this year or a later one, or says a plan's words (今年, 目标, 力争, 将).</summary>
    private static bool SpeaksOfThePlan(ReadOnlySpan<char> sentence, int reportYear)
    {
        if (sentence.IndexOfAny(Lexicon.PlanTurnWords) >= 0)
        {
            return true;
        }

        for (var i = 0; i + 5 <= sentence.Length; i++)
        {
            if (YearAt(sentence, i) is { } year && year >= reportYear)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithAnEarlierYear(ReadOnlySpan<char> text, int reportYear)
    {
        var head = text.TrimStart();
        head = head[..Math.Min(head.Length, 24)];
        for (var i = 0; i + 5 <= head.Length; i++)
        {
            if (YearAt(head, i) is { } year)
            {
                if (i > 0 && head[i - 1] is '比' or '较' or '与' or '从' or '自' or '于')
                {
                    continue; // 比2020年下降13.5%: a base year of a target, not a result
                }

                return year < reportYear;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence names years, all of them before the report's and none as a base year (2018年…在…情况下,
    /// 实现…增长8.9%): a review of results, not a plan.
    /// </summary>
    private static bool OnlyEarlierYears(ReadOnlySpan<char> sentence, int reportYear)
    {
        var earlier = false;
        for (var i = 0; i + 5 <= sentence.Length; i++)
        {
            if (YearAt(sentence, i) is not { } year)
            {
                continue;
            }

            if (year >= reportYear)
            {
                return false;
            }

            if (i == 0 || sentence[i - 1] is not ('比' or '较' or '与' or '从' or '自' or '于' or '在'))
            {
                earlier = true;
            }
        }

        return earlier;
    }

    /// <summary>The year written at a position (four ASCII digits then 年, not inside a longer number), or null.</summary>
    private static int? YearAt(ReadOnlySpan<char> text, int i)
        => i + 5 <= text.Length && text[i + 4] == '年' && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
           && (i == 0 || !char.IsAsciiDigit(text[i - 1]))
            ? ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0')
            : null;

    private static bool IsPast(ReadOnlySpan<char> sentence)
    {
        var opening = sentence.TrimStart();
        foreach (var word in Lexicon.PastOpenings)
        {
            if (opening.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return sentence.IndexOfAny(Lexicon.PastMarkers) >= 0;
    }
}
