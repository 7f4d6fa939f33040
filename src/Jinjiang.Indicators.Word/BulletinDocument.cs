using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Reporting;

namespace Jinjiang.Indicators.Word;

/// <summary>
/// Office documents as Word (.docx) files, written with the Open XML SDK: a supervision bulletin (督查通报) or any
/// <see cref="DocumentBlock"/>s. Headings use Word's own heading styles (so the navigation pane and a table of contents
/// see them); body text is 仿宋 with 宋体 as the East Asian fallback and Times New Roman for Latin text, headings 黑体,
/// the East Asian language declared zh-CN, so the document opens alike in Word, WPS and LibreOffice. Each table row
/// with a grade starts with a coloured light (●) on a tinted cell. The annex, the widest table, is set on landscape pages.
/// </summary>
public static class BulletinDocument
{
    private const string Body = "仿宋";
    private const string Heading = "黑体";
    private const string Latin = "Times New Roman";

    /// <summary>Writes a bulletin.</summary>
    /// <param name="stream">Where to write the document.</param>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="language">The language.</param>
    public static void Write(Stream stream, Bulletin bulletin, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        Write(stream, BulletinRenderer.Blocks(bulletin, language), language);
    }

    /// <summary>
    /// Writes document blocks. A level-2 heading that starts with 附件 or "Annex" begins a landscape section.
    /// </summary>
    /// <param name="stream">Where to write the document.</param>
    /// <param name="blocks">The blocks.</param>
    /// <param name="language">The language (for the declared proofing language).</param>
    public static void Write(Stream stream, IEnumerable<DocumentBlock> blocks, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(blocks);
        // The package is made in memory (it reads back its parts as it saves), then copied: any writable stream will do.
        using var buffer = new MemoryStream();
        WriteDocument(buffer, blocks, language);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void WriteDocument(MemoryStream stream, IEnumerable<DocumentBlock> blocks, ReportLanguage language)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles(language);
        var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
        var landscape = false;
        var charts = 0U;
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case DocumentBlockKind.Heading:
                    if (!landscape && block.Level == 2 && (block.Text.StartsWith("附件", StringComparison.Ordinal) || block.Text.StartsWith("Annex", StringComparison.Ordinal)))
                    {
                        body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false))));
                        landscape = true;
                    }

                    body.Append(new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = block.Level == 1 ? "Title" : "Heading" + Math.Min(block.Level - 1, 3) }),
                        new Run(new WText(block.Text) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                case DocumentBlockKind.Paragraph:
                    body.Append(new Paragraph(new Run(new WText(block.Text) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                case DocumentBlockKind.Figure:
                    if (block.Evaluation is { } evaluation && ChartWriter.Paragraph(main, evaluation, language == ReportLanguage.English, ++charts) is { } chart)
                    {
                        body.Append(chart);
                    }

                    body.Append(new Paragraph(
                        new ParagraphProperties(new Justification { Val = JustificationValues.Left }),
                        new Run(new RunProperties(new Italic(), new FontSize { Val = "21" }), new WText(block.Text) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                default:
                    body.Append(Table(block, landscape ? 14230 : 9298));
                    body.Append(new Paragraph());
                    break;
            }
        }

        body.Append(Section(landscape));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static SectionProperties Section(bool landscape) => new(
        landscape
            ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1440, Bottom = 1440, Left = 1304U, Right = 1304U, Header = 851U, Footer = 992U, Gutter = 0U });

    /// <summary>Column widths in twips: the page's text width shared by each column's longest text (within bounds), so a column of reasons is wide and one of grades narrow.</summary>
    private static int[] Widths(DocumentBlock block, int total)
    {
        static int Length(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
        var weights = block.Headers.Select((h, c) => (double)Math.Clamp(Math.Max(Length(h) + 2, block.Rows.Count == 0 ? 0 : block.Rows.Max(r => Length(r[c])) + 2), 12, 44)).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(w => (int)(total * w / sum))];
    }

    private static Table Table(DocumentBlock block, int textWidth)
    {
        var widths = Widths(block, textWidth);
        var table = new Table(new TableProperties(
            new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(block.Headers.Select((h, c) => Cell(h, widths[c], bold: true, fill: "E7EBEF", light: null)));
        table.Append(header);
        for (var i = 0; i < block.Rows.Count; i++)
        {
            var grade = block.RowGrades[i];
            var cells = block.Rows[i].Select((text, c) => c == 0 && grade is { } g
                ? Cell(text, widths[c], bold: false, fill: Tint(g), light: g)
                : Cell(text, widths[c], bold: text is "未报送" or "missing", fill: null, light: null, colour: text is "未报送" or "missing" ? "A40E26" : null));
            table.Append(new TableRow([new TableRowProperties(new CantSplit()), .. cells]));
        }

        return table;
    }

    private static TableCell Cell(string text, int width, bool bold, string? fill, Grade? light, string? colour = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
        if (light is { } g)
        {
            paragraph.Append(new Run(new RunProperties(new Color { Val = Strong(g) }), new WText("● ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        var runProperties = new RunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" });
        if (bold)
        {
            runProperties.PrependChild(new Bold());
        }

        if (colour is not null)
        {
            runProperties.Append(new Color { Val = colour });
        }

        paragraph.Append(new Run(runProperties, new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new TableCell(properties, paragraph);
    }

    private static string Strong(Grade grade) => grade switch
    {
        Grade.Green => "1A7F37",
        Grade.Yellow => "BF8700",
        Grade.Red => "CF222E",
        _ => "8C959F",
    };

    private static string Tint(Grade grade) => grade switch
    {
        Grade.Green => "DAFBE1",
        Grade.Yellow => "FFF8C5",
        Grade.Red => "FFEBE9",
        _ => "EAEEF2",
    };

    private static Styles Styles(ReportLanguage language)
    {
        var lang = new Languages { Val = language == ReportLanguage.English ? "en-GB" : "zh-CN", EastAsia = "zh-CN" };
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = Body, Hint = FontTypeHintValues.EastAsia },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                lang)),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(
            defaults,
            normal,
            HeadingStyle("Title", "Title", null, "44", center: true),
            HeadingStyle("Heading1", "heading 1", 0, "32", center: false),
            HeadingStyle("Heading2", "heading 2", 1, "30", center: false),
            HeadingStyle("Heading3", "heading 3", 2, "28", center: false));
    }

    private static Style HeadingStyle(string id, string name, int? outline, string size, bool center)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        if (center)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Heading, Hint = FontTypeHintValues.EastAsia },
                new Bold(),
                new FontSize { Val = size },
                new FontSizeComplexScript { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
