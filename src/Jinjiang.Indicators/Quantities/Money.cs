using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// An exact amount of money in Chinese yuan, held as a <see cref="decimal"/> (never a double), remembering the unit
/// the report used: 元, 万元 (ten thousand) or 亿元 (hundred million). 40亿元 is <c>Money.FromHundredMillionYuan(40)</c>.
/// </summary>
/// <remarks><c>default(Money)</c> is zero 元. Equality compares the amount in yuan: 1亿元 equals 10000万元.</remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private readonly MeasureUnit? _unit;

    private Money(decimal yuan, MeasureUnit unit)
    {
        Yuan = yuan;
        _unit = unit;
    }

    /// <summary>The amount in yuan (元).</summary>
    public decimal Yuan { get; }

    /// <summary>The unit the amount is shown in (元, 万元 or 亿元).</summary>
    public MeasureUnit Unit => _unit ?? MeasureUnit.Yuan;

    /// <summary>The amount in <see cref="Unit"/> (40 for 40亿元).</summary>
    public decimal AmountInUnit => Yuan / (decimal)Unit.FactorToBase;

    /// <summary>An amount in yuan (元).</summary>
    /// <param name="yuan">The amount.</param>
    /// <returns>The money.</returns>
    public static Money FromYuan(decimal yuan) => new(yuan, MeasureUnit.Yuan);

    /// <summary>An amount in ten thousands of yuan (万元).</summary>
    /// <param name="amount">The amount in 万元.</param>
    /// <returns>The money.</returns>
    public static Money FromTenThousandYuan(decimal amount) => new(amount * 10_000m, MeasureUnit.TenThousandYuan);

    /// <summary>An amount in hundreds of millions of yuan (亿元).</summary>
    /// <param name="amount">The amount in 亿元.</param>
    /// <returns>The money.</returns>
    public static Money FromHundredMillionYuan(decimal amount) => new(amount * 100_000_000m, MeasureUnit.HundredMillionYuan);

    /// <summary>An amount in a given money unit.</summary>
    /// <param name="amount">The amount in <paramref name="unit"/>.</param>
    /// <param name="unit">元, 万元 or 亿元.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentException">The unit is not a money unit.</exception>
    public static Money From(decimal amount, MeasureUnit unit)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(unit.Kind == QuantityKind.Money, nameof(unit), "Money needs a unit of kind Money.");
        return new Money(amount * (decimal)unit.FactorToBase, unit);
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => Yuan == other.Yuan;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Yuan.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <summary>The amount as Chinese text in its unit (<c>40亿元</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => AmountInUnit.ToString("0.########", CultureInfo.InvariantCulture) + Unit.SymbolChinese;

    /// <summary>Whether two amounts are equal in yuan.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether the first amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    /// <summary>Whether the first amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    /// <summary>Whether the first amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    /// <summary>Whether the first amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;
}
