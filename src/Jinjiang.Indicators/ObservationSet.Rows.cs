using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators;

/// <content>The column store of the set: the set's rows grouped by series.</content>
public sealed partial class ObservationSet
{
    /// <summary>
    /// The rows of an <see cref="ObservationSet"/> grouped by series and sorted by date, as columns: each row's date
    /// key, value and unit (what summaries read), and its place in the <see cref="ObservationSet.Columns"/> it came from
    /// (where its other parts are, and its object). The objects of a series are gathered into one array only when the
    /// series is first read as observations.
    /// </summary>
    internal sealed class Rows
    {
        private readonly ObservationSet.Columns _source;
        private readonly int[] _order;
        private readonly byte[] _ready; // per series: 1 once its objects are in the array
        private Observation[]? _items;

        internal Rows(ObservationSet.Columns source, int[] order, int[] keys, double[] values, byte[] units, int seriesCount)
        {
            _source = source;
            _order = order;
            Keys = keys;
            Values = values;
            UnitOf = units;
            _units = [.. source.Units];
            _ready = new byte[seriesCount];
        }

        private readonly MeasureUnit[] _units;

        /// <summary>Rows of observations already sorted by date and made (a merged series): one series, ready.</summary>
        internal static Rows Of(Observation[] sorted)
        {
            var source = ObservationSet.Columns.Of(sorted);
            var order = new int[sorted.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var rows = new Rows(source, order, source.Keys.ToArray(), source.Values.ToArray(), source.UnitOf.ToArray(), 1) { _items = sorted };
            rows._ready[0] = 1;
            return rows;
        }

        /// <summary>Each row's date key (<see cref="ObservationSet.Key"/>), sorted within each series.</summary>
        internal int[] Keys { get; }

        /// <summary>Each row's value in its own unit.</summary>
        internal double[] Values { get; }

        /// <summary>Each row's unit, a number into <see cref="Units"/>.</summary>
        internal byte[] UnitOf { get; }

        /// <summary>The units the rows name.</summary>
        internal IReadOnlyList<MeasureUnit> Units => _units;

        /// <summary>A row's value with its unit, as its observation has it (no observation made).</summary>
        internal Measure Value(int row) => new(Values[row], _units[UnitOf[row]]);

        /// <summary>A row's stated period, if any (kept with the row's other rare parts).</summary>
        internal NodaTime.DateInterval? Period(int row) => _source.PeriodOf(_order[row]);

        /// <summary>A row's date.</summary>
        internal NodaTime.LocalDate Date(int row) => ObservationSet.DateOfKey(Keys[row]);

        /// <summary>A row's value in the base unit of its kind, as <see cref="Measure.BaseValue"/> computes it.</summary>
        internal double BaseValue(int row) => Values[row] * _units[UnitOf[row]].FactorToBase;

        /// <summary>Each row's position in the input (ties of a date keep it).</summary>
        internal int[] Order => _order;

        /// <summary>The number of rows.</summary>
        internal int Count => _order.Length;

        /// <summary>The array of every row's object, with the rows of one series (or any range) filled: made on first request.</summary>
        internal Observation[] Items(int series, int start, int count)
        {
            if (series >= 0 && Volatile.Read(ref _ready[series]) != 0)
            {
                return _items!;
            }

            var items = Fill(start, count);
            if (series >= 0)
            {
                Volatile.Write(ref _ready[series], 1);
            }

            return items;
        }

        /// <summary>The array with the rows of a range filled (each row's object is the columns' own, so filling twice writes the same).</summary>
        internal Observation[] Fill(int start, int count)
        {
            var items = _items ?? Interlocked.CompareExchange(ref _items, new Observation[_order.Length], null) ?? _items;
            for (var i = start; i < start + count; i++)
            {
                items[i] ??= _source[_order[i]];
            }

            return items;
        }

        /// <summary>Whether every row of a series has one kind of quantity: that kind, else null.</summary>
        internal QuantityKind? UniformKind(int start, int count)
        {
            if (count == 0)
            {
                return null;
            }

            var units = _units;
            var kind = units[UnitOf[start]].Kind;
            for (var i = start + 1; i < start + count; i++)
            {
                if (units[UnitOf[i]].Kind != kind)
                {
                    return null;
                }
            }

            return kind;
        }
    }
}
