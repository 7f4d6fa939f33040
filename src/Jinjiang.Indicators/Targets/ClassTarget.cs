using Jinjiang.Indicators.Utility;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 达到Ⅲ类: every assessed unit (a river section, told apart by the observation's component) at a quality class at
/// least as good as the required one. A class worse than required is a hard state: the promise is not met.
/// </summary>
public sealed class ClassTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="required">The class to reach or keep.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public ClassTarget(QualityClass required, DateInterval period)
        : base(period) => Required = required;

    /// <summary>The class to reach or keep.</summary>
    public QualityClass Required { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.QualityClass;

    /// <inheritdoc/>
    internal override string TypeName => "class";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    internal override Target? ForComponent(string? component) => this;

    /// <inheritdoc/>
    public override string Describe() => "class " + Required.ToLatinString() + " or better" + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => "达到" + Required + "类";

    /// <inheritdoc/>
    private protected override bool Supports(TargetBasis basis) => IsDefined(basis);
}
