using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Observations in JSON: <c>{ "formatVersion": "1.0", "observations": [ { "indicator": "tianfu-greenway",
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

        using var stream = File.OpenRead(path);
        return Read(stream, name, options);
    }

    /// <summary>Reads JSON observations from a stream (UTF-8).</summary>
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
        var problems = new List<LoadProblem>();
        var items = new List<Observation>();
        ObservationFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(utf8Json, IndicatorsJsonContext.Default.ObservationFileDto);
        }
        catch (JsonException e)
        {
            problems.Add(LoadProblem.MalformedJson(sourceName, e));
            return FileLoad.Finish(new(items, problems), options);
        }

        if (file is null)
        {
            problems.Add(new LoadProblem(sourceName, 1, "$", "null", "Expected an object with formatVersion and observations."));
            return FileLoad.Finish(new(items, problems), options);
        }

        if (FormatVersion.Check(file.FormatVersion) is { } versionProblem)
        {
            problems.Add(new LoadProblem(sourceName, 0, "$.formatVersion", file.FormatVersion, versionProblem));
            return FileLoad.Finish(new(items, problems), options);
        }

        if (file.Observations is null)
        {
            problems.Add(new LoadProblem(sourceName, 0, "$.observations", null, "The observations array is required."));
            return FileLoad.Finish(new(items, problems), options);
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
            };
            if (parser.Parse(fields, i, LocationOf) is { } observation)
            {
                items.Add(observation);
            }
        }

        return FileLoad.Finish(new(items, problems), options);
    }

    /// <summary>The JSON path of an observation or one of its fields, written only for problems.</summary>
    private static string LocationOf(int index, string? field)
        => "$.observations[" + index.ToString(CultureInfo.InvariantCulture) + "]" + (field is null ? string.Empty : "." + field);

    /// <summary>Writes observations as a JSON observation file (indented, invariant).</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="observations">The observations.</param>
    public static void Write(Stream utf8Json, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(utf8Json);
        var dto = new ObservationFileDto(FormatVersion.Current, Preconditions.CheckNotNull(observations).Select(ToDto).ToList());
        JsonSerializer.Serialize(utf8Json, dto, IndicatorsJsonContext.Readable.ObservationFileDto);
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
            o.Area == Observation.HomeArea ? null : o.Area,
            o.Component,
            o.Status == ObservationStatus.Normal ? null : o.Status.ToString().ToLowerInvariant(),
            o.Source,
            o.Note);
    }
}
