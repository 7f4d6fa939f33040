using System.Drawing;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Reporting;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Jinjiang.Indicators.Excel;

/// <summary>
/// The monthly ledger (台账) as an .xlsx workbook: the same columns as <see cref="LedgerRenderer"/> (lead unit, promise,
/// target, then per month the value, completion rate, time elapsed and grade), grade cells filled with their light's
/// colour and missing returns (未报送) in red.
/// </summary>
public static class LedgerWorkbook
{
    /// <summary>Writes a ledger.</summary>
    /// <param name="stream">Where to write the workbook.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language of the headers and words.</param>
    public static void Write(Stream stream, Ledger ledger, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(ledger);
        WriteCoreAsync(stream, ledger, language).AsTask().GetAwaiter().GetResult();
    }

    private static async ValueTask WriteCoreAsync(Stream stream, Ledger ledger, ReportLanguage language)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream).ConfigureAwait(false);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var fills = new Dictionary<string, StyleId>(StringComparer.Ordinal)
        {
            [Labels(Evaluations.Grade.Green, language)] = spreadsheet.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xDA, 0xFB, 0xE1) } }),
            [Labels(Evaluations.Grade.Yellow, language)] = spreadsheet.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xFF, 0xF8, 0xC5) } }),
            [Labels(Evaluations.Grade.Red, language)] = spreadsheet.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xFF, 0xEB, 0xE9) } }),
            [LedgerRenderer.Missing(language)] = spreadsheet.AddStyle(new Style { Font = { Bold = true, Color = Color.FromArgb(0xA4, 0x0E, 0x26) } }),
        };
        var options = new WorksheetOptions { FrozenColumns = 2, FrozenRows = 2 };
        options.Column(1).Width = 16;
        options.Column(2).Width = 30;
        options.Column(3).Width = 30;
        await spreadsheet.StartWorksheetAsync(language == ReportLanguage.English ? "ledger" : "台账", options).ConfigureAwait(false);
        await spreadsheet.AddRowAsync([new Cell(LedgerRenderer.Title(ledger, language), bold)]).ConfigureAwait(false);
        await spreadsheet.AddRowAsync(LedgerRenderer.Headers(ledger, language).Select(h => new Cell(h, bold)).ToArray()).ConfigureAwait(false);
        foreach (var row in LedgerRenderer.Rows(ledger, language))
        {
            await spreadsheet.AddRowAsync(row.Select(t => fills.TryGetValue(t, out var style) ? new Cell(t, style) : new Cell(t)).ToArray()).ConfigureAwait(false);
        }

        await spreadsheet.FinishAsync().ConfigureAwait(false);
    }

    private static string Labels(Evaluations.Grade grade, ReportLanguage language)
        => language == ReportLanguage.English ? Evaluations.GradeText.ToText(grade) : Evaluations.GradeText.ToTextChinese(grade);
}
