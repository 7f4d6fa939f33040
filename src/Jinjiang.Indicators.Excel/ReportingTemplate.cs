using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Jinjiang.Indicators.Excel;

/// <summary>
/// The monthly reporting template (月度报送表) of a catalog: one sheet per section of the report, one row per
/// indicator (or per part of a composite promise, or per response tier), with its id, name, target, deadline,
/// basis and unit filled in, and empty <c>date</c> and <c>value</c> columns for the office to fill. The returned
/// workbook is read by <see cref="ObservationWorkbook"/> (and by <c>evaluate</c> and <c>validate</c>) as it is.
/// </summary>
public static class ReportingTemplate
{
    /// <summary>The columns of the template, in order; the office fills <c>date</c> and <c>value</c> (and may add rows).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["indicator", "name", "target", "deadline", "basis", "date", "value", "unit", "component", "area", "period", "note"];

    /// <summary>Writes the template of a catalog.</summary>
    /// <param name="stream">Where to write the <c>.xlsx</c> file.</param>
    /// <param name="catalog">The catalog.</param>
    public static void Write(Stream stream, IndicatorCatalog catalog) => WriteAsync(stream, catalog).AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Writes the template of a catalog with its headers in a language: in Chinese each header gives the office's
    /// word and the machine name the readers need (<c>数值 (value)</c>), and the readers take it back as it is.
    /// </summary>
    /// <param name="stream">Where to write the <c>.xlsx</c> file.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="language">The language of the headers.</param>
    public static void Write(Stream stream, IndicatorCatalog catalog, Reporting.ReportLanguage language) => WriteCoreAsync(stream, catalog, language, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes the template of a catalog.</summary>
    /// <param name="stream">Where to write the <c>.xlsx</c> file.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that ends when the workbook is written.</returns>
    public static ValueTask WriteAsync(Stream stream, IndicatorCatalog catalog, CancellationToken cancellationToken = default)
        => WriteCoreAsync(stream, catalog, Reporting.ReportLanguage.English, cancellationToken);

    private static async ValueTask WriteCoreAsync(Stream stream, IndicatorCatalog catalog, Reporting.ReportLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(catalog);
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var title = catalog.Report is { } report ? report.Area + report.Year + "年政府工作报告 月度报送表" : "政府工作报告 月度报送表";
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in catalog.Sections)
        {
            var options = new WorksheetOptions();
            foreach (var (column, width) in new[] { (1, 34), (2, 30), (3, 30), (4, 12), (5, 14), (6, 12), (7, 10), (8, 10), (9, 18), (10, 10), (11, 12), (12, 24) })
            {
                options.Column(column).Width = width;
            }

            await spreadsheet.StartWorksheetAsync(SheetName(section.NameChinese, used), options, cancellationToken).ConfigureAwait(false);
            await spreadsheet.AddRowAsync([new Cell(title, bold), new Cell(section.NameChinese)], cancellationToken).ConfigureAwait(false);
            await spreadsheet.AddRowAsync(Columns.Select(c => new Cell(language == Reporting.ReportLanguage.English ? c : ObservationColumnNames.HeaderChinese(c) + " (" + c + ")", bold)).ToArray(), cancellationToken).ConfigureAwait(false);
            foreach (var indicator in catalog.BySection(section))
            {
                foreach (var (component, target) in Rows(indicator.Target))
                {
                    Cell[] row =
                    [
                        new(indicator.Id.Value), new(indicator.NameChinese), new(target.DescribeChinese()), new(IsoDate.Format(target.Deadline)), new(BasisText(target)),
                        new(string.Empty), new(string.Empty), new(UnitOf(indicator, target)), new(component ?? string.Empty), new(string.Empty), new(string.Empty),
                        new(target is ClassTarget ? "每个考核断面一行：在分项（component）填断面名" : component is not null ? indicator.Target.ComponentNameChinese(component) : string.Empty),
                    ];
                    await spreadsheet.AddRowAsync(row, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rows of one indicator: one per part of a composite, one per response tier, else one.</summary>
    private static IEnumerable<(string? Component, Target Target)> Rows(Target target) => target switch
    {
        AllOfTarget all => all.Parts.SelectMany(p => Rows(p.Target).Select(r => ((string?)(r.Component ?? p.Component), r.Target))),
        ResponseTimeTarget response => response.Tiers.Select(t => ((string?)t.Name, (Target)response)),
        FloorAndStretchTarget floorAndStretch => [(null, floorAndStretch.Floor)],
        _ => [(null, target)],
    };

    /// <summary>The unit an office writes (Chinese unit words, as the readers accept them).</summary>
    private static string UnitOf(Indicator indicator, Target target) => target switch
    {
        DeliveryTarget delivery => delivery.Amount.Unit.SymbolChinese,
        ThresholdTarget threshold => threshold.Reference.Unit.SymbolChinese.Length > 0 ? threshold.Reference.Unit.SymbolChinese : threshold.Reference.Unit.Symbol,
        ClassTarget => "类",
        RankTarget { RankedKind: QuantityKind.Index } => "名",
        RankTarget rank => MeasureUnit.BaseOf(rank.RankedKind).SymbolChinese,
        CadenceTarget => "次",
        ResponseTimeTarget => "分钟",
        MilestoneTarget => "done",
        ChangeTarget change => MeasureUnit.BaseOf(change.ValueKind).SymbolChinese,
        DirectionTarget direction => direction.ValueKind == QuantityKind.Ratio ? "%" : MeasureUnit.BaseOf(direction.ValueKind).SymbolChinese,
        _ => MeasureUnit.BaseOf(indicator.Kind).SymbolChinese,
    };

    private static string BasisText(Target target) => target is ThresholdTarget or ClassTarget or RankTarget or ResponseTimeTarget or CadenceTarget
        ? target.Basis switch
        {
            TargetBasis.Throughout => "全程保持",
            TargetBasis.OverPeriod => "全期整体",
            _ => "期末达到",
        }
        : string.Empty;

    /// <summary>A sheet name Excel accepts (at most 31 characters, none of : \ / ? * [ ]) and not used before.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c).ToArray());
        clean = clean.Length > 28 ? clean[..28] : clean;
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = clean + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
