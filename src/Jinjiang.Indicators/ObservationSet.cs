using System.Collections.Concurrent;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators;

/// <summary>
/// An immutable set of observations indexed by indicator, area and component and sorted by date, so that
/// evaluating many indicators does not scan every observation each time. Build it once, share it between threads.
/// </summary>
/// <remarks>
/// The set keeps its rows as columns grouped by series (indicator, then area, then component) and sorted by date
/// within each series: date keys, values and units, searched and read without making an observation (summaries read
/// them). An indicator's, an area's and a series' rows are each one contiguous range, found by key. Built from what
/// <see cref="Serialization.ObservationCsv"/> and <see cref="Serialization.ObservationJson"/> read (columns, not an
/// object per row), no observation is made until one is asked for, and then once per series; built from
/// observations, it gives back those same objects. Building is one counting sort (no grouping, no per-series lists);
/// the series arrive date-sorted in most files and are then not sorted again.
/// </remarks>
public sealed partial class ObservationSet
{
    private readonly ObservationSet.Rows? _rows;
    private readonly Dictionary<ObservationSet.SeriesKey, int> _bySeries;
    private readonly ObservationSet.SeriesRange[] _ranges;
    private readonly ObservationSet.SeriesRange[] _sorted; // the series in the order of their rows (indicator, area, component)
    private readonly Dictionary<(IndicatorId, string), Run> _byArea;
    private readonly Dictionary<IndicatorId, Run> _byIndicator;
    private readonly IndicatorId[] _indicators;
    private readonly bool _hasUnnamedArea;
    private Dictionary<IndicatorId, Observation[]>? _superseded;
    private readonly ConcurrentDictionary<ObservationSet.SeriesKey, ObservationSet.SeriesRange> _merged = new();
    private readonly ConcurrentDictionary<(IndicatorId, string), IReadOnlyList<Observation>> _areaLists = new();
    private readonly ConcurrentDictionary<IndicatorId, IReadOnlyList<Observation>> _indicatorLists = new();
    private readonly ConcurrentDictionary<(IndicatorId, string), IReadOnlyList<Observation>> _homeMerged = new();
    private readonly ConcurrentDictionary<(IndicatorId, PeerGroup, string), IReadOnlyList<Observation>> _peersMerged = new();

    private ObservationSet(ObservationSet.Rows? rows, Dictionary<ObservationSet.SeriesKey, int> bySeries, ObservationSet.SeriesRange[] ranges, ObservationSet.SeriesRange[] sorted, Dictionary<(IndicatorId, string), Run> byArea, Dictionary<IndicatorId, Run> byIndicator, IndicatorId[] indicators)
    {
        _rows = rows;
        _ranges = ranges;
        _sorted = sorted;
        _bySeries = bySeries;
        _byArea = byArea;
        _byIndicator = byIndicator;
        _indicators = indicators;
        _hasUnnamedArea = byArea.Keys.Any(k => k.Item2.Length == 0);
    }

    /// <summary>The empty set.</summary>
    public static ObservationSet Empty { get; } = new(null, [], [], [], [], [], []);

    /// <summary>The number of observations.</summary>
    public int Count => _rows?.Count ?? 0;

    /// <summary>The indicators that have observations, in the order of their ids.</summary>
    public IEnumerable<IndicatorId> Indicators => _indicators;

    /// <summary>The date of the latest observation, or <see langword="null"/> for the empty set (read from the set's date column).</summary>
    public LocalDate? LatestDate => _rows is { Count: > 0 } rows ? DateOfKey(rows.Keys.Max()) : null;

    /// <summary>The areas the observations name (not counting those that name none), in ordinal order: the areas a template is judged in.</summary>
    public IReadOnlyList<string> Areas => field ??= [.. _byArea.Keys.Select(k => k.Item2).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Builds a set. Observations of one indicator keep their given order among equal dates.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The set.</returns>
    public static ObservationSet Create(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        // A reader's columns are read as they are (no object per row); a list or an array is read in place.
        var columns = observations switch
        {
            ObservationSet.Columns read => read,
            Observation[] array => ObservationSet.Columns.Of(array),
            List<Observation> list => ObservationSet.Columns.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)),
            _ => ObservationSet.Columns.Of([.. observations]),
        };
        if (columns.Count == 0)
        {
            return Empty;
        }

        // A final figure replaces a provisional or estimated one of the same series and period (rare: only when some row has a status).
        var superseded = columns.HasStatuses ? Superseded(columns) : null;
        if (superseded is null)
        {
            return Create(columns);
        }

        var kept = new ObservationSet.Columns(columns.Count);
        var dropped = new List<Observation>();
        for (var row = 0; row < columns.Count; row++)
        {
            if (superseded.Contains(row))
            {
                dropped.Add(columns[row]);
            }
            else
            {
                kept.AddFrom(columns, row);
            }
        }

        var set = Create(kept);
        set._superseded = dropped.GroupBy(o => o.IndicatorId).ToDictionary(g => g.Key, g => g.ToArray());
        return set;
    }

    /// <summary>
    /// The provisional or estimated observations replaced by a normal (final) one of the same indicator, area,
    /// component, date and period: they are not judged, and the evaluations of their indicator say so.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The replaced observations, possibly none.</returns>
    public IReadOnlyList<Observation> SupersededOf(IndicatorId indicator)
        => _superseded is { } map && map.TryGetValue(indicator, out var list) ? list : [];

    /// <summary>The rows of provisional or estimated figures that a normal figure of the same series, date and start replaces; null when none.</summary>
    private static HashSet<int>? Superseded(ObservationSet.Columns columns)
    {
        var finals = new HashSet<(int Series, long Key)>();
        var seriesOf = columns.SeriesOf;
        for (var row = 0; row < columns.Count; row++)
        {
            if (columns.StatusOf(row) == ObservationStatus.Normal)
            {
                finals.Add((seriesOf[row], columns.DateAndStartKey(row)));
            }
        }

        HashSet<int>? superseded = null;
        for (var row = 0; row < columns.Count; row++)
        {
            if (columns.StatusOf(row) is ObservationStatus.Provisional or ObservationStatus.Estimated && finals.Contains((seriesOf[row], columns.DateAndStartKey(row))))
            {
                (superseded ??= []).Add(row);
            }
        }

        return superseded;
    }

    private static ObservationSet Create(ObservationSet.Columns columns)
    {
        // 1. The series in the order of indicator, area and component, so that an indicator's and an area's series are
        //    contiguous (each part ranked among its few distinct values first, so the sort compares numbers, not
        //    strings); then one stable counting sort of the rows by series.
        var seriesCount = columns.SeriesCount;
        var seriesOf = columns.SeriesOf;
        var counts = new int[seriesCount];
        foreach (var s in seriesOf)
        {
            counts[s]++;
        }

        var series = Enumerable.Range(0, seriesCount).Select(columns.Series).ToArray();
        var indicatorRanks = Ranks(series.Select(x => x.Indicator.Value));
        var areaRanks = Ranks(series.Select(x => x.Area));
        var componentRanks = Ranks(series.Select(x => x.Component));
        var sortKeys = new long[seriesCount];
        var bySort = new int[seriesCount];
        for (var id = 0; id < bySort.Length; id++)
        {
            var (indicator, area, component) = series[id];
            sortKeys[id] = ((long)indicatorRanks[indicator.Value] << 42) | ((long)areaRanks[area] << 21) | (long)componentRanks[component];
            bySort[id] = id;
        }

        Array.Sort(sortKeys, bySort);
        var rank = new int[seriesCount];
        for (var r = 0; r < bySort.Length; r++)
        {
            rank[bySort[r]] = r;
        }

        var starts = new int[seriesCount + 1];
        for (var id = 0; id < seriesCount; id++)
        {
            starts[rank[id] + 1] = counts[id];
        }

        for (var r = 0; r < seriesCount; r++)
        {
            starts[r + 1] += starts[r];
        }

        var n = columns.Count;
        var keys = new int[n];
        var order = new int[n];
        var next = (int[])starts.Clone();
        var inputKeys = columns.Keys;
        for (var i = 0; i < n; i++)
        {
            var at = next[rank[seriesOf[i]]]++;
            keys[at] = inputKeys[i];
            order[at] = i;
        }

        // 2. Each series by date (stable), unless it already is; then the values and units follow their rows.
        for (var r = 0; r < seriesCount; r++)
        {
            SortByDate(keys, order, starts[r], starts[r + 1] - starts[r]);
        }

        var values = new double[n];
        var units = new byte[n];
        var inputValues = columns.Values;
        var inputUnits = columns.UnitOf;
        for (var at = 0; at < n; at++)
        {
            var i = order[at];
            values[at] = inputValues[i];
            units[at] = inputUnits[i];
        }

        // 3. The indexes.
        var rows = new ObservationSet.Rows(columns, order, keys, values, units, seriesCount);
        var ranges = new ObservationSet.SeriesRange[seriesCount];
        var sorted = new ObservationSet.SeriesRange[seriesCount];
        var byArea = new Dictionary<(IndicatorId, string), Run>(seriesCount);
        var byIndicator = new Dictionary<IndicatorId, Run>();
        for (var r = 0; r < seriesCount; r++)
        {
            var id = bySort[r];
            var (indicator, area, _) = series[id];
            var (start, count) = (starts[r], starts[r + 1] - starts[r]);
            ranges[id] = sorted[r] = new ObservationSet.SeriesRange(rows, id, start, count, rows.UniformKind(start, count));
            Extend(byArea, (indicator, area), start, count, r);
            Extend(byIndicator, indicator, start, count, r);
        }

        return new ObservationSet(rows, columns.SeriesIndex, ranges, sorted, byArea, byIndicator, [.. byIndicator.Keys.Order()]);
    }

    /// <summary>The observations of one indicator, sorted by date (earliest first).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The observations, possibly none.</returns>
    public IReadOnlyList<Observation> For(IndicatorId indicator)
        => _byIndicator.TryGetValue(indicator, out var run)
            ? _indicatorLists.GetOrAdd(indicator, static (_, state) => state.Set.List(state.Run), (Set: this, Run: run))
            : ObservationSet.ListView.Empty;

    /// <summary>The observations of one indicator in one area, sorted by date (earliest first).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="area">The area as the observations name it, or <see langword="null"/> for those that name none.</param>
    /// <returns>The observations, possibly none.</returns>
    public IReadOnlyList<Observation> For(IndicatorId indicator, string? area)
    {
        var key = (indicator, area ?? string.Empty);
        return _byArea.TryGetValue(key, out var run)
            ? _areaLists.GetOrAdd(key, static (_, state) => state.Set.List(state.Run), (Set: this, Run: run))
            : ObservationSet.ListView.Empty;
    }

    /// <summary>
    /// Every observation of an indicator's home area, any component (its own area's and those that name no area,
    /// merged in date order): one area's, not the whole country's. Allocates only the first time.
    /// </summary>
    internal IReadOnlyList<Observation> Home(Indicator indicator) => Home(indicator.Id, indicator.HomeArea);

    /// <inheritdoc cref="Home(Indicator)"/>
    internal IReadOnlyList<Observation> Home(IndicatorId indicator, string home)
    {
        var named = For(indicator, home);
        if (home.Length == 0 || !_hasUnnamedArea)
        {
            return named;
        }

        var unnamed = For(indicator, null);
        if (unnamed.Count == 0)
        {
            return named;
        }

        return named.Count == 0
            ? unnamed
            : _homeMerged.GetOrAdd((indicator, home), static (_, pair) => ObservationSet.ListView.Of([.. pair.Item1.Concat(pair.Item2).OrderBy(o => o.Date)]), (named, unnamed));
    }

    /// <summary>
    /// The series of an indicator in one area, one per component (in ordinal order of the components), as ranges of
    /// the set's columns: what <see cref="Home(IndicatorId, string)"/> merges, without making observations. False when
    /// the home area's readings would also take observations that name no area (then read them as observations).
    /// </summary>
    internal bool TryAreaSeries(IndicatorId indicator, string area, out ArraySegment<ObservationSet.SeriesRange> series)
    {
        series = ArraySegment<ObservationSet.SeriesRange>.Empty;
        if (area.Length > 0 && _hasUnnamedArea && _byArea.ContainsKey((indicator, string.Empty)))
        {
            return false;
        }

        if (_byArea.TryGetValue((indicator, area), out var run))
        {
            series = new ArraySegment<ObservationSet.SeriesRange>(_sorted, run.FirstSeries, run.Series);
        }

        return true;
    }

    /// <summary>
    /// Every observation of an indicator in the areas of a peer group and its home area (and those naming no area),
    /// merged in date order: the readings a rank among the group rests on, found by key for each member rather than
    /// by scanning every area's (a national set holds thousands). Allocates only the first time.
    /// </summary>
    internal IReadOnlyList<Observation> Peers(IndicatorId indicator, string home, PeerGroup peers)
        => _peersMerged.GetOrAdd((indicator, peers, home), static (key, set) =>
        {
            var (id, group, home) = key;
            var areas = group.Members.Append(home).Append(string.Empty).Distinct(StringComparer.Ordinal);
            return ObservationSet.ListView.Of([.. areas.SelectMany(a => set.For(id, a)).OrderBy(o => o.Date)]);
        }, this);

    /// <summary>
    /// The home series of an indicator in an area (its own, and the observations that name no area, merged in date
    /// order), resolved once: what <see cref="Slice"/> then cuts by date without a lookup.
    /// </summary>
    internal ObservationSet.SeriesRange HomeSeries(IndicatorId indicator, string home, string? component, int homeHash, int unnamedHash)
    {
        var key = ObservationSet.SeriesKey.WithHash(indicator, home, component, homeHash);
        var hasNamed = _bySeries.TryGetValue(key, out var namedId);
        var named = hasNamed ? _ranges[namedId] : default;
        if (!_hasUnnamedArea || home.Length == 0)
        {
            return named;
        }

        if (!_bySeries.TryGetValue(ObservationSet.SeriesKey.WithHash(indicator, string.Empty, component, unnamedHash), out var unnamedId))
        {
            return named;
        }

        var unnamed = _ranges[unnamedId];

        if (!hasNamed)
        {
            return unnamed;
        }

        return _merged.GetOrAdd(key, static (_, pair) =>
        {
            Observation[] all = [.. pair.Item1.Segment.Concat(pair.Item2.Segment).OrderBy(o => o.Date)];
            var rows = ObservationSet.Rows.Of(all);
            return new ObservationSet.SeriesRange(rows, 0, 0, all.Length, rows.UniformKind(0, all.Length));
        }, (named, unnamed));
    }

    /// <summary>The observations of a resolved series dated within [<paramref name="from"/>, <paramref name="to"/>]: a slice of the set's own array, found by binary search.</summary>
    internal static ArraySegment<Observation> Slice(in ObservationSet.SeriesRange series, LocalDate from, LocalDate to, out QuantityKind? uniformKind)
    {
        if (to < from || series.Count == 0)
        {
            uniformKind = null;
            return ArraySegment<Observation>.Empty;
        }

        uniformKind = series.UniformKind;
        Bounds(series, from, to, out var start, out var end);
        return new ArraySegment<Observation>(series.Items, start, end - start);
    }

    /// <summary>The rows of a resolved series dated within [<paramref name="from"/>, <paramref name="to"/>], as indexes into its rows (no observation made): <paramref name="start"/> to before <paramref name="end"/>.</summary>
    internal static void Bounds(in ObservationSet.SeriesRange series, LocalDate from, LocalDate to, out int start, out int end)
    {
        if (to < from || series.Count == 0)
        {
            start = end = 0;
            return;
        }

        start = FirstAfter(series.Keys, series.Start, series.Count, Key(from), inclusive: true);
        end = FirstAfter(series.Keys, series.Start, series.Count, Key(to), inclusive: false);
    }

    /// <summary>This set with more observations added.</summary>
    /// <param name="observations">The observations to add.</param>
    /// <returns>A new set.</returns>
    public ObservationSet With(IEnumerable<Observation> observations)
        => Create(All().Concat(Preconditions.CheckNotNull(observations)));

    /// <summary>Every observation, by indicator then date.</summary>
    /// <returns>The observations.</returns>
    public IEnumerable<Observation> All() => _indicators.SelectMany(id => _indicatorLists.TryGetValue(id, out var cached) ? cached : List(_byIndicator[id]));

    /// <summary>A key in the order of dates (year, month, day packed; not a day count).</summary>
    internal static int Key(LocalDate date) => IsoDate.Key(date);

    /// <summary>The date of a <see cref="Key"/>.</summary>
    internal static LocalDate DateOfKey(int key) => IsoDate.OfKey(key);

    /// <summary>The observations of a run sorted by date, ties in the order they were given: a view when the run is one series, else a merge.</summary>
    private ObservationSet.ListView List(Run run)
    {
        var rows = _rows!;
        var items = rows.Fill(run.Start, run.Count);
        if (run.Series == 1)
        {
            return new ObservationSet.ListView(new ArraySegment<Observation>(items, run.Start, run.Count));
        }

        var positions = new long[run.Count];
        var merged = new Observation[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            positions[i] = ((long)rows.Keys[run.Start + i] << 32) | (uint)rows.Order[run.Start + i];
            merged[i] = items[run.Start + i];
        }

        Array.Sort(positions, merged);
        return ObservationSet.ListView.Of(merged);
    }

    private static void Extend<TKey>(Dictionary<TKey, Run> runs, TKey key, int start, int count, int series)
        where TKey : notnull
    {
        ref var run = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(runs, key, out var exists);
        run = exists ? new Run(run.Start, run.Count + count, run.Series + 1, run.FirstSeries) : new Run(start, count, 1, series);
    }

    /// <summary>Sorts one series' rows by date, ties in their given order; nothing to do when it is sorted already.</summary>
    private static void SortByDate(int[] keys, int[] order, int start, int count)
    {
        var sorted = true;
        for (var i = start + 1; i < start + count && sorted; i++)
        {
            sorted = keys[i - 1] <= keys[i];
        }

        if (sorted)
        {
            return;
        }

        var positions = new long[count];
        for (var i = 0; i < count; i++)
        {
            positions[i] = ((long)keys[start + i] << 32) | (uint)order[start + i];
        }

        Array.Sort(positions);
        for (var i = 0; i < count; i++)
        {
            keys[start + i] = (int)(positions[i] >> 32);
            order[start + i] = (int)(positions[i] & 0xFFFFFFFF);
        }
    }

    /// <summary>The rank of each distinct text among them, in ordinal order (a series part: few distinct values).</summary>
    private static Dictionary<string, int> Ranks(IEnumerable<string> texts)
    {
        var distinct = texts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Preconditions.CheckArgument(distinct.Length < 1 << 21, nameof(texts), "An observation set holds at most 2,097,151 distinct indicators, areas or components.");
        var ranks = new Dictionary<string, int>(distinct.Length, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            ranks[distinct[i]] = i;
        }

        return ranks;
    }

    /// <summary>The index of the first key on or after (inclusive) or after (not inclusive) the given key, within a range.</summary>
    private static int FirstAfter(int[] sorted, int start, int count, int key, bool inclusive)
    {
        int low = start, high = start + count;
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

    /// <summary>A contiguous range of the set's array: an indicator's or an area's observations, over one or more series.</summary>
    private readonly record struct Run(int Start, int Count, int Series, int FirstSeries);
}
