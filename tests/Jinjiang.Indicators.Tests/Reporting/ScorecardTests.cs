using System.Text.Json;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Reporting;

public class ScorecardTests
{
    private static readonly Scorecard Q3 = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2023, 9, 30));
    private static readonly Scorecard YearEnd = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2024, 1, 15));

    [Fact]
    public void Create_EvaluatesEveryIndicatorOnce_AndCountsStatuses()
    {
        Assert.Equal(Jinjiang2023.Catalog.Count, Q3.Evaluations.Count);
        Assert.Equal(Jinjiang2023.Catalog.Count, Q3.Counts.Total);
        Assert.Equal(ReportSections.All, Q3.BySection.Select(p => p.Key));
        Assert.Equal(Q3.Counts.Total, Q3.BySection.Sum(p => p.Value.Total));
        Assert.Equal(Q3.Counts.Total, Q3.ByCommitment.Sum(p => p.Value.Total));
    }

    [Fact]
    public void SampleData_GivesAVariedScorecard()
    {
        // The sample is built to show every verdict a person should recognise.
        foreach (var status in new[] { EvaluationStatus.Met, EvaluationStatus.OnTrack, EvaluationStatus.AtRisk, EvaluationStatus.OffTrack, EvaluationStatus.NotMet, EvaluationStatus.NotYetDue })
        {
            Assert.True(Q3.Counts[status] > 0, $"no {status} at 2023-09-30: {Q3.Counts}");
        }

        // After a deadline only Met or NotMet remain (the 十四五 rank, due 2025, is still judged on its path).
        Assert.All(YearEnd.Evaluations.Where(e => e.Indicator.Target.Deadline < YearEnd.AsOf), e => Assert.True(e.IsFinal, $"{e.Indicator.Id}: {e.Status}"));
        Assert.Equal(0, Q3.Counts[EvaluationStatus.NotEvaluable] + Q3.Counts[EvaluationStatus.NoData]);
    }

    [Fact]
    public void Any_GatesOnStatuses()
    {
        Assert.True(YearEnd.Any(EvaluationStatus.NotMet));
        Assert.False(YearEnd.Any(EvaluationStatus.OnTrack));
    }

    [Fact]
    public void ToText_AlignsChineseNamesByDisplayWidth()
    {
        var text = ScorecardRenderer.ToText(Q3, ReportLanguage.Chinese);
        var lines = text.Split('\n').Where(l => l.StartsWith("tianfu-greenway ", StringComparison.Ordinal) || l.StartsWith("ev-charging-piles ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        // The commitment column (一般 for both) starts at the same display column on both rows, after names of different widths.
        int StatusColumn(string line) => DisplayWidthOf(line[..line.IndexOf("一般", StringComparison.Ordinal)]);
        Assert.Equal(StatusColumn(lines[0]), StatusColumn(lines[1]));
        Assert.Contains("评估日期：2023年9月30日", text);
    }

    [Fact]
    public void ToText_English_HasTotals()
    {
        var text = ScorecardRenderer.ToText(Q3);
        Assert.Contains($"Total: {Jinjiang2023.Catalog.Count} indicators;", text);
        Assert.Contains("[Parks and greening]", text);
    }

    [Fact]
    public void ToHtml_HasOneRowPerIndicator_WithStatusClasses_AndNoExternalAssets()
    {
        var html = ScorecardRenderer.ToHtml(Q3);
        var rows = Regex.Matches(html, "<tr class=\"indicator status-([a-z-]+)\" data-id=\"([a-z0-9-]+)\"");
        Assert.Equal(Jinjiang2023.Catalog.All.Select(i => i.Id.Value), rows.Select(m => m.Groups[2].Value));
        Assert.Equal(Q3.Evaluations.Select(e => e.Status.ToKebabCase()), rows.Select(m => m.Groups[1].Value));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=", html);
        Assert.Contains("<svg class=\"progress\"", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void ToJson_HasAsOfAndEvaluations_WithTheContractFields()
    {
        using var doc = JsonDocument.Parse(ScorecardJson.ToJson(Q3));
        Assert.Equal("2023-09-30", doc.RootElement.GetProperty("asOf").GetString());
        var evaluations = doc.RootElement.GetProperty("evaluations");
        Assert.Equal(Jinjiang2023.Catalog.Count, evaluations.GetArrayLength());
        var greenway = evaluations.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "tianfu-greenway");
        Assert.Equal("at-risk", greenway.GetProperty("status").GetString());
        Assert.Equal(10.6, greenway.GetProperty("actual").GetProperty("value").GetDouble());
        Assert.Equal("km", greenway.GetProperty("actual").GetProperty("unit").GetString());
        Assert.Equal(15, greenway.GetProperty("targetValue").GetProperty("value").GetDouble());
        Assert.True(greenway.TryGetProperty("expected", out _));
        Assert.True(greenway.TryGetProperty("progress", out _));
        Assert.True(greenway.TryGetProperty("reason", out _));
        Assert.True(greenway.TryGetProperty("target", out _));
    }

    [Fact]
    public void ToCsv_OneRowPerIndicator()
    {
        var lines = ScorecardRenderer.ToCsv(Q3).TrimEnd('\n').Split('\n');
        Assert.Equal(Jinjiang2023.Catalog.Count + 1, lines.Length);
        Assert.StartsWith("id,name,name_zh,section,commitment,status,", lines[0]);
        Assert.StartsWith("ecological-quality-rank,Ecological quality rank among the five central districts,生态质量排名,", lines[1]);
    }

    [Fact]
    public void ToMarkdown_HasASectionPerReportPart()
    {
        var md = ScorecardRenderer.ToMarkdown(Q3);
        Assert.Equal(ReportSections.All.Count, Regex.Count(md, "^## ", RegexOptions.Multiline));
        Assert.Contains("| `tianfu-greenway` |", md);
    }

    private static int DisplayWidthOf(string text) => text.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 2 : 1);
}
