using Jinjiang.Indicators.Utility;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// X以下, X以内, 不超过X, 控制在X (value ≤ X, inclusive), or 低于X, 不满X (value &lt; X, strict), judged on the value
/// at the deadline.
/// </summary>
public sealed class AtMostTarget : ThresholdTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="threshold">X.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    /// <param name="inclusive"><see langword="true"/> for 以下/不超过 (≤), <see langword="false"/> for 低于 (&lt;).</param>
    public AtMostTarget(Measure threshold, DateInterval period, bool inclusive = true)
        : base(threshold, period) => Inclusive = inclusive;

    /// <summary>X.</summary>
    public Measure Threshold => Reference;

    /// <summary>Whether X itself satisfies the target (以下) or not (低于).</summary>
    public bool Inclusive { get; }

    /// <inheritdoc/>
    public override bool HigherIsBetter => false;

    /// <inheritdoc/>
    internal override string TypeName => "at-most";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override bool IsSatisfiedBy(double baseValue, Tolerance tolerance)
    {
        var c = tolerance.Compare(baseValue, Threshold.BaseValue);
        return Inclusive ? c <= 0 : c < 0;
    }

    /// <inheritdoc/>
    public override string Describe() => (Inclusive ? "at most " : "less than ") + Threshold + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Inclusive ? "不超过" + Threshold.ToStringChinese() : "低于" + Threshold.ToStringChinese();
}
