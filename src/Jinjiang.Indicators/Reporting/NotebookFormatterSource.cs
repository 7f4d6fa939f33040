using System.Globalization;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;

namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// Formatters that .NET Interactive finds by convention (<c>CreateTypeFormatters</c>; each formatter has a
/// <c>MimeType</c> and <c>bool Format(object, TextWriter)</c>): indicators, evaluations, scorecards and catalogs render
/// as HTML in a notebook, and as plain text elsewhere.
/// </summary>
internal sealed class NotebookFormatterSource
{
#pragma warning disable CA1822 // .NET Interactive calls it on an instance, by name.
    public IEnumerable<object> CreateTypeFormatters()
#pragma warning restore CA1822
    {
        yield return new NotebookFormatter("text/html", Html);
        yield return new NotebookFormatter("text/plain", Plain);
    }

    internal static string? Html(object value) => value switch
    {
        Scorecard s => ScorecardRenderer.ToHtmlFragment(s, NotebookDisplay.Language),
        Evaluation e => NotebookHtml.Evaluation(e, NotebookDisplay.Language),
        Indicator i => NotebookHtml.Indicator(i),
        IndicatorCatalog c => NotebookHtml.Catalog(c),
        Office.Ledger l => DocumentRenderer.ToHtmlFragment([DocumentBlock.Heading(3, LedgerRenderer.Title(l, NotebookDisplay.Language)), LedgerRenderer.Table(l, NotebookDisplay.Language)]),
        Office.Bulletin b => DocumentRenderer.ToHtmlFragment(BulletinRenderer.Blocks(b, NotebookDisplay.Language)),
        _ => null,
    };

    internal static string? Plain(object value) => value switch
    {
        Scorecard s => ScorecardRenderer.ToText(s, NotebookDisplay.Language),
        Evaluation e => NotebookDisplay.Language == ReportLanguage.English ? e.ToString() : e.Indicator.NameChinese + "：" + Labels.Status(e.Status, ReportLanguage.Chinese) + "（" + Labels.Grade(e.Grade, ReportLanguage.Chinese) + "）——" + e.ReasonChinese,
        Indicator i => string.Create(CultureInfo.InvariantCulture, $"{i.Id}: {i.NameChinese} / {i.Name}; {i.Target.Describe()}; {i.Commitment}; source: {i.Source}"),
        IndicatorCatalog c => CatalogRenderer.ToText(c.All, NotebookDisplay.Language),
        Office.Ledger l => LedgerRenderer.ToMarkdown(l, NotebookDisplay.Language),
        Office.Bulletin b => BulletinRenderer.ToMarkdown(b, NotebookDisplay.Language),
        _ => null,
    };

    /// <summary>One formatter, in the shape .NET Interactive expects.</summary>
    internal sealed class NotebookFormatter(string mimeType, Func<object, string?> render)
    {
        public string MimeType { get; } = mimeType;

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is null || render(instance) is not { } text)
            {
                return false;
            }

            writer.Write(text);
            return true;
        }
    }
}
