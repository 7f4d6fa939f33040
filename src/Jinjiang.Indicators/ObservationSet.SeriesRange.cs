using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators;

/// <content>The column store of the set: one resolved series.</content>
public sealed partial class ObservationSet
{
    /// <summary>
    /// One series (indicator, area, component) of an <see cref="ObservationSet"/>, resolved: a range of the set's rows
    /// sorted by date, whose date keys and values are columns read without making an observation, and the kind of
    /// quantity of every observation when all share one (so a kind check costs nothing in the common case).
    /// <c>default</c> is no series.
    /// </summary>
    internal readonly struct SeriesRange
    {
        internal SeriesRange(ObservationSet.Rows rows, int series, int start, int count, QuantityKind? uniformKind)
        {
            Rows = rows;
            Series = series;
            Start = start;
            Count = count;
            UniformKind = uniformKind;
        }

        /// <summary>The set's rows (null for no series).</summary>
        internal ObservationSet.Rows Rows { get; }

        /// <summary>The series' number among the rows' series (its objects are made once).</summary>
        internal int Series { get; }

        /// <summary>The array of the rows' observations, this series' made.</summary>
        internal Observation[] Items => Rows.Items(Series, Start, Count);

        /// <summary>The rows' date keys.</summary>
        internal int[] Keys => Rows.Keys;

        internal int Start { get; }

        internal int Count { get; }

        internal QuantityKind? UniformKind { get; }

        /// <summary>The date of one of the rows.</summary>
        internal NodaTime.LocalDate DateAt(int row) => Rows.Date(row);

        /// <summary>The whole series as a segment.</summary>
        internal ArraySegment<Observation> Segment => Count == 0 ? ArraySegment<Observation>.Empty : new(Items, Start, Count);
    }
}
