using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// Full (or required) coverage: 100%, 全部, 应设尽设, 应接尽接, 所有...全部达到. The share at the deadline must reach
/// the required share; a share can never exceed 100%, so a value above it is a data error, not over-achievement.
/// </summary>
public sealed class CoverageTarget : ThresholdTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="required">The share to reach (100% for full coverage), between 0 and 100%.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public CoverageTarget(Ratio required, DateInterval period)
        : base(Measure.From(required), period)
    {
        Preconditions.CheckArgumentRange(required.DecimalFractions is >= 0 and <= 1, nameof(required), "A required coverage must be between 0% and 100%.");
    }

    /// <summary>Full coverage (100%) within a period.</summary>
    /// <param name="period">The period; its end is the deadline.</param>
    /// <returns>The target.</returns>
    public static CoverageTarget Full(DateInterval period) => new(Ratio.FromPercent(100), period);

    /// <summary>The share to reach.</summary>
    public Measure Required => Reference;

    /// <inheritdoc/>
    public override bool HigherIsBetter => true;

    /// <inheritdoc/>
    internal override string TypeName => "coverage";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override bool IsSatisfiedBy(double baseValue, Tolerance tolerance) => tolerance.Compare(baseValue, Required.BaseValue) >= 0;

    /// <inheritdoc/>
    public override string Describe() => "coverage of " + Required + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Required.ToStringChinese();
}
