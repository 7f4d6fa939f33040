using System.Globalization;
using CsCheck;
using ExcelDataReader;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Excel;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;
using SpreadCheetah;

namespace Jinjiang.Indicators.Tests.Excel;

/// <summary>Observations in Excel workbooks, and the monthly reporting template (template, returns, scorecard).</summary>
public class WorkbookTests
{
    private static readonly LocalDate AsOf = new(2023, 9, 30);

    /// <summary>Writes rows to a one-sheet workbook as an office would type them: numbers as numbers, dates as Excel dates.</summary>
    private static MemoryStream Workbook(string sheet, IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        using (var spreadsheet = Spreadsheet.CreateNewAsync(stream).AsTask().GetAwaiter().GetResult())
        {
            spreadsheet.StartWorksheetAsync(sheet).AsTask().GetAwaiter().GetResult();
            foreach (var row in rows)
            {
                var cells = row.Select(v => v switch
                {
                    null => new Cell(string.Empty),
                    double d => new Cell(d),
                    DateTime t => new Cell(t),
                    _ => new Cell(Convert.ToString(v, CultureInfo.InvariantCulture)),
                }).ToArray();
                spreadsheet.AddRowAsync(cells).AsTask().GetAwaiter().GetResult();
            }

            spreadsheet.FinishAsync().AsTask().GetAwaiter().GetResult();
        }

        stream.Position = 0;
        return stream;
    }

    private static string[] Verdicts(IEnumerable<Observation> observations)
    {
        var set = ObservationSet.Create(observations);
        return Jinjiang2023.Catalog.All.Select(i => Evaluator.Default.Evaluate(i, set, AsOf)).Select(e => $"{e.Indicator.Id} {e.Status} {e.Reason}").ToArray();
    }

    [Fact]
    public void TheSampleObservations_InAWorkbook_GiveTheSameEvaluationsAsTheCsv()
    {
        var sample = SampleObservations.Jinjiang2023;
        var rows = new List<object?[]> { new object?[] { "indicator", "date", "value", "unit", "period", "area", "component", "status", "source", "note" } };
        var csv = new StringWriter();
        ObservationCsv.Write(csv, sample);
        foreach (var line in csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var c = ObservationCsv.Read(new StringReader(ObservationCsv.Header + "\n" + line), "row.csv", null).Value.Single();
            object? value = c.Value.Kind is Jinjiang.Indicators.Quantities.QuantityKind.QualityClass or Jinjiang.Indicators.Quantities.QuantityKind.Completion ? null : c.Value.Value;
            var text = line.Split(',');
            rows.Add([c.IndicatorId.Value, c.Date.ToDateTimeUnspecified(), value ?? text[2], text[3], text[4], text[5], text[6], text[7], text[8], text[9]]);
        }

        var result = ObservationWorkbook.Read(Workbook("报送", rows), "returns.xlsx", SampleBreakdown.Apply(Jinjiang2023.Catalog));
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(5)));
        Assert.Equal(sample.Count, result.Value.Count);
        Assert.Equal(Verdicts(sample), Verdicts(result.Value));
    }

    [Fact]
    public void Problems_NameTheSheetAndTheCell_AndTheValidRowsAreKept()
    {
        var result = ObservationWorkbook.Read(Workbook("九月", [
            ["锦江区 月度报送表"],
            ["indicator", "date", "value", "unit"],
            ["tianfu-greenway", new DateTime(2023, 9, 30), 10.6, "公里"],
            ["ev-charging-piles", "2023-09-30", "1,234", "个"],
            ["vertical-greening", "30/09/2023", 3800.0, "平方米"],
            ["pocket-parks", "2023-09-30", 2.0, "个"],
        ]), "office.xlsx", Jinjiang2023.Catalog);
        Assert.Equal(["tianfu-greenway", "pocket-parks"], result.Value.Select(o => o.IndicatorId.Value));
        Assert.Equal(
            ["office.xlsx: 九月!C4 value '1,234': Found a thousands separator ',': write 1234 not 1,234.", "office.xlsx: 九月!B5 date '30/09/2023': Expected an ISO date yyyy-MM-dd."],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task Template_FilledInLikeAnOffice_ReadsBackToTheSameEvaluationsAsTheCsv()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance); // for ExcelDataReader, used directly here
        var template = new MemoryStream();
        ReportingTemplate.Write(template, Jinjiang2023.Catalog);
        template.Position = 0;

        // The returns: each template row, with its date and value taken from the sample's latest reading by 2023-09-30.
        var latest = SampleObservations.Jinjiang2023.Where(o => o.Date <= AsOf && o.Area is null or "锦江区")
            .GroupBy(o => (o.IndicatorId, o.Component)).ToDictionary(g => g.Key, g => g.Last());
        var filled = new List<Observation>();
        var sheets = new List<(string Sheet, List<object?[]> Rows)>();
        using (var reader = ExcelReaderFactory.CreateOpenXmlReader(template))
        {
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray();
                    if (rows.Count >= 2 && row[0] is string id && latest.TryGetValue((new IndicatorId(id), row[8] as string is { Length: > 0 } c ? c : null), out var o))
                    {
                        row[5] = o.Date.ToDateTimeUnspecified();
                        row[6] = o.Value.Kind is Jinjiang.Indicators.Quantities.QuantityKind.QualityClass ? "III" : o.Value.Kind is Jinjiang.Indicators.Quantities.QuantityKind.Completion ? (o.Value.Value >= 0.5 ? "done" : "not-done") : o.Value.Value;
                        row[7] = o.Value.Unit.Symbol;
                        filled.Add(o);
                    }

                    rows.Add(row);
                }

                sheets.Add((reader.Name, rows));
            }
            while (reader.NextResult());
        }

        Assert.Equal(Jinjiang2023.Catalog.Sections.Count, sheets.Count);
        Assert.All(sheets, s => Assert.Equal(ReportingTemplate.Columns, s.Rows[1].Select(v => v as string)));
        Assert.True(filled.Count > 20);

        var returns = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(returns))
        {
            foreach (var (sheet, rows) in sheets)
            {
                await spreadsheet.StartWorksheetAsync(sheet);
                foreach (var row in rows)
                {
                    await spreadsheet.AddRowAsync(row.Select(v => v switch { double d => new Cell(d), DateTime t => new Cell(t), _ => new Cell(v as string ?? string.Empty) }).ToArray());
                }
            }

            await spreadsheet.FinishAsync();
        }

        returns.Position = 0;
        var read = ObservationWorkbook.Read(returns, "returns.xlsx", Jinjiang2023.Catalog);
        Assert.True(read.IsValid, string.Join("\n", read.Problems.Take(5)));
        Assert.Equal(filled.Count, read.Value.Count);
        Assert.Equal(Verdicts(filled), Verdicts(read.Value));
    }

    [Fact]
    public void AnythingThatIsNotAWorkbook_IsAProblemNotACrash()
    {
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            var result = ObservationWorkbook.Read(new MemoryStream(bytes), "random.xlsx", Jinjiang2023.Catalog);
            Assert.Empty(result.Value);
            Assert.NotEmpty(result.Problems);
        }, iter: 200);
    }
}
