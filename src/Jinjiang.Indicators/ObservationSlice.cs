using System.Collections;

namespace Jinjiang.Indicators;

/// <summary>
/// A read-only view of a range of an <see cref="ObservationSet"/>'s own array (a series, an evaluation's inputs):
/// unlike a boxed <see cref="ArraySegment{T}"/> it does not hand out the array, so the set stays immutable.
/// </summary>
internal sealed class ObservationSlice(ArraySegment<Observation> segment) : IReadOnlyList<Observation>
{
    public int Count => segment.Count;

    public Observation this[int index] => segment[index];

    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < segment.Count; i++)
        {
            yield return segment[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
