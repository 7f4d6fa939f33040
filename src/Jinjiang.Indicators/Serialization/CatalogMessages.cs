using System.Globalization;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// The texts of the problems a catalog, a target definition, a task breakdown or a scorecard file can have, one named
/// template each (NodaTime's <c>TextErrorMessages</c> is the model; the observation rows have theirs in
/// <c>Rows.ReadMessages</c>): the mappings write them, tests name them, and <c>ProblemTextChinese</c> holds the Chinese
/// of each. A wording changes here and nowhere else.
/// </summary>
internal static class CatalogMessages
{
    /// <summary>A catalog object whose indicators are not an array.</summary>
    internal const string IndicatorsArray = "Expected the array of indicators (indicators).";

    /// <summary>A catalog file that is neither a catalog object nor a bare array (format 1).</summary>
    internal const string CatalogShape = "Expected a catalog object { formatVersion, indicators } or an array of indicators.";

    /// <summary>An entry that is null.</summary>
    internal const string IndicatorObject = "Expected an indicator object.";

    /// <summary>An id that is not kebab-case.</summary>
    internal const string IdFormat = "Expected a kebab-case indicator id.";

    /// <summary>An id another entry already has.</summary>
    internal const string IdTaken = "Another indicator already has this id.";

    /// <summary>A value type that is not one of the value types.</summary>
    internal const string ValueTypeFormat = "Expected a value type: length, area, ratio, mass, duration, count, money, quality-class, rank, percentage-points, index or completion.";

    /// <summary>A commitment that is not one of the commitments.</summary>
    internal const string CommitmentFormat = "Expected plain, strive, ensure or require.";

    /// <summary>A direction that is not one of the directions.</summary>
    internal const string DirectionFormat = "Expected higher-is-better or lower-is-better.";

    /// <summary>A section id that is not kebab-case.</summary>
    internal const string SectionFormat = "Expected a kebab-case section id.";

    /// <summary>A report without the area it governs.</summary>
    internal const string AreaRequired = "The area the report governs is required (锦江区).";

    /// <summary>A report without its plan year.</summary>
    internal const string YearFormat = "Expected the plan year, such as 2023.";

    /// <summary>A report level that is not one of the levels.</summary>
    internal const string LevelFormat = "Expected national, province, city, county, district or unspecified.";

    /// <summary>A deadline before the start.</summary>
    internal const string DeadlineBeforeStart = "The deadline cannot be before the start.";

    /// <summary>A class target whose class is not a quality class.</summary>
    internal const string ClassFormat = "Expected a quality class such as III.";

    /// <summary>A cadence unit that is not one of the units.</summary>
    internal const string CadenceUnitFormat = "Expected week, month or quarter.";

    /// <summary>A target type that is not one of the types.</summary>
    internal const string TargetType = "Unknown target type; expected one of at-least, at-most, about, range, coverage, floor-and-stretch, delivery, change, rank, class, cadence, response-time, milestone, direction, all-of.";

    /// <summary>A basis that is not one of the bases.</summary>
    internal const string BasisFormat = "Expected at-deadline, throughout or over-period.";

    /// <summary>A quantity that is not an object with a value and a unit.</summary>
    internal const string QuantityShape = "Expected a quantity { \"value\": number, \"unit\": symbol }.";

    /// <summary>A quantity's unit that is not a known symbol.</summary>
    internal const string UnknownUnit = "Unknown unit.";

    /// <summary>A quantity kind that is not one of the kinds.</summary>
    internal const string KindFormat = "Expected a quantity kind such as count, length, area, ratio, money, index.";

    /// <summary>An all-of target without parts.</summary>
    internal const string AllOfParts = "An all-of target needs parts.";

    /// <summary>A breakdown node that is null.</summary>
    internal const string NodeShape = "Expected a node: {\"due\": \"2023-06-30\", \"value\": 8, \"unit\": \"km\"} or {\"due\": \"2023-06-30\", \"stage\": \"开工\"}.";

    /// <summary>A node without a due date.</summary>
    internal const string NodeDue = "Expected the node's due date as yyyy-MM-dd.";

    /// <summary>A node that is both or neither a stage and an interim value.</summary>
    internal const string NodeStageOrValue = "Expected either a stage (stage) or an interim value (value and unit), not both or neither.";

    /// <summary>A node value that is not finite.</summary>
    internal const string NodeValueFinite = "Expected a finite number.";

    /// <summary>A node unit that is not a unit.</summary>
    internal const string NodeUnit = "Expected a unit (km, m2, %, count …) of the target's kind.";

    /// <summary>A reporting frequency that is not one of the frequencies.</summary>
    internal const string FrequencyFormat = "Expected monthly, quarterly, half-yearly or yearly.";

    /// <summary>A due day outside 1 to 28.</summary>
    internal const string DueDayRange = "Expected the day of the next month the return is due by, 1 to 28.";

    /// <summary>A scorecard file that is not a scorecard object.</summary>
    internal const string ScorecardObject = "Expected a scorecard object.";

    /// <summary>An evaluation that is null.</summary>
    internal const string EvaluationObject = "Expected an evaluation object.";

    /// <summary>A measure that has no finite value or a known unit.</summary>
    internal const string MeasureFormat = "Expected a finite value with a known unit symbol.";

    /// <summary>An achieved level that is not one of the levels.</summary>
    internal const string AchievedLevelFormat = "Expected none, floor or stretch.";

    /// <summary>A warning without a code or a message.</summary>
    internal const string WarningShape = "Expected a warning with a code and a message.";

    /// <summary>A compliance whose kept units are not between 0 and the units due.</summary>
    internal const string ComplianceRange = "Expected kept between 0 and due.";

    /// <summary>An entry whose fields have the wrong JSON type (the parser's first sentence); the entry is left out.</summary>
    internal static string WrongType(string parserSentence) => "Wrong type: " + parserSentence + " The entry is left out.";

    /// <summary>An entry the mapping could not read (its sentence); the entry is left out.</summary>
    internal static string LeftOut(string sentence) => sentence + " The entry is left out.";

    /// <summary>A name that is missing, in the language of <paramref name="field"/>.</summary>
    internal static string NameRequired(string field, bool chinese) => chinese ? $"The Chinese name is required ({field})." : $"The English name is required ({field}).";

    /// <summary>A readable field (start, deadline, target) that disagrees with the definition.</summary>
    internal static string ReadableFieldDisagrees(string field, string says, string definition)
        => $"The {field} says {says} but the definition says {definition}: edit both, or remove the readable field.";

    /// <summary>How many entries are left out for their problems, and how many are read.</summary>
    internal static string EntriesLeftOut(int leftOut, int total, int read)
        => string.Create(CultureInfo.InvariantCulture, $"{leftOut} of {total} entries have problems and are left out; the other {read} are read.");

    /// <summary>A node due after the target's deadline.</summary>
    internal static string NodeAfterDeadline(string deadline) => $"The node falls after the deadline {deadline}.";

    /// <summary>A node of another kind than the target.</summary>
    internal static string NodeKind(string nodeKind, string targetKind) => $"The node is a {nodeKind}, but the target is a {targetKind}.";

    /// <summary>A status or grade that is not one of its names.</summary>
    internal static string OneOf(IEnumerable<string> names) => $"Expected one of {string.Join(", ", names)}.";
}
