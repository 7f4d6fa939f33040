namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Finds rows that repeat an earlier row's series, date and period start while a reader appends rows to
/// <see cref="ObservationColumns"/>, keeping no history of its own: as long as each series' rows come in date order, a
/// row is compared with its series' latest only (8 bytes per series); from the first row out of order on, every key
/// is in one hash set, built once from the columns' rows. Lines are kept as the few places where the line stops
/// being the row's number plus a constant (blank or rejected lines, cells over several lines); rows read from JSON
/// have no lines (0).
/// </summary>
internal sealed class ColumnDuplicateCheck(ObservationColumns columns)
{
    private long[] _latest = new long[64];
    private int _series;
    private readonly List<(int Row, int Offset)> _lines = []; // none when rows have no lines (JSON)
    private Dictionary<(int, long), int>? _all;

    /// <summary>
    /// Checks the row about to be added as the columns' next (series <paramref name="series"/>, as
    /// <see cref="ObservationColumns.SeriesNumber"/> gives it); returns the line of an earlier row with the same series,
    /// date and start (a duplicate, not to be added), or null.
    /// </summary>
    /// <remarks>A provisional and a final figure of the same period are not duplicates: the final one replaces the provisional one when the set is built.</remarks>
    internal int? Add(int series, int dateKey, int startKey, int line, bool provisional = false)
    {
        series = (series * 2) + (provisional ? 1 : 0);
        var key = ((long)dateKey << 32) | (uint)startKey;
        var row = columns.Count;
        if (_all is null)
        {
            while (_series <= series)
            {
                if (_series == _latest.Length)
                {
                    Array.Resize(ref _latest, _latest.Length * 2);
                }

                _latest[_series++] = long.MinValue;
            }

            if (key > _latest[series])
            {
                _latest[series] = key;
                Record(row, line);
                return null;
            }

            // The first row out of order: from here on, a hash set of every key, the rows so far from the columns.
            _all = new Dictionary<(int, long), int>(row * 2);
            var seriesOf = columns.SeriesOf;
            for (var r = 0; r < row; r++)
            {
                _all[((seriesOf[r] * 2) + (columns.StatusOf(r).IsProvisional() ? 1 : 0), columns.DateAndStartKey(r))] = LineOf(r);
            }

            _latest = [];
        }

        ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_all, (series, key), out var seen);
        if (seen)
        {
            return first;
        }

        first = line;
        Record(row, line);
        return null;
    }

    private void Record(int row, int line)
    {
        if (line > 0 && (_lines.Count == 0 || line - row != _lines[^1].Offset))
        {
            _lines.Add((row, line - row));
        }
    }

    /// <summary>The line a row was read from (0 when rows have no lines).</summary>
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
}
