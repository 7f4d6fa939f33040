using System.Text;
using System.Text.Json;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>Office data as it really arrives (issue 18), through the command-line tool.</summary>
public sealed class OfficeDataCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jj-cli-office-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gbk(string text) => CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(text);

    private static string Status(Cli r, string id)
    {
        using var doc = JsonDocument.Parse(r.Out);
        return doc.RootElement.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;
    }

    [Fact]
    public void Extract_AGbkReport_ReadsItsYearAndPromises()
    {
        var report = Write("report.txt", Gbk("（某某省）安平市东湖区人民政府工作报告（2024年1月18日）\r\n2024年，新建城市绿道8公里，新增公共停车位1200个。\r\n"));
        var r = Cli.Run("extract", report);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("2 candidate promise(s) for 2024 in 安平市东湖区人民政府工作报告（2024-01-18）:", r.Out);
        Assert.Contains("新建城市绿道8公里", r.Out);
        Assert.Contains("Read as GB18030", r.Err);
    }

    [Theory]
    [InlineData("gbk.csv", "indicator,date,value,unit\ntianfu-greenway,2023-09-30,10.6,公里\n", "gb18030")]
    [InlineData("unicode.txt", "indicator\tdate\tvalue\tunit\r\ntianfu-greenway\t2023-09-30\t10.6\t公里\r\n", "utf-16")]
    [InlineData("tabs.tsv", "indicator\tdate\tvalue\tunit\ntianfu-greenway\t2023-09-30\t10.6\t公里\n", "utf-8")]
    [InlineData("semicolons.csv", "indicator;date;value;unit\ntianfu-greenway;2023-09-30;10.6;公里\n", "utf-8")]
    public void Evaluate_OfficeFiles_AreReadLikeUtf8Csv(string name, string text, string encoding)
    {
        var bytes = encoding switch
        {
            "gb18030" => Gbk(text),
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        var r = Cli.Run("evaluate", "--observations", Write(name, bytes), "--as-of", "2023-09-30", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("at-risk", Status(r, "tianfu-greenway"));
    }

    [Fact]
    public void Evaluate_AGbkJsonFile_IsRead()
    {
        var json = """{ "formatVersion": "1.0", "observations": [ { "indicator": "tianfu-greenway", "date": "2023-09-30", "value": 10.6, "unit": "公里" } ] }""";
        var r = Cli.Run("evaluate", "--observations", Write("gbk.json", Gbk(json)), "--as-of", "2023-09-30", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("at-risk", Status(r, "tianfu-greenway"));
    }

    [Fact]
    public void Evaluate_AWrongTypedJsonField_KeepsTheValidObservations()
    {
        var json = """
            { "formatVersion": "1.0", "observations": [
              { "indicator": "tianfu-greenway", "date": "2023-09-30", "value": 10.6, "unit": "公里" },
              { "indicator": "ev-charging-piles", "date": 20230930, "value": 455, "unit": "个" } ] }
            """;
        var r = Cli.Run("evaluate", "--observations", Write("mixed.json", Encoding.UTF8.GetBytes(json)), "--as-of", "2023-09-30", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("mixed.json: $.observations[1].date '20230930': Expected a string", r.Err);
        Assert.Equal("at-risk", Status(r, "tianfu-greenway"));
    }

    [Fact]
    public void Evaluate_AHugeValue_IsAProblemNotACrash()
    {
        var r = Cli.Run("evaluate", "--observations", Write("huge.csv", Encoding.UTF8.GetBytes("indicator,date,value,unit\ntianfu-greenway,2023-09-30,1.7e308,公里\nev-charging-piles,2023-09-30,455,个\n")), "--as-of", "2023-09-30", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("huge.csv:2: value '1.7e308': The value is too large to be a real figure", r.Err);
        Assert.Equal("on-track", Status(r, "ev-charging-piles"));
    }

    [Fact]
    public void Validate_ADirectory_SaysItIsADirectory()
    {
        var r = Cli.Run("validate", _dir + "/");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("This is a directory, not a file", r.Out);
    }

    [Fact]
    public void Evaluate_AnUnknownEncodingOrSeparator_IsInvalidInput()
    {
        Assert.Contains("--encoding: 'latin-7'", Cli.Run("evaluate", "--encoding", "latin-7").Err);
        Assert.Contains("--separator: 'pipe'", Cli.Run("evaluate", "--separator", "pipe").Err);
    }

    [Fact]
    public void Evaluate_ACatalogWrittenByHand_WithoutSectionName_IsEvaluated()
    {
        var catalog = Write("hand.json", Encoding.UTF8.GetBytes("""
            [ { "id": "greenway", "name": "新建绿道", "nameEn": "New greenway", "section": "parks", "valueType": "length",
                "report": { "area": "东湖区", "year": 2024, "delivered": "2024-01-18" },
                "definition": { "type": "delivery", "start": "2024-01-01", "deadline": "2024-12-31", "value": { "value": 8, "unit": "km" } } } ]
            """));
        var observations = Write("returns.csv", Encoding.UTF8.GetBytes("indicator,date,value,unit\ngreenway,2024-06-30,5,km\n"));
        var r = Cli.Run("evaluate", "--catalog", catalog, "--observations", observations, "--as-of", "2024-06-30", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("on-track", Status(r, "greenway"));
    }

    [Fact]
    public void Template_ThenEvaluateTheReturnedWorkbook()
    {
        var template = Path.Combine(_dir, "returns.xlsx");
        var written = Cli.Run("template", "--output", template);
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("41 indicator(s) in 6 sheet(s)", written.Err);

        // Returned as it was sent (nothing filled in): read without problems, no observation.
        var r = Cli.Run("validate", template);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("returns.xlsx: 0 valid observation(s), 0 problem(s).", r.Out);
        var evaluated = Cli.Run("evaluate", "--observations", template, "--as-of", "2023-09-30", "--format", "json");
        Assert.True(evaluated.ExitCode == 0, evaluated.Err);
        Assert.Equal("no-data", Status(evaluated, "tianfu-greenway"));
    }

    [Fact]
    public void Evaluate_AMalformedRow_IsReportedAtItsLine_AndTheRowsAfterItCount()
    {
        var csv = Write("malformed.csv", Encoding.UTF8.GetBytes("indicator,date,value,unit\ntianfu-greenway,2023-06-30,\"6.9,km\nev-charging-piles,2023-09-30,455,个\n"));
        var r = Cli.Run("evaluate", "--observations", csv, "--as-of", "2023-09-30", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("malformed.csv:2: Malformed row", r.Err);
        Assert.DoesNotContain("MaxBufferSize", r.Err);
        Assert.Equal("on-track", Status(r, "ev-charging-piles"));
    }

    [Fact]
    public void Validate_ADeviceBehindAJsonName_StopsAtTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device here
        }

        var link = Path.Combine(_dir, "zero.json");
        File.CreateSymbolicLink(link, "/dev/zero");
        var r = Cli.Run("validate", link);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("zero.json: The input is larger than 67108864 bytes, the most accepted.", r.Out);
    }

    [Fact]
    public void Evaluate_RepeatedJsonKeys_AreProblems()
    {
        var json = """{ "formatVersion": "1.0", "observations": [ { "indicator": "tianfu-greenway", "date": "2023-09-30", "value": 10.6, "value": 99, "unit": "公里" } ] }""";
        var r = Cli.Run("validate", Write("twice.json", Encoding.UTF8.GetBytes(json)));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("twice.json: $.observations[0].value '99': The key value appears twice", r.Out);
    }

    [Fact]
    public void Evaluate_CompositeIndicesWithAnEmptyUnit_RankTheDistricts()
    {
        var csv = Write("index.csv", Encoding.UTF8.GetBytes("indicator,date,value,unit,area\nair-quality-rank,2023-12-31,3.41,,锦江区\nair-quality-rank,2023-12-31,3.80,,青羊区\n"
            + "air-quality-rank,2023-12-31,3.9,,金牛区\nair-quality-rank,2023-12-31,4.02,,武侯区\nair-quality-rank,2023-12-31,3.75,,成华区\n"));
        var r = Cli.Run("evaluate", "--observations", csv, "--as-of", "2024-01-15", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("met", Status(r, "air-quality-rank"));
    }

    [Fact]
    public void Validate_AgainstADraftCatalog()
    {
        var catalog = Write("draft.json", Encoding.UTF8.GetBytes("""
            [ { "id": "greenway", "name": "新建绿道", "nameEn": "New greenway", "valueType": "length",
                "definition": { "type": "delivery", "start": "2024-01-01", "deadline": "2024-12-31", "value": { "value": 8, "unit": "km" } } } ]
            """));
        var returns = Write("returns.csv", Encoding.UTF8.GetBytes("indicator,date,value,unit\ngreenway,2024-06-30,5,km\ntianfu-greenway,2024-06-30,5,km\n"));
        var r = Cli.Run("validate", returns, "--catalog", catalog);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("returns.csv:3: indicator 'tianfu-greenway': Unknown indicator id: it is not in the catalog.", r.Out);
        Assert.Contains("1 valid observation(s), 1 problem(s)", r.Out);
    }
}
