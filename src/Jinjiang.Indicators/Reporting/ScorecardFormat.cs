namespace Jinjiang.Indicators.Reporting;

/// <summary>The output formats of a scorecard.</summary>
public enum ScorecardFormat
{
    /// <summary>An aligned plain-text table (double-width Chinese characters accounted for).</summary>
    Text = 0,

    /// <summary>A Markdown table.</summary>
    Markdown,

    /// <summary>A self-contained HTML page (inline CSS and SVG, no external assets).</summary>
    Html,

    /// <summary>JSON: <c>{ "formatVersion", "asOf", "counts", "evaluations": [...] }</c>.</summary>
    Json,

    /// <summary>CSV, one row per indicator.</summary>
    Csv,
}
