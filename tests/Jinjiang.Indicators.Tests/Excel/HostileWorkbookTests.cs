using System.IO.Compression;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Excel;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Excel;

/// <summary>Workbooks built by hand at test time (small, never shipped): bombs, a missing shared-strings part, hidden sheets.</summary>
public class HostileWorkbookTests
{
    private const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>date</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>value</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>unit</t></is></c></row>";

    private static string Row(int r, string id, string date, string value, string unit)
        => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{id}</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>{date}</t></is></c><c r=\"C{r}\"><v>{value}</v></c><c r=\"D{r}\" t=\"inlineStr\"><is><t>{unit}</t></is></c></row>";

    private static string Sheet(params string[] rows) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + string.Concat(rows) + "</sheetData></worksheet>";

    /// <summary>A minimal .xlsx: the sheets with their state (visible, hidden, veryHidden), and a shared-strings part if given.</summary>
    private static MemoryStream Workbook((string Name, string State, string Xml)[] sheets, string? sharedStrings = null)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + (sharedStrings is null ? string.Empty : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") + "</Types>");
            Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" state=\"{s.State}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + (sharedStrings is null ? string.Empty : $"<Relationship Id=\"rId{sheets.Length + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>");
            for (var i = 0; i < sheets.Length; i++)
            {
                Part($"xl/worksheets/sheet{i + 1}.xml", sheets[i].Xml);
            }

            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", sharedStrings);
            }
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void HiddenSheets_AreSkipped_AndNamed_UnlessAskedFor()
    {
        var visible = Sheet(Header, Row(2, "tianfu-greenway", "2023-09-30", "10.6", "km"));
        var draft = Sheet(Header, Row(2, "tianfu-greenway", "2023-10-31", "99", "km"));
        (string, string, string)[] sheets = [("九月", "visible", visible), ("草稿", "hidden", draft), ("旧数据", "veryHidden", draft)];

        var read = ObservationWorkbook.Read(Workbook(sheets), "returns.xlsx", Jinjiang2023.Catalog);
        Assert.Empty(read.Problems);
        Assert.Equal(10.6, Assert.Single(read.Value).Value.Value, 9);
        Assert.Contains(read.Notes, n => n.StartsWith("Sheet '草稿' is hidden: skipped", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.StartsWith("Sheet '旧数据' is very hidden: skipped", StringComparison.Ordinal));

        var all = ObservationWorkbook.Read(Workbook(sheets), "returns.xlsx", Jinjiang2023.Catalog, new ObservationReadOptions { ReadHiddenSheets = true });
        Assert.Contains(all.Value, o => o.Date == new NodaTime.LocalDate(2023, 10, 31));
        Assert.DoesNotContain(all.Notes, n => n.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedTextWithoutItsSharedStringsPart_IsAProblem_NotNumbers()
    {
        var sheet = Sheet(Header, "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>public-building-energy-retrofits</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2023-12-31</t></is></c><c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>万平方米</t></is></c></row>");
        var read = ObservationWorkbook.Read(Workbook([("九月", "visible", sheet)]), "returns.xlsx", Jinjiang2023.Catalog);
        Assert.Empty(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Contains("no shared-strings part", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APartThatInflatesBeyondTheLimit_IsRefused_NeverRead()
    {
        // 3 MiB of one cell's text compresses to a few KiB; the limit here is 1 MiB (the default is 256 MiB).
        var huge = Sheet(Header, $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{new string('a', 3 * 1024 * 1024)}</t></is></c></row>");
        var workbook = Workbook([("九月", "visible", huge)]);
        Assert.True(workbook.Length < 64 * 1024);
        var read = ObservationWorkbook.Read(workbook, "bomb.xlsx", Jinjiang2023.Catalog, new ObservationReadOptions { MaxUnpackedBytes = 1024 * 1024 });
        Assert.Empty(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Contains("xl/worksheets/sheet1.xml unpacks to more than 1 MiB", problem.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ObservationReadOptions { MaxUnpackedBytes = 0 });
    }

    [Fact]
    public void AWorkbookFromAPipe_IsReadAsFromAFile()
    {
        var bytes = Workbook([("九月", "visible", Sheet(Header, Row(2, "tianfu-greenway", "2023-09-30", "10.6", "km")))]).ToArray();
        var read = ObservationWorkbook.Read(new NonSeekable(bytes), "stdin.xlsx", Jinjiang2023.Catalog);
        Assert.Empty(read.Problems);
        Assert.Single(read.Value);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
