using System.Reflection;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Samples;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Reporting;

/// <summary>Formats objects the way .NET Interactive does by convention: attribute by name, source by reflection.</summary>
/// <remarks>One class, so that the test that switches the process-wide display language runs alone with the others that render.</remarks>
public class NotebookFormatterTests
{
    private static string? Format(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes(true).SingleOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.NotNull(attribute);
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        var formatters = (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance)!.Invoke(source, null)!;
        foreach (var formatter in formatters)
        {
            var type = formatter.GetType();
            if ((string)type.GetProperty("MimeType")!.GetValue(formatter)! != mimeType)
            {
                continue;
            }

            var writer = new StringWriter();
            var ok = (bool)type.GetMethod("Format")!.Invoke(formatter, [value, writer])!;
            return ok ? writer.ToString() : null;
        }

        return null;
    }

    private static readonly ObservationSet Sample = ObservationSet.Create(SampleObservations.Jinjiang2023);

    [Fact]
    public void Scorecard_RendersAsHtmlWithOneRowPerIndicator()
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, Sample, new LocalDate(2023, 9, 30));
        var html = Format(scorecard, "text/html")!;
        Assert.Equal(Jinjiang2023.Catalog.Count, Regex.Count(html, "<tr class=\"indicator status-"));
        Assert.StartsWith("Jinjiang District 2023 work report: scorecard", Format(scorecard, "text/plain"));
    }

    [Fact]
    public void Evaluation_RendersWithAChartOfActualAgainstPathAndTarget()
    {
        var e = Evaluator.Default.Evaluate(Jinjiang2023.TianfuGreenway, Sample, new LocalDate(2023, 9, 30));
        var html = Format(e, "text/html")!;
        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Contains("class=\"actual\"", html);
        Assert.Contains("class=\"target\"", html);
        Assert.Contains("class=\"expected-path\"", html);
        Assert.Contains("status-at-risk", html);
    }

    [Fact]
    public void TheLedgerAndTheBulletin_RenderInANotebook_WithTheirTablesAndCharts()
    {
        var catalog = Jinjiang.Indicators.Samples.SampleBreakdown.Apply(Jinjiang2023.Catalog);
        var ledger = Jinjiang.Indicators.Office.Ledger.Create(catalog.All, Sample, new NodaTime.YearMonth(2023, 1), new NodaTime.YearMonth(2023, 3));
        Assert.Contains("<table>", Format(ledger, "text/html"), StringComparison.Ordinal);
        Assert.Contains("| ", Format(ledger, "text/plain"), StringComparison.Ordinal);
        var bulletin = Jinjiang.Indicators.Office.Bulletin.Create(catalog.All, Sample, new LocalDate(2023, 9, 30));
        var html = Format(bulletin, "text/html")!;
        Assert.StartsWith("<div class=\"jj-document\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_AndCatalog_RenderAsHtml()
    {
        Assert.Contains("新建天府绿道15公里", Format(Jinjiang2023.TianfuGreenway, "text/html"));
        Assert.Contains("tianfu-greenway", Format(Jinjiang2023.TianfuGreenway, "text/plain"));
        Assert.Equal(Jinjiang2023.Catalog.Count, Regex.Count(Format(Jinjiang2023.Catalog, "text/html")!, "<tr class=\"indicator\""));
    }

    [Fact]
    public void NotebookDisplay_RendersInTheLanguageItIsSetTo()
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2023, 9, 30));
        try
        {
            Jinjiang.Indicators.Reporting.NotebookDisplay.UseLanguage(Jinjiang.Indicators.Reporting.ReportLanguage.Chinese);
            Assert.Contains("评估日期：2023年9月30日", Format(scorecard, "text/html"), StringComparison.Ordinal);
            Assert.Contains("进度正常", Format(scorecard.Evaluations[1], "text/html"), StringComparison.Ordinal);
            Assert.Contains("：进度正常（绿灯）——", Format(scorecard.Evaluations[1], "text/plain"), StringComparison.Ordinal);
        }
        finally
        {
            Jinjiang.Indicators.Reporting.NotebookDisplay.UseLanguage(Jinjiang.Indicators.Reporting.ReportLanguage.English);
        }

        Assert.Contains("As of 2023-09-30", Format(scorecard, "text/html"), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Jinjiang.Indicators.Reporting.NotebookDisplay.UseLanguage((Jinjiang.Indicators.Reporting.ReportLanguage)7));
    }
}
