using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 确保X、力争Y: a floor the government ensures and a stretch it strives for, on one indicator. The evaluation says
/// which level was reached; missing the stretch while keeping the floor is a shortfall, not a broken promise.
/// </summary>
public sealed class FloorAndStretchTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="floor">The ensured level (确保).</param>
    /// <param name="stretch">The striven-for level (力争), of the same kind and period as the floor.</param>
    public FloorAndStretchTarget(Target floor, Target stretch)
        : base(Preconditions.CheckNotNull(floor).Period)
    {
        Preconditions.CheckNotNull(stretch);
        Preconditions.CheckArgument(stretch.Kind == floor.Kind, nameof(stretch), "The floor and the stretch must measure the same kind.");
        Preconditions.CheckArgument(floor is not FloorAndStretchTarget and not AllOfTarget && stretch is not FloorAndStretchTarget and not AllOfTarget, nameof(stretch), "A floor or a stretch must be a single target.");
        Floor = floor;
        Stretch = stretch;
    }

    /// <summary>The ensured level (确保).</summary>
    public Target Floor { get; }

    /// <summary>The striven-for level (力争).</summary>
    public Target Stretch { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => Floor.Kind;

    /// <inheritdoc/>
    internal override string TypeName => "floor-and-stretch";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override IReadOnlyList<QuantityKind> AcceptedKinds => Floor.AcceptedKinds;

    /// <inheritdoc/>
    public override string Describe() => "ensure " + Floor.Describe() + "; strive for " + Stretch.Describe();

    /// <inheritdoc/>
    public override string DescribeChinese() => "确保" + Floor.DescribeChinese() + "、力争" + Stretch.DescribeChinese();
}
