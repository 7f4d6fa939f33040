using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Office;

/// <summary>The monthly ledger (台账): a column group per month, 未报送 for a missing return, never the previous value.</summary>
public class LedgerTests
{
    private static readonly IndicatorCatalog Sample = SampleBreakdown.Apply(Jinjiang2023.Catalog);

    [Fact]
    public void ALedger_HasOneCellPerMonth_AndAMissingMonthReadsMissing_NotThePreviousValue()
    {
        var greenway = Greenway().WithBreakdown(new TaskBreakdown { LeadUnit = "区公园城市局" });
        var observations = ObservationSet.Create([
            new Observation(greenway.Id, D(2023, 1, 31), Measure.From(Length.FromKilometers(1.2))),
            new Observation(greenway.Id, D(2023, 3, 31), Measure.From(Length.FromKilometers(3.5))),
        ]);
        var ledger = Ledger.Create([greenway], observations, new YearMonth(2023, 1), new YearMonth(2023, 4));
        Assert.Equal([D(2023, 1, 31), D(2023, 2, 28), D(2023, 3, 31), D(2023, 4, 30)], ledger.Months);
        var cells = Assert.Single(ledger.Rows).Cells;
        Assert.Equal([ReturnState.Received, ReturnState.Missing, ReturnState.Received, ReturnState.Missing], cells.Select(c => c.State));
        Assert.Null(cells[1].Value);
        Assert.Null(cells[1].Grade);
        Assert.Equal(1.2, cells[0].Value!.Value.ConvertTo(MeasureUnit.Kilometre).Value, 9);
        Assert.Equal(3.5 / 15, cells[2].Completion!.Value, 9);
        Assert.Equal(0.25, cells[2].TimeElapsed!.Value, 9);

        var headers = LedgerRenderer.Headers(ledger, ReportLanguage.Chinese);
        Assert.Equal(3 + (4 * 4), headers.Count);
        Assert.Equal(["2023年2月数值", "2023年2月完成率", "2023年2月时间进度", "2023年2月评级"], headers.Skip(7).Take(4));
        var row = LedgerRenderer.Rows(ledger, ReportLanguage.Chinese).Single();
        Assert.Equal("区公园城市局", row[0]);
        Assert.Equal("未报送", row[7]);
        Assert.Equal("1.2公里", row[3]);
        Assert.Contains("missing", LedgerRenderer.ToCsv(ledger, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuarterlyCalendar_ExpectsReturnsOnlyAtQuarterEnds()
    {
        var greenway = Greenway().WithBreakdown(new TaskBreakdown { Reporting = new ReportingSchedule(ReportingFrequency.Quarterly, 10) });
        var ledger = Ledger.Create([greenway], ObservationSet.Create([new Observation(greenway.Id, D(2023, 6, 30), Measure.From(Length.FromKilometers(7)))]), new YearMonth(2023, 1), new YearMonth(2023, 6));
        Assert.Equal(
            [ReturnState.NotDue, ReturnState.NotDue, ReturnState.Missing, ReturnState.NotDue, ReturnState.NotDue, ReturnState.Received],
            ledger.Rows[0].Cells.Select(c => c.State));
    }

    [Fact]
    public void TheSampleLedger_ForTheYear_HasTwelveMonths_RowsForParts_AndMissingReturns()
    {
        var ledger = Ledger.Create(Sample.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new YearMonth(2023, 1), new YearMonth(2023, 12));
        Assert.Equal(12, ledger.Months.Count);
        Assert.True(ledger.Rows.Count > Sample.Count); // the parts of composite promises have their own rows
        Assert.Contains(ledger.Rows, r => r.Component is not null);
        Assert.Contains(ledger.Rows, r => r.Cells.Any(c => c.State == ReturnState.Missing));
        Assert.Equal(ledger.Rows.Select(r => r.Unit is null).Order(), ledger.Rows.Select(r => r.Unit is null)); // units first
        var markdown = LedgerRenderer.ToMarkdown(ledger, ReportLanguage.Chinese);
        Assert.Contains("未报送", markdown, StringComparison.Ordinal);
        Assert.Contains("2023年12月评级", markdown, StringComparison.Ordinal);

        // Each received cell is the evaluation as of its month end.
        var greenway = ledger.Rows.Single(r => r.Indicator.Id.Value == "tianfu-greenway" && r.Component is null);
        var september = greenway.Cells[8];
        Assert.Equal(Evaluator.Default.Evaluate(greenway.Indicator, ObservationSet.Create(SampleObservations.Jinjiang2023), D(2023, 9, 30)).Grade, september.Grade);
    }

    [Fact]
    public void ALedger_RefusesAnEmptyOrBackwardSpan()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ledger.Create([Greenway()], ObservationSet.Empty, new YearMonth(2023, 5), new YearMonth(2023, 4)));
    }
}
