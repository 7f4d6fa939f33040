using System.Globalization;
using ExcelDataReader;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Excel;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Targets;
using SpreadCheetah;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Excel;

/// <summary>The task breakdown table (目标任务分解表) as a workbook: written for a catalog, read back over it.</summary>
public class BreakdownWorkbookTests
{
    private static MemoryStream Workbook(IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        using (var spreadsheet = Spreadsheet.CreateNewAsync(stream).AsTask().GetAwaiter().GetResult())
        {
            spreadsheet.StartWorksheetAsync("分解表").AsTask().GetAwaiter().GetResult();
            foreach (var row in rows)
            {
                spreadsheet.AddRowAsync(row.Select(v => v switch
                {
                    null => new Cell(string.Empty),
                    double d => new Cell(d),
                    _ => new Cell(Convert.ToString(v, CultureInfo.InvariantCulture)),
                }).ToArray()).AsTask().GetAwaiter().GetResult();
            }

            spreadsheet.FinishAsync().AsTask().GetAwaiter().GetResult();
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void TheForm_WrittenForTheSampleBreakdown_ReadsBackToTheSameBreakdown()
    {
        var sample = SampleBreakdown.Apply(Jinjiang2023.Catalog);
        var stream = new MemoryStream();
        BreakdownWorkbook.Write(stream, sample);
        stream.Position = 0;
        var read = BreakdownWorkbook.Read(stream, "breakdown.xlsx", Jinjiang2023.Catalog);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        foreach (var expected in sample.All)
        {
            var actual = read.Value[expected.Id];
            Assert.Equal(expected.ResponsibleUnit, actual.ResponsibleUnit);
            Assert.Equal(expected.CooperatingUnits, actual.CooperatingUnits);
            Assert.Equal(expected.ResponsibleLeader, actual.ResponsibleLeader);
            Assert.Equal(expected.Reporting, actual.Reporting);
            Assert.Equal(expected.Nodes, actual.Nodes);
        }
    }

    [Fact]
    public void AFilledForm_OverlaysTheCatalog_InChineseHeadersAndWords()
    {
        var read = BreakdownWorkbook.Read(Workbook([
            ["锦江区 目标任务分解表"],
            ["指标编号", "目标任务", "牵头单位", "配合单位", "责任领导", "报送频次", "报送截止日", "节点1", "节点2"],
            ["tianfu-greenway", "新建天府绿道", "区公园城市局", "区住建交局、锦江区城管委", "张副区长", "按月", "5日", "2023年6月30日 6公里", "2023-09-30 10"],
            ["rongdong-substation-expansion", "蓉东变电站扩容", "区发改局", null, null, "按季度", 10.0, "2023-06-30 开工", null],
        ]), "分解表.xlsx", Jinjiang2023.Catalog);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var greenway = read.Value[new IndicatorId("tianfu-greenway")];
        Assert.Equal("区公园城市局", greenway.ResponsibleUnit);
        Assert.Equal(["区住建交局", "锦江区城管委"], greenway.CooperatingUnits);
        Assert.Equal("张副区长", greenway.ResponsibleLeader);
        Assert.Equal(ReportingSchedule.MonthlyByFifth, greenway.Reporting);
        Assert.Equal([new NodeTarget(D(2023, 6, 30), new Measure(6, MeasureUnit.Kilometre)), new NodeTarget(D(2023, 9, 30), new Measure(10, MeasureUnit.Kilometre))], greenway.Nodes);
        var substation = read.Value[new IndicatorId("rongdong-substation-expansion")];
        Assert.Equal([new NodeTarget(D(2023, 6, 30), "开工")], substation.Nodes);
        Assert.Equal(new ReportingSchedule(ReportingFrequency.Quarterly, 10), substation.Reporting);
        Assert.Null(read.Value[new IndicatorId("pocket-parks")].ResponsibleUnit); // a promise without a row is kept as it was
    }

    [Fact]
    public void Problems_AreNamedBySheetAndCell_AndTheRestIsStillRead()
    {
        var read = BreakdownWorkbook.Read(Workbook([
            ["indicator", "lead-unit", "frequency", "due-day", "node1", "node2"],
            ["no-such-promise", "区发改局", null, null, null, null],
            ["tianfu-greenway", "区公园城市局", "weekly", "5", "2024-03-31 3公里", "2023-06-30 6个"],
            ["ev-charging-piles", "区发改局", "按月", "31", "六月底 300", null],
            ["ev-charging-piles", "区发改局", null, null, null, null],
        ]), "b.xlsx", Jinjiang2023.Catalog);
        Assert.Contains(read.Problems, p => p.Field == "分解表!A2" && p.Text == "no-such-promise");
        Assert.Contains(read.Problems, p => p.Field == "分解表!C3" && p.Text == "weekly" && p.Message.Contains("按月", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Field == "分解表!E3" && p.Message.Contains("after the deadline", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Field == "分解表!F3" && p.Message.Contains("count", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Field == "分解表!D4" && p.Text == "31");
        Assert.Contains(read.Problems, p => p.Field == "分解表!E4" && p.Text == "六月底 300");
        Assert.Contains(read.Problems, p => p.Field == "分解表!A5" && p.Message.Contains("Another row", StringComparison.Ordinal));
        Assert.Equal("区公园城市局", read.Value[new IndicatorId("tianfu-greenway")].ResponsibleUnit); // what was valid in the row is kept
        Assert.All(read.Problems, p => Assert.Equal("b.xlsx", p.Source));
    }

    [Fact]
    public void NotAWorkbook_OrNoHeader_IsAProblem_NotACrash()
    {
        var garbage = BreakdownWorkbook.Read(new MemoryStream([1, 2, 3]), "x.xlsx", Jinjiang2023.Catalog);
        Assert.Single(garbage.Problems);
        var noHeader = BreakdownWorkbook.Read(Workbook([["a", "b"]]), "y.xlsx", Jinjiang2023.Catalog);
        Assert.Contains("No sheet has a header row", Assert.Single(noHeader.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLedgerWorkbook_HasTheRenderersColumns_AndMissingReturns()
    {
        var sample = SampleBreakdown.Apply(Jinjiang2023.Catalog);
        var ledger = Ledger.Create(sample.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new NodaTime.YearMonth(2023, 1), new NodaTime.YearMonth(2023, 12));
        var stream = new MemoryStream();
        LedgerWorkbook.Write(stream, ledger, ReportLanguage.Chinese);
        stream.Position = 0;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())]);
        }

        Assert.Equal(LedgerRenderer.Headers(ledger, ReportLanguage.Chinese), rows[1].Select(h => h ?? string.Empty));
        Assert.Equal(ledger.Rows.Count + 2, rows.Count);
        Assert.Contains(rows.Skip(2), r => r.Contains("未报送"));
    }
}
