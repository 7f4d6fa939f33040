using System.Text.Json;
using Jinjiang.Indicators.Text;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>Promise candidates as JSON: an array of objects with their span, text, object, kind, commitment, quantity, deadline and confidence.</summary>
public static class CandidateJson
{
    /// <summary>The candidates as an indented JSON array.</summary>
    /// <param name="candidates">The candidates.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<CandidatePromise> candidates)
    {
        var list = Preconditions.CheckNotNull(candidates).Select(c => new CandidateDto(
            c.Start,
            c.Length,
            c.Text,
            c.Object,
            JsonMapping.Kebab(c.Kind.ToString()),
            JsonMapping.Kebab(c.Commitment.ToString()),
            JsonMapping.ToDto(c.Quantity),
            c.QuantityText,
            IsoDate.Format(c.Deadline),
            c.DeadlineStated,
            c.TopK,
            c.Peers,
            c.Class?.ToLatinString(),
            Math.Round(c.Confidence, 3),
            c.Sentence)).ToList();
        return JsonSerializer.Serialize(list, IndicatorsJsonContext.Readable.ListCandidateDto);
    }

    /// <summary>Writes the same JSON as <see cref="ToJson"/> (UTF-8, no byte order mark).</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="candidates">What to write.</param>
    public static void Write(Stream utf8Json, IEnumerable<CandidatePromise> candidates)
    {
        Preconditions.CheckNotNull(utf8Json);
        utf8Json.Write(System.Text.Encoding.UTF8.GetBytes(ToJson(candidates)));
    }
}
