using System.Globalization;
using System.Net;
using System.Text;
using Jinjiang.Indicators.Evaluations;

namespace Jinjiang.Indicators.Reporting;

/// <summary>The pieces of the HTML scorecard: style, rows, SVG progress bars.</summary>
internal static class Html
{
    internal const string Style = """
        .jj-scorecard{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:14px;color:#1f2328}
        .jj-scorecard h1{font-size:20px;margin:0 0 4px}
        .jj-scorecard .as-of{color:#59636e;margin:0 0 12px}
        .jj-scorecard table{border-collapse:collapse;width:100%}
        .jj-scorecard th,.jj-scorecard td{border-bottom:1px solid #d1d9e0;padding:6px 8px;text-align:left;vertical-align:top}
        .jj-scorecard thead th{background:#f6f8fa}
        .jj-scorecard tr.section th{background:#eef1f4;font-weight:600}
        .jj-scorecard .badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;white-space:nowrap}
        .jj-scorecard .status-met .badge{background:#dafbe1;color:#116329}
        .jj-scorecard .status-on-track .badge{background:#ddf4ff;color:#0969da}
        .jj-scorecard .status-at-risk .badge{background:#fff8c5;color:#7d4e00}
        .jj-scorecard .status-off-track .badge{background:#ffebe9;color:#a40e26}
        .jj-scorecard .status-not-met .badge{background:#a40e26;color:#fff}
        .jj-scorecard .status-not-yet-due .badge,.jj-scorecard .status-no-data .badge,.jj-scorecard .status-not-evaluable .badge{background:#eaeef2;color:#59636e}
        .jj-scorecard .reason{color:#59636e;font-size:12px;max-width:420px}
        .jj-scorecard .light{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:4px;vertical-align:-1px;border:1px solid rgba(0,0,0,.15)}
        .jj-scorecard td[class^="grade-"]{white-space:nowrap}
        .jj-scorecard .grade-green .light{background:#1a7f37}
        .jj-scorecard .grade-yellow .light{background:#d4a72c}
        .jj-scorecard .grade-red .light{background:#cf222e}
        .jj-scorecard .grade-grey .light{background:#afb8c1}
        .jj-scorecard code{font-size:12px}
        .jj-scorecard figure.progress{display:inline-block;margin:6px 12px 6px 0;vertical-align:top}
        .jj-scorecard figcaption{font-size:12px;color:#59636e}
        """;

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Row(Evaluation e, ReportLanguage language, bool withUnit = false)
    {
        var cells = Labels.Cells(e, language);
        var status = e.Status.ToKebabCase();
        var sb = new StringBuilder();
        sb.Append("<tr class=\"indicator status-").Append(status).Append("\" data-id=\"").Append(E(e.Indicator.Id.Value)).Append("\" data-status=\"").Append(status).Append("\" data-grade=\"").Append(e.Grade.ToText()).Append("\">");
        if (withUnit)
        {
            sb.Append("<td class=\"unit\">").Append(E(Labels.Units(e.Indicator, language))).Append("</td>");
        }

        sb.Append("<td><code>").Append(E(cells[0])).Append("</code></td>");
        sb.Append("<td>").Append(E(cells[1])).Append("</td>");
        sb.Append("<td>").Append(E(cells[2])).Append("</td>");
        sb.Append("<td><span class=\"badge\">").Append(E(cells[3])).Append("</span></td>");
        sb.Append("<td class=\"grade-").Append(e.Grade.ToText()).Append("\"><span class=\"light\"></span>").Append(E(cells[4])).Append("</td>");
        sb.Append("<td>").Append(E(cells[5])).Append("</td>");
        sb.Append("<td>").Append(E(cells[6])).Append("</td>");
        sb.Append("<td>").Append(E(cells[7])).Append("</td>");
        sb.Append("<td>").Append(E(cells[8])).Append("</td>");
        sb.Append("<td>").Append(ProgressBar(e)).Append("</td>");
        sb.Append("<td class=\"reason\">").Append(E(cells[10])).Append("</td>");
        sb.Append("</tr>\n");
        return sb.ToString();
    }

    /// <summary>An SVG bar of the progress share, with a tick at the share expected by now where there is one.</summary>
    internal static string ProgressBar(Evaluation e)
    {
        if (e.Progress is not { } progress)
        {
            return string.Empty;
        }

        const double Width = 120;
        var fill = Math.Clamp(progress, 0, 1) * Width;
        var colour = e.Status switch
        {
            EvaluationStatus.Met => "#1a7f37",
            EvaluationStatus.OnTrack => "#0969da",
            EvaluationStatus.AtRisk => "#bf8700",
            EvaluationStatus.OffTrack or EvaluationStatus.NotMet => "#cf222e",
            _ => "#8c959f",
        };
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"progress\" width=\"{Width + 44}\" height=\"14\" viewBox=\"0 0 {Width + 44} 14\" role=\"img\" aria-label=\"progress {progress:P0}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"2\" width=\"{Width}\" height=\"10\" rx=\"3\" fill=\"#eaeef2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"2\" width=\"{fill:0.#}\" height=\"10\" rx=\"3\" fill=\"{colour}\"/>");
        if (e.Expected is { } expected && e.TargetValue is { } target && target.BaseValue != 0 && expected.Kind == target.Kind)
        {
            var tick = Math.Clamp(expected.BaseValue / target.BaseValue, 0, 1) * Width;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"expected\" x1=\"{tick:0.#}\" y1=\"0\" x2=\"{tick:0.#}\" y2=\"14\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width + 4}\" y=\"11\" font-size=\"11\" fill=\"#1f2328\">{progress * 100:0}%</text></svg>");
        return sb.ToString();
    }
}
