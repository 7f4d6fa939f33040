using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A number of things counted with a Chinese classifier (600个 charging piles, 20座 courtyards, 3处 sites).
/// UnitsNet has no counts; this type plays the same role for them.
/// </summary>
/// <remarks>
/// Classifiers are all the same unit for comparison (3个 equals 3座): the classifier says how the report counts,
/// not a different dimension. <c>default(Count)</c> is zero 个.
/// </remarks>
public readonly struct Count : IEquatable<Count>, IComparable<Count>
{
    private readonly MeasureUnit? _unit;

    /// <summary>Creates a count.</summary>
    /// <param name="value">A finite, non-negative number of items.</param>
    /// <param name="unit">A unit of kind <see cref="QuantityKind.Count"/> (its classifier).</param>
    public Count(double value, MeasureUnit unit)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(unit.Kind == QuantityKind.Count, nameof(unit), "A count needs a unit of kind Count.");
        Preconditions.CheckArgumentRange(double.IsFinite(value) && value >= 0, nameof(value), "A count must be a finite non-negative number.");
        Value = value;
        _unit = unit;
    }

    /// <summary>The number of items.</summary>
    public double Value { get; }

    /// <summary>The classifier unit (个 by default).</summary>
    public MeasureUnit Unit => _unit ?? MeasureUnit.Item;

    /// <summary>The classifier word (个, 座, 处 ...).</summary>
    public string Classifier => Unit.SymbolChinese;

    /// <summary>Counts items with the generic classifier 个.</summary>
    /// <param name="value">The number of items.</param>
    /// <returns>The count.</returns>
    public static Count Of(double value) => new(value, MeasureUnit.Item);

    /// <summary>Counts items with a classifier word (个, 座, 处, 项, 件, 家, 所, 辆, 台, 套, 次).</summary>
    /// <param name="value">The number of items.</param>
    /// <param name="classifier">The classifier word.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException">The classifier is not a known count unit.</exception>
    public static Count Of(double value, string classifier)
    {
        Preconditions.CheckArgument(
            MeasureUnit.TryParse(classifier, out var unit) && unit.Kind == QuantityKind.Count,
            nameof(classifier),
            "The classifier must be one of 个, 座, 处, 项, 件, 家, 所, 辆, 台, 套, 次.");
        return new Count(value, unit);
    }

    /// <inheritdoc/>
    public bool Equals(Count other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Count other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Count other) => Value.CompareTo(other.Value);

    /// <summary>The count as Chinese text (<c>600个</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("0.####", CultureInfo.InvariantCulture) + Classifier;

    /// <summary>Whether two counts have the same number of items (classifiers are not compared).</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Count left, Count right) => left.Equals(right);

    /// <summary>Whether two counts differ in number.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Count left, Count right) => !left.Equals(right);

    /// <summary>Whether the first count is smaller.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Count left, Count right) => left.Value < right.Value;

    /// <summary>Whether the first count is larger.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Count left, Count right) => left.Value > right.Value;

    /// <summary>Whether the first count is smaller or equal.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Count left, Count right) => left.Value <= right.Value;

    /// <summary>Whether the first count is larger or equal.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Count left, Count right) => left.Value >= right.Value;
}
