using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>Observation files as offices really save them: Chinese encodings, tabs and semicolons, odd extensions.</summary>
public sealed class OfficeFileTests : IDisposable
{
    private const string Rows = """
        indicator,date,value,unit,area,component
        tianfu-greenway,2023-09-30,10.6,公里,,
        vertical-greening,2023-09-30,0.38,万平方米,,
        water-sections-class,2023-06-30,Ⅲ,类,,沙河
        household-waste-harmless-treatment,2023-06-30,100,%,,
        air-quality-rank,2023-09-30,3.52,1,锦江区,
        air-quality-rank,2023-09-30,3.49,1,青羊区,
        air-quality-rank,2023-09-30,3.6,1,金牛区,
        air-quality-rank,2023-09-30,3.55,1,武侯区,
        air-quality-rank,2023-09-30,3.71,1,成华区,
        fume-and-noise-complaints,2022-12-31,12480,件,,
        fume-and-noise-complaints,2023-09-30,8850,件,,
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("jj-office-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gb18030(string text) => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text);

    private static string[] Verdicts(ReadResult<IReadOnlyList<Observation>> result)
    {
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var set = ObservationSet.Create(result.Value);
        return Jinjiang2023.Catalog.All.Select(i => Evaluator.Default.Evaluate(i, set, new LocalDate(2023, 9, 30))).Select(e => $"{e.Indicator.Id} {e.Status} {e.Reason}").ToArray();
    }

    [Fact]
    public async Task TheSameObservations_InEveryEncodingAndSeparator_GiveIdenticalEvaluations()
    {
        var csv = Rows.ReplaceLineEndings("\n") + "\n";
        var expected = Verdicts(ObservationFile.Read(Write("utf8.csv", Encoding.UTF8.GetBytes(csv)), Jinjiang2023.Catalog));
        Assert.Contains(expected, v => v.StartsWith("tianfu-greenway AtRisk", StringComparison.Ordinal));

        var tab = csv.Replace(',', '\t');
        var semicolon = csv.Replace(',', ';');
        var json = new MemoryStream();
        ObservationJson.Write(json, ObservationCsv.Read(new StringReader(csv), "rows.csv", Jinjiang2023.Catalog).Value);
        var jsonText = Encoding.UTF8.GetString(json.ToArray());
        var files = new (string Name, byte[] Bytes)[]
        {
            ("utf8-bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]),
            ("gbk.csv", Gb18030(csv)),
            ("gbk-crlf.csv", Gb18030(csv.ReplaceLineEndings("\r\n"))),
            ("unicode-text.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(tab.ReplaceLineEndings("\r\n"))]),
            ("big-endian.tsv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(tab)]),
            ("semicolon.csv", Encoding.UTF8.GetBytes(semicolon)),
            ("gbk-semicolon.csv", Gb18030(semicolon)),
            ("utf8.json", Encoding.UTF8.GetBytes(jsonText)),
            ("gbk.json", Gb18030(jsonText)),
            ("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(jsonText)]),
        };
        foreach (var (name, bytes) in files)
        {
            var result = ObservationFile.Read(Write(name, bytes), Jinjiang2023.Catalog);
            Assert.True(expected.SequenceEqual(Verdicts(result)), name);
        }

        // And the same rows in an Excel workbook: numbers as numbers, dates as Excel dates.
        var xlsx = new MemoryStream();
        await using (var spreadsheet = await SpreadCheetah.Spreadsheet.CreateNewAsync(xlsx))
        {
            await spreadsheet.StartWorksheetAsync("九月");
            foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var cells = line.Split(',').Select((c, i) => i == 1 && NodaTime.Text.LocalDatePattern.Iso.Parse(c) is { Success: true } d
                    ? new SpreadCheetah.Cell(d.Value.ToDateTimeUnspecified())
                    : i == 2 && double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? new SpreadCheetah.Cell(n) : new SpreadCheetah.Cell(c)).ToArray();
                await spreadsheet.AddRowAsync(cells);
            }

            await spreadsheet.FinishAsync();
        }

        xlsx.Position = 0;
        Assert.Equal(expected, Verdicts(Jinjiang.Indicators.Excel.ObservationWorkbook.Read(xlsx, "returns.xlsx", Jinjiang2023.Catalog)));
    }

    [Fact]
    public void Gb18030_IsNamedInANote()
    {
        var result = ObservationFile.Read(Write("gbk.csv", Gb18030(Rows.ReplaceLineEndings("\n"))), Jinjiang2023.Catalog);
        var note = Assert.Single(result.Notes);
        Assert.StartsWith("Read as GB18030 (GBK): the text is not UTF-8 (byte 0x", note);
    }

    [Fact]
    public void ANamedEncoding_IsUsed()
    {
        var bytes = Gb18030("indicator,date,value,unit\ntianfu-greenway,2023-09-30,10.6,公里\n");
        var result = ObservationFile.Read(Write("named.csv", bytes), Jinjiang2023.Catalog, new ObservationReadOptions { Encoding = CodePagesEncodingProvider.Instance.GetEncoding(936) });
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(10_600, result.Value[0].Value.BaseValue, 6);
    }

    [Fact]
    public void Utf16WithoutAByteOrderMark_IsRefusedWithAPlainMessage()
    {
        var problem = Assert.Single(ObservationFile.Read(Write("nobom.txt", Encoding.Unicode.GetBytes("indicator\tdate\tvalue\tunit\n")), Jinjiang2023.Catalog).Problems);
        Assert.Contains("UTF-16 without a byte order mark", problem.Message);
    }

    [Fact]
    public void ADirectory_IsNotAFile()
    {
        var problem = Assert.Single(ObservationFile.Read(Path.Combine(_dir, "sub.csv") is var p && Directory.CreateDirectory(p) is not null ? p : p, Jinjiang2023.Catalog).Problems);
        Assert.Equal("This is a directory, not a file: name an observation file inside it.", problem.Message);
    }

    [Fact]
    public void ADevice_IsReadOnlyUpToTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system
        }

        var problem = Assert.Single(ObservationJson.ReadFile("/dev/zero", Jinjiang2023.Catalog, new ObservationReadOptions { MaxBytes = 1 << 20 }).Problems);
        Assert.Equal("The input is larger than 1048576 bytes, the most accepted.", problem.Message);
        var csv = Assert.Single(ObservationCsv.ReadFile("/dev/zero", Jinjiang2023.Catalog, new ObservationReadOptions { MaxBytes = 1 << 20 }).Problems);
        Assert.Equal("The input is larger than 1048576 bytes, the most accepted.", csv.Message);
    }
}
