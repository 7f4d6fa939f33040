using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Catalog;

/// <summary>The outcome of matching a review to a catalog: the matches, the promises with no reported outcome, the statements that match no promise.</summary>
public sealed class OutcomeMatches
{
    internal OutcomeMatches(IReadOnlyList<OutcomeMatch> matches, IReadOnlyList<Indicator> unmatchedPromises, IReadOnlyList<ReportedOutcome> unmatchedOutcomes)
    {
        Matches = matches;
        UnmatchedPromises = unmatchedPromises;
        UnmatchedOutcomes = unmatchedOutcomes;
    }

    /// <summary>The matches, in catalog order.</summary>
    public IReadOnlyList<OutcomeMatch> Matches { get; }

    /// <summary>The promises no statement reports on.</summary>
    public IReadOnlyList<Indicator> UnmatchedPromises { get; }

    /// <summary>The statements that report on no promise of the catalog.</summary>
    public IReadOnlyList<ReportedOutcome> UnmatchedOutcomes { get; }

    /// <summary>The observations of the judgeable matches: what <c>evaluate</c> judges last year's promises on.</summary>
    public IReadOnlyList<Observation> Observations => [.. Matches.Select(m => m.Observation).OfType<Observation>()];
}
