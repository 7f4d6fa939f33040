using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Many promises judged on one observation set at many as-of dates, prepared once: one catalog template for every
/// area (each county's 40 promises, without one indicator object per county), or the catalogs of many reports in one
/// pass. Each promise's series is looked up once, when the batch is made, not once per as-of date; summaries are
/// then reached without a lookup and without allocating.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. An item is one promise in one area; items are numbered in the
/// order they were given (for a template, area by area: item <c>a * template.Count + i</c> is promise <c>i</c> of
/// area <c>a</c>). Summaries are the same as <see cref="Evaluator.Summarize(Indicator, ObservationSet, LocalDate)"/>
/// gives for the promise in its area; <see cref="Evaluate"/> writes the full evaluation of one item.
/// </remarks>
public sealed class EvaluationBatch
{
    private readonly Indicator[] _indicators;
    private readonly string[] _areas;
    private readonly int _perArea;
    private readonly PreparedSeries[] _prepared;
    private readonly ObservationSet _set;

    private EvaluationBatch(Indicator[] indicators, string[] areas, int perArea, ObservationSet set, Evaluator evaluator)
    {
        _indicators = indicators;
        _areas = areas;
        _perArea = perArea;
        _set = set;
        Evaluator = evaluator;
        Count = perArea == 0 ? indicators.Length : indicators.Length * areas.Length;
        _prepared = new PreparedSeries[Count];
        for (var item = 0; item < Count; item++)
        {
            var indicator = IndicatorOf(item);
            var area = AreaOf(item);
            var hash = ReferenceEquals(area, indicator.HomeArea) ? indicator.HomeSeriesHash : ObservationSet.SeriesKey.Hash(indicator.Id, area, null);
            _prepared[item] = new PreparedSeries(
                set.HomeSeries(indicator.Id, area, null, hash, indicator.UnnamedSeriesHash),
                set,
                indicator.Id,
                area,
                TargetTraits.ReadsEveryComponent(indicator.Target));
        }
    }

    /// <summary>The number of items: promises times areas for a template, promises for a list.</summary>
    public int Count { get; }

    /// <summary>The evaluator whose options judge the items.</summary>
    public Evaluator Evaluator { get; }

    /// <summary>The observations the items are judged on.</summary>
    public ObservationSet Observations => _set;

    /// <summary>
    /// A batch of indicators, each judged in its own area: the catalogs of many reports in one pass
    /// (<c>catalogs.SelectMany(c =&gt; c.All)</c>).
    /// </summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="evaluator">The evaluator; <see langword="null"/> for <see cref="Evaluator.Default"/>.</param>
    /// <returns>The batch.</returns>
    public static EvaluationBatch Create(IEnumerable<Indicator> indicators, ObservationSet observations, Evaluator? evaluator = null)
    {
        Indicator[] list = [.. Preconditions.CheckNotNull(indicators)];
        Preconditions.CheckArgument(Array.TrueForAll(list, i => i is not null), nameof(indicators), "A batch cannot hold a null indicator.");
        return new EvaluationBatch(list, [], 0, Preconditions.CheckNotNull(observations), evaluator ?? Evaluator.Default);
    }

    /// <summary>
    /// A batch of one catalog template judged in every one of many areas, without an indicator object per area:
    /// item <c>a * template.Count + i</c> is promise <c>i</c> of area <c>a</c>, judged on that area's observations
    /// (and those naming no area), as <see cref="Indicator.WithArea"/> would be.
    /// </summary>
    /// <param name="template">The promises every area made (a catalog's <c>All</c>).</param>
    /// <param name="areas">The areas, as observations name them.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="evaluator">The evaluator; <see langword="null"/> for <see cref="Evaluator.Default"/>.</param>
    /// <returns>The batch.</returns>
    public static EvaluationBatch ForAreas(IEnumerable<Indicator> template, IEnumerable<string> areas, ObservationSet observations, Evaluator? evaluator = null)
    {
        Indicator[] list = [.. Preconditions.CheckNotNull(template)];
        string[] names = [.. Preconditions.CheckNotNull(areas).Select(a => Preconditions.CheckNotBlank(a).Trim())];
        Preconditions.CheckArgument(Array.TrueForAll(list, i => i is not null), nameof(template), "A template cannot hold a null indicator.");
        return list.Length == 0
            ? new EvaluationBatch([], [], 0, Preconditions.CheckNotNull(observations), evaluator ?? Evaluator.Default)
            : new EvaluationBatch(list, names, list.Length, Preconditions.CheckNotNull(observations), evaluator ?? Evaluator.Default);
    }

    /// <summary>The area an item is judged in (empty when its indicator names none).</summary>
    /// <param name="item">The item's index.</param>
    /// <returns>The area.</returns>
    public string Area(int item) => AreaOf(CheckItem(item));

    /// <summary>The indicator of an item, in its area: a copy for an area of a template (allocates), the indicator itself otherwise.</summary>
    /// <param name="item">The item's index.</param>
    /// <returns>The indicator.</returns>
    public Indicator Indicator(int item)
    {
        var indicator = IndicatorOf(CheckItem(item));
        return _perArea == 0 ? indicator : indicator.WithArea(AreaOf(item));
    }

    /// <summary>Summarizes every item at one as-of date, into a caller's buffer, in item order, without allocating.</summary>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="destination">Receives one summary per item; at least <see cref="Count"/> long.</param>
    public void Summarize(LocalDate asOf, Span<EvaluationSummary> destination)
        => Summarize([asOf], destination);

    /// <summary>
    /// Summarizes every item at each of many as-of dates (every month end of a year), item by item, without
    /// allocating: the summary of item <c>k</c> at date <c>d</c> goes to <c>destination[k * asOf.Length + d]</c>.
    /// </summary>
    /// <param name="asOf">The dates of the judgements.</param>
    /// <param name="destination">Receives <see cref="Count"/> times <c>asOf.Length</c> summaries.</param>
    public void Summarize(ReadOnlySpan<LocalDate> asOf, Span<EvaluationSummary> destination)
        => Summarize(0, Count, asOf, destination);

    /// <summary>
    /// Summarizes some items (<paramref name="count"/> from <paramref name="start"/>: an area's promises, a chunk for
    /// a buffer of fixed size) at each of many as-of dates, without allocating: the summary of item
    /// <c>start + k</c> at date <c>d</c> goes to <c>destination[k * asOf.Length + d]</c>.
    /// </summary>
    /// <param name="start">The first item.</param>
    /// <param name="count">The number of items.</param>
    /// <param name="asOf">The dates of the judgements.</param>
    /// <param name="destination">Receives <paramref name="count"/> times <c>asOf.Length</c> summaries.</param>
    public void Summarize(int start, int count, ReadOnlySpan<LocalDate> asOf, Span<EvaluationSummary> destination)
    {
        Preconditions.CheckArgumentRange(start >= 0 && count >= 0 && start <= Count - count, nameof(count), "The items are not all in the batch.");
        Preconditions.CheckArgument(destination.Length >= (long)count * asOf.Length, nameof(destination), "The destination must hold one summary per item and as-of date.");
        var options = Evaluator.Options;
        for (var k = 0; k < count; k++)
        {
            var item = start + k;
            var indicator = IndicatorOf(item);
            var area = AreaOf(item);
            var target = indicator.Target;
            var row = destination.Slice(k * asOf.Length, asOf.Length);
            for (var d = 0; d < asOf.Length; d++)
            {
                var context = new EvaluationContext(indicator, area, _set, asOf[d], options, null, _prepared[item]);
                row[d] = TargetEvaluator.Summarize(target, context);
            }
        }
    }

    /// <summary>The full evaluation of one item (reasons, inputs, parts), the same as <see cref="Evaluator.Evaluate(Indicator, ObservationSet, LocalDate)"/> of <see cref="Indicator(int)"/>.</summary>
    /// <param name="item">The item's index.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <returns>The evaluation.</returns>
    public Evaluation Evaluate(int item, LocalDate asOf) => Evaluator.Evaluate(Indicator(item), _set, asOf);

    private Indicator IndicatorOf(int item) => _perArea == 0 ? _indicators[item] : _indicators[item % _perArea];

    private string AreaOf(int item) => _perArea == 0 ? _indicators[item].HomeArea : _areas[item / _perArea];

    private int CheckItem(int item)
    {
        Preconditions.CheckArgumentRange((uint)item < (uint)Count, nameof(item), "The item is not in the batch.");
        return item;
    }
}
