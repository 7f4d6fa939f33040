using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// X左右 (about X): the value at the deadline within a band around X whose half-width the user sets, since the
/// report never says how wide "about" is.
/// </summary>
public sealed class AboutTarget : ThresholdTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="centre">X.</param>
    /// <param name="halfWidth">How far from X still counts as "about X" (same kind as X, non-negative).</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public AboutTarget(Measure centre, Measure halfWidth, DateInterval period)
        : base(centre, period)
    {
        Preconditions.CheckArgument(halfWidth.Kind == centre.Kind, nameof(halfWidth), "The band's half-width must be of the same kind as its centre.");
        Preconditions.CheckArgumentRange(halfWidth.Value >= 0, nameof(halfWidth), "The band's half-width cannot be negative.");
        HalfWidth = halfWidth;
    }

    /// <summary>X.</summary>
    public Measure Centre => Reference;

    /// <summary>How far from X still counts.</summary>
    public Measure HalfWidth { get; }

    /// <inheritdoc/>
    public override bool HigherIsBetter => true;

    /// <inheritdoc/>
    internal override string TypeName => "about";

    /// <inheritdoc/>
    public override bool IsSatisfiedBy(double baseValue, Tolerance tolerance)
        => tolerance.Compare(Math.Abs(baseValue - Centre.BaseValue), HalfWidth.BaseValue) <= 0;

    /// <inheritdoc/>
    public override string Describe() => "about " + Centre + " (± " + HalfWidth + ")" + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Centre.ToStringChinese() + "左右";
}
