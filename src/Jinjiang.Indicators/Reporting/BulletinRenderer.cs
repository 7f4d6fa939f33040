using System.Globalization;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>
/// A supervision bulletin (督查通报) as document blocks, Markdown or HTML, in Chinese or English: 一、总体情况 (counts by
/// grade and section), 二、工作亮点, 三、存在的短板 (with units, completion, time elapsed and gap to schedule), 四、逾期未报送,
/// 五、下步建议 (units to press and returns to chase, drawn only from the data) and the ledger as an annex. Every sentence
/// names the promise whose verdict it comes from; every figure is the scorecard's.
/// </summary>
public static class BulletinRenderer
{
    /// <summary>The bulletin's title: 锦江区2023年政府工作报告目标任务推进情况督查通报.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public static string Title(Bulletin bulletin, ReportLanguage language)
    {
        Preconditions.CheckNotNull(bulletin);
        var report = bulletin.Scorecard.Report;
        return language == ReportLanguage.English
            ? (report is null ? "Work report targets" : $"{report.AreaEnglish ?? report.Area} {report.Year} work report targets") + ": supervision bulletin"
            : (report is null ? "政府工作报告" : $"{report.Area}{report.Year}年政府工作报告") + "目标任务推进情况督查通报";
    }

    /// <summary>The section headings in order, in a language (the five sections and the annex).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The headings.</returns>
    public static IReadOnlyList<string> SectionHeadings(ReportLanguage language) => language == ReportLanguage.English
        ? ["1. Overall picture", "2. Highlights", "3. Shortfalls", "4. Overdue returns", "5. Next steps", "Annex: monthly ledger"]
        : ["一、总体情况", "二、工作亮点", "三、存在的短板", "四、逾期未报送", "五、下步建议", "附件：月度台账"];

    /// <summary>The bulletin as document blocks, for any writer (Markdown, HTML, Word).</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="language">The language.</param>
    /// <returns>The blocks.</returns>
    public static IReadOnlyList<DocumentBlock> Blocks(Bulletin bulletin, ReportLanguage language)
    {
        Preconditions.CheckNotNull(bulletin);
        var headings = SectionHeadings(language);
        var blocks = new List<DocumentBlock> { DocumentBlock.Heading(1, Title(bulletin, language)), DocumentBlock.Paragraph(Labels.AsOf(bulletin.AsOf, language)) };

        Overview(blocks, bulletin, language, headings[0]);
        Highlights(blocks, bulletin, language, headings[1]);
        Shortfalls(blocks, bulletin, language, headings[2]);
        Overdue(blocks, bulletin, language, headings[3]);
        NextSteps(blocks, bulletin, language, headings[4]);

        // 附件
        blocks.Add(DocumentBlock.Heading(2, headings[5]));
        blocks.Add(DocumentBlock.Paragraph(LedgerRenderer.Title(bulletin.Ledger, language)));
        blocks.Add(LedgerRenderer.CompactTable(bulletin.Ledger, language));
        return blocks;
    }

    /// <summary>一、总体情况: the counts by grade and verdict, and by section.</summary>
    private static void Overview(List<DocumentBlock> blocks, Bulletin bulletin, ReportLanguage language, string heading)
    {
        var en = language == ReportLanguage.English;
        var card = bulletin.Scorecard;
        blocks.Add(DocumentBlock.Heading(2, heading));
        var c = card.Counts;
        blocks.Add(DocumentBlock.Paragraph(en
            ? $"As of {IsoDate.Format(bulletin.AsOf)}, {N(c.Total)} promises are followed: {GradeCounts(c, language)}. By verdict: {Labels.Counts(c, language).Split("; ")[0]}."
            : $"截至{Zh.Date(bulletin.AsOf)}，纳入督查的目标任务共{N(c.Total)}项：{GradeCounts(c, language)}。按评估结论：{Labels.Counts(c, language).Split('；')[0]}。"));
        blocks.Add(DocumentBlock.Table(
            en ? ["section", "promises", "green", "yellow", "red", "grey"] : ["板块", "目标任务数", "绿灯", "黄灯", "红灯", "灰灯"],
            [.. card.BySection.Select(s => (IReadOnlyList<string>)[Labels.Section(s.Key, language), N(s.Value.Total), N(s.Value[Grade.Green]), N(s.Value[Grade.Yellow]), N(s.Value[Grade.Red]), N(s.Value[Grade.Grey])])]));
    }

    /// <summary>二、工作亮点: promises completed early, ahead of schedule or on their node.</summary>
    private static void Highlights(List<DocumentBlock> blocks, Bulletin bulletin, ReportLanguage language, string heading)
    {
        var en = language == ReportLanguage.English;
        blocks.Add(DocumentBlock.Heading(2, heading));
        if (bulletin.Highlights.Count == 0)
        {
            blocks.Add(DocumentBlock.Paragraph(en ? "No promise is completed early, ahead of schedule or on its node yet." : "暂无提前完成、超序时进度或按节点推进的目标任务。"));
        }

        for (var i = 0; i < bulletin.Highlights.Count; i++)
        {
            var e = bulletin.Highlights[i];
            blocks.Add(DocumentBlock.Paragraph(en
                ? $"({i + 1}) {e.Indicator.Name}{UnitNote(e.Indicator, language)}: {e.Reason}"
                : $"（{Zh.Ordinal(i + 1)}）{e.Indicator.NameChinese}{UnitNote(e.Indicator, language)}：{e.ReasonChinese}"));
        }
    }

    /// <summary>三、存在的短板: the red and yellow promises, their table and pictures.</summary>
    private static void Shortfalls(List<DocumentBlock> blocks, Bulletin bulletin, ReportLanguage language, string heading)
    {
        var en = language == ReportLanguage.English;
        blocks.Add(DocumentBlock.Heading(2, heading));
        if (bulletin.Shortfalls.Count == 0)
        {
            blocks.Add(DocumentBlock.Paragraph(en ? "No promise is graded red or yellow." : "无红灯、黄灯目标任务。"));
        }
        else
        {
            var red = bulletin.Shortfalls.Count(e => e.Grade == Grade.Red);
            blocks.Add(DocumentBlock.Paragraph(en
                ? $"{N(red)} promises are graded red and {N(bulletin.Shortfalls.Count - red)} yellow:"
                : $"红灯目标任务{N(red)}项、黄灯{N(bulletin.Shortfalls.Count - red)}项，具体如下："));
            blocks.Add(DocumentBlock.Table(
                en ? ["grade", "promise", "lead unit", "completion", "time elapsed", "gap to schedule", "finding"] : ["评级", "目标任务", "牵头单位", "完成率", "时间进度", "序时差距", "情况说明"],
                [.. bulletin.Shortfalls.Select(e => (IReadOnlyList<string>)[
                    Labels.Grade(e.Grade, language), Labels.Name(e.Indicator, language), e.Indicator.ResponsibleUnit ?? string.Empty,
                    Labels.Completion(e.Completion), Labels.Completion(e.TimeElapsed), Gap(e, language), Finding(e, language)])],
                [.. bulletin.Shortfalls.Select(e => (Grade?)e.Grade)]));
        }

        // The pictures of the shortfalls: reported values against the schedule line, the target and the nodes.
        foreach (var e in bulletin.Shortfalls.Where(e => ProgressChart.ToSvg(e, language).Length > 0))
        {
            blocks.Add(DocumentBlock.Figure(
                en ? $"{e.Indicator.Name}: reported values, schedule line, target and nodes" : $"{e.Indicator.NameChinese}：报送数值、序时进度线、目标和节点",
                e,
                language));
        }
    }

    /// <summary>四、逾期未报送: the overdue returns.</summary>
    private static void Overdue(List<DocumentBlock> blocks, Bulletin bulletin, ReportLanguage language, string heading)
    {
        var en = language == ReportLanguage.English;
        blocks.Add(DocumentBlock.Heading(2, heading));
        if (bulletin.Overdue.Count == 0)
        {
            blocks.Add(DocumentBlock.Paragraph(en ? "No return is overdue." : "无逾期未报送情况。"));
        }
        else
        {
            blocks.Add(DocumentBlock.Paragraph(en
                ? $"{N(bulletin.Overdue.Count)} returns from {N(bulletin.ReturnsToChase.Count)} units are overdue:"
                : $"{N(bulletin.ReturnsToChase.Count)}个单位{N(bulletin.Overdue.Count)}期进展情况逾期未报送："));
            blocks.Add(DocumentBlock.Table(
                en ? ["unit", "promise", "period", "due by", "days overdue"] : ["单位", "目标任务", "报送期", "截止日期", "逾期天数"],
                [.. bulletin.Overdue.Select(r => (IReadOnlyList<string>)[
                    r.Unit ?? string.Empty, Labels.Name(r.Indicator, language), PeriodText(r.Period, language),
                    en ? IsoDate.Format(r.Due) : Zh.Date(r.Due), N(r.DaysOverdue)])]));
        }
    }

    /// <summary>五、下步建议: the units to press and the returns to chase.</summary>
    private static void NextSteps(List<DocumentBlock> blocks, Bulletin bulletin, ReportLanguage language, string heading)
    {
        var en = language == ReportLanguage.English;
        blocks.Add(DocumentBlock.Heading(2, heading));
        var step = 0;
        foreach (var (unit, promises) in bulletin.UnitsToPress)
        {
            step++;
            var red = promises.Count(e => e.Grade == Grade.Red);
            var names = string.Join(en ? "; " : "、", promises.Select(e => Labels.Name(e.Indicator, language)));
            blocks.Add(DocumentBlock.Paragraph(en
                ? $"{step}. Press {(unit.Length == 0 ? "the units responsible" : unit)} to speed up {names} ({N(red)} red, {N(promises.Count - red)} yellow)."
                : $"{step}. 督促{(unit.Length == 0 ? "责任单位" : unit)}加快推进{names}（红灯{N(red)}项、黄灯{N(promises.Count - red)}项）。"));
        }

        foreach (var (unit, returns) in bulletin.ReturnsToChase)
        {
            step++;
            var owed = string.Join(en ? "; " : "、", returns.GroupBy(r => r.Indicator).Select(g =>
                Labels.Name(g.Key, language) + (en ? " (" : "（") + string.Join(en ? ", " : "、", g.Select(r => PeriodText(r.Period, language))) + (en ? ")" : "）")));
            blocks.Add(DocumentBlock.Paragraph(en
                ? $"{step}. Chase {(unit.Length == 0 ? "the units responsible" : unit)} for the overdue returns: {owed}."
                : $"{step}. 催报{(unit.Length == 0 ? "责任单位" : unit)}逾期未报送的进展情况：{owed}。"));
        }

        if (step == 0)
        {
            blocks.Add(DocumentBlock.Paragraph(en ? "No unit needs pressing and no return is overdue." : "暂无需要督促的单位和需要催报的进展情况。"));
        }
    }

    /// <summary>The bulletin as Markdown.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(Bulletin bulletin, ReportLanguage language) => DocumentRenderer.ToMarkdown(Blocks(bulletin, language));

    /// <summary>The bulletin as a standalone HTML page.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="language">The language.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(Bulletin bulletin, ReportLanguage language) => DocumentRenderer.ToHtml(Blocks(bulletin, language), Title(bulletin, language), language);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string GradeCounts(StatusCounts c, ReportLanguage language) => language == ReportLanguage.English
        ? $"{N(c[Grade.Green])} green, {N(c[Grade.Yellow])} yellow, {N(c[Grade.Red])} red, {N(c[Grade.Grey])} grey"
        : $"绿灯{N(c[Grade.Green])}项、黄灯{N(c[Grade.Yellow])}项、红灯{N(c[Grade.Red])}项、灰灯{N(c[Grade.Grey])}项";

    private static string UnitNote(Indicator i, ReportLanguage language) => i.ResponsibleUnit is { } u
        ? (language == ReportLanguage.English ? " (" + u + ")" : "（" + u + "）")
        : string.Empty;

    private static string Gap(Evaluation e, ReportLanguage language)
    {
        if (e.ScheduleGapPoints is { } points)
        {
            var text = Math.Abs(points).ToString("0.#", CultureInfo.InvariantCulture);
            return language == ReportLanguage.English
                ? (points < 0 ? text + " points behind" : text + " points ahead")
                : (points < 0 ? "滞后" + text + "个百分点" : "超前" + text + "个百分点");
        }

        return e.Gap is { } g ? (language == ReportLanguage.English ? Show.Shortfall(g) + " short" : "差" + Zh.Shortfall(g)) : string.Empty;
    }

    private static string Finding(Evaluation e, ReportLanguage language)
    {
        var reason = language == ReportLanguage.English ? e.Reason : e.ReasonChinese;
        if (e.Compliance is { Lapses.Count: > 0 } compliance)
        {
            var lapses = string.Join(language == ReportLanguage.English ? ", " : "、", compliance.Lapses.Take(6).Select(d => language == ReportLanguage.English ? IsoDate.Format(d) : Zh.Date(d)));
            reason += language == ReportLanguage.English ? $" Lapses: {lapses}." : $"未达标时点：{lapses}。";
        }

        return reason;
    }

    private static string PeriodText(NodaTime.DateInterval p, ReportLanguage language)
    {
        var oneMonth = p.Start.Day == 1 && p.End == p.Start.PlusMonths(1).PlusDays(-1);
        return language == ReportLanguage.English
            ? (oneMonth ? p.Start.ToString("uuuu-MM", CultureInfo.InvariantCulture) : IsoDate.Format(p.Start) + ".." + IsoDate.Format(p.End))
            : (oneMonth ? $"{p.Start.Year}年{p.Start.Month}月" : Zh.Period(p));
    }
}
