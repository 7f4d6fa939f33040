using System.Globalization;
using System.Net;
using System.Text;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// Renders a <see cref="Scorecard"/> for people: text, Markdown, self-contained HTML or CSV (numbers in the invariant
/// culture). JSON for machines is <see cref="ScorecardJson.ToJson(Scorecard)"/>.
/// </summary>
public static class ScorecardRenderer
{
    /// <summary>Renders in a format.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="format">The format.</param>
    /// <param name="language">The language of labels (CSV uses English column names either way).</param>
    /// <returns>The rendered text.</returns>
    public static string Render(Scorecard scorecard, ScorecardFormat format, ReportLanguage language = ReportLanguage.English) => format switch
    {
        ScorecardFormat.Text => ToText(scorecard, language),
        ScorecardFormat.Markdown => ToMarkdown(scorecard, language),
        ScorecardFormat.Html => ToHtml(scorecard, language),
        ScorecardFormat.Csv => ToCsv(scorecard),
        _ => throw new ArgumentOutOfRangeException(nameof(format), "The format is not a known scorecard format."),
    };

    /// <summary>An aligned plain-text table grouped by section, then the status counts.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="language">The language of labels.</param>
    /// <returns>The text.</returns>
    public static string ToText(Scorecard scorecard, ReportLanguage language = ReportLanguage.English)
    {
        Preconditions.CheckNotNull(scorecard);
        var withUnit = WithUnit(scorecard);
        var headers = Lead(withUnit, Labels.UnitHeader(language), Labels.Headers(language)[..10]);
        var rows = scorecard.Evaluations.Select(e => Lead(withUnit, DisplayWidth.Truncate(Labels.Units(e.Indicator, language), 24), Labels.Cells(e, language)[..10].Select((c, i) => i switch { 1 => DisplayWidth.Truncate(c, 34), 8 => DisplayWidth.Truncate(c, 48), _ => c }).ToArray())).ToList();
        var widths = headers.Select((h, i) => rows.Select(r => DisplayWidth.Of(r[i])).Append(DisplayWidth.Of(h)).Max()).ToArray();
        var sb = new StringBuilder();
        sb.Append(Labels.Title(scorecard.Report, language)).Append('\n').Append(Labels.AsOf(scorecard.AsOf, language)).Append('\n');
        if (Labels.LaterReadings(scorecard, language) is { Length: > 0 } later)
        {
            sb.Append(later).Append('\n');
        }

        sb.Append('\n');
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => DisplayWidth.PadRight(c, widths[i]))).TrimEnd();
        sb.Append(Line(headers)).Append('\n');
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        Section? current = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var section = scorecard.Evaluations[i].Indicator.Section;
            if (!section.Equals(current))
            {
                current = section;
                sb.Append('[').Append(Labels.Section(section, language)).Append("]\n");
            }

            sb.Append(Line(rows[i])).Append('\n');
        }

        sb.Append('\n').Append(language == ReportLanguage.English ? "Total: " : "合计：").Append(scorecard.Counts.Total.ToString(CultureInfo.InvariantCulture))
            .Append(language == ReportLanguage.English ? " indicators; " : "项；").Append(Labels.Counts(scorecard.Counts, language)).Append('\n');
        foreach (var (section, counts) in scorecard.BySection)
        {
            sb.Append("  ").Append(Labels.Section(section, language)).Append(language == ReportLanguage.English ? ": " : "：").Append(Labels.Counts(counts, language)).Append('\n');
        }

        if (withUnit)
        {
            sb.Append(language == ReportLanguage.English ? "By lead unit:\n" : "按牵头单位：\n");
            foreach (var (unit, counts) in scorecard.ByResponsibleUnit)
            {
                sb.Append("  ").Append(UnitName(unit, language)).Append(language == ReportLanguage.English ? ": " : "：").Append(Labels.Counts(counts, language)).Append('\n');
            }
        }

        AppendReadings(sb, scorecard, language, "\n{0}\n", "  {0}{1}{2}\n", Identity);
        return sb.ToString();
    }

    /// <summary>A Markdown document: a table per section and the status counts.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="language">The language of labels.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(Scorecard scorecard, ReportLanguage language = ReportLanguage.English)
    {
        Preconditions.CheckNotNull(scorecard);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Labels.Title(scorecard.Report, language)).Append("\n\n").Append(Labels.AsOf(scorecard.AsOf, language)).Append(Labels.Stop(language))
            .Append(Labels.Counts(scorecard.Counts, language)).Append(Labels.Stop(language).TrimEnd()).Append('\n');
        if (Labels.LaterReadings(scorecard, language) is { Length: > 0 } later)
        {
            sb.Append('\n').Append(later).Append('\n');
        }

        var withUnit = WithUnit(scorecard);
        var headers = Lead(withUnit, Labels.UnitHeader(language), Labels.Headers(language));
        foreach (var group in scorecard.Evaluations.GroupBy(e => e.Indicator.Section))
        {
            sb.Append("\n## ").Append(Labels.Section(group.Key, language)).Append("\n\n");
            sb.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n");
            sb.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
            foreach (var e in group)
            {
                var cells = Labels.Cells(e, language);
                cells[0] = "`" + cells[0] + "`";
                cells[3] = "**" + cells[3] + "**";
                cells[4] = Labels.Light(e.Grade) + " " + cells[4];
                sb.Append("| ").Append(string.Join(" | ", Lead(withUnit, Labels.Units(e.Indicator, language), cells).Select(MarkdownCell))).Append(" |\n");
            }
        }

        AppendReadings(sb, scorecard, language, "\n**{0}**\n\n", "- **{0}**{1}{2}\n", MarkdownCell);
        return sb.ToString();
    }

    /// <summary>A self-contained HTML page: inline CSS, SVG progress bars, one row per indicator with a status class.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="language">The language of labels.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(Scorecard scorecard, ReportLanguage language = ReportLanguage.English)
    {
        Preconditions.CheckNotNull(scorecard);
        var title = WebUtility.HtmlEncode(Labels.Title(scorecard.Report, language));
        return "<!DOCTYPE html>\n<html lang=\"" + (language == ReportLanguage.English ? "en" : "zh-CN") + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
            + title + "</title>\n</head>\n<body>\n" + ToHtmlFragment(scorecard, language) + "</body>\n</html>\n";
    }

    /// <summary>The scorecard as an HTML fragment with its own inline style, for notebooks and embedding.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="language">The language of labels.</param>
    /// <returns>The HTML fragment.</returns>
    public static string ToHtmlFragment(Scorecard scorecard, ReportLanguage language = ReportLanguage.English)
    {
        Preconditions.CheckNotNull(scorecard);
        var sb = new StringBuilder();
        sb.Append("<div class=\"jj-scorecard\">\n<style>").Append(Html.Style).Append("</style>\n");
        sb.Append("<h1>").Append(Html.E(Labels.Title(scorecard.Report, language))).Append("</h1>\n<p class=\"as-of\">").Append(Html.E(Labels.AsOf(scorecard.AsOf, language)))
            .Append(" · ").Append(Html.E(Labels.Counts(scorecard.Counts, language))).Append("</p>\n");
        if (Labels.LaterReadings(scorecard, language) is { Length: > 0 } later)
        {
            sb.Append("<p class=\"as-of\">").Append(Html.E(later)).Append("</p>\n");
        }

        var withUnit = WithUnit(scorecard);
        var headers = Lead(withUnit, Labels.UnitHeader(language), Labels.Headers(language));
        sb.Append("<table class=\"scorecard\">\n<thead><tr>");
        foreach (var h in headers)
        {
            sb.Append("<th>").Append(Html.E(h)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var group in scorecard.Evaluations.GroupBy(e => e.Indicator.Section))
        {
            sb.Append("<tr class=\"section\"><th colspan=\"").Append(headers.Length.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.E(Labels.Section(group.Key, language))).Append("</th></tr>\n");
            foreach (var e in group)
            {
                sb.Append(Html.Row(e, language, withUnit));
            }
        }

        sb.Append("</tbody>\n</table>\n");
        var readings = Readings(scorecard, language);
        if (readings.Count > 0)
        {
            sb.Append("<h2>").Append(Html.E(Labels.ReadingsHeader(language))).Append("</h2>\n<ul class=\"readings\">\n");
            foreach (var (name, reading) in readings)
            {
                sb.Append("<li><b>").Append(Html.E(name)).Append("</b>").Append(Html.E(language == ReportLanguage.English ? ": " : "：")).Append(Html.E(reading)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        // Per promise, its progress chart: reported values against the schedule line, the target and the nodes.
        var charts = scorecard.Evaluations.Select(e => (e, Svg: ProgressChart.ToSvg(e, language))).Where(c => c.Svg.Length > 0).ToList();
        if (charts.Count > 0)
        {
            sb.Append("<h2>").Append(language == ReportLanguage.English ? "Progress charts" : "进度图").Append("</h2>\n<div class=\"charts\">\n");
            foreach (var (e, svg) in charts)
            {
                sb.Append("<figure class=\"progress\" data-id=\"").Append(Html.E(e.Indicator.Id.Value)).Append("\">").Append(svg)
                    .Append("<figcaption>").Append(Html.E(Labels.Name(e.Indicator, language))).Append("</figcaption></figure>\n");
            }

            sb.Append("</div>\n");
        }

        sb.Append("</div>\n");
        return sb.ToString();
    }

    /// <summary>
    /// The scorecard rolled up by lead unit (牵头单位), as a 督查通报 groups it: per unit, its promises with their
    /// status and grade, and its counts by status and grade; promises without a unit last, as 未明确牵头单位.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="format">Text, Markdown, HTML or CSV (one row per unit and promise).</param>
    /// <param name="language">The language of labels.</param>
    /// <returns>The rendered text.</returns>
    public static string RenderByUnit(Scorecard scorecard, ScorecardFormat format, ReportLanguage language = ReportLanguage.English)
    {
        Preconditions.CheckNotNull(scorecard);
        var english = language == ReportLanguage.English;
        var groups = scorecard.Evaluations.GroupBy(e => e.Indicator.ResponsibleUnit).OrderBy(g => g.Key is null).ToList();
        string Unit(string? unit) => unit ?? (english ? "(no lead unit)" : "（未明确牵头单位）");
        string Promise(Evaluation e) => Labels.Name(e.Indicator, language) + (english ? " (" : "（") + Labels.Status(e.Status, language) + (english ? ", " : "，") + Labels.Grade(e.Grade, language) + (english ? ")" : "）");
        var sb = new StringBuilder();
        switch (format)
        {
            case ScorecardFormat.Csv:
                sb.Append("unit,id,name,status,grade,completion_rate\n");
                foreach (var g in groups)
                {
                    foreach (var e in g)
                    {
                        sb.Append(CsvCell(g.Key ?? string.Empty)).Append(',').Append(CsvCell(e.Indicator.Id.Value)).Append(',').Append(CsvCell(e.Indicator.NameChinese)).Append(',')
                            .Append(e.Status.ToKebabCase()).Append(',').Append(e.Grade.ToText()).Append(',')
                            .Append(e.Completion is { } c ? Math.Round(c, 6).ToString("R", CultureInfo.InvariantCulture) : string.Empty).Append('\n');
                    }
                }

                return sb.ToString();
            case ScorecardFormat.Markdown:
                sb.Append("# ").Append(Labels.Title(scorecard.Report, language)).Append(english ? " by lead unit" : "（按牵头单位）").Append("\n\n").Append(Labels.AsOf(scorecard.AsOf, language)).Append(Labels.Stop(language).TrimEnd()).Append("\n\n");
                sb.Append(english ? "| lead unit | promises | statuses and grades | promises judged |\n|---|---|---|---|\n" : "| 牵头单位 | 承诺数 | 状态与评级 | 承诺 |\n|---|---|---|---|\n");
                foreach (var g in groups)
                {
                    sb.Append("| ").Append(MarkdownCell(Unit(g.Key))).Append(" | ").Append(g.Count().ToString(CultureInfo.InvariantCulture)).Append(" | ")
                        .Append(MarkdownCell(Labels.Counts(new StatusCounts(g), language))).Append(" | ").Append(MarkdownCell(string.Join(english ? "; " : "；", g.Select(Promise)))).Append(" |\n");
                }

                return sb.ToString();
            case ScorecardFormat.Html:
                sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(english ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Html.E(Labels.Title(scorecard.Report, language))).Append("</title>\n</head>\n<body>\n<div class=\"jj-scorecard\">\n<style>").Append(Html.Style).Append("</style>\n");
                sb.Append("<h1>").Append(Html.E(Labels.Title(scorecard.Report, language) + (english ? " by lead unit" : "（按牵头单位）"))).Append("</h1>\n<p class=\"as-of\">").Append(Html.E(Labels.AsOf(scorecard.AsOf, language))).Append("</p>\n<table class=\"by-unit\">\n<thead><tr>");
                foreach (var h in english ? ["lead unit", "promises", "statuses and grades", "promises judged"] : new[] { "牵头单位", "承诺数", "状态与评级", "承诺" })
                {
                    sb.Append("<th>").Append(Html.E(h)).Append("</th>");
                }

                sb.Append("</tr></thead>\n<tbody>\n");
                foreach (var g in groups)
                {
                    sb.Append("<tr><td>").Append(Html.E(Unit(g.Key))).Append("</td><td>").Append(g.Count().ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                        .Append(Html.E(Labels.Counts(new StatusCounts(g), language))).Append("</td><td>");
                    foreach (var e in g)
                    {
                        sb.Append("<div class=\"grade-").Append(e.Grade.ToText()).Append("\"><span class=\"light\"></span>").Append(Html.E(Promise(e))).Append("</div>");
                    }

                    sb.Append("</td></tr>\n");
                }

                sb.Append("</tbody>\n</table>\n</div>\n</body>\n</html>\n");
                return sb.ToString();
            default:
                sb.Append(Labels.Title(scorecard.Report, language)).Append(english ? " by lead unit" : "（按牵头单位）").Append('\n').Append(Labels.AsOf(scorecard.AsOf, language)).Append("\n\n");
                foreach (var g in groups)
                {
                    sb.Append(Unit(g.Key)).Append(english ? ": " : "：").Append(g.Count().ToString(CultureInfo.InvariantCulture)).Append(english ? " promise(s); " : "项；").Append(Labels.Counts(new StatusCounts(g), language)).Append('\n');
                    foreach (var e in g)
                    {
                        sb.Append("  ").Append(Promise(e)).Append('\n');
                    }
                }

                return sb.ToString();
        }
    }

    /// <summary>CSV, one row per indicator: id, names, section, commitment, status, figures and the reason in English and Chinese.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The CSV text (header included, LF line ends).</returns>
    public static string ToCsv(Scorecard scorecard)
    {
        Preconditions.CheckNotNull(scorecard);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer, scorecard.Evaluations);
        return writer.ToString();
    }

    /// <summary>
    /// Writes evaluations as CSV, each row as it comes (nothing is kept: a national batch's hundred thousand rows
    /// stream through), with the columns of <see cref="ToCsv"/>, and the indicator's area first when
    /// <paramref name="withArea"/> (one template judged in many areas).
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="evaluations">The evaluations, enumerated once.</param>
    /// <param name="withArea">Whether to write an <c>area</c> column first.</param>
    public static void WriteCsv(TextWriter writer, IEnumerable<Evaluation> evaluations, bool withArea = false)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(evaluations);
        writer.Write((withArea ? "area," : string.Empty) + "id,name,name_zh,section,commitment,status,actual,actual_unit,expected,target_value,target_unit,progress,deadline,reason,reason_zh,completion_rate,time_elapsed,schedule_gap_points,grade,provisional,compliance_rate,lapses,warnings,responsible_unit,cooperating_units\n");
        foreach (var e in evaluations)
        {
            string Num(double? v) => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
            string[] cells =
            [
                e.Indicator.Id.Value, e.Indicator.Name, e.Indicator.NameChinese, e.Indicator.Section.Id, Labels.Commitment(e.Indicator.Commitment, ReportLanguage.English),
                e.Status.ToKebabCase(), Num(e.Actual?.Value), e.Actual?.Unit.Symbol ?? string.Empty, Num(e.Expected?.Value), Num(e.TargetValue?.Value),
                e.TargetValue?.Unit.Symbol ?? string.Empty, Num(e.Progress), IsoDate.Format(e.Indicator.Target.Deadline), e.Reason, e.ReasonChinese,
                Num(Round(e.Completion, 6)), Num(Round(e.TimeElapsed, 6)), Num(Round(e.ScheduleGapPoints, 4)), e.Grade.ToText(), e.Provisional ? "true" : "false",
                Num(Round(e.Compliance?.Rate, 6)), e.Compliance is { } k ? string.Join(";", k.Lapses.Select(IsoDate.Format)) : string.Empty,
                string.Join(";", e.Warnings.Select(w => w.Code)),
                e.Indicator.ResponsibleUnit ?? string.Empty, string.Join(";", e.Indicator.CooperatingUnits),
            ];
            if (withArea)
            {
                writer.Write(CsvCell(e.Indicator.Area ?? string.Empty));
                writer.Write(',');
            }

            writer.Write(string.Join(",", cells.Select(CsvCell)));
            writer.Write('\n');
        }
    }

    private static bool WithUnit(Scorecard scorecard) => scorecard.Evaluations.Any(e => e.Indicator.ResponsibleUnit is not null);

    private static string[] Lead(bool withUnit, string first, string[] rest) => withUnit ? [first, .. rest] : rest;

    private static string UnitName(string unit, ReportLanguage language) => unit == "(unassigned)" && language == ReportLanguage.Chinese ? "（未明确牵头单位）" : unit;

    private static string Identity(string text) => text;

    /// <summary>The short reading of each promise judged (its interpretation's first sentence), in order, once each.</summary>
    private static List<(string Name, string Reading)> Readings(Scorecard scorecard, ReportLanguage language)
        => [.. scorecard.Evaluations.Select(e => e.Indicator).Distinct()
            .Select(i => (Name: Labels.Name(i, language), Reading: Labels.ShortReading(i, language)))
            .Where(x => x.Reading is not null)
            .Select(x => (x.Name, x.Reading!))];

    private static void AppendReadings(StringBuilder sb, Scorecard scorecard, ReportLanguage language, string header, string line, Func<string, string> escape)
    {
        var readings = Readings(scorecard, language);
        if (readings.Count == 0)
        {
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, header, Labels.ReadingsHeader(language))}");
        foreach (var (name, reading) in readings)
        {
            sb.Append(string.Format(CultureInfo.InvariantCulture, line, escape(name), language == ReportLanguage.English ? ": " : "：", escape(reading)));
        }
    }

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;

    private static string MarkdownCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string CsvCell(string cell) => cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
