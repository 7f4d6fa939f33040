using System.Text.RegularExpressions;
using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Finds candidate promises in a Chinese work report: clauses whose wording makes a measurable or checkable
/// promise (a quantity with a unit, a rank, a class, a coverage, a cadence, response tiers, a milestone, a direction),
/// skipping numbers that are not promises (years, dates, slogans such as “两个责任” or 七个方面, route numbers) and
/// past achievements (过去一年..., 完成了...).
/// </summary>
public static partial class PromiseExtractor
{
    private static readonly string[] LeadingWords =
    [
        "坚决做到", "严格要求", "严格落实", "加快推进", "有序推进", "持续推进", "力争", "确保", "坚定", "推动", "全年", "实现", "新建", "新增", "完成",
        "实施", "试点打造", "策划包装", "打造建设", "打造", "建设", "加快", "持续", "保持", "逐步扩大", "聚焦",
    ];

    /// <summary>Extracts candidate promises from a report's text.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="reportYear">The year the report plans for (全年 = that year).</param>
    /// <returns>The candidates in text order; never throws on odd text.</returns>
    public static IReadOnlyList<CandidatePromise> Extract(string text, int reportYear)
    {
        Preconditions.CheckNotNull(text);
        var candidates = new List<CandidatePromise>();
        foreach (var (sentenceStart, sentence) in Split(text, 0, SentenceEnd()))
        {
            if (PastPattern().IsMatch(sentence))
            {
                continue;
            }

            foreach (var (clauseStart, clause) in Split(sentence, sentenceStart, ClauseEnd()))
            {
                foreach (var (partStart, part) in Parts(clause, clauseStart))
                {
                    var phrase = TargetPhrase.Read(part, reportYear);
                    if (phrase.Kind is null)
                    {
                        continue;
                    }

                    candidates.Add(new CandidatePromise(partStart, part, sentence.Trim(), ObjectOf(part, phrase), phrase, Confidence(phrase)));
                }
            }
        }

        return candidates;
    }

    /// <summary>A clause listing several quantities with 、 (新建小游园微绿地3个、社区花园3个) is one promise per quantity.</summary>
    private static IEnumerable<(int Start, string Text)> Parts(string clause, int start)
    {
        var quantities = ChineseQuantityParser.FindAll(clause).Where(q => !TargetPhrase.IsSlogan(clause, q) && q.Kind != QuantityKind.Time).ToList();
        if (quantities.Count < 2)
        {
            yield return (start, clause);
            yield break;
        }

        var from = 0;
        foreach (var q in quantities)
        {
            if (q.Start < from || from >= clause.Length)
            {
                continue; // in the same 、-segment as the previous quantity: one promise
            }

            var end = q.Start + q.Length;
            while (end < clause.Length && clause[end] != '、')
            {
                end++;
            }

            yield return (start + from, clause[from..end]);
            from = Math.Min(end + 1, clause.Length);
        }
    }

    private static IEnumerable<(int Start, string Text)> Split(string text, int offset, Regex separator)
    {
        var from = 0;
        foreach (Match m in separator.Matches(text))
        {
            if (m.Index > from)
            {
                yield return Trimmed(text, from, m.Index, offset);
            }

            from = m.Index + m.Length;
        }

        if (from < text.Length)
        {
            yield return Trimmed(text, from, text.Length, offset);
        }
    }

    private static (int, string) Trimmed(string text, int from, int to, int offset)
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

        return (offset + from, text[from..to].TrimEnd());
    }

    private static string ObjectOf(string part, TargetPhrase phrase)
    {
        var text = part;
        if (phrase.Quantity is { } q)
        {
            text = text.Remove(q.Start, q.Length);
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in LeadingWords)
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                {
                    text = text[word.Length..];
                    changed = true;
                }
            }
        }

        foreach (var tail in new[] { "以上", "以下", "以内", "左右", "减少", "下降", "增长", "提高" })
        {
            if (text.EndsWith(tail, StringComparison.Ordinal))
            {
                text = text[..^tail.Length];
            }
        }

        return text.Trim('“', '”', '‘', '’', ' ');
    }

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

    [GeneratedRegex(@"[。！？!?\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[，；;,]")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^\s*(过去一年|过去五年|去年|上年|回顾)|(完成了|实现了|建成了|新增了|新建了|累计完成)")]
    private static partial Regex PastPattern();
}
