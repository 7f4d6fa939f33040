using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators;

/// <summary>
/// One series (indicator, area, component) of an <see cref="ObservationSet"/>, resolved: a range of an array sorted
/// by date, beside its date keys (searched without touching the observations), and the kind of quantity of every
/// observation when all share one (so a kind check costs nothing in the common case). <c>default</c> is no series.
/// </summary>
internal readonly struct SeriesRange
{
    internal SeriesRange(Observation[] items, int[] keys, int start, int count, QuantityKind? uniformKind)
    {
        Items = items;
        Keys = keys;
        Start = start;
        Count = count;
        UniformKind = uniformKind;
    }

    internal Observation[] Items { get; }

    internal int[] Keys { get; }

    internal int Start { get; }

    internal int Count { get; }

    internal QuantityKind? UniformKind { get; }

    /// <summary>The whole series as a segment.</summary>
    internal ArraySegment<Observation> Segment => Count == 0 ? ArraySegment<Observation>.Empty : new(Items, Start, Count);
}
