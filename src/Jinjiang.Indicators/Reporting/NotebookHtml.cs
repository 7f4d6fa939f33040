using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>HTML views of single objects for notebooks: an indicator card, an evaluation with its chart, the catalog table.</summary>
internal static class NotebookHtml
{
    internal static string Indicator(Indicator i)
    {
        var sb = new StringBuilder("<div class=\"jj-scorecard jj-indicator\"><style>").Append(Html.Style).Append("</style>");
        sb.Append("<h1>").Append(Html.E(i.NameChinese)).Append(" <small>").Append(Html.E(i.Name)).Append("</small></h1>");
        sb.Append("<table><tbody>");
        Row(sb, "id", "<code>" + Html.E(i.Id.Value) + "</code>");
        Row(sb, "section", Html.E(i.Section.NameChinese + " / " + i.Section.Name));
        Row(sb, "target", Html.E(i.Target.DescribeChinese() + " — " + i.Target.Describe()));
        Row(sb, "commitment", Html.E(Labels.Commitment(i.Commitment, ReportLanguage.Chinese) + " (" + Labels.Commitment(i.Commitment, ReportLanguage.English) + ")"));
        Row(sb, "direction", Html.E(i.Direction.ToString()));
        Row(sb, "source", "<q>" + Html.E(i.Source) + "</q>");
        if (i.Interpretation is { } note)
        {
            Row(sb, "interpretation", Html.E(note));
        }

        return sb.Append("</tbody></table></div>").ToString();
    }

    internal static string Evaluation(Evaluation e, ReportLanguage language = ReportLanguage.English)
    {
        var status = e.Status.ToKebabCase();
        var sb = new StringBuilder("<div class=\"jj-scorecard jj-evaluation\"><style>").Append(Html.Style).Append("</style>");
        sb.Append("<table><tbody>").Append(Html.Row(e, language)).Append("</tbody></table>");
        sb.Append("<p class=\"status-").Append(status).Append("\"><span class=\"badge\">").Append(Html.E(Labels.Status(e.Status, language))).Append("</span> ")
            .Append(Html.E(language == ReportLanguage.English ? e.Reason : e.ReasonChinese)).Append("</p>");
        sb.Append(ProgressChart.ToSvg(e, language));
        return sb.Append("</div>").ToString();
    }

    internal static string Catalog(IndicatorCatalog catalog)
    {
        var sb = new StringBuilder("<div class=\"jj-scorecard jj-catalog\"><style>").Append(Html.Style).Append("</style><table><thead><tr>");
        foreach (var h in new[] { "id", "指标", "indicator", "target", "deadline", "commitment", "source" })
        {
            sb.Append("<th>").Append(h).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var i in catalog.All)
        {
            sb.Append("<tr class=\"indicator\" data-id=\"").Append(Html.E(i.Id.Value)).Append("\"><td><code>").Append(Html.E(i.Id.Value)).Append("</code></td><td>")
                .Append(Html.E(i.NameChinese)).Append("</td><td>").Append(Html.E(i.Name)).Append("</td><td>").Append(Html.E(i.Target.DescribeChinese())).Append("</td><td>")
                .Append(IsoDate.Format(i.Target.Deadline)).Append("</td><td>")
                .Append(Html.E(Labels.Commitment(i.Commitment, ReportLanguage.Chinese))).Append("</td><td class=\"reason\">").Append(Html.E(i.Source)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table></div>").ToString();
    }

    private static void Row(StringBuilder sb, string label, string html)
        => sb.Append("<tr><th>").Append(Html.E(label)).Append("</th><td>").Append(html).Append("</td></tr>");
}
