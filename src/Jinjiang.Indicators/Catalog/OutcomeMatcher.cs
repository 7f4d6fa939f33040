using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Text;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// Matches a review's statements of what was achieved (<see cref="OutcomeExtractor"/>) to the promises of last
/// year's catalog (drafted by <see cref="DraftCatalog"/> or built by hand), so that last year's promises can be
/// judged: by object (character bigrams of the names), by dimension (never across dimensions: a figure only for a
/// target that measures its kind, a status only for a milestone, a change only for a promise of growth), and by year
/// (a five-year total never for a one-year promise). Each match has a confidence and its reason; a match a careful
/// reader would not judge from the text alone gives no observation.
/// </summary>
public static class OutcomeMatcher
{
    /// <summary>The least confidence of a match.</summary>
    public const double Threshold = 0.5;

    /// <summary>Names an indicator goes by, read as one (GDP is 地区生产总值 in a province's review, 国内生产总值 in the nation's).</summary>
    private static readonly (string Word, string Same)[] Synonyms =
    [
        ("地区生产总值", "生产总值"), ("国内生产总值", "生产总值"), ("GDP", "生产总值"), ("经济增长", "生产总值增长"), ("经济增速", "生产总值增长"),
        ("研发经费投入强度", "研发投入强度"), ("研究与试验发展经费投入强度", "研发投入强度"), ("研发投入占比", "研发投入强度"),
        ("社会消费品零售总额", "社消零"), ("全社会固定资产投资", "固定资产投资"), ("经营主体", "企业"), ("市场主体", "企业"),
    ];

    /// <summary>A promise's source as the readers read it (a reprint's traditional characters and pinyin, a saved page's tags).</summary>
    private static string Readable(string source) => ReportText.Of(source).Text;

    /// <summary>Words that make an indicator another one when only one side has them (单位…能耗 beside 国内生产总值).</summary>

    /// <summary>Matches statements to promises.</summary>
    /// <param name="catalog">Last year's promises.</param>
    /// <param name="outcomes">The statements of the review of that year.</param>
    /// <returns>The matches, the promises without an outcome and the statements without a promise.</returns>
    public static OutcomeMatches Match(IndicatorCatalog catalog, IEnumerable<ReportedOutcome> outcomes)
    {
        Preconditions.CheckNotNull(catalog);
        var list = Preconditions.CheckNotNull(outcomes).ToList();
        var matches = new List<OutcomeMatch>();
        var unmatched = new List<Indicator>();
        var used = new HashSet<ReportedOutcome>();
        foreach (var indicator in catalog.All)
        {
            OutcomeMatch? best = IsPace(indicator) ? Pace(indicator, list) : null;
            foreach (var outcome in IsPace(indicator) ? [] : list)
            {
                if (Consider(indicator, outcome) is { } match && (best is null || match.Confidence > best.Confidence))
                {
                    best = match;
                }
            }

            if (best is null)
            {
                unmatched.Add(indicator);
            }
            else
            {
                matches.Add(best);
                used.Add(best.Outcome);
            }
        }

        return new OutcomeMatches(matches, unmatched, [.. list.Where(o => !used.Contains(o))]);
    }

    /// <summary>
    /// Whether a figure of a several years' review is a level as it stands now (国家高新技术企业超1.5万家), which a level
    /// promised for the last of those years can be judged on: not a total or a new amount over the years, not a change.
    /// </summary>
    private static bool IsLevelNow(Target target, ReportedOutcome outcome)
        => target is AtLeastTarget or AtMostTarget && outcome.Kind == OutcomeKind.Amount && !outcome.IsNew
           && !Lexicon.SeveralYearsFigureWords.Any(w => outcome.Text.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether a review's task (年度节能减排任务) is one of a quota promise's (节能减排、降碳指标), its generic words aside.</summary>
    private static bool QuotaTask(string promised, string reported)
    {
        static string Core(string s)
        {
            foreach (var word in (string[])["年度", "指标", "任务", "目标"])
            {
                s = s.Replace(word, string.Empty, StringComparison.Ordinal);
            }

            return s.Trim();
        }

        var task = Core(reported);
        return task.Length >= 2 && promised.Split('、').Select(Core).Any(part => part.Length >= 2 && (task.Contains(part, StringComparison.Ordinal) || part.Contains(task, StringComparison.Ordinal)));
    }

    /// <summary>Whether a promised line or its section (6号线重庆东站段) only names the place an outcome's project is (重庆东站).</summary>
    private static bool IsALineThrough(string promised, string reported)
        => (promised.Contains("号线", StringComparison.Ordinal) || promised.EndsWith('段')) && !reported.Contains('线') && !reported.EndsWith('段')
           && promised.Contains(reported, StringComparison.Ordinal) && promised.Length > reported.Length;

    private static OutcomeMatch? Consider(Indicator indicator, ReportedOutcome outcome)
    {
        var target = indicator.Target;
        var year = YearOf(indicator);
        if (outcome.IsMultiYear && target.Period.Start.Year == target.Period.End.Year && !IsLevelNow(target, outcome))
        {
            return null; // a five-year total says nothing of one year
        }

        var promise = indicator.NameChinese + " " + Readable(indicator.Source);
        if (outcome.IsNew && outcome.Kind == OutcomeKind.Amount && target is AtLeastTarget or AtMostTarget or AboutTarget
            && !promise.Contains("新增", StringComparison.Ordinal) && !promise.Contains("新建", StringComparison.Ordinal))
        {
            return null; // 新增高新技术企业1200家 is the year's flow; a level (突破1.5万家) is judged on the stock
        }

        foreach (var word in Lexicon.DistinguishingWords)
        {
            // 单位国内生产总值能耗 is not 国内生产总值: a qualifier on one side only makes another indicator.
            if (outcome.Object.Contains(word, StringComparison.Ordinal) != indicator.NameChinese.Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (TargetTraits.IsJudgedByStatusOutcome(target))
        {
            if (outcome.Kind != OutcomeKind.Status)
            {
                return null;
            }
        }
        else if (outcome.Quantity is not { } quantity || !target.AcceptedKinds.Contains(quantity.Kind)
            || !TargetTraits.IsJudgedByQuantityOutcome(target))
        {
            return null;
        }
        else if (IsGrowth(indicator) != (outcome.Kind == OutcomeKind.Change))
        {
            return null; // 增长5.2% is not a level of 5.2%, and a level is not a growth
        }

        var confidence = target is MilestoneTarget
            ? Similarity(ProjectKey(indicator.NameChinese), ProjectKey(outcome.Object))
            : Similarity(Key(indicator.NameChinese), Key(outcome.Object));
        if (target is MilestoneTarget && RouteAlias(indicator.NameChinese, outcome.Object))
        {
            confidence = Math.Max(confidence, 0.7); // 隆黄铁路隆昌至叙永段 named 隆泸叙铁路 by its ends' first characters
        }

        if (target is MilestoneTarget && Text.ProjectReader.QuotaOf(Readable(indicator.Source)) is not null && QuotaTask(indicator.NameChinese, outcome.Object))
        {
            confidence = Math.Max(confidence, 0.8); // 节能减排、降碳指标 (国家及省定目标) reported as 年度节能减排任务全面完成
        }

        if (target is MilestoneTarget && IsALineThrough(indicator.NameChinese, outcome.Object))
        {
            return null; // 6号线重庆东站段 is a section of a line, not the station 重庆东站 it reaches
        }

        if (confidence < Threshold)
        {
            return null;
        }

        var unclear = Unclear(target, indicator, outcome, promise);
        var how = outcome.Kind == OutcomeKind.Status
            ? $"status {outcome.Status.ToString().ToLowerInvariant()}"
            : string.Create(CultureInfo.InvariantCulture, $"{outcome.Kind.ToString().ToLowerInvariant()} {outcome.Quantity}");
        var reason = string.Create(CultureInfo.InvariantCulture, $"'{outcome.Object}' reports on '{indicator.NameChinese}' (similarity {confidence:0.00}), {how}, {year}");
        if (unclear is not null)
        {
            return new OutcomeMatch(indicator, outcome, confidence, reason + "; unclear: " + unclear, null);
        }

        var value = target is MilestoneTarget ? Measure.Completion(true) : outcome.Quantity!.Value;
        var yearEnd = new LocalDate(year, 12, 31);
        var whole = new DateInterval(new LocalDate(year, 1, 1), yearEnd);
        var status = outcome.IsProvisional ? ObservationStatus.Provisional : ObservationStatus.Normal;
        var observation = target.Period.Start.Year == year && target.Deadline == yearEnd && target is not MilestoneTarget
            ? new Observation(indicator.Id, whole, value) { Status = status, Source = outcome.Sentence, Note = reason }
            : new Observation(indicator.Id, yearEnd, value) { Status = status, Source = outcome.Sentence, Note = reason };
        return new OutcomeMatch(indicator, outcome, confidence, reason + (outcome.IsProvisional ? "; provisional (预计)" : string.Empty), observation);
    }

    /// <summary>Why a match is unclear (a part of the promise, a status short of done, a stock for a flow, a bound), or null when it can be judged.</summary>
    private static string? Unclear(Target target, Indicator indicator, ReportedOutcome outcome, string promise)
    {
        if (target is MilestoneTarget && IsAPart(outcome.Object, indicator.NameChinese))
        {
            return "the review reports a part (重点工程, 一期) of what was promised";
        }

        if (target is MilestoneTarget)
        {
            return outcome.Status switch
            {
                ProjectStatus.Done => null,
                ProjectStatus.Started when ContainsAny(promise, Lexicon.StartVerbs) => null,
                ProjectStatus.InProgress when ContainsAny(promise, Lexicon.ProgressVerbs) && !ContainsAny(promise, Lexicon.CompletionVerbs) => null,
                ProjectStatus.Started => "the review says started (启动建设, 开工), which is not done",
                _ => "the review says under way, not done",
            };
        }

        if (outcome.IsCumulative && (promise.Contains("新增", StringComparison.Ordinal) || promise.Contains("新建", StringComparison.Ordinal)))
        {
            return "the review gives a stock (累计, 突破), the promise a flow of the year (新增, 新建)";
        }

        if (IsOneOfSeveralParts(indicator.NameChinese, outcome))
        {
            return "the review gives a part's figure (对拉美市场出口, one of several given with 分别), not the whole's";
        }

        if (BoundLeavesItOpen(target, outcome))
        {
            return "the review gives a bound (超过, 近), which does not settle the promise's figure";
        }

        return null;
    }

    /// <summary>
    /// Whether a review's figure is one of several parts it gives separately (对非洲、拉美市场出口分别增长20%、7.6%) and the
    /// promise names the whole (出口): the part's name holds the promise's and more.
    /// </summary>
    private static bool IsOneOfSeveralParts(string promised, ReportedOutcome outcome)
    {
        if (!outcome.Text.Contains("分别", StringComparison.Ordinal))
        {
            return false;
        }

        var whole = Key(promised);
        var part = Key(outcome.Object);
        return part.Length > whole.Length && part.EndsWith(whole, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a figure the review gives as a bound leaves the verdict open: a floor passed (超过580公里) below the
    /// promise's figure (593公里), or a ceiling approached (近600公里) above it. A floor at or past the figure, or a
    /// ceiling at or within it, settles the verdict either way.
    /// </summary>
    private static bool BoundLeavesItOpen(Target target, ReportedOutcome outcome)
    {
        if (outcome.Quantity is not { } q || !(outcome.IsLowerBound || outcome.IsUpperBound))
        {
            return false;
        }

        if (TargetTraits.Figure(target) is not { } f || f.Kind != q.Kind)
        {
            return false;
        }

        return outcome.IsLowerBound ? q.BaseValue < f.BaseValue : q.BaseValue > f.BaseValue;
    }

    /// <summary>
    /// Whether a review names a part of what was promised: a part word (重点工程, 一期) after words that name the
    /// promise itself (西部陆海新通道西线主通道重点工程隆泸叙铁路 for 西部陆海新通道西线主通道贯通).
    /// </summary>
    private static bool IsAPart(string outcome, string promise) => Lexicon.PartWords.Any(w =>
        outcome.IndexOf(w, StringComparison.Ordinal) is var at and > 0 && !promise.Contains(w, StringComparison.Ordinal)
        && Similarity(Key(promise), Key(outcome[..at])) >= Threshold);

    /// <summary>
    /// A route promised by its ends (隆黄铁路隆昌至叙永段) and named in the review by their first characters (隆泸叙铁路):
    /// the characters before the same route word hold the first character of each end, in order.
    /// </summary>
    internal static bool RouteAlias(string promise, string outcome)
    {
        var to = promise.IndexOf('至', StringComparison.Ordinal);
        if (to < 2 || to + 2 >= promise.Length)
        {
            return false;
        }

        var from = promise[to - 2];
        var end = promise[to + 1];
        foreach (var word in Lexicon.RouteWords)
        {
            if (!promise.Contains(word, StringComparison.Ordinal))
            {
                continue;
            }

            for (var at = outcome.IndexOf(word, StringComparison.Ordinal); at >= 0; at = outcome.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var name = outcome.AsSpan(Math.Max(0, at - 4), Math.Min(4, at));
                var first = name.IndexOf(from);
                if (first >= 0 && name[(first + 1)..].Contains(end))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    /// <summary>A promise to keep pace (居民收入增长与经济增长基本同步) or outpace (高于), drafted as a floor on the gap in points.</summary>
    private static bool IsPace(Indicator indicator)
        => indicator.Target is AtLeastTarget { Threshold.Kind: QuantityKind.PercentagePoints } && Readable(indicator.Source) is var source
            && (source.Contains("同步", StringComparison.Ordinal) || Text.ProjectReader.FasterOf(source) is not null);

    /// <summary>
    /// A pace promise matched to two growths of the review, the subject's and the reference's (经济增长: the growth
    /// of 生产总值, GDP); the observation is their gap in percentage points. Separate figures for parts of the subject
    /// (城乡居民收入分别增长4.4%、5.6%) make the match unclear: there is no one growth to compare; a promise about a
    /// part (农村居民收入增速快于城镇居民) is judged on the parts' figures.
    /// </summary>
    private static OutcomeMatch? Pace(Indicator indicator, List<ReportedOutcome> outcomes)
    {
        if (Text.ProjectReader.PaceParts(indicator.NameChinese) is not { } parts)
        {
            return null;
        }

        var growths = outcomes.Where(o => o.Kind == OutcomeKind.Change && !o.IsMultiYear && o.Quantity is { Kind: QuantityKind.Ratio }).ToList();
        var subject = growths.Select(o => (o, Score: Covers(parts.Subject, o.Object))).Where(x => x.Score >= Threshold).OrderByDescending(x => x.Score).FirstOrDefault();
        var reference = growths.Where(o => o != subject.o).Select(o => (o, Score: IsEconomy(parts.Reference) && Lexicon.EconomyWords.Any(w => o.Object.Contains(w, StringComparison.Ordinal)) ? 0.9 : Covers(parts.Reference, o.Object))).Where(x => x.Score >= Threshold).OrderByDescending(x => x.Score).FirstOrDefault();
        if (subject.o is null || reference.o is null)
        {
            return null;
        }

        var confidence = Math.Min(subject.Score, reference.Score);
        var gap = subject.o.Quantity!.Value.Value - reference.o.Quantity!.Value.Value;
        var reason = string.Create(CultureInfo.InvariantCulture, $"'{subject.o.Object}' grew {subject.o.Quantity!.Value.Value}% against '{reference.o.Object}' {reference.o.Quantity!.Value.Value}% (gap {gap:0.##} points), for '{indicator.NameChinese}' (similarity {confidence:0.00}), {YearOf(indicator)}");
        if (NamesAPart(subject.o.Object, parts.Subject) || NamesAPart(reference.o.Object, parts.Reference))
        {
            return new OutcomeMatch(indicator, subject.o, confidence, reason + "; unclear: the review gives separate figures for parts (分别), not one growth", null);
        }

        var year = YearOf(indicator);
        var observation = new Observation(indicator.Id, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), new Measure(gap, MeasureUnit.PercentagePoint))
        {
            Status = subject.o.IsProvisional || reference.o.IsProvisional ? ObservationStatus.Provisional : ObservationStatus.Normal,
            Source = subject.o.Sentence == reference.o.Sentence ? subject.o.Sentence : subject.o.Sentence + " / " + reference.o.Sentence,
            Note = reason,
        };
        return new OutcomeMatch(indicator, subject.o, confidence, reason, observation);
    }

    /// <summary>
    /// Whether a review's figure is for a part of what the promise names (城镇居民人均可支配收入 for 居民收入: one of the
    /// figures a review gives separately, 分别), so that there is no one growth to compare.
    /// </summary>
    private static bool NamesAPart(string reported, string promised)
        => ((string[])["城镇", "农村", "城市", "乡村"]).Any(part => reported.Contains(part, StringComparison.Ordinal) && !promised.Contains(part, StringComparison.Ordinal));

    private static bool IsEconomy(string reference) => reference.Contains("经济", StringComparison.Ordinal) || reference.Contains("生产总值", StringComparison.Ordinal);

    /// <summary>How much of a short name's characters a statement's object holds (居民收入 in 居民人均可支配收入: all), or Dice when higher.</summary>
    private static double Covers(string name, string @object)
    {
        if (name.Length < 2)
        {
            return 0;
        }

        var held = name.Count(c => @object.Contains(c, StringComparison.Ordinal)) / (double)name.Length;
        return Math.Max(held >= 1 ? 0.8 : 0, Similarity(Key(name), Key(@object)));
    }

    private static int YearOf(Indicator indicator) => indicator.Report?.Year ?? indicator.Target.Deadline.Year;

    private static bool IsGrowth(Indicator indicator)
    {
        var name = indicator.NameChinese;
        var source = indicator.Source.Length > 0 ? Readable(indicator.Source) : name;
        var digit = source.AsSpan().IndexOfAny(Digits);
        while (digit >= 0 && digit + 4 < source.Length && source.AsSpan(digit, 4).IndexOfAnyExcept(Digits) < 0 && source[digit + 4] == '年')
        {
            // A year (2025年全省地区生产总值增长5%左右) is not the figure: look past it.
            var next = source.AsSpan(digit + 5).IndexOfAny(Digits);
            digit = next < 0 ? -1 : digit + 5 + next;
        }

        var head = digit < 0 ? source : source[..digit];
        return ContainsAny(head, Lexicon.GrowthWords) || ContainsAny(name, Lexicon.GrowthWords);
    }

    /// <summary>An object as compared: without words of change, punctuation, spaces and an area-wide prefix.</summary>
    private static string Key(string text)
    {
        var chars = text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && c is not ('“' or '”' or '"' or '（' or '）' or '、')).ToArray();
        var key = new string(chars);
        foreach (var (word, same) in Synonyms)
        {
            key = key.Replace(word, same, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var w in Lexicon.GrowthWords.Concat(["全省", "全市", "全区", "全县", "全国", "新增", "新建", "累计", "实现", "完成", "开工建设", "提速实施", "加快实施", "推动", "推进", "开展", "等重大水利工程", "等重大项目", "等项目", "项目"]))
        {
            key = key.Replace(w, string.Empty, StringComparison.Ordinal);
        }

        return key.Length > 0 ? key : new string(chars);
    }

    /// <summary>
    /// A project's name as compared: without the words every project of its kind shares (高速公路, 扩容, 工程), so that
    /// two roads are told apart by their own names (成渝 and 成南), unless nothing else is left.
    /// </summary>
    private static string ProjectKey(string text)
    {
        var key = Key(text);
        var own = Lexicon.GenericProjectWords.Aggregate(key, (k, w) => k.Replace(w, string.Empty, StringComparison.Ordinal));
        return own.Length >= 2 ? own : key;
    }

    /// <summary>Dice's coefficient of character bigrams, or 0.9 when one contains the other (at least two characters).</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (Math.Min(a.Length, b.Length) >= 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
        {
            return a == b ? 1 : 0.9;
        }

        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = 0;
        var pool = new List<string>(y);
        foreach (var g in x)
        {
            var i = pool.IndexOf(g);
            if (i >= 0)
            {
                common++;
                pool.RemoveAt(i);
            }
        }

        return 2.0 * common / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string s)
    {
        var list = new List<string>(Math.Max(0, s.Length - 1));
        for (var i = 0; i + 1 < s.Length; i++)
        {
            list.Add(s.Substring(i, 2));
        }

        return list;
    }

    private static bool ContainsAny(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
