using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 逐步扩大...比例, 持续提升: direction only. The value should move in the indicator's desired direction over the
/// period, with no numeric threshold; at least two observations are needed to judge it.
/// </summary>
public sealed class DirectionTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="kind">The kind of the observed values.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public DirectionTarget(QuantityKind kind, DateInterval period)
        : base(period)
    {
        Preconditions.CheckArgument(kind is not QuantityKind.Composite and not QuantityKind.Completion, nameof(kind), "A direction target needs a measured kind.");
        ValueKind = kind;
    }

    /// <summary>The kind of the observed values.</summary>
    public QuantityKind ValueKind { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => ValueKind;

    /// <inheritdoc/>
    internal override string TypeName => "direction";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override string Describe() => "move in the desired direction" + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => "逐步提升";
}
