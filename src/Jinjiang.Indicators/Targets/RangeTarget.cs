using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>X至Y, 控制在X-Y之间: the value at the deadline between two bounds, both inclusive.</summary>
public sealed class RangeTarget : ThresholdTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="minimum">The lower bound.</param>
    /// <param name="maximum">The upper bound (same kind, not below the lower one).</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public RangeTarget(Measure minimum, Measure maximum, DateInterval period)
        : base(minimum, period)
    {
        Preconditions.CheckArgument(maximum.Kind == minimum.Kind, nameof(maximum), "Both bounds of a range must be of the same kind.");
        Preconditions.CheckArgument(maximum.BaseValue >= minimum.BaseValue, nameof(maximum), "The upper bound of a range cannot be below its lower bound.");
        Maximum = maximum;
    }

    /// <summary>The lower bound.</summary>
    public Measure Minimum => Reference;

    /// <summary>The upper bound.</summary>
    public Measure Maximum { get; }

    /// <inheritdoc/>
    public override bool HigherIsBetter => true;

    /// <inheritdoc/>
    internal override string TypeName => "range";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override bool IsSatisfiedBy(double baseValue, Tolerance tolerance)
        => tolerance.Compare(baseValue, Minimum.BaseValue) >= 0 && tolerance.Compare(baseValue, Maximum.BaseValue) <= 0;

    /// <inheritdoc/>
    public override string Describe() => "between " + Minimum + " and " + Maximum + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Minimum.ToStringChinese() + "至" + Maximum.ToStringChinese();
}
