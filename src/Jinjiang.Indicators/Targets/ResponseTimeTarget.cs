using System.Globalization;
using Duration = UnitsNet.Duration;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// "1、3、5分钟"快速处置: response-time tiers, each judged on the share of incidents within its limit. Observations
/// are incident times (kind <see cref="QuantityKind.Time"/>) whose component names the tier.
/// </summary>
public sealed class ResponseTimeTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="tiers">The tiers, at least one, with distinct names.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public ResponseTimeTarget(IEnumerable<ResponseTier> tiers, DateInterval period)
        : base(period)
    {
        var list = Preconditions.CheckNotNull(tiers).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(tiers), "A response-time target needs at least one tier.");
        Preconditions.CheckArgument(list.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count() == list.Length, nameof(tiers), "Response tiers must have distinct names.");
        Tiers = list;
    }

    /// <summary>
    /// The 1-3-5 minute rule of patrol policing: respond within 1 minute, nearby units arrive within 3 minutes,
    /// reinforcements within 5 minutes, each for the given share of incidents.
    /// </summary>
    /// <param name="requiredShare">The share of incidents each tier must meet.</param>
    /// <param name="period">The period.</param>
    /// <returns>The target.</returns>
    public static ResponseTimeTarget OneThreeFiveMinutes(Ratio requiredShare, DateInterval period) => new(
        [
            new ResponseTier("respond", Duration.FromMinutes(1), requiredShare) { NameChinese = "1分钟响应处置" },
            new ResponseTier("arrive", Duration.FromMinutes(3), requiredShare) { NameChinese = "3分钟到达现场" },
            new ResponseTier("reinforce", Duration.FromMinutes(5), requiredShare) { NameChinese = "5分钟增援到位" },
        ],
        period);

    /// <summary>The tiers.</summary>
    public IReadOnlyList<ResponseTier> Tiers { get; }

    /// <inheritdoc/>
    public override bool AcceptsSeveralReadingsPerDay => true;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Components => [.. Tiers.Select(t => t.Name)];

    /// <inheritdoc/>
    public override string ComponentName(string component) => Tiers.FirstOrDefault(t => t.Name == component)?.Name ?? component;

    /// <inheritdoc/>
    public override string ComponentNameChinese(string component) => Tiers.FirstOrDefault(t => t.Name == component)?.NameChinese ?? component;

    internal override Target? ForComponent(string? component)
        => component is null || Tiers.Any(t => t.Name == component) ? this : null;

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.Time;

    /// <inheritdoc/>
    internal override string TypeName => "response-time";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override string Describe() => string.Join("; ", Tiers.Select(t => t.ToString())) + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => string.Join("、", Tiers.Select(t => t.Limit.Minutes.ToString("0.##", CultureInfo.InvariantCulture))) + "分钟";

    /// <summary>Every incident is a test: <see cref="TargetBasis.Throughout"/> unless set to <see cref="TargetBasis.OverPeriod"/> (the share of the period).</summary>
    private protected override TargetBasis DefaultBasis => TargetBasis.Throughout;

    /// <inheritdoc/>
    private protected override bool Supports(TargetBasis basis) => basis is TargetBasis.Throughout or TargetBasis.OverPeriod;
}
