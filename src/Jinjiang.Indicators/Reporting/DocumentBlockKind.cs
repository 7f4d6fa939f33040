namespace Jinjiang.Indicators.Reporting;

/// <summary>What a <see cref="DocumentBlock"/> is.</summary>
public enum DocumentBlockKind
{
    /// <summary>A heading (level 1 is the title).</summary>
    Heading,

    /// <summary>A paragraph of prose.</summary>
    Paragraph,

    /// <summary>A table with a header row; each row may carry a grade, shown as a coloured light.</summary>
    Table,

    /// <summary>A figure: a chart (SVG) with its caption; formats that cannot draw SVG write the caption.</summary>
    Figure,
}
