using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Quantities;

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
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static LoadResult<Observation> ReadFile(string path, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= ObservationReadOptions.Default;
        if (FileLoad.Refuse(path, options) is { } refused)
        {
            return refused;
        }

        var name = Path.GetFileName(path);
        using var stream = FileLoad.OpenSeekable(path, options, out var tooLarge);
        return stream is null ? FileLoad.Refused(name, tooLarge!, options) : Read(stream, name, options);
    }

    /// <summary>Reads JSON observations from a stream: UTF-8, or UTF-16 with a byte order mark, or GB18030 (detected, or as <see cref="ObservationReadOptions.Encoding"/> says).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The name used in problems.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static LoadResult<Observation> Read(Stream utf8Json, string sourceName, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(sourceName);
        options ??= ObservationReadOptions.Default;
        var json = ReadAll(utf8Json, options, out var note, out var problem);
        if (problem is not null)
        {
            return FileLoad.Refused(sourceName, problem, options);
        }

        var fast = ObservationJsonFastReader.TryRead(json.Span, sourceName, options);
        var result = fast ?? ReadWithSerializer(json.Span, sourceName, options);
        return FileLoad.Finish(note is null ? result : new LoadResult<Observation>(result.Items, result.Problems) { Notes = [note] }, options);
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
        var view = new MemoryStream(buffer.Array!, buffer.Offset + start, buffer.Count - start, writable: false);
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

    /// <summary>
    /// Reads through the source-generated serializer into DTOs: the reference behaviour, used for every file the fast
    /// reader does not take (malformed JSON, values of the wrong JSON type, unusual layouts), so that problems keep
    /// the serializer's line and path.
    /// </summary>
    internal static LoadResult<Observation> ReadWithSerializer(ReadOnlySpan<byte> json, string sourceName, ObservationReadOptions options)
    {
        var problems = new List<LoadProblem>();
        var items = new List<Observation>();
        ObservationFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(json, IndicatorsJsonContext.Default.ObservationFileDto);
        }
        catch (JsonException e)
        {
            problems.Add(LoadProblem.MalformedJson(sourceName, e));
            return new(items, problems);
        }

        if (file is null)
        {
            problems.Add(new LoadProblem(sourceName, 1, "$", "null", "Expected an object with formatVersion and observations."));
            return new(items, problems);
        }

        if (FormatVersion.Check(file.FormatVersion) is { } versionProblem)
        {
            problems.Add(new LoadProblem(sourceName, 0, "$.formatVersion", file.FormatVersion, versionProblem));
            return new(items, problems);
        }

        if (file.Observations is null)
        {
            problems.Add(new LoadProblem(sourceName, 0, "$.observations", null, "The observations array is required."));
            return new(items, problems);
        }

        var parser = new ObservationFieldParser(options.Catalog, sourceName, problems);
        for (var i = 0; i < file.Observations.Count; i++)
        {
            var dto = file.Observations[i];
            if (dto is null)
            {
                problems.Add(new LoadProblem(sourceName, 0, LocationOf(i, null), "null", "Expected an observation object."));
                continue;
            }

            var fields = new ObservationFields(dto.Indicator, dto.Date, dto.Value.AsNumber is null ? dto.Value.AsText : null, dto.Unit, dto.Area, dto.Component, dto.Status, dto.Source, dto.Note)
            {
                Number = dto.Value.AsNumber,
                Period = dto.Period,
            };
            if (parser.Parse(fields, i, LocationOf) is { } observation)
            {
                items.Add(observation);
            }
        }

        return new(items, problems);
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
            writer.WriteString(Names.Indicator, o.Indicator.Value);
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
            o.Indicator.Value,
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
}
