using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A difference between two percentages (百分点): a rate rising from 40% to 45% rose 5 percentage points, which is
/// a 12.5% relative increase. Kept distinct from a percentage so the two are never confused.
/// </summary>
/// <remarks><c>default(PercentagePoints)</c> is zero points.</remarks>
public readonly struct PercentagePoints : IEquatable<PercentagePoints>
{
    /// <summary>Creates a change of <paramref name="value"/> percentage points.</summary>
    /// <param name="value">A finite number of points (may be negative).</param>
    public PercentagePoints(double value) => Value = Preconditions.CheckFinite(value);

    /// <summary>The number of points.</summary>
    public double Value { get; }

    /// <summary>The change in points from one percentage to another.</summary>
    /// <param name="from">The earlier share.</param>
    /// <param name="to">The later share.</param>
    /// <returns><paramref name="to"/> minus <paramref name="from"/>, in points.</returns>
    public static PercentagePoints Between(UnitsNet.Ratio from, UnitsNet.Ratio to) => new(to.Percent - from.Percent);

    /// <summary>The change as text (<c>5 pp</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("0.####", CultureInfo.InvariantCulture) + " pp";

    /// <inheritdoc/>
    public bool Equals(PercentagePoints other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => !left.Equals(right);
}
