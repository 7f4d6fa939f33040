using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// How close two values (in base units) must be to count as equal. Comparisons in this library never use
/// <c>==</c> on doubles: 0.52 万平方米 converted to square metres must equal 5,000 m2 exactly enough.
/// </summary>
/// <remarks><c>default(Tolerance)</c> is exact comparison; <see cref="Default"/> is what evaluators use.</remarks>
public readonly struct Tolerance : IEquatable<Tolerance>
{
    /// <summary>Creates a tolerance.</summary>
    /// <param name="absolute">The absolute difference, in base units, below which values are equal (non-negative).</param>
    /// <param name="relative">The difference relative to the larger magnitude below which values are equal (non-negative).</param>
    public Tolerance(double absolute, double relative)
    {
        Preconditions.CheckArgumentRange(absolute >= 0 && double.IsFinite(absolute), nameof(absolute), "An absolute tolerance must be a finite non-negative number.");
        Preconditions.CheckArgumentRange(relative >= 0 && double.IsFinite(relative), nameof(relative), "A relative tolerance must be a finite non-negative number.");
        Absolute = absolute;
        Relative = relative;
    }

    /// <summary>The default: 1e-9 absolute and 1e-9 relative, far below any reported figure's precision.</summary>
    public static Tolerance Default { get; } = new(1e-9, 1e-9);

    /// <summary>Exact comparison.</summary>
    public static Tolerance Exact => default;

    /// <summary>The absolute part, in base units.</summary>
    public double Absolute { get; }

    /// <summary>The relative part, as a fraction of the larger magnitude.</summary>
    public double Relative { get; }

    /// <summary>Compares two values: 0 when they are within the tolerance.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int Compare(double left, double right)
    {
        var difference = left - right;
        var allowed = Math.Max(Absolute, Relative * Math.Max(Math.Abs(left), Math.Abs(right)));
        return Math.Abs(difference) <= allowed ? 0 : Math.Sign(difference);
    }

    /// <summary>Whether two values are equal within the tolerance.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are within the tolerance.</returns>
    public bool AreEqual(double left, double right) => Compare(left, right) == 0;

    /// <inheritdoc/>
    public bool Equals(Tolerance other) => Absolute.Equals(other.Absolute) && Relative.Equals(other.Relative);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Tolerance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Absolute, Relative);

    /// <summary>Whether two tolerances are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Tolerance left, Tolerance right) => left.Equals(right);

    /// <summary>Whether two tolerances differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Tolerance left, Tolerance right) => !left.Equals(right);
}
