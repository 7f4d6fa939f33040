using NodaTime;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Finds rows that repeat an earlier row's series (indicator, area, component), date and period start, at 16 bytes
/// per row while they are read: as long as each series' rows come in date order (the usual file, however its
/// series are interleaved), a row is compared with its series' latest only; from the first row out of order on,
/// every key read so far and after goes into one hash set.
/// </summary>
internal sealed class DuplicateCheck
{
    private readonly Dictionary<(IndicatorId, string, string?, bool), int> _series = [];
    private readonly List<long> _latest = [];
    private (string? Id, string? Area, string? Component, bool Provisional, int Series) _last = (null, null, null, false, -1);
    private const int ChunkSize = 4096; // 32 KB chunks: the history grows without copying and stays off the large-object heap
    private List<long[]>? _keys = [];
    private List<long[]>? _seriesAndLines = [];
    private int _count;
    private Dictionary<(int, long), int>? _all;

    /// <summary>
    /// Records a row; returns the line (or file, or whatever <paramref name="line"/> numbers) of an earlier row with the
    /// same series, date and start (a duplicate), or null. A provisional and a final figure of the same period are not
    /// duplicates: the final one replaces the provisional one when the set is built.
    /// </summary>
    internal int? Add(IndicatorId id, string? area, string? component, LocalDate date, LocalDate start, int line, bool provisional = false)
    {
        var series = SeriesOf(id, area, component, provisional);
        var key = ((long)ObservationSet.Key(date) << 32) | (uint)ObservationSet.Key(start);
        if (_all is null)
        {
            if (key > _latest[series])
            {
                _latest[series] = key;
                if (_count % ChunkSize == 0)
                {
                    _keys!.Add(new long[ChunkSize]);
                    _seriesAndLines!.Add(new long[ChunkSize]);
                }

                _keys![^1][_count % ChunkSize] = key;
                _seriesAndLines![^1][_count % ChunkSize] = ((long)series << 32) | (uint)line;
                _count++;
                return null;
            }

            // The first row out of order: from here on, a hash set of every key.
            _all = new Dictionary<(int, long), int>(_count * 2);
            for (var i = 0; i < _count; i++)
            {
                var packed = _seriesAndLines![i / ChunkSize][i % ChunkSize];
                _all[((int)(packed >> 32), _keys![i / ChunkSize][i % ChunkSize])] = (int)(packed & 0xFFFFFFFF);
            }

            (_keys, _seriesAndLines) = (null, null);
        }

        ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_all, (series, key), out var seen);
        if (seen)
        {
            return first;
        }

        first = line;
        return null;
    }

    /// <summary>A small number for a series; rows of one series usually follow each other, so the previous row's is tried first, by reference.</summary>
    private int SeriesOf(IndicatorId id, string? area, string? component, bool provisional)
    {
        if (_last.Series >= 0 && ReferenceEquals(_last.Id, id.Value) && ReferenceEquals(_last.Area, area) && ReferenceEquals(_last.Component, component) && _last.Provisional == provisional)
        {
            return _last.Series;
        }

        ref var series = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_series, (id, area ?? string.Empty, component, provisional), out var exists);
        if (!exists)
        {
            series = _latest.Count;
            _latest.Add(long.MinValue);
        }

        _last = (id.Value, area, component, provisional, series);
        return series;
    }
}
