using System.Globalization;
using Jinjiang.Indicators.Utility;
using UnitsNet;
using UnitsNet.Units;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A value with a unit, of any kind the library evaluates: the common currency of observations, targets and
/// evaluations. Physical measures enter and leave as UnitsNet quantities (<see cref="From(Length)"/>,
/// <see cref="ToLength"/>); counts, money, classes and ranks as this library's own value types.
/// </summary>
/// <remarks>
/// <para>A measure keeps the value in the unit it was given (0.52 万平方米 stays 0.52 万平方米) and compares across
/// units of the same kind through <see cref="BaseValue"/>. Measures of different kinds never compare: use
/// <see cref="TryCompare"/> to find out without an exception.</para>
/// <para><c>default(Measure)</c> is the dimensionless number 0.</para>
/// <para>A measure holds a <see cref="double"/>. <see cref="Money"/> keeps the exact <see cref="decimal"/>
/// amount; as a measure, money is exact to the fen for amounts below 10^13 yuan.</para>
/// </remarks>
public readonly struct Measure : IEquatable<Measure>, IFormattable
{
    private readonly MeasureUnit? _unit;

    /// <summary>Creates a measure of <paramref name="value"/> in <paramref name="unit"/>.</summary>
    /// <param name="value">A finite number.</param>
    /// <param name="unit">The unit the value is expressed in.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public Measure(double value, MeasureUnit unit)
    {
        Value = Preconditions.CheckFinite(value);
        _unit = Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgumentRange(double.IsFinite(value * unit.FactorToBase), nameof(value), "The value overflows when converted to the base unit.");
    }

    /// <summary>A measure of a value and unit already checked (read back from compact storage).</summary>
    private Measure(double value, MeasureUnit unit, bool _)
    {
        Value = value;
        _unit = unit;
    }

    /// <summary>A measure of a value and unit that were a measure's before (no check repeated).</summary>
    internal static Measure Trusted(double value, MeasureUnit unit) => new(value, unit, true);

    /// <summary>The number, in <see cref="Unit"/>.</summary>
    public double Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public MeasureUnit Unit => _unit ?? MeasureUnit.One;

    /// <summary>The kind (dimension) of this measure.</summary>
    public QuantityKind Kind => Unit.Kind;

    /// <summary>The value in the base unit of <see cref="Kind"/> (metres, square metres, fraction, yuan ...).</summary>
    public double BaseValue => Value * Unit.FactorToBase;

    /// <summary>A length, from a UnitsNet quantity (kilometres and metres keep their unit; others become metres).</summary>
    /// <param name="length">The length.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Length length) => length.Unit switch
    {
        LengthUnit.Kilometer => new(length.Value, MeasureUnit.Kilometre),
        LengthUnit.Meter => new(length.Value, MeasureUnit.Metre),
        _ => new(length.Meters, MeasureUnit.Metre),
    };

    /// <summary>An area, from a UnitsNet quantity (square metres, square kilometres and hectares keep their unit).</summary>
    /// <param name="area">The area.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Area area) => area.Unit switch
    {
        AreaUnit.SquareMeter => new(area.Value, MeasureUnit.SquareMetre),
        AreaUnit.SquareKilometer => new(area.Value, MeasureUnit.SquareKilometre),
        AreaUnit.Hectare => new(area.Value, MeasureUnit.Hectare),
        _ => new(area.SquareMeters, MeasureUnit.SquareMetre),
    };

    /// <summary>A share, from a UnitsNet ratio (percent stays percent; anything else becomes a decimal fraction).</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Ratio ratio) => ratio.Unit == RatioUnit.Percent
        ? new(ratio.Value, MeasureUnit.Percent)
        : new(ratio.DecimalFractions, MeasureUnit.DecimalFraction);

    /// <summary>A mass, from a UnitsNet quantity (tonnes stay tonnes; anything else becomes kilograms).</summary>
    /// <param name="mass">The mass.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Mass mass) => mass.Unit == MassUnit.Tonne
        ? new(mass.Value, MeasureUnit.Tonne)
        : new(mass.Kilograms, MeasureUnit.Kilogram);

    /// <summary>A power, from a UnitsNet quantity (kilowatts; anything else becomes watts).</summary>
    /// <param name="power">The power.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Power power) => power.Unit == PowerUnit.Kilowatt
        ? new((double)power.Value, MeasureUnit.Kilowatt)
        : new((double)power.Watts, MeasureUnit.Watt);

    /// <summary>A span of time, from a UnitsNet duration (minutes, hours and seconds keep their unit).</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Duration duration) => duration.Unit switch
    {
        DurationUnit.Minute => new(duration.Value, MeasureUnit.Minute),
        DurationUnit.Hour => new(duration.Value, MeasureUnit.Hour),
        _ => new(duration.Seconds, MeasureUnit.Second),
    };

    /// <summary>A count with its classifier.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Count count) => new(count.Value, count.Unit);

    /// <summary>An amount of money, in the unit it was given (元, 万元, 亿元).</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Money money) => new((double)money.AmountInUnit, money.Unit);

    /// <summary>A quality class, as its ordinal (1 for Ⅰ ... 6 for 劣Ⅴ).</summary>
    /// <param name="qualityClass">The class.</param>
    /// <returns>The measure.</returns>
    public static Measure From(QualityClass qualityClass) => new(qualityClass.Ordinal, MeasureUnit.Class);

    /// <summary>A rank, as its position (the size of the peer group is not kept).</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The measure.</returns>
    public static Measure From(Rank rank) => new(rank.Position, MeasureUnit.RankPosition);

    /// <summary>A change in percentage points.</summary>
    /// <param name="points">The change.</param>
    /// <returns>The measure.</returns>
    public static Measure From(PercentagePoints points) => new(points.Value, MeasureUnit.PercentagePoint);

    /// <summary>A dimensionless index value.</summary>
    /// <param name="index">The number.</param>
    /// <returns>The measure.</returns>
    public static Measure Index(double index) => new(index, MeasureUnit.One);

    /// <summary>A milestone state: done (1) or not done (0).</summary>
    /// <param name="done">Whether the milestone is complete.</param>
    /// <returns>The measure.</returns>
    public static Measure Completion(bool done) => new(done ? 1 : 0, MeasureUnit.Done);

    /// <summary>This measure expressed in another unit of the same kind.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The converted measure.</returns>
    /// <exception cref="InvalidOperationException">The units measure different kinds.</exception>
    public Measure ConvertTo(MeasureUnit unit)
    {
        Preconditions.CheckNotNull(unit);
        if (unit.Kind != Kind)
        {
            throw new InvalidOperationException($"A {Kind} measure cannot be converted to {unit.Kind} ({unit.Symbol}).");
        }

        return ReferenceEquals(unit, Unit) ? this : new Measure(BaseValue / unit.FactorToBase, unit);
    }

    /// <summary>
    /// Compares with another measure of the same kind within a tolerance, without throwing when the kinds differ.
    /// </summary>
    /// <param name="other">The measure to compare with.</param>
    /// <param name="tolerance">How close two values must be to count as equal.</param>
    /// <param name="comparison">Negative, zero or positive as this measure is less than, equal to or greater than <paramref name="other"/>.</param>
    /// <returns><see langword="false"/> when the kinds differ (a dimension mismatch).</returns>
    public bool TryCompare(Measure other, Tolerance tolerance, out int comparison)
    {
        if (other.Kind != Kind)
        {
            comparison = 0;
            return false;
        }

        comparison = tolerance.Compare(BaseValue, other.BaseValue);
        return true;
    }

    /// <summary>The length this measure holds.</summary>
    /// <returns>The UnitsNet length.</returns>
    /// <exception cref="InvalidOperationException">The measure is not a length.</exception>
    public Length ToLength() => Unit == MeasureUnit.Kilometre ? Length.FromKilometers(Value) : Length.FromMeters(Expect(QuantityKind.Length));

    /// <summary>The area this measure holds.</summary>
    /// <returns>The UnitsNet area.</returns>
    /// <exception cref="InvalidOperationException">The measure is not an area.</exception>
    public Area ToArea() => Area.FromSquareMeters(Expect(QuantityKind.Area));

    /// <summary>The ratio this measure holds.</summary>
    /// <returns>The UnitsNet ratio (in percent when the measure is in percent).</returns>
    /// <exception cref="InvalidOperationException">The measure is not a ratio.</exception>
    public Ratio ToRatio() => Unit == MeasureUnit.Percent ? Ratio.FromPercent(Value) : Ratio.FromDecimalFractions(Expect(QuantityKind.Ratio));

    /// <summary>The money this measure holds.</summary>
    /// <returns>The amount, in this measure's money unit.</returns>
    /// <exception cref="InvalidOperationException">The measure is not money.</exception>
    public Money ToMoney()
    {
        Expect(QuantityKind.Money);
        return Money.From((decimal)Value, Unit);
    }

    /// <summary>The count this measure holds.</summary>
    /// <returns>The count, with this measure's classifier.</returns>
    /// <exception cref="InvalidOperationException">The measure is not a count.</exception>
    public Count ToCount()
    {
        Expect(QuantityKind.Count);
        return new Count(Value, Unit);
    }

    /// <summary>The value as invariant text: number, a space, then the unit's display symbol (<c>15 km</c>, <c>5 %</c>, <c>600 个</c>, <c>40 亿元</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the value with a numeric format, followed by the unit's display symbol.</summary>
    /// <param name="format">A numeric format string for the value (for example <c>0.##</c>), or <see langword="null"/> for the shortest round-trip form.</param>
    /// <param name="formatProvider">The culture for the number; <see langword="null"/> means invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        var number = Value.ToString(format ?? "R", formatProvider);
        return Kind switch
        {
            QuantityKind.Index => number,
            QuantityKind.QualityClass => QualityClass.FromOrdinal((int)Math.Round(Value)).ToString(),
            QuantityKind.Rank => string.Create(CultureInfo.InvariantCulture, $"#{Value:0}"),
            QuantityKind.Completion => Value >= 0.5 ? "done" : "not done",
            _ => number + " " + Unit.DisplaySymbol,
        };
    }

    /// <summary>Chinese text as a report would write it: number then unit word (<c>15公里</c>, <c>Ⅲ类</c>, <c>第1位</c>).</summary>
    /// <returns>The text.</returns>
    public string ToStringChinese()
    {
        var number = Value.ToString("0.####", CultureInfo.InvariantCulture);
        return Kind switch
        {
            QuantityKind.QualityClass => QualityClass.FromOrdinal((int)Math.Round(Value)) + "类",
            QuantityKind.Rank => "第" + number + "位",
            QuantityKind.Completion => Value >= 0.5 ? "已完成" : "未完成",
            _ => number + Unit.SymbolChinese,
        };
    }

    /// <summary>Exact equality of value and unit (no conversion, no tolerance); use <see cref="TryCompare"/> to compare amounts.</summary>
    /// <param name="other">The other measure.</param>
    /// <returns>Whether both value and unit are the same.</returns>
    public bool Equals(Measure other) => Value.Equals(other.Value) && ReferenceEquals(Unit, other.Unit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Measure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Exact equality of value and unit.</summary>
    /// <param name="left">The first measure.</param>
    /// <param name="right">The second measure.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Measure left, Measure right) => left.Equals(right);

    /// <summary>Exact inequality of value or unit.</summary>
    /// <param name="left">The first measure.</param>
    /// <param name="right">The second measure.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Measure left, Measure right) => !left.Equals(right);

    private double Expect(QuantityKind kind)
    {
        if (Kind != kind)
        {
            throw new InvalidOperationException($"The measure is a {Kind}, not a {kind}.");
        }

        return BaseValue;
    }
}
