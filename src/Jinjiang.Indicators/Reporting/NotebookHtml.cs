using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
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
        sb.Append(Chart(e));
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

    /// <summary>
    /// An SVG chart of the observed series against the expected path (for deliveries, from zero at the start of the
    /// period to the amount at the deadline) and the target line; empty when there is nothing numeric to draw.
    /// </summary>
    internal static string Chart(Evaluation e)
    {
        var target = e.TargetValue;
        var points = e.Inputs
            .Where(o => target is null || o.Value.Kind == target.Value.Kind)
            .Where(o => o.Value.Kind is not (QuantityKind.Completion or QuantityKind.QualityClass or QuantityKind.Rank))
            .Select(o => (o.Date, Value: target is { } t ? o.Value.BaseValue / t.Unit.FactorToBase : o.Value.Value))
            .OrderBy(p => p.Date)
            .ToList();
        if (points.Count == 0)
        {
            return string.Empty;
        }

        var period = e.Indicator.Target.Period;
        var first = points[0].Date < period.Start ? points[0].Date : period.Start;
        var last = points[^1].Date > period.End ? points[^1].Date : period.End;
        var days = Math.Max(1, NodaTime.Period.DaysBetween(first, last));
        var targetValue = target?.Value;
        var max = Math.Max(points.Max(p => p.Value), targetValue ?? 0) * 1.1;
        var min = Math.Min(0, points.Min(p => p.Value));
        if (max <= min)
        {
            max = min + 1;
        }

        const double W = 420, H = 160, Left = 40, Bottom = 20;
        double X(NodaTime.LocalDate d) => Left + ((W - Left - 10) * NodaTime.Period.DaysBetween(first, d) / days);
        double Y(double v) => H - Bottom - ((H - Bottom - 10) * (v - min) / (max - min));
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(ci, $"<svg class=\"chart\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"observations against the target\">");
        sb.Append(ci, $"<line x1=\"{Left}\" y1=\"{H - Bottom}\" x2=\"{W - 10}\" y2=\"{H - Bottom}\" stroke=\"#8c959f\"/>");
        sb.Append(ci, $"<line x1=\"{Left}\" y1=\"10\" x2=\"{Left}\" y2=\"{H - Bottom}\" stroke=\"#8c959f\"/>");
        if (targetValue is { } tv)
        {
            sb.Append(ci, $"<line class=\"target\" x1=\"{Left}\" y1=\"{Y(tv):0.#}\" x2=\"{W - 10}\" y2=\"{Y(tv):0.#}\" stroke=\"#1a7f37\" stroke-dasharray=\"4 3\"/>");
            sb.Append(ci, $"<text x=\"{Left + 4}\" y=\"{Y(tv) - 4:0.#}\" font-size=\"10\" fill=\"#1a7f37\">target {tv:0.##}</text>");
            if (e.Method == "linear-path")
            {
                sb.Append(ci, $"<line class=\"expected-path\" x1=\"{X(period.Start):0.#}\" y1=\"{Y(0):0.#}\" x2=\"{X(period.End):0.#}\" y2=\"{Y(tv):0.#}\" stroke=\"#bf8700\" stroke-dasharray=\"2 2\"/>");
            }
        }

        sb.Append("<polyline class=\"actual\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"");
        sb.Append(string.Join(" ", points.Select(p => string.Create(ci, $"{X(p.Date):0.#},{Y(p.Value):0.#}"))));
        sb.Append("\"/>");
        foreach (var p in points)
        {
            sb.Append(ci, $"<circle cx=\"{X(p.Date):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"3\" fill=\"#0969da\"><title>{p.Date:yyyy-MM-dd}: {p.Value:0.##}</title></circle>");
        }

        sb.Append(ci, $"<text x=\"{Left}\" y=\"{H - 4}\" font-size=\"10\" fill=\"#59636e\">{first:yyyy-MM-dd}</text>");
        sb.Append(ci, $"<text x=\"{W - 80}\" y=\"{H - 4}\" font-size=\"10\" fill=\"#59636e\">{last:yyyy-MM-dd}</text>");
        return sb.Append("</svg>").ToString();
    }

    private static void Row(StringBuilder sb, string label, string html)
        => sb.Append("<tr><th>").Append(Html.E(label)).Append("</th><td>").Append(html).Append("</td></tr>");
}
