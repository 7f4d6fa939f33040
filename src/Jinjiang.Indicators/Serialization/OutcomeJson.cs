using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// A review's outcomes matched to last year's promises (<see cref="OutcomeMatches"/>) as JSON, as the command-line tool's
/// <c>outcomes --format json</c> writes it: <c>matches</c> (per match the promise's id and sentence, the outcome, its
/// figure or status, confidence, whether it can be judged, the reason and the review's sentence),
/// <c>unmatchedPromises</c> (ids) and <c>unmatchedOutcomes</c> (statements).
/// </summary>
public static class OutcomeJson
{
    /// <summary>The matches as indented JSON.</summary>
    /// <param name="matches">The matches.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(OutcomeMatches matches)
    {
        Preconditions.CheckNotNull(matches);
        var dto = new OutcomeMatchesDto(
            [.. matches.Matches.Select(m => new OutcomeMatchDto(
                m.Indicator.Id.Value,
                m.Indicator.Source,
                m.Outcome.Text,
                m.Outcome.Object,
                m.Outcome.Kind.ToString().ToLowerInvariant(),
                m.Outcome.Quantity?.Value,
                m.Outcome.Quantity?.Unit.Symbol,
                m.Outcome.Quantity is null ? m.Outcome.Status.ToString().ToLowerInvariant() : null,
                Math.Round(m.Confidence, 3),
                m.IsJudgeable,
                m.Outcome.IsProvisional,
                m.Reason,
                m.Outcome.Sentence))],
            [.. matches.UnmatchedPromises.Select(p => p.Id.Value)],
            [.. matches.UnmatchedOutcomes.Select(o => o.Text)]);
        return JsonSerializer.Serialize(dto, IndicatorsJsonContext.Relaxed.OutcomeMatchesDto);
    }

    /// <summary>Writes the same JSON as <see cref="ToJson"/> (UTF-8, no byte order mark).</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="matches">What to write.</param>
    public static void Write(Stream utf8Json, OutcomeMatches matches)
    {
        Preconditions.CheckNotNull(utf8Json);
        utf8Json.Write(System.Text.Encoding.UTF8.GetBytes(ToJson(matches)));
    }
}
