namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// The language a person reads in rendered scorecards and catalogs: names, headers, statuses, grades, dates, reasons
/// (<c>Evaluation.ReasonChinese</c>), readings (<c>Indicator.InterpretationChinese</c>, 口径说明) and data warnings. CSV
/// keeps its machine column names in both languages (it carries <c>reason</c> and <c>reason_zh</c> side by side), so
/// that one reader takes both back.
/// </summary>
public enum ReportLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Chinese (中文): everything a person reads, in the words of a 督查通报.</summary>
    Chinese,
}
