using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization.Decoding;
using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Observations in JSON: <c>{ "formatVersion": "1.1", "observations": [ { "indicator": "tianfu-greenway",
/// "date": "2023-06-30", "value": 9, "unit": "km" } ] }</c>, with the optional fields of the CSV format. Problems
/// name the JSON path (<c>$.observations[3].unit</c>); malformed JSON names its line.
/// </summary>
public static class ObservationJson
{
    /// <summary>Reads a JSON observation file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> ReadFile(string path, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options = ObservationReadOptions.For(catalog, options);
        if (FileLoad.Refuse(path, options) is { } refused)
        {
            return refused;
        }

        var name = Path.GetFileName(path);
        using var stream = FileLoad.OpenSeekable(path, options, out var tooLarge);
        return stream is null ? FileLoad.Refused(name, tooLarge!, options) : Read(stream, name, catalog, options);
    }

    /// <summary>Reads JSON observations from a stream: UTF-8, or UTF-16 with a byte order mark, or GB18030 (detected, or as <see cref="ObservationReadOptions.Encoding"/> says).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The name used in problems.</param>
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> Read(Stream utf8Json, string sourceName, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(sourceName);
        options = ObservationReadOptions.For(catalog, options);
        var json = ReadAll(utf8Json, options, out var note, out var problem);
        if (problem is not null)
        {
            return FileLoad.Refused(sourceName, problem, options);
        }

        var fast = ObservationJsonFastReader.TryRead(json.Span, sourceName, options);
        var result = fast ?? ReadDocument(json, sourceName, options);
        return FileLoad.Finish(note is null ? result : new ReadResult<IReadOnlyList<Observation>>(result.Value, result.Problems) { Notes = [note] }, options);
    }

    /// <summary>The whole stream as UTF-8 without a byte order mark (other encodings transcoded), counting the bytes read against the limit.</summary>
    private static ReadOnlyMemory<byte> ReadAll(Stream stream, ObservationReadOptions options, out string? note, out string? problem)
    {
        note = null;
        MemoryStream? memory = stream as MemoryStream;
        if (memory is null || !memory.TryGetBuffer(out _))
        {
            memory = TextDecoding.ReadAll(stream, options.MaxBytes);
            if (memory is null)
            {
                problem = $"The input is larger than {options.MaxBytes} bytes, the most accepted.";
                return default;
            }
        }

        memory.TryGetBuffer(out var buffer);
        var start = (int)memory.Position;
        var bytes = buffer.AsMemory(start);
        var view = new MemoryStream(buffer.Array!, buffer.Offset + start, buffer.Count - start, writable: false, publiclyVisible: true);
        if (TextDecoding.Detect(view, options.Encoding, options.MaxBytes, out problem) is not { } source)
        {
            return default;
        }

        memory.Position = memory.Length;
        if (source.Encoding.CodePage == 65001)
        {
            return bytes[source.BomLength..];
        }

        note = source.Note;
        try
        {
            return System.Text.Encoding.UTF8.GetBytes(source.Encoding.GetString(bytes.Span[source.BomLength..]));
        }
        catch (System.Text.DecoderFallbackException)
        {
            problem = $"The text is not valid {TextDecoding.Name(source.Encoding)}; save it as UTF-8, or name its encoding.";
            return default;
        }
    }

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private static readonly string[] TextFields = ["indicator", "date", "unit", "area", "component", "status", "source", "note", "period"];

    /// <summary>
    /// Reads through a JSON document, field by field: the reference behaviour, used for every file the fast reader does
    /// not take. A field of the wrong JSON type or a repeated key is a problem at its JSON path, and the other
    /// observations are kept; malformed JSON names its line.
    /// </summary>
    internal static ReadResult<IReadOnlyList<Observation>> ReadDocument(ReadOnlyMemory<byte> json, string sourceName, ObservationReadOptions options)
    {
        var problems = new List<ReadProblem>();
        var items = new ObservationSet.Columns();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem.Malformed(sourceName, e));
            return new(items, problems);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ReadProblem(sourceName, 0, "$", Raw(root), ReadMessages.ObservationFileShape(Kind(root))));
                return new(items, problems);
            }

            JsonElement? version = null, observations = null;
            foreach (var property in root.EnumerateObject())
            {
                var isVersion = property.NameEquals("formatVersion");
                if (!isVersion && !property.NameEquals("observations"))
                {
                    continue; // other fields are ignored, as before
                }

                if ((isVersion ? version : observations) is not null)
                {
                    problems.Add(new ReadProblem(sourceName, 0, "$." + property.Name, null, ReadMessages.KeyRepeated(property.Name)));
                    continue;
                }

                if (isVersion)
                {
                    version = property.Value;
                }
                else
                {
                    observations = property.Value;
                }
            }

            var versionText = version is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
            if (version is { } present && present.ValueKind != JsonValueKind.String)
            {
                problems.Add(new ReadProblem(sourceName, 0, "$.formatVersion", Raw(present), ReadMessages.FormatVersionType(FormatVersion.Current, Kind(present))));
                return new(items, problems);
            }

            if (FormatVersion.Check(versionText) is { } versionProblem)
            {
                problems.Add(new ReadProblem(sourceName, 0, "$.formatVersion", versionText, versionProblem));
                return new(items, problems);
            }

            if (observations is not { } array)
            {
                problems.Add(new ReadProblem(sourceName, 0, "$.observations", null, ReadMessages.ObservationsRequired));
                return new(items, problems);
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new ReadProblem(sourceName, 0, "$.observations", Raw(array), ReadMessages.ObservationsArray(Kind(array))));
                return new(items, problems);
            }

            var parser = new ObservationFieldParser(options.Catalog, sourceName, problems);
            var index = -1;
            foreach (var element in array.EnumerateArray())
            {
                index++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new ReadProblem(sourceName, 0, LocationOf(index, null), Raw(element), element.ValueKind == JsonValueKind.Null ? ReadMessages.ObservationObject : ReadMessages.ObservationObjectFound(Kind(element))));
                    continue;
                }

                if (Fields(element, index, sourceName, problems) is { } fields)
                {
                    parser.Append(fields, index, LocationOf, items);
                }
            }
        }

        return new(items, problems);
    }

    /// <summary>The text fields of one observation object, or null having reported each field of the wrong JSON type and each repeated key.</summary>
    private static ObservationFields? Fields(JsonElement element, int index, string sourceName, List<ReadProblem> problems)
    {
        var before = problems.Count;
        var texts = new string?[TextFields.Length];
        var seen = new bool[TextFields.Length + 1];
        string? value = null;
        double? number = null;
        foreach (var property in element.EnumerateObject())
        {
            var field = property.NameEquals("value") ? TextFields.Length : Array.IndexOf(TextFields, property.Name);
            if (field < 0)
            {
                continue; // unknown fields are ignored
            }

            var path = LocationOf(index, property.Name);
            if (seen[field])
            {
                problems.Add(new ReadProblem(sourceName, 0, path, Raw(property.Value), ReadMessages.KeyTwice(property.Name)));
                continue;
            }

            seen[field] = true;
            var json = property.Value;
            if (field == TextFields.Length)
            {
                switch (json.ValueKind)
                {
                    case JsonValueKind.Number:
                        if (json.TryGetDouble(out var d) && double.IsFinite(d))
                        {
                            number = d;
                        }
                        else
                        {
                            value = json.GetRawText();
                        }

                        break;
                    case JsonValueKind.String:
                        if (!TryGetString(json, out value))
                        {
                            problems.Add(new ReadProblem(sourceName, 0, path, Raw(json), LoneSurrogate));
                        }

                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        value = json.ValueKind == JsonValueKind.True ? "true" : "false";
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        problems.Add(new ReadProblem(sourceName, 0, path, Raw(json), ReadMessages.ValueType(Kind(json))));
                        break;
                }

                continue;
            }

            if (json.ValueKind is JsonValueKind.Null)
            {
                texts[field] = null;
            }
            else if (json.ValueKind is JsonValueKind.String)
            {
                if (TryGetString(json, out var text))
                {
                    texts[field] = text;
                }
                else
                {
                    problems.Add(new ReadProblem(sourceName, 0, path, Raw(json), LoneSurrogate));
                }
            }
            else
            {
                problems.Add(new ReadProblem(sourceName, 0, path, Raw(json), ReadMessages.StringExpected(property.Name, Kind(json))));
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new ObservationFields(texts[0], texts[1], value, texts[2], texts[3], texts[4], texts[5], texts[6], texts[7]) { Number = number, Period = texts[8] };
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Raw(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length > 80 ? raw[..80] + "…" : raw;
    }

    /// <summary>The JSON path of an observation or one of its fields, written only for problems.</summary>
    internal static string LocationOf(int index, string? field)
        => "$.observations[" + index.ToString(CultureInfo.InvariantCulture) + "]" + (field is null ? string.Empty : "." + field);

    /// <summary>Writes observations as a JSON observation file (indented, invariant).</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="observations">The observations.</param>
    public static void Write(Stream utf8Json, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(observations);

        // Written field by field, not through DTOs: the same text as the serializer's (a test compares them), without
        // an intermediate object and date string per observation.
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString(Names.FormatVersion, FormatVersion.Current);
        writer.WriteStartArray(Names.Observations);
        Span<char> date = stackalloc char[10];
        foreach (var o in observations)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Indicator, o.IndicatorId.Value);
            if (IsoDate.TryFormat(o.Date, date))
            {
                writer.WriteString(Names.Date, date);
            }
            else
            {
                writer.WriteString(Names.Date, IsoDate.Format(o.Date));
            }

            switch (o.Value.Kind)
            {
                case QuantityKind.QualityClass:
                    writer.WriteString(Names.Value, QualityClass.FromOrdinal((int)o.Value.Value).ToLatinString());
                    break;
                case QuantityKind.Completion:
                    writer.WriteString(Names.Value, o.Value.Value >= 0.5 ? "done" : "not-done");
                    break;
                default:
                    writer.WriteNumber(Names.Value, o.Value.Value);
                    break;
            }

            writer.WriteString(Names.Unit, o.Value.Unit.Symbol);
            WriteIfPresent(writer, Names.Area, o.Area);
            WriteIfPresent(writer, Names.Component, o.Component);
            WriteIfPresent(writer, Names.Status, o.Status == ObservationStatus.Normal ? null : ObservationFieldParser.StatusText(o.Status));
            WriteIfPresent(writer, Names.Source, o.Source);
            WriteIfPresent(writer, Names.Note, o.Note);
            WriteIfPresent(writer, Names.Period, o.Period is { } p ? SdmxPeriod.Format(p) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = IndicatorsJsonContext.Readable.Options.Encoder,
    };

    private static void WriteIfPresent(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    internal static ObservationDto ToDto(Observation o)
    {
        var value = o.Value.Kind switch
        {
            QuantityKind.QualityClass => JsonScalar.Of(QualityClass.FromOrdinal((int)o.Value.Value).ToLatinString()),
            QuantityKind.Completion => JsonScalar.Of(o.Value.Value >= 0.5 ? "done" : "not-done"),
            _ => JsonScalar.Of(o.Value.Value),
        };
        return new ObservationDto(
            o.IndicatorId.Value,
            IsoDate.Format(o.Date),
            value,
            o.Value.Unit.Symbol,
            o.Area,
            o.Component,
            o.Status == ObservationStatus.Normal ? null : ObservationFieldParser.StatusText(o.Status),
            o.Source,
            o.Note,
            o.Period is { } p ? SdmxPeriod.Format(p) : null);
    }

    /// <summary>The property names, encoded once.</summary>
    private static class Names
    {
        internal static readonly JsonEncodedText FormatVersion = JsonEncodedText.Encode("formatVersion");
        internal static readonly JsonEncodedText Observations = JsonEncodedText.Encode("observations");
        internal static readonly JsonEncodedText Indicator = JsonEncodedText.Encode("indicator");
        internal static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        internal static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        internal static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        internal static readonly JsonEncodedText Area = JsonEncodedText.Encode("area");
        internal static readonly JsonEncodedText Component = JsonEncodedText.Encode("component");
        internal static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        internal static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        internal static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
        internal static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
    }

    private const string LoneSurrogate = "The text holds an escape that is not a character (a lone UTF-16 surrogate such as \\ud800): write the character itself, or a pair of surrogates.";

    /// <summary>A string's text, or false when it holds a lone UTF-16 surrogate escape (which no .NET string can take as text).</summary>
    private static bool TryGetString(JsonElement json, out string? text)
    {
        try
        {
            text = json.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
