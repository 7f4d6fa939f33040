using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// One promise covering several measured things, all of which must be reached; its status is the worst of its parts.
/// </summary>
public sealed class AllOfTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="parts">The parts, at least one, with distinct components.</param>
    public AllOfTarget(IEnumerable<TargetPart> parts)
        : base(Span(parts))
    {
        Parts = parts.ToArray();
        Preconditions.CheckArgument(Parts.Select(p => p.Component).Distinct(StringComparer.Ordinal).Count() == Parts.Count, nameof(parts), "The parts of a composite target must have distinct components.");
    }

    /// <summary>The parts.</summary>
    public IReadOnlyList<TargetPart> Parts { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<QuantityKind> AcceptedKinds => [.. Parts.SelectMany(p => p.Target.AcceptedKinds).Distinct()];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Components => [.. Parts.Select(p => p.Component)];

    /// <inheritdoc/>
    public override string ComponentName(string component) => Parts.FirstOrDefault(p => p.Component == component)?.Name ?? component;

    /// <inheritdoc/>
    public override string ComponentNameChinese(string component) => Parts.FirstOrDefault(p => p.Component == component)?.NameChinese ?? component;

    internal override Target? ForComponent(string? component)
        => component is null ? null : Parts.FirstOrDefault(p => p.Component == component)?.Target.ForComponent(null);

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.Composite;

    /// <inheritdoc/>
    internal override string TypeName => "all-of";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override string Describe() => "all of: " + string.Join("; ", Parts.Select(p => p.Component + ": " + p.Target.Describe()));

    /// <inheritdoc/>
    public override string DescribeChinese() => Parts.All(p => p.Target is MilestoneTarget)
        ? Parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项全部完成"
        : Parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项全部达标：" + string.Join("、", Parts.Select(p => p.Target.DescribeChinese()));

    private static DateInterval Span(IEnumerable<TargetPart> parts)
    {
        var list = Preconditions.CheckNotNull(parts).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(parts), "A composite target needs at least one part.");
        var start = list.Min(p => p.Target.Period.Start);
        var end = list.Max(p => p.Target.Period.End);
        return new DateInterval(start, end);
    }
}
