using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// X左右 (about X), bounded on the bad side only, as every government review reads it: for a higher-is-better
/// indicator (地区生产总值增长5.5%左右) any value above X is met (超额完成), a shortfall within the band is met as
/// 基本实现 (graded yellow), a shortfall beyond it is not met; for a lower-is-better one (居民消费价格涨幅3%左右,
/// 失业率5.5%左右) the reverse. The band's half-width is the user's (the report never says how wide "about" is;
/// ±0.5 percentage point is the usual reading for rates).
/// </summary>
public sealed class AboutTarget : ThresholdTarget
{
    private readonly bool _higherIsBetter;

    /// <summary>Creates the target.</summary>
    /// <param name="centre">X.</param>
    /// <param name="halfWidth">How far from X still counts as "about X" (same kind as X, non-negative).</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public AboutTarget(Measure centre, Measure halfWidth, DateInterval period)
        : this(centre, halfWidth, period, higherIsBetter: true)
    {
    }

    /// <summary>Creates the target for an indicator that should move one way.</summary>
    /// <param name="centre">X.</param>
    /// <param name="halfWidth">How far on the bad side of X still counts as "about X" (same kind as X, non-negative).</param>
    /// <param name="period">The period; its end is the deadline.</param>
    /// <param name="higherIsBetter">Which side of X is good: <see langword="true"/> for above it (growth), <see langword="false"/> for below it (prices, unemployment).</param>
    public AboutTarget(Measure centre, Measure halfWidth, DateInterval period, bool higherIsBetter)
        : base(centre, period)
    {
        _higherIsBetter = higherIsBetter;
        Preconditions.CheckArgument(halfWidth.Kind == centre.Kind, nameof(halfWidth), "The band's half-width must be of the same kind as its centre.");
        Preconditions.CheckArgumentRange(halfWidth.Value >= 0, nameof(halfWidth), "The band's half-width cannot be negative.");
        HalfWidth = halfWidth;
    }

    /// <summary>X.</summary>
    public Measure Centre => Reference;

    /// <summary>How far on the bad side of X still counts.</summary>
    public Measure HalfWidth { get; }

    /// <inheritdoc/>
    /// <remarks>Which side of X is good: above it for growth, below it for prices and unemployment.</remarks>
    public override bool HigherIsBetter => _higherIsBetter;

    /// <inheritdoc/>
    internal override string TypeName => "about";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    /// <remarks>Met on the good side of X at any distance, and on the bad side within the band.</remarks>
    public override bool IsSatisfiedBy(double baseValue, Tolerance tolerance)
        => HigherIsBetter
            ? tolerance.Compare(baseValue, Centre.BaseValue - HalfWidth.BaseValue) >= 0
            : tolerance.Compare(baseValue, Centre.BaseValue + HalfWidth.BaseValue) <= 0;

    /// <summary>Whether a value is on the bad side of X (short of a growth target, above a price target): met only as 基本实现.</summary>
    /// <param name="baseValue">The value in the base unit.</param>
    /// <param name="tolerance">How close counts as equal.</param>
    /// <returns><see langword="true"/> when the value is short of X.</returns>
    public bool IsShortOfCentre(double baseValue, Tolerance tolerance)
        => HigherIsBetter ? tolerance.Compare(baseValue, Centre.BaseValue) < 0 : tolerance.Compare(baseValue, Centre.BaseValue) > 0;

    /// <inheritdoc/>
    public override string Describe() => "about " + Centre + (HigherIsBetter ? " (not below " : " (not above ") + Show(HigherIsBetter ? Centre.BaseValue - HalfWidth.BaseValue : Centre.BaseValue + HalfWidth.BaseValue) + ")" + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Centre.ToStringChinese() + "左右";

    private string Show(double baseValue) => new Measure(Math.Round(baseValue / Centre.Unit.FactorToBase, 10), Centre.Unit).ToString();
}
