using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 位居...前列, 第1位, 领先, 前N名: a rank within the top <see cref="TopK"/> of a peer group. The rank is taken
/// from a reported rank (observations of kind <see cref="QuantityKind.Rank"/>) or computed from every peer's value
/// of the ranked measure (with the indicator's direction; ties share a rank: 1, 2, 2, 4).
/// </summary>
/// <remarks>
/// 前列 fixes no k; the catalog's choice of k is documented on each indicator and can be overridden by building a
/// target with another k. 领先 and 第1位 are k = 1.
/// </remarks>
public sealed class RankTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="peers">The group ranked among.</param>
    /// <param name="topK">How many top positions satisfy the target (1 for 第1位), at most the group's size.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    /// <param name="rankedKind">The kind of the peers' values when the rank is computed (the composite index is <see cref="QuantityKind.Index"/>).</param>
    public RankTarget(PeerGroup peers, int topK, DateInterval period, QuantityKind rankedKind = QuantityKind.Index)
        : base(period)
    {
        Peers = Preconditions.CheckNotNull(peers);
        Preconditions.CheckArgumentRange(topK >= 1 && (topK <= peers.Count || !peers.IsListed), nameof(topK), "The number of top positions must be between 1 and the size of the peer group.");
        Preconditions.CheckArgument(rankedKind is not QuantityKind.Rank and not QuantityKind.Composite, nameof(rankedKind), "The ranked kind must be the kind of the peers' values, not a rank.");
        TopK = topK;
        RankedKind = rankedKind;
    }

    /// <summary>第1位 / 领先: rank first.</summary>
    /// <param name="peers">The group ranked among.</param>
    /// <param name="period">The period.</param>
    /// <param name="rankedKind">The kind of the peers' values.</param>
    /// <returns>The target.</returns>
    public static RankTarget First(PeerGroup peers, DateInterval period, QuantityKind rankedKind = QuantityKind.Index) => new(peers, 1, period, rankedKind);

    /// <summary>The group ranked among.</summary>
    public PeerGroup Peers { get; }

    /// <summary>How many top positions satisfy the target.</summary>
    public int TopK { get; }

    /// <summary>The kind of the peers' values when the rank is computed from them.</summary>
    public QuantityKind RankedKind { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.Rank;

    /// <inheritdoc/>
    internal override string TypeName => "rank";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <inheritdoc/>
    public override IReadOnlyList<QuantityKind> AcceptedKinds => [QuantityKind.Rank, RankedKind];

    /// <inheritdoc/>
    public override string Describe() => (TopK == 1 ? "rank first" : string.Create(CultureInfo.InvariantCulture, $"rank in the top {TopK}"))
        + " of " + Peers.Name + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => TopK == 1
        ? Peers.NameChinese + "第1位"
        : string.Create(CultureInfo.InvariantCulture, $"{Peers.NameChinese}前{TopK}位");

    /// <inheritdoc/>
    private protected override bool Supports(TargetBasis basis) => IsDefined(basis);
}
