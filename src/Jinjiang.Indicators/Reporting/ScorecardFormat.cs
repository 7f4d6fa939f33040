namespace Jinjiang.Indicators.Reporting;

/// <summary>The formats a scorecard is rendered in for people (JSON for machines is <c>Serialization.ScorecardJson</c>).</summary>
public enum ScorecardFormat
{
    /// <summary>An aligned plain-text table (double-width Chinese characters accounted for).</summary>
    Text = 0,

    /// <summary>A Markdown table.</summary>
    Markdown,

    /// <summary>A self-contained HTML page (inline CSS and SVG, no external assets).</summary>
    Html,

    /// <summary>CSV, one row per indicator.</summary>
    Csv,
}
