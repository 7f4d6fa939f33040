using System.Collections;

namespace Jinjiang.Indicators;

/// <content>The column store of the set: a read-only view of a range of observations.</content>
public sealed partial class ObservationSet
{
    /// <summary>
    /// A read-only view of a range of an <see cref="ObservationSet"/>'s own array (a series, an evaluation's inputs):
    /// unlike a boxed <see cref="ArraySegment{T}"/> it does not hand out the array, so the set stays immutable.
    /// </summary>
    internal sealed class ListView(ArraySegment<Observation> segment) : IReadOnlyList<Observation>
    {
        /// <summary>The empty slice.</summary>
        internal static ListView Empty { get; } = new(ArraySegment<Observation>.Empty);

        /// <summary>The range itself, for the library's own loops (indexed without an interface call).</summary>
        internal ArraySegment<Observation> Segment => segment;

        /// <summary>A slice of a whole array the library made and does not hand out.</summary>
        internal static ListView Of(Observation[] items) => new(new ArraySegment<Observation>(items));

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
}
