using System.Buffers;
using System.Text;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Reads the review that opens a work report (过去一年, 一年来, 2025年工作回顾) into statements of what was achieved:
/// figures with their object (新建绿道18公里, 增长6.2%, 完成投资10428.6亿元), completion rates (完成率105%), and status
/// without a figure (建成投用, 开通运营, 全面完成; 启动建设 is started, not done). It marks the traps: a stock (累计,
/// 突破) against a flow (新增), results of several years (过去五年, 五年来), preliminary figures (预计). Traditional
/// characters and stray spaces in numbers are read. Output is linear in the input.
/// </summary>
public static class OutcomeExtractor
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n；;");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，,");

    private static readonly (string Word, ProjectStatus Status)[] StatusWords =
    [
        ("建成投用", ProjectStatus.Done), ("建成通水", ProjectStatus.Done), ("建成投运", ProjectStatus.Done), ("建成运营", ProjectStatus.Done),
        ("开通运营", ProjectStatus.Done), ("开通首发", ProjectStatus.Done), ("通车运行", ProjectStatus.Done), ("投入商业运营", ProjectStatus.Done),
        ("投入运营", ProjectStatus.Done), ("投入使用", ProjectStatus.Done), ("竣工投产", ProjectStatus.Done), ("全面完成", ProjectStatus.Done),
        ("提前完成", ProjectStatus.Done), ("超额完成", ProjectStatus.Done), ("圆满完成", ProjectStatus.Done), ("高标准完成", ProjectStatus.Done), ("如期完成", ProjectStatus.Done), ("按期完成", ProjectStatus.Done), ("顺利完成", ProjectStatus.Done), ("建成", ProjectStatus.Done),
        ("开通", ProjectStatus.Done), ("通车", ProjectStatus.Done), ("投用", ProjectStatus.Done), ("投运", ProjectStatus.Done), ("投产", ProjectStatus.Done),
        ("竣工", ProjectStatus.Done), ("获批", ProjectStatus.Done), ("完成", ProjectStatus.Done),
        ("启动建设", ProjectStatus.Started), ("开工建设", ProjectStatus.Started), ("全部开工", ProjectStatus.Started), ("开工", ProjectStatus.Started), ("动工", ProjectStatus.Started),
        ("加快实施", ProjectStatus.InProgress), ("加快建设", ProjectStatus.InProgress), ("有序推进", ProjectStatus.InProgress), ("加快推进", ProjectStatus.InProgress),
        ("扎实推进", ProjectStatus.InProgress), ("稳步推进", ProjectStatus.InProgress),
    ];

    private static readonly string[] LowerBoundWords = ["超过", "超", "突破", "逾", "高于"];

    private static readonly string[] UpperBoundWords = ["接近", "近", "不足", "不到", "低于"];

    /// <summary>Reads a review's statements of what was achieved.</summary>
    /// <param name="text">The review (or a whole report: statements of plans read as in-progress status at most).</param>
    /// <returns>The statements in text order; never throws on odd text.</returns>
    public static IReadOnlyList<ReportedOutcome> Extract(string text)
    {
        Preconditions.CheckNotNull(text);
        var normal = Normalize(text);
        var outcomes = new List<ReportedOutcome>();
        var multiYearSection = false;
        var plan = new PlanPart();
        foreach (var (sentenceStart, sentenceEnd) in PromiseExtractor.Split(normal, 0, normal.Length, SentenceEnds))
        {
            var sentence = normal.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
            if (sentence.Trim().IsEmpty)
            {
                continue;
            }

            // A paragraph opening with 过去五年 or 五年来 reviews several years until a paragraph opens with 过去一年/一年来.
            var before = sentenceStart - 1;
            while (before >= 0 && normal[before] is ' ' or '\t' or '\r' or '\u3000')
            {
                before--;
            }

            // A sentence that opens on a several-year marker (五年来，…, 这五年，…) opens the several years' review too, where
            // it stands in its paragraph (各位代表！2025年是收官之年。五年来，…, then ——… paragraphs of the five years).
            var paragraphStart = before < 0 || normal[before] == '\n';
            var marker = sentence.IndexOfAny(Lexicon.MultiYearMarkers);
            var opensOnMarker = marker >= 0 && sentence[..marker].Trim().IsEmpty;
            if ((opensOnMarker || (paragraphStart && marker is >= 0 and < 12)) && !NamesOneYear(sentence))
            {
                multiYearSection = true;
            }
            else if (paragraphStart && OpensWithOneYear(sentence))
            {
                // 过去一年, 一年来, 刚刚过去的2025年, 2025年，…: the year's own review (a heading of the year and the
                // five years together, 2025年和“十四五”时期工作回顾, does not make what follows several years).
                multiYearSection = false;
            }

            // The plan a whole report (or a digest of it) sets after its review is not a result.
            if (plan.IsPlan(normal, sentenceStart, sentenceEnd, paragraphStart))
            {
                continue;
            }

            var multiYear = multiYearSection || sentence.IndexOfAny(Lexicon.MultiYearMarkers) >= 0;
            var provisionalSentence = sentence.Contains("预计", StringComparison.Ordinal);
            string? sentenceText = null;
            var lastObject = string.Empty;
            foreach (var (clauseStart, clauseEnd) in PromiseExtractor.Split(normal, sentenceStart, sentenceEnd, ClauseEnds))
            {
                var clause = normal[clauseStart..clauseEnd].Trim();
                if (clause.Length == 0)
                {
                    continue;
                }

                var context = sentenceText ??= Bounded(normal, sentenceStart, sentenceEnd, clauseStart);
                if (Respectively.Split(clause) is { } each)
                {
                    // 高技术制造业、装备制造业增加值分别增长8.9%、7.7%: a statement per object, each pointing at the clause.
                    var first = outcomes.Count;
                    foreach (var one in each)
                    {
                        Read(one, clauseStart, context, lastObject, multiYear, provisionalSentence, outcomes);
                    }

                    for (var i = first; i < outcomes.Count; i++)
                    {
                        outcomes[i] = outcomes[i].WithText(clause);
                    }

                    continue;
                }

                var found = Read(clause, clauseStart, context, lastObject, multiYear, provisionalSentence, outcomes);
                if (found is { Length: > 0 })
                {
                    lastObject = found;
                }
            }
        }

        return outcomes;
    }

    /// <summary>Reads one clause; returns the object it named, for a following clause that names none (实现X亿元，增长5.5%).</summary>
    private static string? Read(string clause, int start, string sentence, string lastObject, bool multiYear, bool provisional, List<ReportedOutcome> outcomes)
    {
        var quantities = ChineseQuantityParser.FindAll(clause);
        string? named = null;
        var cumulative = clause.Contains("累计", StringComparison.Ordinal) || clause.Contains("突破", StringComparison.Ordinal) || clause.Contains("总量", StringComparison.Ordinal);
        var isNew = clause.Contains("新增", StringComparison.Ordinal) || clause.Contains("新建", StringComparison.Ordinal);
        var preliminary = provisional || clause.Contains("预计", StringComparison.Ordinal);
        var from = 0;
        var figures = 0;
        foreach (var q in quantities)
        {
            var segmentStart = from;
            from = q.Start + q.Length;
            if (TargetPhrase.IsSlogan(clause, q) || IsYearOrDate(clause, q) || q.Kind == QuantityKind.Time && clause.AsSpan(q.Start + q.Length).StartsWith("年", StringComparison.Ordinal))
            {
                continue;
            }

            // The words since the previous figure (新建绿道18公里、口袋公园5个: 口袋公园 for the second).
            var before = clause.AsSpan(segmentStart, q.Start - segmentStart).TrimStart("、和及与，, ").TrimEnd();
            var after = clause.AsSpan(q.Start + q.Length);
            var lowerBound = EndsWithAny(before, LowerBoundWords, out _) || after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("多", StringComparison.Ordinal);
            var upperBound = EndsWithAny(before, UpperBoundWords, out _) || after.StartsWith("以下", StringComparison.Ordinal) || after.StartsWith("以内", StringComparison.Ordinal);
            var served = before.SequenceEqual("为");
            before = TrimEndAny(before, Lexicon.ResultHedges);
            var kind = OutcomeKind.Amount;
            var value = q.Value;
            if (EndsWithAny(before, Lexicon.CompletionRateWords, out var completionWord))
            {
                kind = OutcomeKind.CompletionRate;
                before = before[..^completionWord.Length];
            }
            else if (EndsWithAny(before, Lexicon.ReportedIncrease, out var up))
            {
                kind = OutcomeKind.Change;
                before = before[..^up.Length];
            }
            else if (EndsWithAny(before, Lexicon.ReportedDecrease, out var down))
            {
                kind = OutcomeKind.Change;
                before = before[..^down.Length];
                value = new Measure(-value.Value, value.Unit);
                (lowerBound, upperBound) = (upperBound, lowerBound); // 降幅超过3%: a change below −3%
            }

            var @object = CountedAfter(clause, q, before, served) ?? ObjectOf(kind == OutcomeKind.Change ? TrimEndAny(before, Lexicon.ComparisonBases) : before);
            if (@object.Length == 0 || (kind == OutcomeKind.Change && @object.Length < 2) || (@object is "总量" or "总数" or "总规模" && (named ?? lastObject).Length > 0))
            {
                @object = named ?? lastObject; // 增长5.5% after 实现地区生产总值X亿元; 分别增长4.4%、5.6%; 新增高新技术企业1200家，总量达1.8万家
            }

            if (@object.Length == 0)
            {
                continue;
            }

            named ??= @object;
            figures++;
            outcomes.Add(new ReportedOutcome(start, clause, sentence, @object, kind)
            {
                Quantity = value,
                IsCumulative = cumulative,
                IsNew = isNew,
                IsProvisional = preliminary,
                IsMultiYear = multiYear,
                IsLowerBound = lowerBound,
                IsUpperBound = upperBound,
            });
        }

        if (figures == 0 && ReadUnchanged(clause, start, sentence, multiYear, preliminary, outcomes) is { } flat)
        {
            return flat;
        }

        var statusNamed = ReadStatus(clause, from, figures, start, sentence, multiYear, preliminary, outcomes);
        return named ?? statusNamed;
    }

    /// <summary>The status a clause reports of its subject (建成通车, 开工建设); the first object named, or null.</summary>
    private static string? ReadStatus(string clause, int from, int figures, int start, string sentence, bool multiYear, bool preliminary, List<ReportedOutcome> outcomes)
    {
        string? named = null;
        foreach (var (word, status) in StatusWords)
        {
            // A status of the clause's subject stands after its figures (惠及3400万人的引大济岷工程启动建设).
            var at = clause.IndexOf(word, from, StringComparison.Ordinal);
            var listedBeforeACount = at < 0 && figures > 0 && clause.StartsWith(word, StringComparison.Ordinal) && clause.IndexOf('等') is > 0 and var etcAt && etcAt < from;
            if (listedBeforeACount)
            {
                at = 0; // 建成投用重庆东站、渝厦高铁等340个市级重点项目: the names listed before the count are done
            }
            else if (at < 0 || (figures > 0 && at == from))
            {
                continue;
            }

            {
                // 京东方第8.6代线等重大项目加快实施, A、B建成通车: every name listed; 获批X试点: the name after the word;
                // 惠及3400万人的引大济岷工程: the name after the modifier.
                var subject = at == 0 ? clause.AsSpan(word.Length) : clause.AsSpan(0, at);
                if (subject.LastIndexOf('的') is var of and >= 0 && of < subject.Length - 1)
                {
                    subject = subject[(of + 1)..];
                }

                var etc = subject.IndexOf('等');
                var names = etc > 0 && (at > 0 || listedBeforeACount) ? subject[..etc].ToString() : subject.ToString();
                foreach (var name in names.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var @object = ObjectOf(name);
                    if (@object.Length >= 2)
                    {
                        outcomes.Add(new ReportedOutcome(start, clause, sentence, @object, OutcomeKind.Status) { Status = status, IsMultiYear = multiYear, IsProvisional = preliminary });
                        named ??= @object;
                    }
                }

                break;
            }
        }

        return named;
    }

    /// <summary>居民消费价格与上年基本持平: a change of zero, as a review words it; the object, or null when the clause says none.</summary>
    private static string? ReadUnchanged(string clause, int start, string sentence, bool multiYear, bool preliminary, List<ReportedOutcome> outcomes)
    {
        if (Unchanged(clause) is not { } flat)
        {
            return null;
        }

        var @object = ObjectOf(TrimEndAny(clause.AsSpan(0, flat), Lexicon.ComparisonBases));
        if (@object.Length < 2)
        {
            return null;
        }

        outcomes.Add(new ReportedOutcome(start, clause, sentence, @object, OutcomeKind.Change)
        {
            Quantity = new Measure(0, MeasureUnit.Percent),
            IsProvisional = preliminary,
            IsMultiYear = multiYear,
        });
        return @object;
    }

    /// <summary>
    /// The object of a count written before it (推进300个市重点项目建设, A、B等340个市级重点项目): the projects or units
    /// counted, when the words before the figure are a verb or a list of names (…等), else null; after 为 (为8200名独居老人
    /// 安装报警器, <paramref name="served"/>), those served and what they were given.
    /// </summary>
    private static string? CountedAfter(string clause, ParsedQuantity q, ReadOnlySpan<char> before, bool served)
    {
        if (q.Kind != QuantityKind.Count || !(before.IsEmpty || before.EndsWith("等", StringComparison.Ordinal) || EndsWithAny(before, Lexicon.ProjectVerbs, out _)))
        {
            return null;
        }

        var end = q.Start + q.Length;
        var stop = end;
        while (stop < clause.Length && stop - end < MaxCountedName && ReportText.IsHan(clause[stop]))
        {
            stop++;
        }

        var counted = clause.AsSpan(end, stop - end);
        if (((!before.IsEmpty && EndsWithAny(before, Lexicon.ProjectVerbs, out var verb) && before.Length == verb.Length) || served) && counted.Length >= 2)
        {
            return counted.ToString(); // 建成6个义务教育优质均衡发展区: the verb alone names nothing; what it made does
        }

        foreach (var noun in Lexicon.CountedNouns)
        {
            var at = counted.IndexOf(noun, StringComparison.Ordinal);
            var name = at >= 0 ? counted[..(at + noun.Length)] : default;
            var rest = at >= 0 ? counted[(at + noun.Length)..] : default;
            if (at > 0 && (rest.IsEmpty || EndsWithAny(rest[..Math.Min(rest.Length, 2)], Lexicon.CountedFollowers, out _)))
            {
                return name.ToString(); // 340个市级重点项目, 300个市重点项目建设; not 6个企业品牌
            }
        }

        return null;
    }

    private const int MaxCountedName = 12;

    /// <summary>Where a clause's "unchanged against the previous year" begins (与上年基本持平, 同比持平), or null.</summary>
    private static int? Unchanged(string clause)
    {
        var at = clause.IndexOf("持平", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var before = clause.AsSpan(0, at);
        foreach (var word in Lexicon.UnchangedLeadIns)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return at - word.Length;
            }
        }

        return null;
    }

    /// <summary>The object of a statement: the words before its figure or status, without leading verbs and modifiers (…的).</summary>
    private static string ObjectOf(ReadOnlySpan<char> before)
    {
        var s = before.Trim();
        var colon = s.LastIndexOfAny('：', ':');
        if (colon >= 0 && colon < s.Length - 1)
        {
            s = s[(colon + 1)..]; // 经济运行稳中向好：全省地区生产总值: the point's heading is not the object
        }

        var of = s.LastIndexOf('的');
        if (of >= 0 && of < s.Length - 1)
        {
            s = s[(of + 1)..];
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var w in Lexicon.ResultLeadingWords)
            {
                if (s.StartsWith(w, StringComparison.Ordinal) && s.Length > w.Length)
                {
                    s = s[w.Length..];
                    changed = true;
                }
            }
        }

        s = TrimEndAny(TrimEndAny(s, Lexicon.ResultHedges), ["新增", "净增", "新建", "累计"]); // 经营主体新增105万户
        return s.Trim().Trim("“”\"'（）()").ToString();
    }

    private static bool IsYearOrDate(string clause, ParsedQuantity q)
    {
        var after = clause.AsSpan(q.Start + q.Length);
        return q.Kind == QuantityKind.Count && q.Text.All(char.IsAsciiDigit) && (after.StartsWith("年", StringComparison.Ordinal) || after.StartsWith("月", StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> TrimEndAny(ReadOnlySpan<char> s, string[] words)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var w in words)
            {
                if (s.EndsWith(w, StringComparison.Ordinal))
                {
                    s = s[..^w.Length].TrimEnd();
                    changed = true;
                }
            }
        }

        return s;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> s, string[] words, out string word)
    {
        foreach (var w in words)
        {
            if (s.EndsWith(w, StringComparison.Ordinal))
            {
                word = w;
                return true;
            }
        }

        word = string.Empty;
        return false;
    }

    private static string Bounded(string text, int sentenceStart, int sentenceEnd, int at)
    {
        const int Max = 400;
        if (sentenceEnd - sentenceStart <= Max)
        {
            return text[sentenceStart..sentenceEnd].Trim();
        }

        var from = Math.Max(sentenceStart, at - (Max / 2));
        return text[from..Math.Min(sentenceEnd, from + Max)].Trim();
    }

    /// <summary>Whether the opening of a sentence names one year beside a several-year marker (2025年和“十四五”时期).</summary>
    private static bool NamesOneYear(ReadOnlySpan<char> sentence)
    {
        var head = sentence[..Math.Min(sentence.Length, 16)];
        for (var i = 0; i + 4 < head.Length; i++)
        {
            if (head[i] is '1' or '2' && char.IsAsciiDigit(head[i + 1]) && char.IsAsciiDigit(head[i + 2]) && char.IsAsciiDigit(head[i + 3]) && head[i + 4] == '年')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph opens on one year: 过去一年, 一年来, 去年, 刚刚过去的2025年, 2025年.</summary>
    private static bool OpensWithOneYear(ReadOnlySpan<char> sentence)
    {
        var s = sentence.TrimStart();
        foreach (var opening in (string[])["过去一年", "一年来", "去年", "过去的一年", "刚刚过去的", "刚过去的", "过去的"])
        {
            if (s.StartsWith(opening, StringComparison.Ordinal))
            {
                return opening is not ("刚刚过去的" or "刚过去的" or "过去的") || (s.Length > opening.Length + 4 && char.IsAsciiDigit(s[opening.Length]) && s[opening.Length + 4] == '年');
            }
        }

        return s.Length > 5 && s[0] is '1' or '2' && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[4] == '年' && !s[5..].StartsWith("至", StringComparison.Ordinal) && s[5] != '—';
    }

    /// <summary>
    /// Where a text passes from its review to its plan, sentence by sentence: a sentence that states targets
    /// (2026年发展主要预期目标是：…) and the rest of its paragraph; a paragraph that opens on the plan's time (今年, 新的一年,
    /// 明年, 展望); a heading of the plan (二、2026年工作安排, 对今年政府工作的建议) and all that follows, up to a heading of
    /// results (（一）2025年工作回顾).
    /// </summary>
    private struct PlanPart
    {
        private bool section;
        private bool paragraph;

        /// <summary>Whether the sentence [start, end) belongs to the plan; call for every sentence in order.</summary>
        internal bool IsPlan(string text, int start, int end, bool paragraphStart)
        {
            var sentence = text.AsSpan(start, end - start).Trim();
            if (paragraphStart)
            {
                paragraph = false;
                if ((end == text.Length || text[end] == '\n') && PromiseExtractor.IsHeading(sentence))
                {
                    if (HeadsResults(sentence))
                    {
                        section = false;
                        return false;
                    }

                    section |= HeadsThePlan(sentence);
                }

                paragraph = OpensOnThePlan(sentence);
            }

            paragraph |= StatesTargets(sentence);
            return section || paragraph;
        }

        private static bool HeadsResults(ReadOnlySpan<char> line)
            => line.IndexOfAny(ResultHeadings) >= 0;

        /// <summary>二、2026年工作安排, 对今年政府工作的建议: words of the plan with a year or 今年 (a review's own sub-heading, 扎实推进重点工作, names neither).</summary>
        private static bool HeadsThePlan(ReadOnlySpan<char> line)
            => (line.IndexOfAny(PlanHeadings) >= 0 || line.StartsWith("今年", StringComparison.Ordinal))
                && (line.IndexOfAny(PlanTimes) >= 0 || NamesAYear(line));

        private static bool NamesAYear(ReadOnlySpan<char> line)
        {
            var at = line.IndexOf('年');
            return at >= 4 && line[(at - 4)..at].IndexOfAnyExceptInRange('0', '9') < 0;
        }

        private static readonly SearchValues<string> PlanTimes = SearchValues.Create(["今年", "明年", "新的一年", "新一年"], StringComparison.Ordinal);

        private static bool OpensOnThePlan(ReadOnlySpan<char> sentence)
        {
            foreach (var opening in (string[])["今年", "新的一年", "明年", "展望"])
            {
                if (sentence.StartsWith(opening, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>主要预期目标是：…, 预期目标为…, 主要目标：… (not 完成主要目标, nor 年度目标任务全面完成).</summary>
        private static bool StatesTargets(ReadOnlySpan<char> sentence)
        {
            foreach (var marker in (string[])["预期目标", "主要目标"])
            {
                var at = sentence.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var after = sentence[(at + marker.Length)..].TrimStart();
                if (after.StartsWith("是", StringComparison.Ordinal) || after.StartsWith("为", StringComparison.Ordinal) || after.StartsWith("：", StringComparison.Ordinal)
                    || after.StartsWith(":", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly SearchValues<string> ResultHeadings = SearchValues.Create(["成绩", "回顾", "成就", "成效", "总结", "执行情况", "完成情况"], StringComparison.Ordinal);

        private static readonly SearchValues<string> PlanHeadings = SearchValues.Create(
            ["工作安排", "工作任务", "总体要求", "工作的建议", "工作建议", "预期目标", "主要目标", "展望", "重点工作", "主要任务", "工作思路"], StringComparison.Ordinal);
    }

    /// <summary>
    /// The text as the readers expect it (<see cref="ReportText"/>: HTML, pinyin, traditional characters, full-width
    /// digits, PDF breaks), and spaces inside a number (1 244万人, 5. 2%) left out.
    /// </summary>
    internal static string Normalize(string text)
    {
        text = ReportText.Of(text).Text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u3000' && sb.Length > 0 && (char.IsAsciiDigit(sb[^1]) || sb[^1] == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
