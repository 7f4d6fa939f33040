using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Status counts of evaluations grouped by section, commitment level or responsible unit.</summary>
internal static class RollUp
{
    /// <summary>Counts by the indicator's section, in order of first appearance.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <returns>The counts per section.</returns>
    internal static IReadOnlyList<KeyValuePair<Section, StatusCounts>> BySection(IEnumerable<Evaluation> evaluations)
        => By(evaluations, e => e.Indicator.Section);

    /// <summary>Counts by commitment level (确保, 严格要求, 力争, plain), in order of first appearance.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <returns>The counts per level.</returns>
    internal static IReadOnlyList<KeyValuePair<CommitmentLevel, StatusCounts>> ByCommitment(IEnumerable<Evaluation> evaluations)
        => By(evaluations, e => e.Indicator.Commitment);

    /// <summary>Counts by responsible unit; indicators without one are grouped under "(unassigned)".</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <returns>The counts per unit.</returns>
    internal static IReadOnlyList<KeyValuePair<string, StatusCounts>> ByResponsibleUnit(IEnumerable<Evaluation> evaluations)
        => By(evaluations, e => e.Indicator.ResponsibleUnit ?? "(unassigned)");

    private static KeyValuePair<TKey, StatusCounts>[] By<TKey>(IEnumerable<Evaluation> evaluations, Func<Evaluation, TKey> key)
        where TKey : notnull
        => Preconditions.CheckNotNull(evaluations)
            .GroupBy(key)
            .Select(g => new KeyValuePair<TKey, StatusCounts>(g.Key, new StatusCounts(g)))
            .ToArray();
}
