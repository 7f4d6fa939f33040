using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Scorecards (and so evaluations) in JSON: <c>{ "formatVersion", "asOf", "counts", "evaluations": [...] }</c>, as
/// <see cref="ToJson"/> writes them and the command-line tool's <c>--format json</c> prints them; reading binds each
/// evaluation to its indicator in a catalog.
/// </summary>
public static class ScorecardJson
{
    /// <summary>JSON: <c>{ "formatVersion", "asOf", "counts", "evaluations": [ { "id", "status", "reason", "actual", "target", "expected", "progress", ... } ] }</c>.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Scorecard scorecard)
    {
        Preconditions.CheckNotNull(scorecard);
        var counts = Enum.GetValues<EvaluationStatus>().ToDictionary(s => s.ToKebabCase(), s => scorecard.Counts[s]);
        var dto = new ScorecardDto(FormatVersion.Current, IsoDate.Format(scorecard.AsOf), counts, scorecard.Evaluations.Select(JsonMapping.ToDto).ToList())
        {
            Grades = Enum.GetValues<Grade>().ToDictionary(g => g.ToText(), g => scorecard.Counts[g]),
        };
        return JsonSerializer.Serialize(dto, IndicatorsJsonContext.Readable.ScorecardDto);
    }

    /// <summary>
    /// The scorecard rolled up by lead unit (牵头单位) as JSON: an array of <c>{ unit, promises, counts, grades }</c>,
    /// units in order of first appearance and promises without a unit last (<c>unit</c> null).
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON text.</returns>
    public static string ByUnitToJson(Scorecard scorecard)
    {
        Preconditions.CheckNotNull(scorecard);
        var units = scorecard.Evaluations.GroupBy(e => e.Indicator.ResponsibleUnit).OrderBy(g => g.Key is null).Select(g =>
        {
            var counts = new StatusCounts(g);
            return new UnitDto(
                g.Key,
                [.. g.Select(e => e.Indicator.Id.Value)],
                Enum.GetValues<EvaluationStatus>().ToDictionary(s => s.ToKebabCase(), s => counts[s]),
                Enum.GetValues<Grade>().ToDictionary(x => x.ToText(), x => counts[x]));
        }).ToList();
        return JsonSerializer.Serialize(units, IndicatorsJsonContext.Readable.ListUnitDto);
    }

    /// <summary>Writes the scorecard as <see cref="ToJson"/> does (UTF-8, no byte order mark).</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="scorecard">The scorecard.</param>
    public static void Write(Stream utf8Json, Scorecard scorecard)
    {
        Preconditions.CheckNotNull(utf8Json);
        var bytes = System.Text.Encoding.UTF8.GetBytes(ToJson(scorecard));
        utf8Json.Write(bytes);
    }

    /// <summary>Reads a scorecard file; see <see cref="Read"/>. A missing file or a directory is the one problem.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The catalog the evaluations refer to.</param>
    /// <returns>The scorecard and the problems.</returns>
    public static ReadResult<Scorecard> ReadFile(string path, IndicatorCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return FileLoad.ReadDocument(Preconditions.CheckNotNull(path), "a scorecard file", (stream, name) => Read(stream, name, catalog));
    }

    /// <summary>Reads a scorecard written by this library, binding evaluations to the catalog's indicators.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">The name used in problems.</param>
    /// <param name="catalog">The catalog the evaluations refer to.</param>
    /// <returns>The scorecard and the problems; no value when the file cannot be read at all.</returns>
    public static ReadResult<Scorecard> Read(Stream utf8Json, string sourceName, IndicatorCatalog catalog)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(sourceName);
        Preconditions.CheckNotNull(catalog);
        var problems = new List<ReadProblem>();
        ScorecardDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, IndicatorsJsonContext.Default.ScorecardDto);
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem.Malformed(sourceName, e));
            return ReadResult<Scorecard>.Failure(problems);
        }

        if (dto is null || FormatVersion.Check(dto.FormatVersion) is { } versionProblem)
        {
            problems.Add(new ReadProblem(sourceName, 0, "$.formatVersion", dto?.FormatVersion, dto is null ? CatalogMessages.ScorecardObject : FormatVersion.Check(dto.FormatVersion)!));
            return ReadResult<Scorecard>.Failure(problems);
        }

        if (!IsoDate.TryParse(dto.AsOf, out var asOf))
        {
            problems.Add(new ReadProblem(sourceName, 0, "$.asOf", dto.AsOf, Rows.ReadMessages.DateFormat));
            return ReadResult<Scorecard>.Failure(problems);
        }

        var evaluations = new List<Evaluation>();
        var list = dto.Evaluations ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (ToEvaluation(list[i], "$.evaluations[" + i.ToString(CultureInfo.InvariantCulture) + "]", asOf, catalog, sourceName, problems) is { } e)
            {
                evaluations.Add(e);
            }
        }

        return new(new Scorecard(asOf, evaluations), problems);
    }

    private static Evaluation? ToEvaluation(EvaluationDto? dto, string path, LocalDate asOf, IndicatorCatalog catalog, string source, List<ReadProblem> problems)
    {
        void Problem(string field, string? text, string message) => problems.Add(new ReadProblem(source, 0, path + "." + field, text, message));
        if (dto is null)
        {
            problems.Add(new ReadProblem(source, 0, path, "null", CatalogMessages.EvaluationObject));
            return null;
        }

        var before = problems.Count;
        Indicator? indicator = null;
        if (!IndicatorId.TryParse(dto.Id, out var id) || !catalog.TryGet(id, out indicator))
        {
            Problem("id", dto.Id, Rows.ReadMessages.UnknownIndicator);
        }

        if (!EvaluationStatusText.TryParse(dto.Status, out var status))
        {
            Problem("status", dto.Status, CatalogMessages.OneOf(EvaluationStatusText.All));
        }

        Measure? M(string field, MeasureDto? m)
        {
            if (m is null)
            {
                return null;
            }

            if (!MeasureUnit.TryParse(m.Unit, out var unit) || !double.IsFinite(m.Value))
            {
                Problem(field, m.Unit, CatalogMessages.MeasureFormat);
                return null;
            }

            return new Measure(m.Value, unit);
        }

        var actual = M("actual", dto.Actual);
        var target = M("targetValue", dto.TargetValue);
        var expected = M("expected", dto.Expected);
        var gap = M("gap", dto.Gap);
        var level = AchievedLevel.NotApplicable;
        if (dto.Level is { } levelText && !Enum.TryParse(levelText, ignoreCase: true, out level))
        {
            Problem("level", dto.Level, CatalogMessages.AchievedLevelFormat);
        }

        var inputs = Inputs(dto.Inputs, path, source, problems);
        var parts = Parts(dto.Parts, path, asOf, catalog, source, problems);

        var grade = Grade.Grey;
        if (dto.Grade is { } gradeText && !GradeText.TryParse(gradeText, out grade))
        {
            Problem("grade", dto.Grade, CatalogMessages.OneOf(GradeText.All));
        }

        var warnings = Warnings(dto.Warnings, Problem);
        var compliance = dto.Compliance is { } kept ? ComplianceOf(kept, Problem) : null;

        if (problems.Count > before || indicator is null)
        {
            return null;
        }

        return new Evaluation(indicator, asOf, status, dto.Reason ?? string.Empty, dto.ReasonZh)
        {
            Actual = actual,
            TargetValue = target,
            Expected = expected,
            Gap = gap,
            Progress = dto.Progress,
            Method = dto.Method ?? "threshold",
            Level = level,
            Component = dto.Component,
            Inputs = inputs,
            Parts = parts,
            Completion = dto.CompletionRate is { } c && double.IsFinite(c) ? c : null,
            TimeElapsed = dto.TimeElapsed is { } t && double.IsFinite(t) ? t : null,
            Grade = grade,
            OnSchedule = dto.ScheduleGapPoints is not null,
            Provisional = dto.Provisional ?? false,
            Compliance = compliance,
            Warnings = warnings,
        };
    }

    private static List<Observation> Inputs(List<ObservationDto>? dtos, string path, string source, List<ReadProblem> problems)
    {
        var inputParser = new ObservationFieldParser(null, source, problems);
        var inputs = new List<Observation>();
        for (var k = 0; k < (dtos?.Count ?? 0); k++)
        {
            var o = dtos![k];
            var value = o.Value.AsText;
            var inputPath = path + ".inputs[" + k.ToString(CultureInfo.InvariantCulture) + "]";
            if (inputParser.Parse(new ObservationFields(o.Indicator, o.Date, value, o.Unit, o.Area, o.Component, o.Status, o.Source, o.Note), 0, f => inputPath + "." + f) is { } observation)
            {
                inputs.Add(observation);
            }
        }

        return inputs;
    }

    private static List<Evaluation> Parts(List<EvaluationDto>? dtos, string path, LocalDate asOf, IndicatorCatalog catalog, string source, List<ReadProblem> problems)
    {
        var parts = new List<Evaluation>();
        for (var k = 0; k < (dtos?.Count ?? 0); k++)
        {
            if (ToEvaluation(dtos![k], path + ".parts[" + k.ToString(CultureInfo.InvariantCulture) + "]", asOf, catalog, source, problems) is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private static List<EvaluationWarning> Warnings(List<WarningDto>? dtos, Action<string, string?, string> problem)
    {
        var warnings = new List<EvaluationWarning>();
        for (var k = 0; k < (dtos?.Count ?? 0); k++)
        {
            var w = dtos![k];
            if (string.IsNullOrWhiteSpace(w?.Code) || string.IsNullOrWhiteSpace(w.Message))
            {
                problem("warnings[" + k.ToString(CultureInfo.InvariantCulture) + "]", w?.Code, CatalogMessages.WarningShape);
                continue;
            }

            warnings.Add(new EvaluationWarning(w.Code, w.Message, string.IsNullOrWhiteSpace(w.MessageZh) ? w.Message : w.MessageZh));
        }

        return warnings;
    }

    private static Compliance? ComplianceOf(ComplianceDto kept, Action<string, string?, string> problem)
    {
        var lapses = new List<LocalDate>();
        foreach (var text in kept.Lapses ?? [])
        {
            if (IsoDate.TryParse(text, out var lapse))
            {
                lapses.Add(lapse);
            }
            else
            {
                problem("compliance.lapses", text, Rows.ReadMessages.DateFormat);
            }
        }

        if (kept.Due < 0 || kept.Kept < 0 || kept.Kept > kept.Due)
        {
            problem("compliance", null, CatalogMessages.ComplianceRange);
            return null;
        }

        return new Compliance(kept.Kept, kept.Due, lapses);
    }
}
