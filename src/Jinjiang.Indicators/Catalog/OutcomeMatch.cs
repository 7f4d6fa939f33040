using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// A promise of a catalog and the review's statement that reports on it, with how sure the match is and why, and
/// the observation it gives when a careful reader would judge the promise from the statement alone.
/// </summary>
public sealed class OutcomeMatch
{
    internal OutcomeMatch(Indicator indicator, ReportedOutcome outcome, double confidence, string reason, Observation? observation)
    {
        Indicator = indicator;
        Outcome = outcome;
        Confidence = confidence;
        Reason = reason;
        Observation = observation;
    }

    /// <summary>The promise.</summary>
    public Indicator Indicator { get; }

    /// <summary>The statement of the review.</summary>
    public ReportedOutcome Outcome { get; }

    /// <summary>How alike the promise's and the statement's objects are, 0 to 1 (character bigrams, containment).</summary>
    public double Confidence { get; }

    /// <summary>Why they match, and why the match is unclear when it is.</summary>
    public string Reason { get; }

    /// <summary>
    /// The observation the statement gives (its sentence as the source; provisional for 预计), or
    /// <see langword="null"/> when the match is unclear: a stock against a flow, a status short of the promise
    /// (加快实施 for 竣工投产), an in-progress echo that says nothing of completion.
    /// </summary>
    public Observation? Observation { get; }

    /// <summary>Whether the statement lets the promise be judged (an <see cref="Observation"/> is given).</summary>
    public bool IsJudgeable => Observation is not null;

    /// <summary>The match as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Indicator.Id} ← {Outcome.Text} ({Confidence:0.00}{(IsJudgeable ? string.Empty : ", unclear")})";
}
