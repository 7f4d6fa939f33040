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

    private static readonly string[] GrowthWords = ["增长", "下降", "提高", "降低", "减少", "增加", "涨幅", "上涨"];
    private static readonly string[] StartVerbs = ["开工", "启动", "开建", "动工"];
    private static readonly string[] ProgressVerbs = ["加快实施", "加快建设", "推进", "推动", "实施", "加快"];
    private static readonly string[] CompletionVerbs = ["建成", "竣工", "投产", "投用", "贯通", "完成", "通车", "开通"];

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
            OutcomeMatch? best = null;
            foreach (var outcome in list)
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

    private static OutcomeMatch? Consider(Indicator indicator, ReportedOutcome outcome)
    {
        var target = indicator.Target;
        var year = YearOf(indicator);
        if (outcome.IsMultiYear && target.Period.Start.Year == target.Period.End.Year)
        {
            return null; // a five-year total says nothing of one year
        }

        var promise = indicator.NameChinese + " " + indicator.Source;
        if (target is MilestoneTarget)
        {
            if (outcome.Kind != OutcomeKind.Status)
            {
                return null;
            }
        }
        else if (outcome.Quantity is not { } quantity || !target.AcceptedKinds.Contains(quantity.Kind)
            || target is AllOfTarget or ChangeTarget or CadenceTarget or ResponseTimeTarget)
        {
            return null;
        }
        else if (IsGrowth(indicator) != (outcome.Kind == OutcomeKind.Change))
        {
            return null; // 增长5.2% is not a level of 5.2%, and a level is not a growth
        }

        var confidence = Similarity(Key(indicator.NameChinese), Key(outcome.Object));
        if (confidence < Threshold)
        {
            return null;
        }

        string? unclear = null;
        if (target is MilestoneTarget && IsAPart(outcome.Object, indicator.NameChinese))
        {
            unclear = "the review reports a part (重点工程, 一期) of what was promised";
        }
        else if (target is MilestoneTarget)
        {
            unclear = outcome.Status switch
            {
                ProjectStatus.Done => null,
                ProjectStatus.Started when ContainsAny(promise, StartVerbs) => null,
                ProjectStatus.InProgress when ContainsAny(promise, ProgressVerbs) && !ContainsAny(promise, CompletionVerbs) => null,
                ProjectStatus.Started => "the review says started (启动建设, 开工), which is not done",
                _ => "the review says under way, not done",
            };
        }
        else if (outcome.IsCumulative && (promise.Contains("新增", StringComparison.Ordinal) || promise.Contains("新建", StringComparison.Ordinal)))
        {
            unclear = "the review gives a stock (累计, 突破), the promise a flow of the year (新增, 新建)";
        }

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

    private static readonly string[] PartWords = ["重点工程", "重点项目", "一期", "首段", "先行段", "部分"];

    private static bool IsAPart(string outcome, string promise) => PartWords.Any(w => outcome.Contains(w, StringComparison.Ordinal) && !promise.Contains(w, StringComparison.Ordinal));

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    private static int YearOf(Indicator indicator) => indicator.Report?.Year ?? indicator.Target.Deadline.Year;

    private static bool IsGrowth(Indicator indicator)
    {
        var name = indicator.NameChinese;
        var source = indicator.Source.Length > 0 ? indicator.Source : name;
        var digit = source.AsSpan().IndexOfAny(Digits);
        var head = digit < 0 ? source : source[..digit];
        return ContainsAny(head, GrowthWords) || ContainsAny(name, GrowthWords);
    }

    /// <summary>An object as compared: without words of change, punctuation, spaces and an area-wide prefix.</summary>
    private static string Key(string text)
    {
        var chars = text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && c is not ('“' or '”' or '"' or '（' or '）' or '、')).ToArray();
        var key = new string(chars);
        foreach (var w in GrowthWords.Concat(["全省", "全市", "全区", "全县", "全国", "新增", "新建", "累计", "实现", "完成", "开工建设", "提速实施", "加快实施", "推动", "推进", "开展", "等重大水利工程", "等重大项目", "等项目", "项目"]))
        {
            key = key.Replace(w, string.Empty, StringComparison.Ordinal);
        }

        return key.Length > 0 ? key : new string(chars);
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
