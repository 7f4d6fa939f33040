namespace Jinjiang.Indicators.Reporting;

/// <summary>The language of labels in rendered scorecards and catalogs (names, headers, statuses). Reasons stay in English.</summary>
public enum ReportLanguage
{
    /// <summary>English labels.</summary>
    English = 0,

    /// <summary>Chinese labels (中文).</summary>
    Chinese,
}
