namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// How scorecards, evaluations, indicators and catalogs display in a .NET Interactive notebook (the formatters the
/// kernel finds by convention). The one setting is the language: a notebook cell calls
/// <c>NotebookDisplay.UseLanguage(ReportLanguage.Chinese);</c> and every object displayed afterwards renders in Chinese
/// (headers, statuses, grades, reasons, 口径说明). It is process-wide, as a notebook's display settings are; library
/// code never reads it, only the notebook formatters do.
/// </summary>
public static class NotebookDisplay
{
    private static volatile int _language;

    /// <summary>The language of notebook displays; English by default.</summary>
    public static ReportLanguage Language => (ReportLanguage)_language;

    /// <summary>Sets the language of the notebook displays that follow.</summary>
    /// <param name="language">The language.</param>
    public static void UseLanguage(ReportLanguage language)
        => _language = Enum.IsDefined(language) ? (int)language : throw new ArgumentOutOfRangeException(nameof(language), "The language is not a known report language.");
}
