using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators;

/// <summary>
/// An indicator whose values are <typeparamref name="TValue"/>: UnitsNet's <see cref="Length"/>,
/// <see cref="UnitsNet.Area"/>, <see cref="Ratio"/>, <see cref="Mass"/>, <see cref="Power"/> or <see cref="UnitsNet.Duration"/>; this library's
/// <see cref="Count"/>, <see cref="Money"/>, <see cref="QualityClass"/>, <see cref="Rank"/> or
/// <see cref="PercentagePoints"/>; <see cref="double"/> for a dimensionless index; <see cref="bool"/> for a milestone.
/// </summary>
/// <typeparam name="TValue">
/// The type of the indicator's values: one of those above (the analyzer shipped with the package refuses any other
/// at compile time, error JJI0001).
/// </typeparam>
[IndicatorValueType(typeof(Length))]
[IndicatorValueType(typeof(UnitsNet.Area))]
[IndicatorValueType(typeof(Ratio))]
[IndicatorValueType(typeof(Mass))]
[IndicatorValueType(typeof(Power))]
[IndicatorValueType(typeof(UnitsNet.Duration))]
[IndicatorValueType(typeof(Count))]
[IndicatorValueType(typeof(Money))]
[IndicatorValueType(typeof(QualityClass))]
[IndicatorValueType(typeof(Rank))]
[IndicatorValueType(typeof(PercentagePoints))]
[IndicatorValueType(typeof(double))]
[IndicatorValueType(typeof(bool))]
public sealed class Indicator<TValue> : Indicator
    where TValue : struct
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The stable identity.</param>
    /// <param name="nameChinese">The Chinese name, as the report words it.</param>
    /// <param name="name">The English name.</param>
    /// <param name="target">The target; its kind must be the kind of <typeparamref name="TValue"/>.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TValue"/> is not a supported value type, or the target measures another kind.</exception>
    public Indicator(IndicatorId id, string nameChinese, string name, Target target)
        : base(id, nameChinese, name, target)
    {
        Preconditions.CheckArgument(MeasureConversion<TValue>.IsSupported, nameof(TValue), $"{typeof(TValue).Name} is not a supported indicator value type.");
        CheckTargetKind(target);
    }

    /// <inheritdoc/>
    public override Type ValueType => typeof(TValue);

    /// <summary>An observation of this indicator.</summary>
    /// <param name="date">The date the value refers to.</param>
    /// <param name="value">The value.</param>
    /// <returns>The observation, of the home area (it names no area).</returns>
    public Observation Observe(LocalDate date, TValue value) => new(Id, date, MeasureConversion<TValue>.ToMeasure(value));

    /// <summary>An observation of this indicator covering a stated period (a month, the year to date, a whole year).</summary>
    /// <param name="period">The period the value covers.</param>
    /// <param name="value">The value.</param>
    /// <returns>The observation, of the home area (it names no area).</returns>
    public Observation ObservePeriod(DateInterval period, TValue value) => new(Id, period, MeasureConversion<TValue>.ToMeasure(value));

    /// <summary>An observation of this indicator in another area (a peer, for rankings) or of one of its parts.</summary>
    /// <param name="date">The date the value refers to.</param>
    /// <param name="value">The value.</param>
    /// <param name="area">The area observed, or <see langword="null"/> for the home area.</param>
    /// <param name="component">The part observed, or <see langword="null"/> for the whole.</param>
    /// <returns>The observation.</returns>
    public Observation Observe(LocalDate date, TValue value, string? area, string? component = null)
        => new(Id, date, MeasureConversion<TValue>.ToMeasure(value)) { Area = area, Component = component };

    /// <summary>A copy of this indicator with another target.</summary>
    /// <param name="target">The new target.</param>
    /// <returns>The copy, still typed.</returns>
    public new Indicator<TValue> WithTarget(Target target) => (Indicator<TValue>)base.WithTarget(target);

    private protected override void CheckTargetKind(Target target)
    {
        var valueKind = MeasureConversion<TValue>.Kind;
        var ok = target is AllOfTarget || target.AcceptedKinds.Contains(valueKind);
        Preconditions.CheckArgument(ok, nameof(target), $"A target measuring {target.Kind} does not fit an indicator of {typeof(TValue).Name} values.");
    }
}
