using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.ObjectModel;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// An immutable set of observations indexed by indicator and sorted by date, so that evaluating many indicators
/// does not scan every observation each time. Build it once, share it between threads.
/// </summary>
public sealed class ObservationSet
{
    private readonly FrozenDictionary<IndicatorId, ReadOnlyCollection<Observation>> _byIndicator;
    private readonly FrozenDictionary<(IndicatorId, string), ReadOnlyCollection<Observation>> _byIndicatorAndArea;
    private readonly FrozenDictionary<SeriesKey, DatedSeries> _bySeries;
    private readonly bool _hasUnnamedArea;
    private readonly ConcurrentDictionary<SeriesKey, DatedSeries> _merged = new();

    private readonly ConcurrentDictionary<(IndicatorId, string), ReadOnlyCollection<Observation>> _homeMerged = new();

    private readonly ConcurrentDictionary<(IndicatorId, Quantities.PeerGroup, string), ReadOnlyCollection<Observation>> _peersMerged = new();

    private ObservationSet(FrozenDictionary<IndicatorId, ReadOnlyCollection<Observation>> byIndicator, int count)
    {
        _byIndicator = byIndicator;
        _byIndicatorAndArea = byIndicator
            .SelectMany(p => p.Value.GroupBy(o => o.Area ?? string.Empty, StringComparer.Ordinal).Select(g => (Key: (p.Key, g.Key), Items: Array.AsReadOnly(g.ToArray()))))
            .ToFrozenDictionary(x => x.Key, x => x.Items);
        _bySeries = _byIndicatorAndArea
            .SelectMany(p => p.Value.GroupBy(o => o.Component ?? string.Empty, StringComparer.Ordinal).Select(g => (Key: SeriesKey.Create(p.Key.Item1, p.Key.Item2, g.Key), Items: g.ToArray())))
            .ToFrozenDictionary(x => x.Key, x => new DatedSeries(x.Items));
        Count = count;
        _hasUnnamedArea = byIndicator.Values.Any(list => list.Any(o => o.Area is null));
    }

    /// <summary>The empty set.</summary>
    public static ObservationSet Empty { get; } = new(FrozenDictionary<IndicatorId, ReadOnlyCollection<Observation>>.Empty, 0);

    /// <summary>The number of observations.</summary>
    public int Count { get; }

    /// <summary>The indicators that have observations.</summary>
    public IEnumerable<IndicatorId> Indicators => _byIndicator.Keys;

    /// <summary>Builds a set. Observations of one indicator keep their given order among equal dates.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The set.</returns>
    public static ObservationSet Create(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        var groups = new Dictionary<IndicatorId, List<Observation>>();
        var count = 0;
        foreach (var observation in observations)
        {
            Preconditions.CheckArgument(observation is not null, nameof(observations), "An observation set cannot hold a null observation.");
            if (!groups.TryGetValue(observation.IndicatorId, out var list))
            {
                groups[observation.IndicatorId] = list = [];
            }

            list.Add(observation);
            count++;
        }

        var frozen = groups.ToFrozenDictionary(
            g => g.Key,
            g => Array.AsReadOnly(g.Value.OrderBy(o => o.Date).ToArray()));
        return new ObservationSet(frozen, count);
    }

    /// <summary>The observations of one indicator, sorted by date (earliest first).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The observations, possibly none.</returns>
    public IReadOnlyList<Observation> For(IndicatorId indicator)
        => _byIndicator.TryGetValue(indicator, out var list) ? list : ReadOnlyCollection<Observation>.Empty;

    /// <summary>The observations of one indicator in one area, sorted by date (earliest first).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="area">The area as the observations name it, or <see langword="null"/> for those that name none.</param>
    /// <returns>The observations, possibly none.</returns>
    public IReadOnlyList<Observation> For(IndicatorId indicator, string? area)
        => _byIndicatorAndArea.TryGetValue((indicator, area ?? string.Empty), out var list) ? list : ReadOnlyCollection<Observation>.Empty;

    /// <summary>
    /// Every observation of an indicator's home area, any component (its own area's and those that name no area,
    /// merged in date order): one area's, not the whole country's. Allocates only the first time for a merge.
    /// </summary>
    internal IReadOnlyList<Observation> Home(Indicator indicator)
    {
        var home = indicator.HomeArea;
        var named = For(indicator.Id, home);
        if (home.Length == 0 || !_hasUnnamedArea)
        {
            return named;
        }

        var unnamed = For(indicator.Id, null);
        if (unnamed.Count == 0)
        {
            return named;
        }

        return named.Count == 0
            ? unnamed
            : _homeMerged.GetOrAdd((indicator.Id, home), static (_, pair) => Array.AsReadOnly([.. pair.Item1.Concat(pair.Item2).OrderBy(o => o.Date)]), (named, unnamed));
    }

    /// <summary>
    /// Every observation of an indicator in the areas of a peer group and its home area (and those naming no area),
    /// merged in date order: the readings a rank among the group rests on, found by key for each member rather than
    /// by scanning every area's (a national set holds thousands). Allocates only the first time.
    /// </summary>
    internal IReadOnlyList<Observation> Peers(Indicator indicator, Quantities.PeerGroup peers)
        => _peersMerged.GetOrAdd((indicator.Id, peers, indicator.HomeArea), static (key, set) =>
        {
            var (id, group, home) = key;
            var areas = group.Members.Append(home).Append(string.Empty).Distinct(StringComparer.Ordinal);
            return Array.AsReadOnly([.. areas.SelectMany(a => set.For(id, a)).OrderBy(o => o.Date)]);
        }, this);

    /// <summary>
    /// The home series of an indicator (its own area, and the observations that name no area, merged in date
    /// order) dated within [<paramref name="from"/>, <paramref name="to"/>]: a slice, found by binary search.
    /// </summary>
    internal ArraySegment<Observation> HomeSeries(Indicator indicator, string? component, NodaTime.LocalDate from, NodaTime.LocalDate to, out Quantities.QuantityKind? uniformKind)
    {
        var key = indicator.SeriesKey(component);
        if (!_hasUnnamedArea || indicator.HomeArea.Length == 0)
        {
            return Series(key, from, to, out uniformKind);
        }

        var unnamedKey = indicator.UnnamedSeriesKey(component);
        var hasNamed = _bySeries.TryGetValue(key, out var named);
        if (!_bySeries.TryGetValue(unnamedKey, out var unnamed))
        {
            return Series(key, from, to, out uniformKind);
        }

        if (!hasNamed)
        {
            return Slice(unnamed!, from, to, out uniformKind);
        }

        var merged = _merged.GetOrAdd(key, static (_, pair) => new DatedSeries([.. pair.Item1.Items.Concat(pair.Item2.Items).OrderBy(o => o.Date)]), (named!, unnamed));
        return Slice(merged, from, to, out uniformKind);
    }

    /// <summary>
    /// One series (indicator, area, component) dated within [<paramref name="from"/>, <paramref name="to"/>], as a
    /// slice of the set's own sorted array: no copy, no allocation, found by binary search.
    /// </summary>
    /// <param name="key">The series: indicator, area and component.</param>
    /// <param name="from">The first date included.</param>
    /// <param name="to">The last date included.</param>
    /// <param name="uniformKind">The kind of quantity of every observation of the series, or null when they differ.</param>
    internal ArraySegment<Observation> Series(SeriesKey key, NodaTime.LocalDate from, NodaTime.LocalDate to, out Quantities.QuantityKind? uniformKind)
    {
        if (to < from || !_bySeries.TryGetValue(key, out var series))
        {
            uniformKind = null;
            return ArraySegment<Observation>.Empty;
        }

        return Slice(series, from, to, out uniformKind);
    }

    private static ArraySegment<Observation> Slice(DatedSeries series, NodaTime.LocalDate from, NodaTime.LocalDate to, out Quantities.QuantityKind? uniformKind)
    {
        if (to < from)
        {
            uniformKind = null;
            return ArraySegment<Observation>.Empty;
        }

        uniformKind = series.UniformKind;
        var keys = series.Keys;
        var start = FirstAfter(keys, DatedSeries.Key(from), inclusive: true);
        var end = FirstAfter(keys, DatedSeries.Key(to), inclusive: false);
        return new ArraySegment<Observation>(series.Items, start, end - start);
    }

    /// <summary>The index of the first key on or after (inclusive) or after (not inclusive) the given key.</summary>
    private static int FirstAfter(int[] sorted, int key, bool inclusive)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (int)((uint)(low + high) >> 1);
            if (inclusive ? sorted[mid] < key : sorted[mid] <= key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>This set with more observations added.</summary>
    /// <param name="observations">The observations to add.</param>
    /// <returns>A new set.</returns>
    public ObservationSet With(IEnumerable<Observation> observations)
        => Create(_byIndicator.Values.SelectMany(v => v).Concat(Preconditions.CheckNotNull(observations)));

    /// <summary>Every observation, by indicator then date.</summary>
    /// <returns>The observations.</returns>
    public IEnumerable<Observation> All() => _byIndicator.OrderBy(p => p.Key).SelectMany(p => p.Value);

    /// <summary>
    /// One series sorted by date, with its dates as integer keys (searched without touching the observations) and
    /// its kind of quantity when all share one (so a kind check costs nothing in the common case).
    /// </summary>
    private sealed class DatedSeries
    {
        internal DatedSeries(Observation[] items)
        {
            Items = items;
            Keys = Array.ConvertAll(items, o => Key(o.Date));
            UniformKind = items.Length > 0 && Array.TrueForAll(items, o => o.Value.Kind == items[0].Value.Kind) ? items[0].Value.Kind : null;
        }

        internal Observation[] Items { get; }

        internal int[] Keys { get; }

        internal Quantities.QuantityKind? UniformKind { get; }

        /// <summary>A key in the order of dates (year, month, day packed; not a day count).</summary>
        internal static int Key(NodaTime.LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;
    }
}
