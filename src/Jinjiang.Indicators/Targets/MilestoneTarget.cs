using Jinjiang.Indicators.Utility;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 完成...项目 (no number): a milestone, done or not by the deadline. An observation of "done" carries the
/// completion date as its date.
/// </summary>
public sealed class MilestoneTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="period">The period; its end is the deadline.</param>
    public MilestoneTarget(DateInterval period)
        : base(period)
    {
    }

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.Completion;

    /// <inheritdoc/>
    internal override string TypeName => "milestone";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override string Describe() => "done" + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => "完成";
}
