using DocumentFormat.OpenXml.Packaging;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Office;

/// <summary>Progress charts: values against the schedule line and the target, nodes marked; in HTML, notebooks and Word.</summary>
public class ProgressChartTests
{
    [Fact]
    public void AChart_DrawsTheValuesTheTargetTheScheduleAndTheNodes_ColouredByWhetherTheyWereReached()
    {
        var greenway = Greenway().WithBreakdown(new TaskBreakdown
        {
            Nodes = [new(D(2023, 3, 31), Measure.From(Length.FromKilometers(2))), new(D(2023, 6, 30), Measure.From(Length.FromKilometers(8))), new(D(2023, 9, 30), Measure.From(Length.FromKilometers(11)))],
        });
        var observations = ObservationSet.Create([
            new Observation(greenway.Id, D(2023, 3, 31), Measure.From(Length.FromKilometers(2.5))),
            new Observation(greenway.Id, D(2023, 6, 30), Measure.From(Length.FromKilometers(6.9))),
        ]);
        var svg = ProgressChart.ToSvg(Evaluator.Default.Evaluate(greenway, observations, D(2023, 7, 31)), ReportLanguage.Chinese);
        Assert.StartsWith("<svg class=\"chart\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"actual\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"target\"", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"expected-path\"", svg, StringComparison.Ordinal);
        Assert.Contains("目标 15公里", svg, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(svg, "class=\"node\""));
        Assert.Contains("fill=\"#1a7f37\"><title>2023年3月31日前达到2公里</title>", svg, StringComparison.Ordinal); // reached
        Assert.Contains("fill=\"#cf222e\"><title>2023年6月30日前达到8公里</title>", svg, StringComparison.Ordinal); // missed
        Assert.Contains("fill=\"#8c959f\"><title>2023年9月30日前达到11公里</title>", svg, StringComparison.Ordinal); // not yet due
    }

    [Fact]
    public void NothingToDraw_IsAnEmptyChart()
    {
        Assert.Equal(string.Empty, ProgressChart.ToSvg(Evaluator.Default.Evaluate(Greenway(), ObservationSet.Empty, D(2023, 6, 30))));
    }

    [Fact]
    public void TheHtmlScorecard_TheBulletin_AndTheWordFile_CarryTheCharts()
    {
        var catalog = SampleBreakdown.Apply(Jinjiang2023.Catalog);
        var observations = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var html = ScorecardRenderer.ToHtml(Scorecard.Create(catalog.All, observations, D(2023, 9, 30)), ReportLanguage.Chinese);
        Assert.Contains("<h2>进度图</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"progress\" data-id=\"tianfu-greenway\"><svg", html, StringComparison.Ordinal);

        var bulletin = Bulletin.Create(catalog.All, observations, D(2023, 9, 30));
        var figures = BulletinRenderer.Blocks(bulletin, ReportLanguage.Chinese).Where(b => b.Kind == DocumentBlockKind.Figure).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Contains(bulletin.Shortfalls, e => ReferenceEquals(e, f.Evaluation)));
        Assert.Contains("<figure><svg", BulletinRenderer.ToHtml(bulletin, ReportLanguage.Chinese), StringComparison.Ordinal);

        var stream = new MemoryStream();
        Word.BulletinDocument.Write(stream, bulletin, ReportLanguage.Chinese);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.NotEmpty(document.MainDocumentPart!.ChartParts);
        Assert.All(document.MainDocumentPart.ChartParts, p => Assert.NotNull(p.ChartSpace));
    }
}
