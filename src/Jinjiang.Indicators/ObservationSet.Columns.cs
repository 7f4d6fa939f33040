using System.Collections;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators;

/// <content>The column store of the set: the columns readers append to.</content>
public sealed partial class ObservationSet
{
    /// <summary>
    /// Observations kept as columns in the order they were read, not as one object per row: each row's series (an
    /// indicator, an area and a component, as a number into a table of series), its date as a key, its value as a
    /// double and its unit as a number into a table of units; the rare status, period, source and note apart. What the
    /// readers append into and <see cref="ObservationSet.Create(IEnumerable{Observation})"/> builds from without making an object per row.
    /// </summary>
    /// <remarks>
    /// As a list it gives each row as an <see cref="Observation"/>, made when first asked for and then kept, so the same
    /// row is the same object every time (and the same object the set built from these columns gives). Rows are added by
    /// one reader; once handed out the columns are only read, and may be shared between threads.
    /// </remarks>
    internal sealed class Columns : IReadOnlyList<Observation>
    {
        private readonly Dictionary<ObservationSet.SeriesKey, int> _seriesIndex = [];
        private readonly List<(IndicatorId Indicator, string Area, string Component)> _series = [];
        private readonly List<MeasureUnit> _units = [];
        private readonly List<(DateInterval? Period, string? Source, string? Note)> _extras = [];
        private int[] _seriesOf;
        private int[] _keys;
        private double[] _values;
        private byte[] _unitOf;
        private byte[]? _status;
        private int[]? _extraOf; // index + 1 into the extras; 0 for none
        private Observation?[]? _objects;
        private int _count;
        private (string? Indicator, string? Area, string? Component, int Series) _lastSeries = (null, null, null, -1);
        private MeasureUnit? _lastUnit;
        private byte _lastUnitCode;

        /// <summary>Empty columns, with room for about <paramref name="capacity"/> rows before they grow.</summary>
        internal Columns(int capacity = 16)
        {
            capacity = Math.Max(capacity, 16);
            _seriesOf = new int[capacity];
            _keys = new int[capacity];
            _values = new double[capacity];
            _unitOf = new byte[capacity];
        }

        /// <summary>Columns holding the given observations, which stay the objects given for their rows.</summary>
        internal static Columns Of(ReadOnlySpan<Observation> observations)
        {
            var columns = new Columns(observations.Length);
            columns._objects = new Observation?[Math.Max(observations.Length, 16)];
            foreach (var o in observations)
            {
                Preconditions.CheckArgument(o is not null, nameof(observations), "An observation set cannot hold a null observation.");
                columns._objects[columns._count] = o;
                columns.Add(o.IndicatorId, o.Area, o.Component, o.Date, o.Value, o.Status, o.Period, o.Source, o.Note);
            }

            return columns;
        }

        /// <summary>The number of rows.</summary>
        public int Count => _count;

        /// <summary>The number of distinct series (indicator, area, component).</summary>
        internal int SeriesCount => _series.Count;

        /// <summary>The series' keys and their numbers.</summary>
        internal Dictionary<ObservationSet.SeriesKey, int> SeriesIndex => _seriesIndex;

        /// <summary>Each row's series number.</summary>
        internal ReadOnlySpan<int> SeriesOf => _seriesOf.AsSpan(0, _count);

        /// <summary>Each row's date key (<see cref="ObservationSet.Key"/>).</summary>
        internal ReadOnlySpan<int> Keys => _keys.AsSpan(0, _count);

        /// <summary>Each row's value in its own unit.</summary>
        internal ReadOnlySpan<double> Values => _values.AsSpan(0, _count);

        /// <summary>Each row's unit, a number into <see cref="Units"/>.</summary>
        internal ReadOnlySpan<byte> UnitOf => _unitOf.AsSpan(0, _count);

        /// <summary>The units the rows name.</summary>
        internal IReadOnlyList<MeasureUnit> Units => _units;

        /// <summary>A series' parts: its indicator, its area (empty for none) and its component (empty for none).</summary>
        internal (IndicatorId Indicator, string Area, string Component) Series(int series) => _series[series];

        /// <summary>The row as an observation: made when first asked for, then the same object every time.</summary>
        public Observation this[int index]
        {
            get
            {
                Preconditions.CheckArgumentRange((uint)index < (uint)_count, nameof(index), "The row is not in the columns.");
                var objects = _objects ?? Interlocked.CompareExchange(ref _objects, new Observation?[_count], null) ?? _objects;
                return objects[index] ?? Interlocked.CompareExchange(ref objects[index], Make(index), null) ?? objects[index]!;
            }
        }

        /// <summary>Adds a row read from a file (already checked).</summary>
        internal void Add(IndicatorId indicator, string? area, string? component, LocalDate date, Measure value, ObservationStatus status, DateInterval? period, string? source, string? note)
            => Add(SeriesNumber(indicator, area, component), date, value, status, period, source, note);

        /// <summary>Adds a row of a series numbered by <see cref="SeriesNumber"/> (already checked).</summary>
        internal void Add(int series, LocalDate date, Measure value, ObservationStatus status, DateInterval? period, string? source, string? note)
        {
            if (_count == _keys.Length)
            {
                Grow();
            }

            var row = _count;
            _seriesOf[row] = series;
            _keys[row] = ObservationSet.Key(date);
            _values[row] = value.Value;
            _unitOf[row] = UnitCode(value.Unit);
            if (status != ObservationStatus.Normal)
            {
                (_status ??= new byte[_keys.Length])[row] = (byte)status;
            }

            if (period is not null || source is not null || note is not null)
            {
                _extras.Add((period, source, note));
                (_extraOf ??= new int[_keys.Length])[row] = _extras.Count;
            }

            _count++;
        }

        /// <summary>Adds a row of other columns (another file's), without making its observation.</summary>
        internal void AddFrom(Columns source, int row)
        {
            var (indicator, area, component) = source._series[source._seriesOf[row]];
            var (period, sourceText, note) = source.ExtrasOf(row);
            var status = source.StatusOf(row);
            Add(SeriesNumber(indicator, area, component), source.DateOf(row), Measure.Trusted(source._values[row], source._units[source._unitOf[row]]), status, period, sourceText, note);
        }

        /// <summary>A row's series parts as an observation names them (null for no area or component), and its date and start.</summary>
        internal (IndicatorId Indicator, string? Area, string? Component, LocalDate Date, LocalDate Start) Identity(int row)
        {
            var (indicator, area, component) = _series[_seriesOf[row]];
            var date = DateOf(row);
            return (indicator, area.Length == 0 ? null : area, component.Length == 0 ? null : component, date, PeriodOf(row)?.Start ?? date);
        }

        private LocalDate DateOf(int row) => ObservationSet.DateOfKey(_keys[row]);

        /// <summary>A row's rare parts (none for most rows).</summary>
        private (DateInterval? Period, string? Source, string? Note) ExtrasOf(int row) => _extraOf is { } extraOf && extraOf[row] > 0 ? _extras[extraOf[row] - 1] : default;

        /// <summary>Whether any row is not a normal figure (provisional, estimated, break).</summary>
        internal bool HasStatuses => _status is not null;

        /// <summary>A row's status.</summary>
        internal ObservationStatus StatusOf(int row) => _status is { } status ? (ObservationStatus)status[row] : ObservationStatus.Normal;

        /// <summary>Releases the room the columns did not use, when it is much more than they hold.</summary>
        internal void TrimExcess()
        {
            if (_keys.Length > 1024 && _count < _keys.Length * 3 / 4)
            {
                Resize(_count);
            }
        }

        public IEnumerator<Observation> GetEnumerator()
        {
            for (var i = 0; i < _count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The row made into an observation.</summary>
        private Observation Make(int row)
        {
            var (indicator, area, component) = _series[_seriesOf[row]];
            var date = DateOf(row);
            var (period, source, note) = ExtrasOf(row);
            return new Observation(
                indicator,
                date,
                Measure.Trusted(_values[row], _units[_unitOf[row]]),
                area.Length == 0 ? null : area,
                StatusOf(row),
                period,
                source,
                note,
                component.Length == 0 ? null : component);
        }

        /// <summary>The stated period of a row, if any.</summary>
        internal DateInterval? PeriodOf(int row) => ExtrasOf(row).Period;

        /// <summary>The date key and period start key of a row, packed (as <see cref="Serialization.Rows.DuplicateCheck"/> compares them).</summary>
        internal long DateAndStartKey(int row)
        {
            var start = PeriodOf(row) is { } period ? ObservationSet.Key(period.Start) : _keys[row];
            return ((long)_keys[row] << 32) | (uint)start;
        }

        /// <summary>The number of a series (indicator, area, component; null for none), numbered from 0 as first added.</summary>
        internal int SeriesNumber(IndicatorId indicator, string? area, string? component)
        {
            area ??= string.Empty;
            component ??= string.Empty;
            // Rows of one series usually follow each other: the previous row's series is tried first, by reference.
            var last = _lastSeries;
            if (ReferenceEquals(indicator.Value, last.Indicator) && ReferenceEquals(area, last.Area) && ReferenceEquals(component, last.Component))
            {
                return last.Series;
            }

            var key = ObservationSet.SeriesKey.Create(indicator, area, component);
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seriesIndex, key, out var exists);
            if (!exists)
            {
                slot = _series.Count;
                _series.Add((indicator, area, component));
            }

            _lastSeries = (indicator.Value, area, component, slot);
            return slot;
        }

        private byte UnitCode(MeasureUnit unit)
        {
            if (ReferenceEquals(unit, _lastUnit))
            {
                return _lastUnitCode;
            }

            var code = _units.IndexOf(unit);
            if (code < 0)
            {
                Preconditions.CheckArgument(_units.Count < byte.MaxValue, nameof(unit), "Observation columns hold at most 255 distinct units.");
                code = _units.Count;
                _units.Add(unit);
            }

            (_lastUnit, _lastUnitCode) = (unit, (byte)code);
            return _lastUnitCode;
        }

        private void Grow() => Resize((int)Math.Min(Array.MaxLength, (long)_keys.Length * 2));

        private void Resize(int size)
        {
            size = Math.Max(size, 16);
            Array.Resize(ref _seriesOf, size);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
            Array.Resize(ref _unitOf, size);
            if (_status is not null)
            {
                Array.Resize(ref _status, size);
            }

            if (_extraOf is not null)
            {
                Array.Resize(ref _extraOf, size);
            }

            if (_objects is not null)
            {
                Array.Resize(ref _objects, size);
            }
        }
    }
}
