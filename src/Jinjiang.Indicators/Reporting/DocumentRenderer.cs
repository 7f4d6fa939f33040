using System.Text;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>Office documents (a bulletin, a ledger) as Markdown or as a standalone HTML page, from their blocks.</summary>
public static class DocumentRenderer
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;font-size:14px;color:#1f2328;margin:24px;max-width:1200px}
        h1{font-size:22px;text-align:center}h2{font-size:17px;margin-top:20px}h3{font-size:15px}
        table{border-collapse:collapse;margin:8px 0;font-size:13px}
        th,td{border:1px solid #d1d9e0;padding:4px 6px;text-align:left;vertical-align:top}
        thead th{background:#f6f8fa}
        .light{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:4px;border:1px solid rgba(0,0,0,.15)}
        .grade-green .light{background:#1a7f37}.grade-yellow .light{background:#d4a72c}.grade-red .light{background:#cf222e}.grade-grey .light{background:#afb8c1}
        td.missing{color:#a40e26;font-weight:600}
        figure{display:inline-block;margin:6px 12px 6px 0;vertical-align:top}figcaption{font-size:12px;color:#59636e}
        """;

    /// <summary>The blocks as Markdown (GitHub tables; a row's grade as a coloured circle in its first cell).</summary>
    /// <param name="blocks">The blocks.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(IEnumerable<DocumentBlock> blocks)
    {
        Preconditions.CheckNotNull(blocks);
        var sb = new StringBuilder();
        foreach (var b in blocks)
        {
            switch (b.Kind)
            {
                case DocumentBlockKind.Heading:
                    sb.Append('#', b.Level).Append(' ').Append(b.Text).Append("\n\n");
                    break;
                case DocumentBlockKind.Paragraph:
                    sb.Append(b.Text).Append("\n\n");
                    break;
                case DocumentBlockKind.Figure:
                    sb.Append('*').Append(b.Text).Append("*\n\n"); // Markdown viewers do not draw inline SVG: the caption stands for it
                    break;
                default:
                    sb.Append("| ").AppendJoin(" | ", b.Headers.Select(MarkdownCell)).Append(" |\n|").Append(string.Concat(b.Headers.Select(_ => "---|"))).Append('\n');
                    for (var i = 0; i < b.Rows.Count; i++)
                    {
                        var cells = b.Rows[i].Select(MarkdownCell).ToArray();
                        if (b.RowGrades[i] is { } g && cells.Length > 0)
                        {
                            cells[0] = Labels.Light(g) + " " + cells[0];
                        }

                        sb.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The blocks as a standalone UTF-8 HTML page (a row's grade as a coloured light in its first cell).</summary>
    /// <param name="blocks">The blocks.</param>
    /// <param name="title">The page title.</param>
    /// <param name="language">The page's language (for the <c>lang</c> attribute).</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(IEnumerable<DocumentBlock> blocks, string title, ReportLanguage language)
    {
        Preconditions.CheckNotNull(blocks);
        Preconditions.CheckNotNull(title);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == ReportLanguage.English ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Html.E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        AppendBody(sb, blocks);
        return sb.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The blocks as an HTML fragment with its own scoped style (for a notebook cell).</summary>
    internal static string ToHtmlFragment(IEnumerable<DocumentBlock> blocks)
    {
        var sb = new StringBuilder("<div class=\"jj-document\"><style>");
        sb.Append(Style.Replace("body{", ".jj-document{", StringComparison.Ordinal)).Append("</style>\n");
        AppendBody(sb, blocks);
        return sb.Append("</div>").ToString();
    }

    private static void AppendBody(StringBuilder sb, IEnumerable<DocumentBlock> blocks)
    {
        foreach (var b in blocks)
        {
            switch (b.Kind)
            {
                case DocumentBlockKind.Heading:
                    sb.Append("<h").Append(b.Level).Append('>').Append(Html.E(b.Text)).Append("</h").Append(b.Level).Append(">\n");
                    break;
                case DocumentBlockKind.Paragraph:
                    sb.Append("<p>").Append(Html.E(b.Text)).Append("</p>\n");
                    break;
                case DocumentBlockKind.Figure:
                    sb.Append("<figure>").Append(b.Svg).Append("<figcaption>").Append(Html.E(b.Text)).Append("</figcaption></figure>\n");
                    break;
                default:
                    sb.Append("<table>\n<thead><tr>");
                    foreach (var h in b.Headers)
                    {
                        sb.Append("<th>").Append(Html.E(h)).Append("</th>");
                    }

                    sb.Append("</tr></thead>\n<tbody>\n");
                    for (var i = 0; i < b.Rows.Count; i++)
                    {
                        sb.Append("<tr>");
                        for (var c = 0; c < b.Rows[i].Count; c++)
                        {
                            var cell = b.Rows[i][c];
                            var grade = c == 0 ? b.RowGrades[i] : null;
                            sb.Append(grade is { } g ? $"<td class=\"grade-{g.ToText()}\"><span class=\"light\" title=\"{Html.E(g.ToText())}\"></span>" : IsMissing(cell) ? "<td class=\"missing\">" : "<td>")
                                .Append(Html.E(cell)).Append("</td>");
                        }

                        sb.Append("</tr>\n");
                    }

                    sb.Append("</tbody>\n</table>\n");
                    break;
            }
        }

    }

    private static bool IsMissing(string cell) => cell is "未报送" or "missing";

    private static string MarkdownCell(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
