using Jinjiang.Indicators.Utility;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// X以上, 不低于X, 不少于X (value ≥ X, inclusive: PRC Civil Code art. 1259 counts X itself as 以上), or 超过X, 高于X
/// (value &gt; X, strict), judged on the value at the deadline.
/// </summary>
public sealed class AtLeastTarget : ThresholdTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="threshold">X.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    /// <param name="inclusive"><see langword="true"/> for 以上/不低于 (≥), <see langword="false"/> for 超过 (&gt;).</param>
    public AtLeastTarget(Measure threshold, DateInterval period, bool inclusive = true)
        : base(threshold, period) => Inclusive = inclusive;

    /// <summary>X.</summary>
    public Measure Threshold => Reference;

    /// <summary>Whether X itself satisfies the target (以上) or not (超过).</summary>
    public bool Inclusive { get; }

    /// <inheritdoc/>
    public override bool HigherIsBetter => true;

    /// <inheritdoc/>
    internal override string TypeName => "at-least";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override bool IsSatisfiedBy(double baseValue, Tolerance tolerance)
    {
        var c = tolerance.Compare(baseValue, Threshold.BaseValue);
        return Inclusive ? c >= 0 : c > 0;
    }

    /// <inheritdoc/>
    public override string Describe() => (Inclusive ? "at least " : "more than ") + Threshold + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Inclusive ? Threshold.ToStringChinese() + "以上" : "超过" + Threshold.ToStringChinese();
}
