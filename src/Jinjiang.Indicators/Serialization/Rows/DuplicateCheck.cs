using NodaTime;

namespace Jinjiang.Indicators.Serialization.Rows;

/// <summary>
/// The one duplicate rule of every reader: a row repeats an earlier row when its series (indicator, area,
/// component), its date and its period start are the same; a provisional and a final figure of the same period are
/// not duplicates (the final one replaces the provisional one when the set is built). <see cref="Add(int, int, int, int, bool)"/>
/// returns the line of the earlier row, or null.
/// </summary>
/// <remarks>
/// As long as each series' rows come in date order (the usual file, however its series are interleaved), a row is
/// compared with its series' latest only (8 bytes per series); from the first row out of order on, every key is in
/// one hash set, built once from the rows so far. Those rows are the columns a reader appends to
/// (<see cref="DuplicateCheck(ObservationSet.Columns)"/>: no history of its own, lines kept as the few places where the line
/// stops being the row's number plus a constant), or, for rows that are not kept in columns (files merged as objects),
/// a history of 16 bytes per row in 32 KB chunks (<see cref="DuplicateCheck()"/>).
/// </remarks>
internal sealed class DuplicateCheck
{
    private const int ChunkSize = 4096; // 32 KB chunks: the history grows without copying and stays off the large-object heap
    private readonly ObservationSet.Columns? _columns;
    private long[] _latest = new long[64];
    private int _seriesSeen;
    private Dictionary<(int, long), int>? _all;

    // Rows kept in columns: where the line stops being the row's number plus a constant (none when rows have no lines).
    private readonly List<(int Row, int Offset)> _lines = [];

    // Rows not kept in columns: the series numbers of (indicator, area, component), the last one asked for, the history.
    private readonly Dictionary<(IndicatorId, string, string?), int> _seriesNumbers = [];
    private (string? Id, string? Area, string? Component, int Series) _last = (null, null, null, -1);
    private List<long[]>? _keys;
    private List<long[]>? _seriesAndLines;
    private int _count;

    /// <summary>A check that keeps its own history of the rows (for rows that are not kept in columns).</summary>
    internal DuplicateCheck() => (_keys, _seriesAndLines) = ([], []);

    /// <summary>A check of the rows a reader appends to <paramref name="columns"/>, reading the rows so far from them.</summary>
    internal DuplicateCheck(ObservationSet.Columns columns) => _columns = columns;

    /// <summary>Checks a row by its parts (the series numbered here); see <see cref="Add(int, int, int, int, bool)"/>.</summary>
    internal int? Add(IndicatorId id, string? area, string? component, LocalDate date, LocalDate start, int line, bool provisional = false)
        => Add(SeriesOf(id, area, component), ObservationSet.Key(date), ObservationSet.Key(start), line, provisional);

    /// <summary>
    /// Checks the row about to be kept (for columns, as their next row; <paramref name="series"/> as
    /// <see cref="ObservationSet.Columns.SeriesNumber"/> gives it); returns the line (or file, or whatever
    /// <paramref name="line"/> numbers) of an earlier row with the same series, date and start (a duplicate, not to be
    /// kept), or null.
    /// </summary>
    internal int? Add(int series, int dateKey, int startKey, int line, bool provisional = false)
    {
        series = (series * 2) + (provisional ? 1 : 0);
        var key = ((long)dateKey << 32) | (uint)startKey;
        if (_all is null)
        {
            while (_seriesSeen <= series)
            {
                if (_seriesSeen == _latest.Length)
                {
                    Array.Resize(ref _latest, _latest.Length * 2);
                }

                _latest[_seriesSeen++] = long.MinValue;
            }

            if (key > _latest[series])
            {
                _latest[series] = key;
                Record(series, key, line);
                return null;
            }

            // The first row out of order: from here on, a hash set of every key.
            _all = RowsSoFar();
            _latest = [];
        }

        ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_all, (series, key), out var seen);
        if (seen)
        {
            return first;
        }

        first = line;
        return null;
    }

    private void Record(int series, long key, int line)
    {
        if (_columns is { } columns)
        {
            var row = columns.Count;
            if (line > 0 && (_lines.Count == 0 || line - row != _lines[^1].Offset))
            {
                _lines.Add((row, line - row));
            }

            return;
        }

        if (_count % ChunkSize == 0)
        {
            _keys!.Add(new long[ChunkSize]);
            _seriesAndLines!.Add(new long[ChunkSize]);
        }

        _keys![^1][_count % ChunkSize] = key;
        _seriesAndLines![^1][_count % ChunkSize] = ((long)series << 32) | (uint)line;
        _count++;
    }

    private Dictionary<(int, long), int> RowsSoFar()
    {
        if (_columns is { } columns)
        {
            var all = new Dictionary<(int, long), int>(columns.Count * 2);
            var seriesOf = columns.SeriesOf;
            for (var r = 0; r < columns.Count; r++)
            {
                all[((seriesOf[r] * 2) + (columns.StatusOf(r).IsProvisional() ? 1 : 0), columns.DateAndStartKey(r))] = LineOf(r);
            }

            return all;
        }

        var kept = new Dictionary<(int, long), int>(_count * 2);
        for (var i = 0; i < _count; i++)
        {
            var packed = _seriesAndLines![i / ChunkSize][i % ChunkSize];
            kept[((int)(packed >> 32), _keys![i / ChunkSize][i % ChunkSize])] = (int)(packed & 0xFFFFFFFF);
        }

        (_keys, _seriesAndLines) = (null, null);
        return kept;
    }

    /// <summary>The line a row of the columns was read from (0 when rows have no lines).</summary>
    private int LineOf(int row)
    {
        if (_lines.Count == 0)
        {
            return 0;
        }

        var low = 0;
        var high = _lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (_lines[mid].Row <= row)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return row + _lines[low].Offset;
    }

    /// <summary>A small number for a series; rows of one series usually follow each other, so the previous row's is tried first, by reference.</summary>
    private int SeriesOf(IndicatorId id, string? area, string? component)
    {
        if (_last.Series >= 0 && ReferenceEquals(_last.Id, id.Value) && ReferenceEquals(_last.Area, area) && ReferenceEquals(_last.Component, component))
        {
            return _last.Series;
        }

        ref var series = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seriesNumbers, (id, area ?? string.Empty, component), out var exists);
        if (!exists)
        {
            series = _seriesNumbers.Count - 1;
        }

        _last = (id.Value, area, component, series);
        return series;
    }
}
