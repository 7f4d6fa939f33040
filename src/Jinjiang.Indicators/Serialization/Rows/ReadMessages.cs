using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Serialization.Rows;

/// <summary>
/// The texts of the problems an observation file or row can have, one named template each (NodaTime's
/// <c>TextErrorMessages</c> is the model): the field parser writes them, every reader (CSV, JSON, a workbook's cells)
/// reports them, tests name them, and <c>ProblemTextChinese</c> holds the Chinese of each. A wording changes here
/// and nowhere else.
/// </summary>
internal static class ReadMessages
{
    /// <summary>The indicator cell is empty.</summary>
    internal const string IndicatorRequired = "An indicator id is required.";

    /// <summary>The indicator cell is not an id.</summary>
    internal const string IndicatorIdFormat = "Expected a kebab-case indicator id such as tianfu-greenway.";

    /// <summary>The id is not in the catalog the rows are checked against.</summary>
    internal const string UnknownIndicator = "Unknown indicator id: it is not in the catalog.";

    /// <summary>The period is not an SDMX period.</summary>
    internal const string PeriodFormat = "Expected an SDMX period: 2023, 2023-S1, 2023-Q2, 2023-06, 2023-06-30 or 2023-01-01/2023-06-30.";

    /// <summary>The date is not an ISO date.</summary>
    internal const string DateFormat = "Expected an ISO date yyyy-MM-dd.";

    /// <summary>The status is not one of the statuses.</summary>
    internal const string StatusFormat = "Expected normal, provisional, estimated or break (or A, P, E, B; 正式, 预计, 快报, 初步, 估计).";

    /// <summary>The unit is not a unit.</summary>
    internal const string UnknownUnit = "Unknown unit: expected a symbol (km, m2, %, CNY, count, class, rank, done) or a Chinese unit word (公里, 米, 平方米, 万平方米, 平方公里, 亩, 万亩, 公顷, 个, 座, 处, 件, 元, 万元, 亿元, 百分点, 类, 名).";

    /// <summary>The value is not a water quality class.</summary>
    internal const string QualityClassFormat = "Expected a quality class: Ⅰ..Ⅴ, I..V, 1..5, or 劣Ⅴ.";

    /// <summary>The value is not a milestone's state.</summary>
    internal const string CompletionFormat = "Expected done, true, false or a completion date yyyy-MM-dd.";

    /// <summary>The number is NaN or infinite.</summary>
    internal const string NotFinite = "Expected a finite number, not NaN or infinity.";

    /// <summary>A rank that is not a whole number from 1.</summary>
    internal const string RankFormat = "A rank is a whole number from 1.";

    /// <summary>A coverage over 100%.</summary>
    internal const string CoverageRange = "A coverage must be between 0 and 100%.";

    /// <summary>The value cell is empty.</summary>
    internal const string ValueEmpty = "The value is empty: expected a number.";

    /// <summary>The value was typed with a Chinese input method.</summary>
    internal const string FullWidthDigits = "Found full-width digits or punctuation (as a Chinese input method types them): write the number with ASCII digits, 15 not １５.";

    /// <summary>The value carries its percent sign.</summary>
    internal const string PercentInValue = "Found a percent sign in the value: write the number (95) in value and % in unit.";

    /// <summary>A comma used as the decimal point.</summary>
    internal const string DecimalComma = "Found a comma as the decimal point: write 1.5 not 1,5.";

    /// <summary>A thousands separator in the value.</summary>
    internal const string ThousandsSeparator = "Found a thousands separator ',': write 1234 not 1,234.";

    /// <summary>万 or 亿 in the value.</summary>
    internal const string MagnitudeWord = "Found a Chinese magnitude word in the value: write the number in value and the unit word (万元, 万平方米) in unit.";

    /// <summary>Any other text that is not a number.</summary>
    internal const string NotANumber = "Expected a number with '.' as the decimal point.";

    /// <summary>The period and the date disagree.</summary>
    internal static string PeriodEnd(LocalDate end, LocalDate date)
        => $"The period ends on {IsoDate.Format(end)}, but the date is {IsoDate.Format(date)}: the date is the last day of the period.";

    /// <summary>The component names no part of the promise.</summary>
    internal static string UnknownPart(IndicatorId id, string? component, IEnumerable<string> parts)
        => $"Indicator {id} has no part named '{component}'; expected one of: {string.Join(", ", parts)}.";

    /// <summary>The unit measures another kind of quantity than the promise.</summary>
    internal static string UnitOfAnotherKind(MeasureUnit unit, IEnumerable<QuantityKind> expected)
        => $"Unit {unit.Symbol} measures {unit.Kind}, but this indicator needs {string.Join(" or ", expected)}.";

    /// <summary>A value far beyond any real figure.</summary>
    internal static string TooLarge(string value, MeasureUnit unit, double maxPlausible)
        => $"The value is too large to be a real figure: {value} {unit.Symbol} is more than {maxPlausible.ToString("0e0", CultureInfo.InvariantCulture)} in base units{(unit.Kind == QuantityKind.Money ? " (or more than an exact money amount can hold)" : string.Empty)}.";

    /// <summary>A negative value of a kind that cannot be negative.</summary>
    internal static string Negative(QuantityKind kind) => $"A {kind} cannot be negative.";

    /// <summary>A row that repeats an earlier row of the same input (by line when rows have lines).</summary>
    internal static string Duplicate(int firstLine, IndicatorId id, string? area)
        => firstLine > 0
            ? $"Duplicate observation: line {firstLine.ToString(CultureInfo.InvariantCulture)} already has {id} on this date for {area ?? "the home area"}."
            : $"Duplicate observation: {id} on this date for {area ?? "the home area"} appears twice.";

    /// <summary>The path is not there.</summary>
    internal const string FileMissing = "The file does not exist.";

    /// <summary>The path is a directory; <paramref name="what"/> says what to name inside it.</summary>
    internal static string IsDirectory(string what) => $"This is a directory, not a file: name {what} inside it.";

    /// <summary>The file is over the size limit.</summary>
    internal static string FileTooLarge(long length, long maxBytes)
        => string.Create(CultureInfo.InvariantCulture, $"The file is {length} bytes; at most {maxBytes} are accepted.");

    /// <summary>An extension that is no observation format.</summary>
    internal static string FileExtension(string extension) => $"Expected a .csv, .tsv, .txt or .json observation file, not '{extension}'.";

    /// <summary>A text file without a header line.</summary>
    internal static string FileEmpty(IEnumerable<string> required) => $"The file is empty: expected a header line ({string.Join(",", required)}) and rows.";

    /// <summary>A header whose quoting never closes.</summary>
    internal const string MalformedHeader = "Malformed header: a quoted name is not closed (a \" without its closing \"), or the line is longer than 1 MiB.";

    /// <summary>A header column that is no known column.</summary>
    internal static string UnknownColumn(IEnumerable<string> required, IEnumerable<string> optional, string? chineseNames)
        => $"Unknown column; expected {string.Join(", ", required)} and optionally {string.Join(", ", optional)} (or their Chinese names{(chineseNames is null ? string.Empty : ": " + chineseNames)}).";

    /// <summary>A header column named twice.</summary>
    internal const string ColumnTwice = "The column appears twice in the header.";

    /// <summary>A header without the required columns (with a hint when the header is one column: another separator).</summary>
    internal static string MissingColumns(IEnumerable<string> missing, IEnumerable<string> required, bool oneColumn)
        => $"The header lacks the required column(s) {string.Join(", ", missing)}; expected {string.Join(",", required)}.{(oneColumn ? " The header has one column: name the separator if it is not a comma, tab or semicolon." : string.Empty)}";

    /// <summary>A row with another number of cells than the header.</summary>
    internal static string CellCount(int cells, int columns)
        => string.Create(CultureInfo.InvariantCulture, $"The row has {cells} cells; the header has {columns}.");

    /// <summary>Too many malformed rows: not a CSV file, most likely.</summary>
    internal static string TooManyMalformed(int limit)
        => string.Create(CultureInfo.InvariantCulture, $"More than {limit} malformed rows: reading stopped here. Is this a CSV file?");

    /// <summary>JSON that does not parse (the parser's first sentence).</summary>
    internal static string MalformedJson(string parserSentence) => "Malformed JSON: " + parserSentence;

    /// <summary>A JSON observation file that is not an object (found: the JSON kind).</summary>
    internal static string ObservationFileShape(string found) => $"Expected an object with formatVersion and observations, found {found}.";

    /// <summary>A key repeated at the top of a JSON observation file.</summary>
    internal static string KeyRepeated(string key) => $"The key {key} appears more than once; only the first is read.";

    /// <summary>A format version that is not a string.</summary>
    internal static string FormatVersionType(string example, string found) => $"Expected a string such as \"{example}\", found {found}.";

    /// <summary>A JSON observation file without its observations.</summary>
    internal const string ObservationsRequired = "The observations array is required.";

    /// <summary>Observations that are not an array.</summary>
    internal static string ObservationsArray(string found) => $"Expected an array of observations, found {found}.";

    /// <summary>An observation that is null.</summary>
    internal const string ObservationObject = "Expected an observation object.";

    /// <summary>An observation that is not an object.</summary>
    internal static string ObservationObjectFound(string found) => $"Expected an observation object, found {found}.";

    /// <summary>A key repeated in one observation.</summary>
    internal static string KeyTwice(string key) => $"The key {key} appears twice in this observation: which one is meant is not known.";

    /// <summary>A value that is neither a number nor a string.</summary>
    internal static string ValueType(string found) => $"Expected a number, or a string for a class or a milestone, found {found}.";

    /// <summary>A field that should be a string (with an example for the known fields).</summary>
    internal static string StringExpected(string field, string found)
    {
        var hint = field switch
        {
            "date" => " (an ISO date in quotes, \"2023-09-30\")",
            "indicator" => " (an indicator id in quotes, \"tianfu-greenway\")",
            "unit" => " (a unit in quotes, \"km\")",
            "period" => " (a period in quotes, \"2023-Q2\")",
            _ => string.Empty,
        };
        return $"Expected a string{hint}, found {found}.";
    }

    /// <summary>The same observation in two files of a folder; the first file's is kept.</summary>
    internal static string DuplicateAcrossFiles(string firstFile, IndicatorId id, string area, string? component)
        => $"Duplicate observation: {firstFile} already has {id} on this date for {area}{(component is null ? string.Empty : " (" + component + ")")}; the observation of {firstFile} is kept.";
}
