using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using NodaTime.Text;
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
    public static void Write(Stream stream, IndicatorCatalog catalog) => Write(stream, catalog, Reporting.ReportLanguage.English);

    /// <summary>
    /// Writes the template of a catalog with its headers in a language: in Chinese each header gives the office's
    /// word and the machine name the readers need (<c>数值 (value)</c>), and the readers take it back as it is.
    /// </summary>
    /// <param name="stream">Where to write the <c>.xlsx</c> file.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="language">The language of the headers.</param>
    public static void Write(Stream stream, IndicatorCatalog catalog, Reporting.ReportLanguage language) => WriteCoreAsync(stream, catalog, language, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes the template of a catalog (obsolete: the library is synchronous; use <see cref="Write(Stream, IndicatorCatalog)"/>).</summary>
    /// <param name="stream">Where to write the <c>.xlsx</c> file.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that ends when the workbook is written.</returns>
    [Obsolete("The library's surface is synchronous (docs/architecture.md, surface rules): use Write(stream, catalog). WriteAsync is removed in 0.3.")]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
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
                        new(indicator.Id.Value), new(indicator.NameChinese), new(target.DescribeChinese()), new(LocalDatePattern.Iso.Format(target.Deadline)), new(BasisText(target)),
                        new(string.Empty), new(string.Empty), new(UnitOf(target)), new(component ?? string.Empty), new(string.Empty), new(string.Empty),
                        new(target is ClassTarget ? "每个考核断面一行：在分项（component）填断面名" : component is not null ? indicator.Target.ComponentNameChinese(component) : string.Empty),
                    ];
                    await spreadsheet.AddRowAsync(row, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rows of one indicator: one per part of a composite, one per response tier, else one.</summary>
    private static IEnumerable<(string? Component, Target Target)> Rows(Target target) => target.Accept(RowsVisitor.Instance, null);

    /// <summary>The unit an office writes (Chinese unit words, as the readers accept them).</summary>
    private static string UnitOf(Target target) => target.Accept(UnitVisitor.Instance, null);

    /// <summary>Each kind's rows in the form.</summary>
    private sealed class RowsVisitor : ITargetVisitor<object?, IEnumerable<(string? Component, Target Target)>>
    {
        internal static readonly RowsVisitor Instance = new();

        public IEnumerable<(string? Component, Target Target)> Visit(DeliveryTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(AtLeastTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(AtMostTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(AboutTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(RangeTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(CoverageTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(ChangeTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(RankTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(ClassTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(CadenceTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(ResponseTimeTarget target, object? argument)
            => target.Tiers.Select(t => ((string?)t.Name, (Target)target));

        public IEnumerable<(string? Component, Target Target)> Visit(MilestoneTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(DirectionTarget target, object? argument) => One(target);

        public IEnumerable<(string? Component, Target Target)> Visit(FloorAndStretchTarget target, object? argument) => One(target.Floor);

        public IEnumerable<(string? Component, Target Target)> Visit(AllOfTarget target, object? argument)
            => target.Parts.SelectMany(p => p.Target.Accept(this, argument).Select(r => ((string?)(r.Component ?? p.Component), r.Target)));

        private static IEnumerable<(string? Component, Target Target)> One(Target target) => [(null, target)];
    }

    /// <summary>Each kind's unit word.</summary>
    private sealed class UnitVisitor : ITargetVisitor<object?, string>
    {
        internal static readonly UnitVisitor Instance = new();

        public string Visit(DeliveryTarget target, object? argument) => target.Amount.Unit.SymbolChinese;

        public string Visit(AtLeastTarget target, object? argument) => Level(target);

        public string Visit(AtMostTarget target, object? argument) => Level(target);

        public string Visit(AboutTarget target, object? argument) => Level(target);

        public string Visit(RangeTarget target, object? argument) => Level(target);

        public string Visit(CoverageTarget target, object? argument) => Level(target);

        public string Visit(ChangeTarget target, object? argument) => MeasureUnit.BaseOf(target.ValueKind).SymbolChinese;

        public string Visit(RankTarget target, object? argument) => target.RankedKind == QuantityKind.Index ? "名" : MeasureUnit.BaseOf(target.RankedKind).SymbolChinese;

        public string Visit(ClassTarget target, object? argument) => "类";

        public string Visit(CadenceTarget target, object? argument) => "次";

        public string Visit(ResponseTimeTarget target, object? argument) => "分钟";

        public string Visit(MilestoneTarget target, object? argument) => "done";

        public string Visit(DirectionTarget target, object? argument) => target.ValueKind == QuantityKind.Ratio ? "%" : MeasureUnit.BaseOf(target.ValueKind).SymbolChinese;

        public string Visit(FloorAndStretchTarget target, object? argument) => target.Floor.Accept(this, argument);

        public string Visit(AllOfTarget target, object? argument) => MeasureUnit.BaseOf(target.Kind).SymbolChinese;

        private static string Level(ThresholdTarget target)
            => target.Reference.Unit.SymbolChinese.Length > 0 ? target.Reference.Unit.SymbolChinese : target.Reference.Unit.Symbol;
    }

    private static string BasisText(Target target) => target.ShowsBasis
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
