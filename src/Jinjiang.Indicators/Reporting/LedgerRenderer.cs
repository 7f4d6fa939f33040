using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// The monthly ledger (台账) as a table: lead unit, promise and target first, then per month end a column group of the
/// value reported, the completion rate (完成率), the time elapsed (时间进度) and the grade. A missing return reads 未报送
/// (missing), a month with no return due reads —.
/// </summary>
public static class LedgerRenderer
{
    /// <summary>The words of a missing return: 未报送 in Chinese, "missing" in English.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public static string Missing(ReportLanguage language) => language == ReportLanguage.English ? "missing" : "未报送";

    /// <summary>The header cells: three leading columns, then four per month.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The headers.</returns>
    public static IReadOnlyList<string> Headers(Ledger ledger, ReportLanguage language)
    {
        Preconditions.CheckNotNull(ledger);
        var english = language == ReportLanguage.English;
        var headers = new List<string> { english ? "lead unit" : "牵头单位", english ? "promise" : "目标任务", english ? "target" : "目标" };
        foreach (var m in ledger.Months)
        {
            var month = Month(m, language);
            headers.AddRange(english
                ? [month + " value", month + " completion", month + " time elapsed", month + " grade"]
                : [month + "数值", month + "完成率", month + "时间进度", month + "评级"]);
        }

        return headers;
    }

    /// <summary>The rows of cells, one per ledger line, as many cells as <see cref="Headers"/>.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Ledger ledger, ReportLanguage language)
    {
        Preconditions.CheckNotNull(ledger);
        return [.. ledger.Rows.Select(r => (IReadOnlyList<string>)[.. Leading(r, language), .. r.Cells.SelectMany(c => Group(c, language))])];
    }

    /// <summary>The ledger as one table block (a line's light is its latest received month's grade).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The block.</returns>
    public static DocumentBlock Table(Ledger ledger, ReportLanguage language)
        => DocumentBlock.Table(Headers(ledger, language), Rows(ledger, language), [.. Preconditions.CheckNotNull(ledger).Rows.Select(LatestGrade)]);

    /// <summary>The ledger compacted for an annex: one column per month (value and completion rate, or 未报送).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The block.</returns>
    public static DocumentBlock CompactTable(Ledger ledger, ReportLanguage language)
    {
        Preconditions.CheckNotNull(ledger);
        var english = language == ReportLanguage.English;
        var headers = new List<string> { english ? "promise" : "目标任务", english ? "lead unit" : "牵头单位" };
        headers.AddRange(ledger.Months.Select(m => Month(m, language)));
        var rows = ledger.Rows.Select(r => (IReadOnlyList<string>)[Name(r, language), r.Unit ?? string.Empty, .. r.Cells.Select(c => Compact(c, language))]).ToList();
        return DocumentBlock.Table(headers, rows, [.. ledger.Rows.Select(LatestGrade)]);
    }

    /// <summary>The ledger as CSV (invariant culture; UTF-8 when written with the CLI).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language of the headers and words.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(Ledger ledger, ReportLanguage language)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Headers(ledger, language).Select(Csv)).Append('\n');
        foreach (var row in Rows(ledger, language))
        {
            sb.AppendJoin(',', row.Select(Csv)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The ledger as a Markdown document (title and table).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(Ledger ledger, ReportLanguage language) => DocumentRenderer.ToMarkdown(Blocks(ledger, language));

    /// <summary>The ledger as a standalone HTML page.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(Ledger ledger, ReportLanguage language) => DocumentRenderer.ToHtml(Blocks(ledger, language), Title(ledger, language), language);

    /// <summary>The ledger's title: 月度台账（2023年1月至2023年12月）.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public static string Title(Ledger ledger, ReportLanguage language)
    {
        Preconditions.CheckNotNull(ledger);
        var (first, last) = (ledger.Months[0], ledger.Months[^1]);
        return language == ReportLanguage.English
            ? $"Monthly ledger, {first:uuuu-MM} to {last:uuuu-MM}"
            : $"目标任务推进月度台账（{first.Year}年{first.Month}月至{last.Year}年{last.Month}月）";
    }

    private static IReadOnlyList<DocumentBlock> Blocks(Ledger ledger, ReportLanguage language) => [DocumentBlock.Heading(1, Title(ledger, language)), Table(ledger, language)];

    private static string[] Leading(LedgerRow r, ReportLanguage language) => [r.Unit ?? string.Empty, Name(r, language), r.Component is null ? Labels.Target(r.Indicator, language) : string.Empty];

    private static string Name(LedgerRow r, ReportLanguage language) => language == ReportLanguage.English ? r.Name : r.NameChinese;

    private static string[] Group(LedgerCell c, ReportLanguage language) => c.State switch
    {
        ReturnState.Received => [Value(c, language), Labels.Completion(c.Completion), Labels.Completion(c.TimeElapsed), c.Grade is { } g ? Labels.Grade(g, language) : string.Empty],
        ReturnState.Missing => [Missing(language), string.Empty, Labels.Completion(c.TimeElapsed), Missing(language)],
        _ => ["—", string.Empty, string.Empty, string.Empty],
    };

    private static string Compact(LedgerCell c, ReportLanguage language) => c.State switch
    {
        ReturnState.Received => Value(c, language) + (c.Completion is { } rate ? " (" + Labels.Completion(rate) + ")" : string.Empty),
        ReturnState.Missing => Missing(language),
        _ => "—",
    };

    private static string Value(LedgerCell c, ReportLanguage language)
    {
        var value = Labels.InTargetUnit(c.Value, c.Evaluation.TargetValue);
        var text = language == ReportLanguage.English ? Labels.Measure(value) : Labels.MeasureChinese(value);
        return text.Length == 0 ? (language == ReportLanguage.English ? "reported" : "已报送") : text;
    }

    private static Grade? LatestGrade(LedgerRow r) => r.Cells.LastOrDefault(c => c.State == ReturnState.Received)?.Grade;

    private static string Month(NodaTime.LocalDate m, ReportLanguage language)
        => language == ReportLanguage.English ? m.ToString("uuuu-MM", CultureInfo.InvariantCulture) : $"{m.Year}年{m.Month}月";

    private static string Csv(string cell) => cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
