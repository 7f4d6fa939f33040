using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 新建/新增/完成/打造 N: a cumulative amount delivered within the period (新建天府绿道15公里, 新增立体绿化面积5000平方米,
/// 新建充电桩600个). Observations are the cumulative amount delivered in the period up to their date. Met as soon
/// as the amount is reached, even before the deadline.
/// </summary>
public sealed class DeliveryTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="amount">N: a positive amount.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public DeliveryTarget(Measure amount, DateInterval period)
        : base(period)
    {
        Preconditions.CheckArgumentRange(amount.Value > 0, nameof(amount), "An amount to deliver must be positive.");
        Amount = amount;
    }

    /// <summary>N.</summary>
    public Measure Amount { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => Amount.Kind;

    /// <inheritdoc/>
    internal override string TypeName => "delivery";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override string Describe() => "deliver " + Amount + By;

    /// <summary>
    /// The report's verb before the amount (新建, 打造, 完成, 实施...改造), echoed by <see cref="DescribeChinese"/>;
    /// <see langword="null"/> for 新增, empty for none (40亿元以上).
    /// </summary>
    public string? Verb { get; init; }

    /// <summary>Whether the report says 以上 after the amount (3个以上): the same target (at least N), echoed in the wording.</summary>
    public bool OrMore { get; init; }

    /// <inheritdoc/>
    public override string DescribeChinese() => (Verb ?? "新增") + Amount.ToStringChinese() + (OrMore ? "以上" : string.Empty);
}
