using System.Globalization;
using System.Net;
using System.Text;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// A promise's progress chart as SVG: the values reported (blue) against the schedule line (amber, for a promise judged
/// on a linear path or by its nodes: from zero at the start of the period to the target at the deadline), the target
/// (green, dashed), the as-of date and the node targets (a diamond at an interim value, a tick for a named stage;
/// green reached, red missed, grey not yet due). Empty when there is nothing numeric to draw and no node.
/// </summary>
public static class ProgressChart
{
    private const double W = 460, H = 180, Left = 44, Right = 12, Top = 14, Bottom = 22;

    /// <summary>The chart of an evaluation (its inputs, target and the indicator's nodes), or an empty string.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The SVG element, or empty.</returns>
    public static string ToSvg(Evaluation evaluation, ReportLanguage language = ReportLanguage.English)
    {
        Preconditions.CheckNotNull(evaluation);
        var e = evaluation;
        var en = language == ReportLanguage.English;
        var target = e.TargetValue;
        var points = e.Inputs
            .Where(o => o.Component is null && (target is null || o.Value.Kind == target.Value.Kind))
            .Where(o => o.Value.Kind is not (QuantityKind.Completion or QuantityKind.QualityClass or QuantityKind.Rank))
            .Select(o => (o.Date, Value: target is { } t ? o.Value.BaseValue / t.Unit.FactorToBase : o.Value.Value))
            .OrderBy(p => p.Date)
            .ToList();
        var nodes = e.Indicator.Nodes;
        if (points.Count == 0 && nodes.Count == 0)
        {
            return string.Empty;
        }

        var period = e.Indicator.Target.Period;
        var first = points.Count > 0 && points[0].Date < period.Start ? points[0].Date : period.Start;
        var last = points.Count > 0 && points[^1].Date > period.End ? points[^1].Date : period.End;
        var days = Math.Max(1, NodaTime.Period.DaysBetween(first, last));
        var targetValue = target is { } tv0 && tv0.Kind is not (QuantityKind.Completion or QuantityKind.QualityClass or QuantityKind.Rank) ? tv0.Value : (double?)null;
        var nodeValues = nodes.Where(n => n.Value is { } v && target is { } t && v.Kind == t.Kind).Select(n => n.Value!.Value.BaseValue / target!.Value.Unit.FactorToBase).ToList();
        var values = points.Select(p => p.Value).Concat(nodeValues).Append(targetValue ?? 0).ToList();
        var max = values.Max() * 1.1;
        var min = Math.Min(0, values.Min());
        if (max <= min)
        {
            max = min + 1;
        }

        double X(NodaTime.LocalDate d) => Left + ((W - Left - Right) * NodaTime.Period.DaysBetween(first, d) / days);
        double Y(double v) => H - Bottom - ((H - Bottom - Top) * (v - min) / (max - min));
        var ci = CultureInfo.InvariantCulture;
        var unit = target is { } tu ? (en ? tu.Unit.DisplaySymbol : tu.Unit.SymbolChinese) : string.Empty;
        var label = WebUtility.HtmlEncode(en ? e.Indicator.Name : e.Indicator.NameChinese);
        var sb = new StringBuilder();
        sb.Append(ci, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{label}\" font-family=\"sans-serif\">");
        sb.Append(ci, $"<line x1=\"{Left}\" y1=\"{H - Bottom}\" x2=\"{W - Right}\" y2=\"{H - Bottom}\" stroke=\"#8c959f\"/>");
        sb.Append(ci, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{H - Bottom}\" stroke=\"#8c959f\"/>");
        sb.Append(ci, $"<text x=\"{Left - 4}\" y=\"{Y(min):0.#}\" font-size=\"9\" fill=\"#59636e\" text-anchor=\"end\">{min:0.##}</text>");
        if (targetValue is { } tv)
        {
            sb.Append(ci, $"<line class=\"target\" x1=\"{Left}\" y1=\"{Y(tv):0.#}\" x2=\"{W - Right}\" y2=\"{Y(tv):0.#}\" stroke=\"#1a7f37\" stroke-dasharray=\"4 3\"/>");
            sb.Append(ci, $"<text x=\"{Left + 4}\" y=\"{Y(tv) - 4:0.#}\" font-size=\"10\" fill=\"#1a7f37\">{(en ? "target" : "目标")} {tv:0.##}{WebUtility.HtmlEncode(unit)}</text>");
            if (e.Method is "linear-path" or NodeCheck.Method && e.Indicator.Kind is not (QuantityKind.Ratio or QuantityKind.Index))
            {
                sb.Append(ci, $"<line class=\"expected-path\" x1=\"{X(period.Start):0.#}\" y1=\"{Y(0):0.#}\" x2=\"{X(period.End):0.#}\" y2=\"{Y(tv):0.#}\" stroke=\"#bf8700\" stroke-dasharray=\"2 2\"/>");
            }
        }

        if (e.AsOf >= first && e.AsOf <= last)
        {
            sb.Append(ci, $"<line class=\"as-of\" x1=\"{X(e.AsOf):0.#}\" y1=\"{Top}\" x2=\"{X(e.AsOf):0.#}\" y2=\"{H - Bottom}\" stroke=\"#59636e\" stroke-width=\"0.5\"/>");
        }

        if (points.Count > 0)
        {
            sb.Append("<polyline class=\"actual\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"");
            sb.Append(string.Join(" ", points.Select(p => string.Create(ci, $"{X(p.Date):0.#},{Y(p.Value):0.#}"))));
            sb.Append("\"/>");
            foreach (var p in points)
            {
                sb.Append(ci, $"<circle cx=\"{X(p.Date):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"3\" fill=\"#0969da\"><title>{p.Date:yyyy-MM-dd}: {p.Value:0.##}</title></circle>");
            }
        }

        var lastDue = nodes.LastOrDefault(n => n.Due <= e.AsOf);
        var onNodes = e.Status == EvaluationStatus.Met || (e.Method == NodeCheck.Method && e.Status == EvaluationStatus.OnTrack);
        foreach (var node in nodes)
        {
            var due = node.Due <= e.AsOf;
            var reached = node.IsStage ? onNodes : Reached(node, points, target);
            var colour = !due ? "#8c959f" : reached ? "#1a7f37" : node.IsStage && !ReferenceEquals(node, lastDue) ? "#8c959f" : "#cf222e";
            var x = X(node.Due);
            var title = WebUtility.HtmlEncode(en ? node.Describe() : node.DescribeChinese());
            if (node.Value is { } v && target is { } t && v.Kind == t.Kind)
            {
                var y = Y(v.BaseValue / t.Unit.FactorToBase);
                sb.Append(ci, $"<path class=\"node\" d=\"M{x:0.#} {y - 5:0.#} L{x + 5:0.#} {y:0.#} L{x:0.#} {y + 5:0.#} L{x - 5:0.#} {y:0.#} Z\" fill=\"{colour}\"><title>{title}</title></path>");
            }
            else if (node.Stage is { } stage)
            {
                sb.Append(ci, $"<line class=\"node\" x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{H - Bottom}\" stroke=\"{colour}\" stroke-dasharray=\"3 2\"><title>{title}</title></line>");
                sb.Append(ci, $"<text x=\"{x + 2:0.#}\" y=\"{Top + 10}\" font-size=\"9\" fill=\"{colour}\">{WebUtility.HtmlEncode(stage)}</text>");
            }
        }

        sb.Append(ci, $"<text x=\"{Left}\" y=\"{H - 6}\" font-size=\"10\" fill=\"#59636e\">{first:yyyy-MM-dd}</text>");
        sb.Append(ci, $"<text x=\"{W - Right}\" y=\"{H - 6}\" font-size=\"10\" fill=\"#59636e\" text-anchor=\"end\">{last:yyyy-MM-dd}</text>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Whether a value node was reached by a reading on or before its day (stages are coloured by the verdict: reached when the promise is met or on its node).</summary>
    private static bool Reached(Targets.NodeTarget node, List<(NodaTime.LocalDate Date, double Value)> points, Measure? target)
    {
        if (node.Value is not { } v || target is not { } t || v.Kind != t.Kind)
        {
            return false;
        }

        var wanted = v.BaseValue / t.Unit.FactorToBase;
        return points.Any(p => p.Date <= node.Due && p.Value >= wanted - 1e-9);
    }
}
