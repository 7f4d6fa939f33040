using System.Globalization;
using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Excel;

/// <summary>
/// The texts of the problems a workbook (observations or a task breakdown) can have, one named template each
/// (NodaTime's <c>TextErrorMessages</c> is the model; a cell's value problems are the core's, through
/// <c>ObservationRecordReader</c>). The readers write them, tests name them; a wording changes here and nowhere else.
/// </summary>
internal static class WorkbookMessages
{
    /// <summary>A header column named twice.</summary>
    internal const string ColumnTwice = "The column appears twice in the header.";

    /// <summary>No sheet of a breakdown workbook has the form's header.</summary>
    internal const string NoBreakdownHeader = "No sheet has a header row with an indicator column (indicator / 指标编号) and a lead-unit column (lead-unit / 牵头单位).";

    /// <summary>A breakdown row whose indicator is not in the catalog.</summary>
    internal const string BreakdownIndicator = "Expected the id of a promise of the catalog (the indicator column of the form).";

    /// <summary>A second breakdown row for the same promise.</summary>
    internal const string BreakdownTwice = "Another row already gives this promise's breakdown; this one is left out.";

    /// <summary>A reporting frequency that is not one of the form's words.</summary>
    internal const string FrequencyFormat = "Expected 按月, 按季度, 按半年 or 按年 (monthly, quarterly, half-yearly, yearly).";

    /// <summary>A due day outside 1 to 28.</summary>
    internal const string DueDayRange = "Expected the day of the next month the return is due by, 1 to 28 (e.g. 5 or 5日).";

    /// <summary>A node cell that is not a date then a stage or a value.</summary>
    internal const string NodeFormat = "Expected a date then a stage or a value: \"2023-06-30 开工\" or \"2023-06-30 6公里\".";

    /// <summary>A node cell whose value cannot be read.</summary>
    internal const string NodeValue = "Expected an interim value with its unit (6公里, 300个, 85%) or a stage name.";

    /// <summary>A workbook that cannot be opened (the reader's sentence).</summary>
    internal static string Unreadable(string reason) => "The file is not a readable .xlsx workbook (" + reason.TrimEnd('.') + ").";

    /// <summary>No sheet of an observation workbook has the required header.</summary>
    internal static string NoObservationHeader(IEnumerable<string> required) => $"No sheet has a header row with the columns {string.Join(", ", required)}.";

    /// <summary>A header cell that is no known column.</summary>
    internal static string UnknownColumn(IEnumerable<string> required, IEnumerable<string> optional)
        => $"Unknown column; expected {string.Join(", ", required)} and optionally {string.Join(", ", optional)} (or their Chinese names).";

    /// <summary>A node due after the target's deadline.</summary>
    internal static string NodeAfterDeadline(NodaTime.LocalDate deadline) => $"The node falls after the deadline {deadline.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.";

    /// <summary>A node value of another kind than the target.</summary>
    internal static string NodeKind(QuantityKind node, QuantityKind target)
        => $"The node's value is a {node.ToString().ToLowerInvariant()}, but the target is a {target.ToString().ToLowerInvariant()}.";

    /// <summary>A workbook part that unpacks to more than the limit (a compressed bomb).</summary>
    internal static string PartTooLarge(string part, string limit)
        => $"The workbook part {part} unpacks to more than {limit} (a compressed bomb, or far more than a return): it is not read. Raise ObservationReadOptions.MaxUnpackedBytes if it is real.";

    /// <summary>A sheet with shared-text cells in a workbook without its shared strings.</summary>
    internal static string NoSharedStrings(string sheet)
        => $"The sheet {sheet} has cells of shared text, but the workbook has no shared-strings part (xl/sharedStrings.xml): their text cannot be read, and the numbers there are indexes, not values. Save the workbook again from Excel or WPS.";
}
