using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A position within a named peer group: rank 2 of 5 (第2位). A rank is not a score: it says nothing about how far
/// apart the peers are, and it is never averaged or put through a growth rate.
/// </summary>
/// <remarks><c>default(Rank)</c> is rank 1 of an unknown group size (<see cref="OutOf"/> is 0).</remarks>
public readonly struct Rank : IEquatable<Rank>
{
    private readonly int _offset; // Position - 1, so that default is first.

    /// <summary>Creates a rank.</summary>
    /// <param name="position">The position, 1 for first.</param>
    /// <param name="outOf">The number of peers ranked, or 0 when unknown.</param>
    public Rank(int position, int outOf)
    {
        Preconditions.CheckArgumentRange(position >= 1, nameof(position), "A rank position starts at 1.");
        Preconditions.CheckArgumentRange(outOf == 0 || outOf >= position, nameof(outOf), "A rank position cannot exceed the number of peers.");
        _offset = position - 1;
        OutOf = outOf;
    }

    /// <summary>The position, 1 for first. Ties share a position (1, 2, 2, 4).</summary>
    public int Position => _offset + 1;

    /// <summary>The number of peers ranked, or 0 when unknown.</summary>
    public int OutOf { get; }

    /// <summary>Whether this rank is within the first <paramref name="k"/> (前k名).</summary>
    /// <param name="k">How many top positions count.</param>
    /// <returns><see langword="true"/> when <see cref="Position"/> is at most <paramref name="k"/>.</returns>
    public bool IsWithinTop(int k) => Position <= k;

    /// <summary>The rank as text: <c>2 of 5</c>, or <c>2</c> when the group size is unknown.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => OutOf > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Position} of {OutOf}")
        : Position.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(Rank other) => _offset == other._offset && OutOf == other.OutOf;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rank other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_offset, OutOf);

    /// <summary>Whether two ranks are the same position in the same group size.</summary>
    /// <param name="left">The first rank.</param>
    /// <param name="right">The second rank.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Rank left, Rank right) => left.Equals(right);

    /// <summary>Whether two ranks differ.</summary>
    /// <param name="left">The first rank.</param>
    /// <param name="right">The second rank.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Rank left, Rank right) => !left.Equals(right);
}
