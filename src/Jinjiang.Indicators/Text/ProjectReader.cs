using System.Buffers;
using NodaTime;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Named projects and tasks a plan promises to start, advance or finish (开工建设引大济岷等重大水利工程, 提速实施A、B、C等
/// 重大交通项目, 推动A、B等项目竣工投产, 开展X试点): each name becomes a milestone, its clause keeping the verb so that a
/// review's status can be weighed against it (启动建设 meets 开工建设; 加快实施 meets 加快实施 but not 竣工投产).
/// </summary>
internal static class ProjectReader
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n；;");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，,");

    /// <summary>Verbs that open a clause of named projects, longest first.</summary>

    /// <summary>Words a name must hold to be a project or a task (not an aim such as 扩大内需).</summary>

    /// <summary>Finishing words after the names (推动A、B竣工投产).</summary>

    internal static IEnumerable<CandidatePromise> Read(string text, int reportYear)
    {
        var deadline = new LocalDate(reportYear, 12, 31);
        foreach (var (start, end) in PromiseExtractor.Split(text, 0, text.Length, SentenceEnds))
        {
            string? sentence = null;
            if (TargetPhrase.IsLongRange(text.AsSpan(start, end - start), reportYear))
            {
                continue; // 到2030年，居民收入增长与经济增长同步: a five-year plan's goal, not the year's
            }

            foreach (var (from, clauseEnd) in PromiseExtractor.Split(text, start, end, ClauseEnds))
            {
                var marker = PromiseExtractor.ListMarkerLength(text.AsSpan(from, clauseEnd - from));
                var clause = text[(from + marker)..clauseEnd].Trim();
                var clauseStart = from + marker;
                if (PromiseExtractor.LeadIn(clause) is > 0 and var lead)
                {
                    clause = clause[lead..]; // 主要预期目标是：实现GDP增速高于全市平均水平
                    clauseStart += lead;
                }

                var faster = FasterOf(clause);
                if ((PaceOf(clause) ?? faster) is { } pace)
                {
                    sentence ??= end - start <= 400 ? text[start..end].Trim() : clause;
                    yield return new CandidatePromise(clauseStart, clause, sentence, pace, TargetPhrase.Pace(clause, TargetPhrase.Read(clause, reportYear).Commitment, deadline, strict: faster is not null), 0.5);
                    continue;
                }

                // 节能减排、降碳指标完成国家及省定目标: a quota set elsewhere, judged on the review's 全面完成.
                if (QuotaOf(clause) is { } quota)
                {
                    sentence ??= end - start <= 400 ? text[start..end].Trim() : clause;
                    yield return new CandidatePromise(clauseStart, clause, sentence, quota, TargetPhrase.Milestone(clause, TargetPhrase.Read(clause, reportYear).Commitment, deadline), 0.5);
                    continue;
                }

                // 力争重庆东站等项目建成投用: a commitment opens the names when a finishing word closes them.
                var verb = Lexicon.ProjectVerbs.FirstOrDefault(v => clause.StartsWith(v, StringComparison.Ordinal))
                    ?? Lexicon.ProjectCommitments.FirstOrDefault(v => clause.StartsWith(v, StringComparison.Ordinal) && Lexicon.ProjectFinishes.Any(f => clause.EndsWith(f, StringComparison.Ordinal)))
                    ?? (IsAPlanToFinish(clause) ? "完成" : null);
                if (verb is null)
                {
                    continue;
                }

                var rest = clause[verb.Length..];
                var finish = Lexicon.ProjectFinishes.FirstOrDefault(f => rest.EndsWith(f, StringComparison.Ordinal));
                if (finish is not null)
                {
                    rest = rest[..^finish.Length];
                }

                var etc = rest.IndexOf('等', StringComparison.Ordinal);
                if (etc > 0 && rest.AsSpan(etc).IndexOfAnyInRange('0', '9') >= 0)
                {
                    continue; // 建成A、B等50条道路, 开展A、B等活动200场次: the count is the promise, the names its scope
                }

                var listed = etc > 0 ? rest[..etc] : rest;
                var names = listed.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var commitment = TargetPhrase.Read(clause, reportYear).Commitment;
                foreach (var name in names)
                {
                    if (name.Length is < 3 or > 40 || EndsWithAFigure(name) || !Lexicon.ProjectNouns.Any(n => name.Contains(n, StringComparison.Ordinal)) && !Lexicon.PlanNouns.Any(n => name.EndsWith(n, StringComparison.Ordinal)) && etc <= 0)
                    {
                        continue;
                    }

                    var promise = verb + name + (finish ?? string.Empty);
                    sentence ??= end - start <= 400 ? text[start..end].Trim() : clause;
                    yield return new CandidatePromise(clauseStart + Math.Max(0, clause.IndexOf(name, StringComparison.Ordinal)), promise, sentence, name, TargetPhrase.Milestone(promise, commitment, deadline), 0.5);
                }
            }
        }
    }

    /// <summary>Whether a name ends with an amount (棚户区改造13780套): a count to deliver, which the promise reader takes; 第8.6代线 is a name.</summary>
    private static bool EndsWithAFigure(string name)
        => name.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && ChineseQuantityParser.FindAll(name) is [.., var last] && last.Start + last.Length == name.Length;

    /// <summary>
    /// A quota set by a higher level, without a figure of its own (节能减排、降碳指标完成国家及省定目标, 完成省下达的…目标任务):
    /// the task's name, or null.
    /// </summary>
    internal static string? QuotaOf(string clause)
    {
        var at = clause.IndexOf("完成", StringComparison.Ordinal);
        if (at < 2 || clause.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || !clause.EndsWith("目标", StringComparison.Ordinal) && !clause.EndsWith("目标任务", StringComparison.Ordinal)
            || !Lexicon.QuotaSetters.Any(w => clause.AsSpan(at).Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        var name = clause[..at].Trim();
        return name.Length is >= 2 and <= 24 ? name : null;
    }

    /// <summary>完成核心区控规第二轮三年行动计划: a named plan or task to finish, with no figure of its own.</summary>
    private static bool IsAPlanToFinish(string clause)
        => clause.StartsWith("完成", StringComparison.Ordinal) && clause.AsSpan().IndexOfAnyInRange('0', '9') < 0
           && Lexicon.PlanNouns.Any(n => clause.EndsWith(n, StringComparison.Ordinal));

    /// <summary>居民收入增长与经济增长基本同步 (和, 同步增长): the clause's object, or null.</summary>
    internal static string? PaceOf(string clause)
    {
        var at = clause.IndexOf("同步", StringComparison.Ordinal);
        if (at < 0 || clause.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        var head = clause[..at];
        foreach (var word in Lexicon.PaceFillers)
        {
            head = head.Replace(word, string.Empty, StringComparison.Ordinal); // 居民收入增长将与经济增长保持同步
        }

        var and = head.IndexOfAny(['与', '和', '同']);
        return and > 1 && and < head.Length - 2 ? head : null;
    }

    /// <summary>
    /// A growth promised to outpace another (居民收入增长高于经济增长, 农村居民收入增速快于城镇居民, GDP增速高于全市平均水平):
    /// the clause's object without its commitment, or null.
    /// </summary>
    internal static string? FasterOf(string clause)
    {
        if (clause.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || !Lexicon.GrowthComparisons.Any(w => clause.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        var head = clause.AsSpan().Trim();
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var word in Lexicon.PaceFillers.Concat(Lexicon.ProjectCommitments).Append("努力"))
            {
                if (head.StartsWith(word, StringComparison.Ordinal))
                {
                    head = head[word.Length..];
                    trimmed = true;
                }
            }
        }

        return Faster(head.ToString());
    }

    private static string? Faster(string head)
    {
        var than = Than(head);
        if (than.At <= 0)
        {
            return null;
        }

        var subject = head[..than.At];
        return subject.Length >= 2 && head.Length - than.At - than.Length >= 2 && Lexicon.GrowthWords.Any(w => subject.Contains(w, StringComparison.Ordinal)) ? head : null;
    }

    /// <summary>Where the word of comparison (高于, 快于) stands in a relative promise's object, and its length; (-1, 0) when none.</summary>
    private static (int At, int Length) Than(string @object)
    {
        foreach (var word in Lexicon.GrowthComparisons)
        {
            var at = @object.IndexOf(word, StringComparison.Ordinal);
            if (at > 0)
            {
                return (at, word.Length);
            }
        }

        return (-1, 0);
    }

    /// <summary>The growing figure and the one it keeps pace with or outpaces (居民收入, 经济), from a pace promise's object.</summary>
    internal static (string Subject, string Reference)? PaceParts(string @object)
    {
        var (at, length) = Than(@object);
        if (at < 0)
        {
            at = @object.IndexOfAny(['与', '和', '同']);
            length = 1;
        }

        if (at <= 0)
        {
            return null;
        }

        static string Trim(string s) => s.Replace("增长", string.Empty, StringComparison.Ordinal).Replace("增速", string.Empty, StringComparison.Ordinal).Replace("增幅", string.Empty, StringComparison.Ordinal).Trim();
        return (Trim(@object[..at]), Trim(@object[(at + length)..]));
    }
}
