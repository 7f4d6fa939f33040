using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// One block of a rendered office document (a bulletin): a heading, a paragraph or a table. The same blocks are
/// written as Markdown, HTML and Word, so every format says the same sentences with the same figures.
/// </summary>
public sealed class DocumentBlock
{
    private DocumentBlock(DocumentBlockKind kind, int level, string text, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<Grade?> grades, string svg = "", Evaluation? evaluation = null)
    {
        Svg = svg;
        Evaluation = evaluation;
        Kind = kind;
        Level = level;
        Text = text;
        Headers = headers;
        Rows = rows;
        RowGrades = grades;
    }

    /// <summary>What the block is.</summary>
    public DocumentBlockKind Kind { get; }

    /// <summary>A heading's level (1 for the title, 2 for a section); 0 otherwise.</summary>
    public int Level { get; }

    /// <summary>A heading's or paragraph's text; empty for a table.</summary>
    public string Text { get; }

    /// <summary>A table's header cells; empty otherwise.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>A table's rows of cells; empty otherwise.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Per row of a table, the grade its light shows (null for a row without one).</summary>
    public IReadOnlyList<Grade?> RowGrades { get; }

    /// <summary>A figure's chart as an SVG element; empty otherwise.</summary>
    public string Svg { get; }

    /// <summary>A figure's evaluation (what its chart draws), for a writer that draws its own picture; null otherwise.</summary>
    public Evaluation? Evaluation { get; }

    /// <summary>A figure: the progress chart of an evaluation, with a caption (its text).</summary>
    /// <param name="caption">The caption.</param>
    /// <param name="evaluation">The evaluation the chart draws.</param>
    /// <param name="language">The language of the chart's labels.</param>
    /// <returns>The block.</returns>
    public static DocumentBlock Figure(string caption, Evaluation evaluation, ReportLanguage language)
        => new(DocumentBlockKind.Figure, 0, Preconditions.CheckNotNull(caption), [], [], [], ProgressChart.ToSvg(Preconditions.CheckNotNull(evaluation), language), evaluation);

    /// <summary>A heading.</summary>
    /// <param name="level">1 for the title, 2 for a section, 3 below.</param>
    /// <param name="text">The heading.</param>
    /// <returns>The block.</returns>
    public static DocumentBlock Heading(int level, string text)
    {
        Preconditions.CheckArgumentRange(level is >= 1 and <= 6, nameof(level), "A heading's level is 1 to 6.");
        return new(DocumentBlockKind.Heading, level, Preconditions.CheckNotNull(text), [], [], []);
    }

    /// <summary>A paragraph.</summary>
    /// <param name="text">The paragraph.</param>
    /// <returns>The block.</returns>
    public static DocumentBlock Paragraph(string text) => new(DocumentBlockKind.Paragraph, 0, Preconditions.CheckNotNull(text), [], [], []);

    /// <summary>A table.</summary>
    /// <param name="headers">The header cells.</param>
    /// <param name="rows">The rows (each as many cells as headers).</param>
    /// <param name="grades">Per row, the grade of its light, or null (all null if omitted).</param>
    /// <returns>The block.</returns>
    public static DocumentBlock Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<Grade?>? grades = null)
    {
        Preconditions.CheckNotNull(headers);
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckArgument(rows.All(r => r.Count == headers.Count), nameof(rows), "Every row needs as many cells as there are headers.");
        grades ??= [.. rows.Select(_ => (Grade?)null)];
        Preconditions.CheckArgument(grades.Count == rows.Count, nameof(grades), "One grade (or null) per row.");
        return new(DocumentBlockKind.Table, 0, string.Empty, [.. headers], [.. rows.Select(r => (IReadOnlyList<string>)[.. r])], [.. grades]);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DocumentBlockKind.Heading => new string('#', Level) + " " + Text,
        DocumentBlockKind.Paragraph or DocumentBlockKind.Figure => Text,
        _ => $"table of {Rows.Count} row(s): {string.Join(" | ", Headers)}",
    };
}
