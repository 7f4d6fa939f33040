using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// A target on the level of a value at the deadline (a state, not an amount delivered): the base of
/// <see cref="AtLeastTarget"/>, <see cref="AtMostTarget"/>, <see cref="AboutTarget"/>, <see cref="RangeTarget"/>
/// and <see cref="CoverageTarget"/>.
/// </summary>
public abstract class ThresholdTarget : Target
{
    private protected ThresholdTarget(Measure reference, DateInterval period)
        : base(period) => Reference = reference;

    /// <summary>The value the target is expressed against (the threshold, the centre of a band, or the floor of a range).</summary>
    public Measure Reference { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => Reference.Kind;

    /// <summary>Whether higher values move toward this target (used to judge trends before the deadline).</summary>
    public abstract bool HigherIsBetter { get; }

    /// <summary>Whether a value (in base units) satisfies the target within a tolerance.</summary>
    /// <param name="baseValue">The value in the base unit of <see cref="Target.Kind"/>.</param>
    /// <param name="tolerance">How close counts as equal.</param>
    /// <returns><see langword="true"/> when the value satisfies the target.</returns>
    public abstract bool IsSatisfiedBy(double baseValue, Tolerance tolerance);

    /// <inheritdoc/>
    private protected override bool Supports(TargetBasis basis) => IsDefined(basis);
}
