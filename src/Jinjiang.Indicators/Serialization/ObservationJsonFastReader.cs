using System.Text.Json;
using Jinjiang.Indicators.Serialization.Rows;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Reads the usual shape of an observation file straight from the UTF-8 bytes: <c>formatVersion</c> first, then
/// <c>observations</c>, an array of objects whose fields are strings or null and whose value is a number, string,
/// boolean or null. Repeated texts (ids, dates, units, areas) come from a <see cref="StringPool"/> instead of one
/// string per field. Anything else (malformed JSON, a field of the wrong JSON type, another layout) returns
/// <see langword="null"/>, and the caller reads the file through the serializer, whose problems name the line and
/// path; a property test checks that both give the same result on the files the fast reader takes.
/// </summary>
internal static class ObservationJsonFastReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    /// <summary>The result, or null when the file is not in the usual shape.</summary>
    internal static ReadResult<IReadOnlyList<Observation>>? TryRead(ReadOnlySpan<byte> json, string sourceName, ObservationReadOptions options)
    {
        try
        {
            return Read(json, sourceName, options);
        }
        catch (JsonException)
        {
            return null; // the serializer reports it, with its line and path
        }
        catch (InvalidOperationException)
        {
            return null; // a token of another type than the reader asked for
        }
    }

    private static ReadResult<IReadOnlyList<Observation>>? Read(ReadOnlySpan<byte> json, string sourceName, ObservationReadOptions options)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
            || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("formatVersion"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        var version = reader.GetString();
        if (FormatVersion.Check(version) is not null
            || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("observations"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var problems = new List<ReadProblem>();
        var items = new ObservationSet.Columns((int)Math.Min(json.Length / 64, 1 << 24)); // an observation object is rarely under 64 bytes
        var parser = new ObservationFieldParser(options.Catalog, sourceName, problems);
        var pool = new StringPool();
        Span<char> chars = stackalloc char[128];
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                problems.Add(new ReadProblem(sourceName, 0, ObservationJson.LocationOf(index, null), "null", ReadMessages.ObservationObject));
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject || ReadObservation(ref reader, pool, chars) is not { } fields)
            {
                return null;
            }

            parser.Append(fields, index, ObservationJson.LocationOf, items);
        }

        // Only the end of the root object may follow (other fields would be read by the serializer).
        items.TrimExcess();
        return reader.Read() && reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? new(items, problems) : null;
    }

    /// <summary>One observation object's fields, or null when a field is repeated or of an unexpected JSON type.</summary>
    private static ObservationFields? ReadObservation(ref Utf8JsonReader reader, StringPool pool, scoped Span<char> chars)
    {
        string? indicator = null, date = null, value = null, unit = null, area = null, component = null, status = null, source = null, note = null, period = null;
        double? number = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader);
            if (field >= 0 && (seen & (1 << field)) != 0)
            {
                return null; // a repeated field: leave it to the serializer's rules
            }

            seen |= field >= 0 ? 1 << field : 0;
            reader.Read();
            if (field < 0)
            {
                reader.Skip(); // an unknown field, which the serializer ignores too
                continue;
            }

            if (field == ValueField)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.Number when reader.TryGetDouble(out var d) && double.IsFinite(d):
                        number = d;
                        break;
                    case JsonTokenType.String:
                        value = Text(ref reader, pool, chars);
                        break;
                    case JsonTokenType.True:
                        value = "true";
                        break;
                    case JsonTokenType.False:
                        value = "false";
                        break;
                    case JsonTokenType.Null:
                        break;
                    default:
                        return null;
                }

                continue;
            }

            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
            {
                return null;
            }

            var text = reader.TokenType == JsonTokenType.Null ? null : Text(ref reader, pool, chars);
            switch (field)
            {
                case 0: indicator = text; break;
                case 1: date = text; break;
                case 3: unit = text; break;
                case 4: area = text; break;
                case 5: component = text; break;
                case 6: status = text; break;
                case 7: source = text; break;
                case 9: period = text; break;
                default: note = text; break;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject
            ? new ObservationFields(indicator, date, value, unit, area, component, status, source, note) { Number = number, Period = period }
            : null;
    }

    private const int ValueField = 2;

    /// <summary>The index of a known field (indicator, date, value, unit, area, component, status, source, note, period), or -1.</summary>
    private static int Field(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("indicator"u8) ? 0
            : reader.ValueTextEquals("date"u8) ? 1
            : reader.ValueTextEquals("value"u8) ? 2
            : reader.ValueTextEquals("unit"u8) ? 3
            : reader.ValueTextEquals("area"u8) ? 4
            : reader.ValueTextEquals("component"u8) ? 5
            : reader.ValueTextEquals("status"u8) ? 6
            : reader.ValueTextEquals("source"u8) ? 7
            : reader.ValueTextEquals("note"u8) ? 8
            : reader.ValueTextEquals("period"u8) ? 9
            : -1;

    /// <summary>A string token's text, pooled when short (a UTF-8 byte never makes more than one UTF-16 char).</summary>
    private static string Text(ref Utf8JsonReader reader, StringPool pool, scoped Span<char> chars)
        => !reader.HasValueSequence && reader.ValueSpan.Length <= chars.Length
            ? pool.Get(chars[..reader.CopyString(chars)])
            : reader.GetString()!;
}
