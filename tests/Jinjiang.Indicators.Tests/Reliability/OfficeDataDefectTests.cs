using System.Text;
using CsCheck;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Reliability;

/// <summary>Office data as it really arrives (issue 18): each numbered defect, read through the library.</summary>
public class OfficeDataDefectTests
{
    private static ReadResult<IReadOnlyList<Observation>> Json(string json) => ObservationJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "obs.json", Jinjiang2023.Catalog);

    private static ReadResult<IReadOnlyList<Observation>> Csv(string csv) => ObservationCsv.Read(new StringReader(csv), "obs.csv", Jinjiang2023.Catalog);

    private const string Good = """{ "indicator": "tianfu-greenway", "date": "2023-09-30", "value": 10.6, "unit": "km" }""";

    // 2. One wrong-typed field is one problem at its path; the valid observations are kept.
    [Theory]
    [InlineData("""{ "indicator": "ev-charging-piles", "date": 20230930, "value": 1, "unit": "个" }""", "$.observations[1].date", "Expected a string (an ISO date in quotes, \"2023-09-30\"), found a number.")]
    [InlineData("""{ "indicator": 5, "date": "2023-09-30", "value": 1, "unit": "个" }""", "$.observations[1].indicator", "Expected a string (an indicator id in quotes, \"tianfu-greenway\"), found a number.")]
    [InlineData("""{ "indicator": "ev-charging-piles", "date": "2023-09-30", "value": 1, "unit": ["km"] }""", "$.observations[1].unit", "Expected a string (a unit in quotes, \"km\"), found an array.")]
    [InlineData("""{ "indicator": "ev-charging-piles", "date": "2023-09-30", "value": { "n": 1 }, "unit": "个" }""", "$.observations[1].value", "Expected a number, or a string for a class or a milestone, found an object.")]
    public void Json_AWrongTypedField_IsOneProblem_AndTheOthersAreKept(string bad, string path, string message)
    {
        var result = Json($$"""{ "formatVersion": "1.0", "observations": [ {{Good}}, {{bad}}, {{Good.Replace("2023-09-30", "2023-10-31")}} ] }""");
        Assert.Equal(2, result.Value.Count);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Field);
        Assert.Equal(message, problem.Message);
    }

    // 7. Duplicate keys are problems, not a silent last-one-wins.
    [Fact]
    public void Json_ARepeatedValue_IsAProblem()
    {
        var result = Json($$"""{ "formatVersion": "1.0", "observations": [ { "indicator": "tianfu-greenway", "date": "2023-09-30", "value": 10.6, "value": 99, "unit": "km" }, {{Good.Replace("2023-09-30", "2023-10-31")}} ] }""");
        Assert.Single(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.observations[0].value", problem.Field);
        Assert.Contains("appears twice", problem.Message);
    }

    [Fact]
    public void Json_ASecondObservationsArray_IsAProblem_AndTheFirstIsRead()
    {
        var result = Json($$"""{ "formatVersion": "1.0", "observations": [ {{Good}} ], "observations": [] }""");
        Assert.Single(result.Value);
        Assert.Equal("$.observations", Assert.Single(result.Problems).Field);
    }

    // 3, 10. Tab- and semicolon-separated text, and the .txt and .tsv files Excel and WPS save.
    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    public void Csv_OtherSeparators_AreDetectedFromTheHeader(char separator)
    {
        var result = Csv($"indicator{separator}date{separator}value{separator}unit\ntianfu-greenway{separator}2023-09-30{separator}10.6{separator}km\n");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Single(result.Value);
    }

    // 4. A malformed record is reported at its physical line, and the valid rows after it are kept.
    [Fact]
    public void Csv_AnUnclosedQuote_IsReportedAtItsLine_AndReadingResumes()
    {
        var result = Csv("indicator,date,value,unit,note\n"
            + "tianfu-greenway,2023-06-30,6.9,km,\"first\nhalf\"\n"
            + "tianfu-greenway,2023-07-31,\"7.5,km,\n"
            + "tianfu-greenway,2023-08-31,8.8,km,\n"
            + "tianfu-greenway,2023-09-30,10.6,km,\n");
        Assert.Equal(["2023-06-30", "2023-08-31", "2023-09-30"], result.Value.Select(o => IsoDate.Format(o.Date)));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("Malformed row: a quoted cell is not closed", problem.Message);
        Assert.DoesNotContain("MaxBufferSize", problem.Message);
    }

    // 5. Huge values are per-row problems, and extreme values never crash an evaluation or a renderer.
    [Theory]
    [InlineData("tianfu-greenway,2023-09-30,1.7e308,公里")]
    [InlineData("vertical-greening,2023-09-30,1e305,万平方米")]
    [InlineData("new-energy-product-sales,2023-09-30,1e301,亿元")]
    public void Csv_AValueThatOverflowsItsUnit_IsAProblem(string row)
    {
        var result = Csv("indicator,date,value,unit\n" + row + "\n");
        Assert.Empty(result.Value);
        Assert.StartsWith("The value is too large to be a real figure", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Evaluation_OfExtremeButValidValues_NeverThrows()
    {
        var observations = ObservationSet.Create(
        [
            new Observation(Jinjiang2023.TianfuGreenway.Id, new LocalDate(2023, 9, 30), new Jinjiang.Indicators.Quantities.Measure(1e299, Jinjiang.Indicators.Quantities.MeasureUnit.Kilometre)),
            new Observation(Jinjiang2023.NewEnergyProductSales.Id, new LocalDate(2023, 9, 30), new Jinjiang.Indicators.Quantities.Measure(-1e300, Jinjiang.Indicators.Quantities.MeasureUnit.Yuan)),
            new Observation(Jinjiang2023.FumeAndNoiseComplaints.Id, new LocalDate(2022, 12, 31), new Jinjiang.Indicators.Quantities.Measure(double.Epsilon, Jinjiang.Indicators.Quantities.MeasureUnit.ItemJian)),
            new Observation(Jinjiang2023.FumeAndNoiseComplaints.Id, new LocalDate(2023, 9, 30), new Jinjiang.Indicators.Quantities.Measure(1.7e308, Jinjiang.Indicators.Quantities.MeasureUnit.ItemJian)),
        ]);
        foreach (var asOf in new[] { new LocalDate(2023, 9, 30), new LocalDate(2024, 1, 15) })
        {
            var scorecard = Jinjiang.Indicators.Evaluations.Scorecard.Create(Jinjiang2023.Catalog.All, observations, asOf);
            foreach (var format in Enum.GetValues<Jinjiang.Indicators.Reporting.ScorecardFormat>())
            {
                Assert.NotEmpty(Jinjiang.Indicators.Reporting.ScorecardRenderer.Render(scorecard, format, Jinjiang.Indicators.Reporting.ReportLanguage.Chinese));
                Assert.NotEmpty(Jinjiang.Indicators.Reporting.ScorecardRenderer.Render(scorecard, format));
            }

            Assert.All(scorecard.Evaluations, e => Assert.NotEmpty(e.Reason + e.ReasonChinese));
        }
    }

    // 6. Limits are counted on the bytes read: see OfficeFileTests.ADevice_IsReadOnlyUpToTheLimit.

    // 8. Messages that say what was found.
    [Theory]
    [InlineData("１５", "Found full-width digits")]
    [InlineData("95%", "Found a percent sign in the value")]
    [InlineData("\"1,234\"", "Found a thousands separator ','")]
    [InlineData("1.5万", "Found a Chinese magnitude word")]
    public void Csv_ANumberWrittenAsPeopleWriteIt_IsExplained(string value, string message)
    {
        var result = Csv("indicator,date,value,unit\nev-charging-piles,2023-09-30," + value + ",个\n");
        Assert.StartsWith(message, Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Csv_AnEmptyFile_SaysSo_WithoutInternalWords()
    {
        var problem = Assert.Single(Csv(string.Empty).Problems);
        Assert.Equal("The file is empty: expected a header line (indicator,date,value,unit) and rows.", problem.Message);
    }

    [Fact]
    public void NegativeZero_IsZero()
    {
        var o = Assert.Single(Csv("indicator,date,value,unit\nev-charging-piles,2023-09-30,-0,个\n").Value);
        Assert.Equal("ev-charging-piles 2023-09-30 0 个", o.ToString());
    }

    // 9. An empty unit under a rank of composite indices reads the index; a reported rank says rank, 名 or 位.
    [Fact]
    public void Csv_CompositeIndicesWithAnEmptyUnit_RankTheDistricts()
    {
        var result = Csv("indicator,date,value,unit,area\n"
            + "air-quality-rank,2023-12-31,3.80,,锦江区\nair-quality-rank,2023-12-31,3.41,,青羊区\nair-quality-rank,2023-12-31,3.9,,金牛区\n"
            + "air-quality-rank,2023-12-31,4.02,,武侯区\nair-quality-rank,2023-12-31,3.75,,成华区\n");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var e = Evaluator.Default.Evaluate(Jinjiang2023.AirQualityRank, ObservationSet.Create(result.Value), new LocalDate(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NotMet, e.Status); // 3.80 is third of five
        Assert.Equal(3, e.Actual!.Value.Value);

        var reported = Csv("indicator,date,value,unit\nair-quality-rank,2023-12-31,2,名\n");
        Assert.True(reported.IsValid);
        Assert.Equal(Jinjiang.Indicators.Quantities.QuantityKind.Rank, reported.Value[0].Value.Kind);
    }

    // 11. A hand-written catalog file: missing optional fields have defaults, missing required ones are problems by path.
    [Fact]
    public void Catalog_WithoutOptionalFields_Reads_AndMissingRequiredOnesAreNamed()
    {
        const string json = """
            [
              { "id": "greenway", "name": "新建绿道", "nameEn": "New greenway", "valueType": "length",
                "definition": { "type": "delivery", "start": "2024-01-01", "deadline": "2024-12-31", "value": { "value": 8, "unit": "km" } } },
              { "id": "parking", "name": "新增停车位", "valueType": "count",
                "definition": { "type": "delivery", "start": "2024-01-01", "deadline": "2024-12-31", "value": { "value": 1200, "unit": "个" } } }
            ]
            """;
        var result = CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "draft.json");
        var indicator = Assert.Single(result.Value.All);
        Assert.Equal(Section.General, indicator.Section);
        Assert.Equal(CommitmentLevel.Plain, indicator.Commitment);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$[1].nameEn", problem.Field);
    }

    // 1. A GBK report reads as text (the extractor then finds its year and promises).
    [Fact]
    public void TextFile_AGbkReport_IsDecoded_AndSaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("2024年政府工作报告\n新建城市绿道8公里。\n"));
        try
        {
            var read = TextFile.Read(path);
            Assert.Equal("2024年政府工作报告\n新建城市绿道8公里。\n", read.Value);
            Assert.StartsWith("Read as GB18030", Assert.Single(read.Notes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Random bytes behind every file name the readers take, through encoding detection: never an exception.
    [Fact]
    public void RandomFiles_ThroughEncodingDetection_NeverThrow()
    {
        var dir = Directory.CreateTempSubdirectory("jj-fuzz-").FullName;
        try
        {
            CsCheck.Gen.Select(CsCheck.Gen.Byte.Array[0, 600], CsCheck.Gen.OneOfConst(".csv", ".json", ".txt", ".tsv")).Sample(t =>
            {
                var path = Path.Combine(dir, "f" + t.Item2);
                File.WriteAllBytes(path, t.Item1);
                _ = ObservationFile.Read(path, Jinjiang2023.Catalog);
                _ = TextFile.Read(path);
            }, iter: 300, threads: 1);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
