using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Word;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Office;

/// <summary>The 督查通报: five sections drawn from the verdicts, figures equal to the scorecard's, and a Word file that opens.</summary>
public partial class BulletinTests
{
    private static readonly IndicatorCatalog Sample = SampleBreakdown.Apply(Jinjiang2023.Catalog);

    private static Bulletin SampleBulletin() => Bulletin.Create(Sample.All, ObservationSet.Create(SampleObservations.Jinjiang2023), D(2023, 9, 30));

    [Fact]
    public void TheBulletin_HasTheFiveSectionsAndTheAnnex_InOrder()
    {
        var markdown = BulletinRenderer.ToMarkdown(SampleBulletin(), ReportLanguage.Chinese);
        var positions = BulletinRenderer.SectionHeadings(ReportLanguage.Chinese).Select(h => markdown.IndexOf("## " + h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith("# 锦江区2023年政府工作报告目标任务推进情况督查通报", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOverallFigures_AreTheScorecards()
    {
        var bulletin = SampleBulletin();
        var card = Scorecard.Create(Sample.All, ObservationSet.Create(SampleObservations.Jinjiang2023), D(2023, 9, 30));
        Assert.Equal(card.Counts.Total, bulletin.Scorecard.Counts.Total);
        foreach (var grade in Enum.GetValues<Grade>())
        {
            Assert.Equal(card.Counts[grade], bulletin.Scorecard.Counts[grade]);
        }

        var text = BulletinRenderer.ToMarkdown(bulletin, ReportLanguage.Chinese);
        Assert.Contains($"纳入督查的目标任务共{card.Counts.Total}项：绿灯{card.Counts[Grade.Green]}项、黄灯{card.Counts[Grade.Yellow]}项、红灯{card.Counts[Grade.Red]}项、灰灯{card.Counts[Grade.Grey]}项", text, StringComparison.Ordinal);

        // Every shortfall is a red or yellow promise of the scorecard, with its unit and completion rate.
        var shortfalls = card.Evaluations.Where(e => e.Grade is Grade.Red or Grade.Yellow).ToList();
        Assert.Equal(shortfalls.Select(e => e.Indicator.Id).Order(), bulletin.Shortfalls.Select(e => e.Indicator.Id).Order());
        foreach (var e in shortfalls)
        {
            Assert.Contains($"| {e.Indicator.NameChinese} | {e.Indicator.ResponsibleUnit} | {(e.Completion is { } c ? (c * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : string.Empty)} |", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBulletin_NamesUnits_TheMilestoneBehindItsNode_AndTheReturnsToChase()
    {
        var bulletin = SampleBulletin();
        var text = BulletinRenderer.ToMarkdown(bulletin, ReportLanguage.Chinese);
        var substation = bulletin.Shortfalls.Single(e => e.Indicator.Id.Value == "rongdong-substation-expansion");
        Assert.Equal(EvaluationStatus.OffTrack, substation.Status);
        Assert.Contains("滞后节点", substation.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("区发改局", text, StringComparison.Ordinal);
        Assert.NotEmpty(bulletin.Overdue);
        foreach (var (unit, _) in bulletin.UnitsToPress)
        {
            Assert.Contains("督促" + unit + "加快推进", text, StringComparison.Ordinal);
        }

        foreach (var (unit, _) in bulletin.ReturnsToChase)
        {
            Assert.Contains("催报" + unit, text, StringComparison.Ordinal);
        }

        // The annex: the ledger from the month the promises bind to September.
        Assert.Equal(new NodaTime.YearMonth(2023, 9), bulletin.Ledger.Months[^1].ToYearMonth());
    }

    [Fact]
    public void EveryHighlight_IsEarly_AheadOfSchedule_OrOnItsNode()
    {
        foreach (var e in SampleBulletin().Highlights)
        {
            Assert.True(
                (e.Status == EvaluationStatus.Met && e.AsOf < e.Indicator.Target.Deadline) || e.ScheduleGapPoints > 0 || e.Method == "node",
                e.ToString());
        }
    }

    [Fact]
    public void TheEnglishBulletin_HasNoChinese_ButTheNamesTheUserGave_AndUnitWords() // unit display words (个, 万m2) are a known leftover of the English prose
    {
        var english = BulletinRenderer.ToMarkdown(SampleBulletin(), ReportLanguage.English);
        Assert.Contains("## 1. Overall picture", english, StringComparison.Ordinal);
        var names = Sample.All.SelectMany(i => new[] { i.ResponsibleUnit ?? "", i.NameChinese })
            .Concat(Sample.All.SelectMany(i => i.CooperatingUnits))
            .Concat(Sample.All.SelectMany(i => i.Nodes).Select(n => n.Stage ?? ""))
            .Where(n => n.Length > 0);
        var stripped = names.OrderByDescending(n => n.Length).Aggregate(english, (t, n) => t.Replace(n, string.Empty, StringComparison.Ordinal));
        var cjk = Cjk().Matches(stripped).Select(m => m.Value).Distinct().ToList();
        Assert.True(cjk.All(w => w is "公里" or "万" or "个" or "座" or "亿元" or "平方米" or "万平方米" or "项" or "处" or "辆" or "家" or "条" or "名" or "类" or "件" or "次" or "万元" or "户"), string.Join(" ", cjk));
    }

    [Fact]
    public void TheWordDocument_Opens_WithHeadingsTablesLightsAndChineseFonts()
    {
        var stream = new MemoryStream();
        BulletinDocument.Write(stream, SampleBulletin(), ReportLanguage.Chinese);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1")
            .Select(p => p.InnerText).ToList();
        Assert.Equal(BulletinRenderer.SectionHeadings(ReportLanguage.Chinese), headings);
        Assert.True(body.Elements<Table>().Count() >= 4);
        Assert.Contains(body.Descendants<Shading>(), s => s.Fill?.Value == "FFEBE9"); // a red row's light
        var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal("仿宋", fonts.EastAsia?.Value);
        Assert.Equal("zh-CN", document.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults!.Descendants<Languages>().Single().EastAsia?.Value);
        var text = body.InnerText;
        Assert.Contains("区发改局", text, StringComparison.Ordinal);
        Assert.Contains("逾期未报送", text, StringComparison.Ordinal);
        Assert.Contains("未报送", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentBlocks_RefuseARowOfTheWrongWidth()
    {
        Assert.Throws<ArgumentException>(() => DocumentBlock.Table(["a", "b"], [["1"]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentBlock.Heading(0, "x"));
    }

    [GeneratedRegex(@"[\u3400-\u9fff]+")]
    private static partial Regex Cjk();
}
