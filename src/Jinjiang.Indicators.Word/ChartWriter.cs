using DocumentFormat.OpenXml.Packaging;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using NodaTime;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jinjiang.Indicators.Word;

/// <summary>
/// A promise's progress chart as a native Word chart (DrawingML, drawn by Word, WPS and LibreOffice in their own fonts):
/// a scatter chart of the values reported, the schedule line, the target and the interim-value nodes, dates on the x axis.
/// </summary>
internal static class ChartWriter
{
    private static readonly LocalDate Epoch = new(1899, 12, 30); // the spreadsheet date serial's day 0

    /// <summary>The chart's paragraph, its chart part added to the document; null when there is nothing numeric to draw.</summary>
    internal static W.Paragraph? Paragraph(MainDocumentPart main, Evaluation e, bool english, uint id)
    {
        var target = e.TargetValue;
        if (target is not { } t || t.Kind is QuantityKind.Completion or QuantityKind.QualityClass or QuantityKind.Rank)
        {
            return null;
        }

        var points = e.Inputs
            .Where(o => o.Component is null && o.Value.Kind == t.Kind)
            .Select(o => (X: Serial(o.Date), Y: o.Value.BaseValue / t.Unit.FactorToBase))
            .OrderBy(p => p.X)
            .ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var period = e.Indicator.Target.Period;
        var (start, end) = (Serial(period.Start), Serial(period.End));
        var series = new List<C.ScatterChartSeries>
        {
            Series(0, english ? "reported" : "报送数值", points, "0969DA", line: true, C.MarkerStyleValues.Circle),
            Series(1, english ? "target" : "目标", [(start, t.Value), (end, t.Value)], "1A7F37", line: true, C.MarkerStyleValues.None, dashed: true),
        };
        if (e.Method is "linear-path" or "node" && e.Indicator.Kind is not (QuantityKind.Ratio or QuantityKind.Index))
        {
            series.Add(Series(2, english ? "schedule" : "序时进度", [(start, 0), (end, t.Value)], "BF8700", line: true, C.MarkerStyleValues.None, dashed: true));
        }

        var nodes = e.Indicator.Nodes.Where(n => n.Value is { } v && v.Kind == t.Kind).Select(n => (Serial(n.Due), n.Value!.Value.BaseValue / t.Unit.FactorToBase)).ToList();
        if (nodes.Count > 0)
        {
            series.Add(Series((uint)series.Count, english ? "nodes" : "节点", nodes, "CF222E", line: false, C.MarkerStyleValues.Diamond));
        }

        var scatter = new C.ScatterChart(new C.ScatterStyle { Val = C.ScatterStyleValues.LineMarker }, new C.VaryColors { Val = false });
        scatter.Append(series);
        scatter.Append(new C.AxisId { Val = 1U }, new C.AxisId { Val = 2U });
        var max = Math.Max(points.Max(p => p.Y), Math.Max(t.Value, nodes.Count == 0 ? 0 : nodes.Max(n => n.Item2))) * 1.1;
        var min = Math.Min(0, points.Min(p => p.Y));
        var part = main.AddNewPart<ChartPart>();
        part.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = english ? "en-GB" : "zh-CN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(
                    new C.Layout(),
                    scatter,
                    Axis(1U, 2U, C.AxisPositionValues.Bottom, "yyyy-mm", Math.Min(start, points[0].X), Math.Max(end, points[^1].X), 61),
                    Axis(2U, 1U, C.AxisPositionValues.Left, "General", min, max, null)),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        part.ChartSpace.Save();

        var inline = new DW.Inline(
            new DW.Extent { Cx = 5_400_000L, Cy = 2_300_000L },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = "Chart " + id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new W.Paragraph(new W.Run(new W.Drawing(inline)));
    }

    private static double Serial(LocalDate date) => Period.DaysBetween(Epoch, date);

    private static C.ScatterChartSeries Series(uint index, string name, IReadOnlyList<(double X, double Y)> points, string colour, bool line, C.MarkerStyleValues marker, bool dashed = false)
    {
        var outline = line
            ? new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 19050 }
            : new A.Outline(new A.NoFill());
        if (line && dashed)
        {
            outline.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
        }

        var markerElement = marker == C.MarkerStyleValues.None
            ? new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None })
            : new C.Marker(new C.Symbol { Val = marker }, new C.Size { Val = 6 }, new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour }))));
        return new C.ScatterChartSeries(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.NumericValue(name)),
            new C.ChartShapeProperties(outline),
            markerElement,
            new C.XValues(Literal(points.Select(p => p.X).ToList(), "yyyy-mm-dd")),
            new C.YValues(Literal(points.Select(p => p.Y).ToList(), "General")),
            new C.Smooth { Val = false });
    }

    private static C.NumberLiteral Literal(List<double> values, string format)
    {
        var literal = new C.NumberLiteral(new C.FormatCode(format), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            literal.Append(new C.NumericPoint(new C.NumericValue(values[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return literal;
    }

    private static C.ValueAxis Axis(uint id, uint crossing, C.AxisPositionValues position, string format, double min, double max, double? majorUnit)
    {
        var axis = new C.ValueAxis(
            new C.AxisId { Val = id },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = max }, new C.MinAxisValue { Val = min }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = position },
            new C.NumberingFormat { FormatCode = format, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = crossing },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.MidpointCategory });
        if (majorUnit is { } unit)
        {
            axis.Append(new C.MajorUnit { Val = unit });
        }

        return axis;
    }
}
