using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jinjiang.Indicators.Serialization;

/// <summary>The observation file: <c>{ "formatVersion": "1.1", "observations": [ ... ] }</c>.</summary>
internal sealed record ObservationFileDto(
    [property: JsonPropertyName("formatVersion")] string? FormatVersion,
    [property: JsonPropertyName("observations")] List<ObservationDto>? Observations);

/// <summary>One observation; <c>value</c> is a number, or a string for classes (<c>"Ⅲ"</c>) and milestones (<c>"done"</c>).</summary>
internal sealed record ObservationDto(
    [property: JsonPropertyName("indicator")] string? Indicator,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("value")] JsonScalar Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("area")] string? Area = null,
    [property: JsonPropertyName("component")] string? Component = null,
    [property: JsonPropertyName("status")] string? Status = null,
    [property: JsonPropertyName("source")] string? Source = null,
    [property: JsonPropertyName("note")] string? Note = null,
    [property: JsonPropertyName("period")] string? Period = null);

/// <summary>A measure in machine form: value in its unit, the unit symbol, and the text a person reads.</summary>
internal sealed record MeasureDto(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("text")] string Text);

/// <summary>The catalog file of format 2: <c>{ "formatVersion": "2.0", "indicators": [ ... ] }</c> (format 1 was the bare array).</summary>
internal sealed record CatalogFileDto(
    [property: JsonPropertyName("formatVersion")] string FormatVersion,
    [property: JsonPropertyName("indicators")] List<IndicatorDto> Indicators);

/// <summary>
/// One catalog entry. Format 2 follows the one bilingual rule (English unmarked, Chinese <c>…Zh</c>): <c>name</c> is
/// English and <c>nameZh</c> Chinese. Format 1 had <c>name</c> Chinese and <c>nameEn</c> English; the reader maps a
/// format-1 entry onto the format-2 fields (<see cref="CatalogJsonReader"/>), so <see cref="NameEn"/> is only read.
/// </summary>
internal sealed record IndicatorDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("nameZh")] string? NameZh,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("sectionName")] string SectionName,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("targetType")] string TargetType,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("targetZh")] string TargetZh,
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("deadline")] string Deadline,
    [property: JsonPropertyName("commitment")] string Commitment,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("responsibleUnit")] string? ResponsibleUnit,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("interpretation")] string? Interpretation,
    [property: JsonPropertyName("valueType")] string? ValueType = null,
    [property: JsonPropertyName("sectionNameZh")] string? SectionNameZh = null,
    [property: JsonPropertyName("area")] string? Area = null,
    [property: JsonPropertyName("definition")] TargetDto? Definition = null,
    [property: JsonPropertyName("report")] ReportDto? Report = null,
    [property: JsonPropertyName("interpretationZh")] string? InterpretationZh = null,
    [property: JsonPropertyName("cooperatingUnits")] List<string>? CooperatingUnits = null,
    [property: JsonPropertyName("leader")] string? Leader = null,
    [property: JsonPropertyName("nodes")] List<NodeDto?>? Nodes = null,
    [property: JsonPropertyName("reporting")] ReportingDto? Reporting = null,
    [property: JsonPropertyName("nameEn")] string? NameEn = null);

/// <summary>A node target of a task breakdown (catalog format 1.2): a due date with an interim value or a named stage.</summary>
internal sealed record NodeDto(
    [property: JsonPropertyName("due")] string? Due,
    [property: JsonPropertyName("value")] double? Value = null,
    [property: JsonPropertyName("unit")] string? Unit = null,
    [property: JsonPropertyName("stage")] string? Stage = null);

/// <summary>A reporting calendar (catalog format 1.2): monthly, quarterly, half-yearly or yearly, due by a day of the next month.</summary>
internal sealed record ReportingDto(
    [property: JsonPropertyName("frequency")] string? Frequency,
    [property: JsonPropertyName("dueDay")] int? DueDay);

/// <summary>The work report an indicator comes from (catalog format 1.1).</summary>
internal sealed record ReportDto(
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("area")] string? Area,
    [property: JsonPropertyName("level")] string? Level,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("delivered")] string? Delivered = null,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("areaEn")] string? AreaEn = null,
    [property: JsonPropertyName("source")] string? Source = null);

/// <summary>A target in machine form, enough to rebuild it (the <c>type</c> says which fields apply).</summary>
internal sealed record TargetDto(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("start")] string? Start = null,
    [property: JsonPropertyName("deadline")] string? Deadline = null,
    [property: JsonPropertyName("value")] QuantityDto? Value = null,
    [property: JsonPropertyName("maximum")] QuantityDto? Maximum = null,
    [property: JsonPropertyName("halfWidth")] QuantityDto? HalfWidth = null,
    [property: JsonPropertyName("inclusive")] bool? Inclusive = null,
    [property: JsonPropertyName("floor")] TargetDto? Floor = null,
    [property: JsonPropertyName("stretch")] TargetDto? Stretch = null,
    [property: JsonPropertyName("changePercent")] double? ChangePercent = null,
    [property: JsonPropertyName("baselineStart")] string? BaselineStart = null,
    [property: JsonPropertyName("baselineEnd")] string? BaselineEnd = null,
    [property: JsonPropertyName("accumulates")] bool? Accumulates = null,
    [property: JsonPropertyName("valueKind")] string? ValueKind = null,
    [property: JsonPropertyName("peersName")] string? PeersName = null,
    [property: JsonPropertyName("peersNameZh")] string? PeersNameZh = null,
    [property: JsonPropertyName("peers")] List<string>? Peers = null,
    [property: JsonPropertyName("topK")] int? TopK = null,
    [property: JsonPropertyName("class")] string? Class = null,
    [property: JsonPropertyName("minimumEvents")] int? MinimumEvents = null,
    [property: JsonPropertyName("cadenceUnit")] string? CadenceUnit = null,
    [property: JsonPropertyName("tiers")] List<TierDto>? Tiers = null,
    [property: JsonPropertyName("parts")] List<PartDto>? Parts = null,
    [property: JsonPropertyName("basis")] string? Basis = null,
    [property: JsonPropertyName("verb")] string? Verb = null,
    [property: JsonPropertyName("orMore")] bool? OrMore = null,
    [property: JsonPropertyName("direction")] string? Direction = null,
    [property: JsonPropertyName("peersNameEn")] string? PeersNameEn = null);

/// <summary>A quantity in files: value and unit symbol.</summary>
internal sealed record QuantityDto(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string? Unit);

/// <summary>A response tier.</summary>
internal sealed record TierDto(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("limitMinutes")] double LimitMinutes,
    [property: JsonPropertyName("requiredPercent")] double RequiredPercent,
    [property: JsonPropertyName("nameZh")] string? NameZh = null);

/// <summary>A part of an all-of target.</summary>
internal sealed record PartDto(
    [property: JsonPropertyName("component")] string? Component,
    [property: JsonPropertyName("target")] TargetDto? Target,
    [property: JsonPropertyName("nameZh")] string? NameZh = null);

/// <summary>One evaluation.</summary>
internal sealed record EvaluationDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("nameZh")] string NameZh,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("commitment")] string Commitment,
    [property: JsonPropertyName("component")] string? Component,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("deadline")] string Deadline,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("targetValue")] MeasureDto? TargetValue,
    [property: JsonPropertyName("actual")] MeasureDto? Actual,
    [property: JsonPropertyName("expected")] MeasureDto? Expected,
    [property: JsonPropertyName("progress")] double? Progress,
    [property: JsonPropertyName("gap")] MeasureDto? Gap,
    [property: JsonPropertyName("level")] string? Level,
    [property: JsonPropertyName("inputs")] List<ObservationDto> Inputs,
    [property: JsonPropertyName("parts")] List<EvaluationDto>? Parts,
    [property: JsonPropertyName("reasonZh")] string? ReasonZh = null)
{
    /// <summary>完成率 as a fraction (0.98), where the kind defines one.</summary>
    [JsonPropertyName("completionRate")]
    public double? CompletionRate { get; init; }

    /// <summary>The share of the target's period elapsed (时间进度).</summary>
    [JsonPropertyName("timeElapsed")]
    public double? TimeElapsed { get; init; }

    /// <summary>Progress less time elapsed, in percentage points (negative when behind).</summary>
    [JsonPropertyName("scheduleGapPoints")]
    public double? ScheduleGapPoints { get; init; }

    /// <summary>green, yellow, red or grey.</summary>
    [JsonPropertyName("grade")]
    public string? Grade { get; init; }

    /// <summary>Whether the verdict rests on a provisional figure.</summary>
    [JsonPropertyName("provisional")]
    public bool? Provisional { get; init; }

    /// <summary>How often a promise held throughout or a cadence was kept.</summary>
    [JsonPropertyName("compliance")]
    public ComplianceDto? Compliance { get; init; }

    /// <summary>What in the data an office would question.</summary>
    [JsonPropertyName("warnings")]
    public List<WarningDto>? Warnings { get; init; }

    /// <summary>The lead unit (牵头单位), where known.</summary>
    [JsonPropertyName("responsibleUnit")]
    public string? ResponsibleUnit { get; init; }

    /// <summary>The cooperating units (配合单位), where known.</summary>
    [JsonPropertyName("cooperatingUnits")]
    public List<string>? CooperatingUnits { get; init; }
}

/// <summary>A compliance record: kept of due, the rate and the dates of the lapses.</summary>
internal sealed record ComplianceDto(
    [property: JsonPropertyName("kept")] int Kept,
    [property: JsonPropertyName("due")] int Due,
    [property: JsonPropertyName("rate")] double? Rate,
    [property: JsonPropertyName("lapses")] List<string>? Lapses);

/// <summary>A data warning on an evaluation.</summary>
internal sealed record WarningDto(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("messageZh")] string? MessageZh);

/// <summary>A scorecard: the as-of date, counts and every evaluation.</summary>
internal sealed record ScorecardDto(
    [property: JsonPropertyName("formatVersion")] string FormatVersion,
    [property: JsonPropertyName("asOf")] string AsOf,
    [property: JsonPropertyName("counts")] Dictionary<string, int> Counts,
    [property: JsonPropertyName("evaluations")] List<EvaluationDto> Evaluations)
{
    /// <summary>The counts by grade (green, yellow, red, grey).</summary>
    [JsonPropertyName("grades")]
    public Dictionary<string, int>? Grades { get; init; }
}

/// <summary>One lead unit's promises and counts (the scorecard by unit).</summary>
internal sealed record UnitDto(
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("promises")] List<string> Promises,
    [property: JsonPropertyName("counts")] Dictionary<string, int> Counts,
    [property: JsonPropertyName("grades")] Dictionary<string, int> Grades);

/// <summary>A promise candidate found in report text.</summary>
internal sealed record CandidateDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("commitment")] string Commitment,
    [property: JsonPropertyName("quantity")] MeasureDto? Quantity,
    [property: JsonPropertyName("quantityText")] string? QuantityText,
    [property: JsonPropertyName("deadline")] string Deadline,
    [property: JsonPropertyName("deadlineStated")] bool DeadlineStated,
    [property: JsonPropertyName("topK")] int? TopK,
    [property: JsonPropertyName("peers")] string? Peers,
    [property: JsonPropertyName("class")] string? Class,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("sentence")] string Sentence);

/// <summary>A review's outcomes matched to promises, as written.</summary>
internal sealed record OutcomeMatchesDto(
    [property: JsonPropertyName("matches")] List<OutcomeMatchDto> Matches,
    [property: JsonPropertyName("unmatchedPromises")] List<string> UnmatchedPromises,
    [property: JsonPropertyName("unmatchedOutcomes")] List<string> UnmatchedOutcomes);

/// <summary>One outcome matched to a promise: a figure (value and unit) or a status.</summary>
internal sealed record OutcomeMatchDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("promise")] string Promise,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("judgeable")] bool Judgeable,
    [property: JsonPropertyName("provisional")] bool Provisional,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("source")] string Source);

/// <summary>The source-generated (AOT- and trim-safe) serializer context for every file format of the library.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    MaxDepth = 32,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ObservationFileDto))]
[JsonSerializable(typeof(List<IndicatorDto>))]
[JsonSerializable(typeof(CatalogFileDto))]
[JsonSerializable(typeof(ScorecardDto))]
[JsonSerializable(typeof(List<UnitDto>))]
[JsonSerializable(typeof(List<CandidateDto>))]
[JsonSerializable(typeof(OutcomeMatchesDto))]
internal sealed partial class IndicatorsJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the outcomes JSON is written with (as the tool always wrote it): quotes and apostrophes in the
    /// statements and reasons stay as they are; the text is for a JSON reader, never embedded in HTML.
    /// </summary>
    internal static IndicatorsJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        MaxDepth = 32,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The context used for writing: Chinese text stays readable instead of \u escapes.</summary>
    internal static IndicatorsJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        MaxDepth = 32,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    });
}
