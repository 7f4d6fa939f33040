using System.Text.RegularExpressions;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>Chinese output an office can print as it is, through the command-line tool.</summary>
public partial class ChineseCommandTests
{
    [Theory]
    [InlineData("2023-06-30")]
    [InlineData("2023-09-30")]
    [InlineData("2024-01-15")]
    public void SampleScorecard_InChinese_ShowsLeadUnits_AndNoEnglishProse(string asOf)
    {
        foreach (var format in new[] { "table", "markdown" })
        {
            var r = Cli.Run("evaluate", "--as-of", asOf, "--language", "zh", "--format", format);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("牵头单位", r.Out, StringComparison.Ordinal);
            Assert.Contains("区公园城市局", r.Out, StringComparison.Ordinal);
            var prose = IdLike().Replace(r.Out.Split('\n', 2)[1], string.Empty); // the first line is the tool's English note on the sample
            Assert.DoesNotMatch("\\b(?!km\\b|m2\\b)[A-Za-z]{3,}\\b", prose);
        }
    }

    [Fact]
    public void ByUnit_RollsTheSampleUpByLeadUnit()
    {
        var r = Cli.Run("evaluate", "--as-of", "2023-09-30", "--language", "zh", "--by-unit");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("区生态环境局：", r.Out, StringComparison.Ordinal);
        Assert.Matches("区公园城市局：5项；", r.Out);
        var json = Cli.Run("evaluate", "--as-of", "2023-09-30", "--by-unit", "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Contains(doc.RootElement.EnumerateArray(), u => u.GetProperty("unit").GetString() == "区卫健局" && u.GetProperty("promises").GetArrayLength() == 5);
    }

    [Fact]
    public void CatalogInChinese_HasItsReadings_AndTheExcludedList()
    {
        var markdown = Cli.Run("catalog", "--format", "markdown", "--language", "zh");
        Assert.StartsWith("| 编号 | 指标 | 目标 | 考核方式 | 期限 | 承诺 | 牵头单位 | 口径说明 |", markdown.Out, StringComparison.Ordinal);
        var json = Cli.Run("catalog", "--format", "json");
        Assert.Contains("\"interpretationZh\"", json.Out, StringComparison.Ordinal);
        var excluded = Cli.Run("catalog", "--excluded", "--language", "zh");
        Assert.Contains("“确保增项目不增风险”——", excluded.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseTemplate_FilledAsACsvWithChineseHeaders_Evaluates()
    {
        var template = Path.Combine(Path.GetTempPath(), $"jj-template-{Guid.NewGuid():N}.xlsx");
        var returns = Cli.TempFile(".csv", "指标编号,日期,数值,单位,数据状态\ntianfu-greenway,2023-09-30,10.6,公里,正式\n");
        try
        {
            Assert.Equal(0, Cli.Run("template", "--language", "zh", "--output", template).ExitCode);
            Assert.Equal(0, Cli.Run("validate", template).ExitCode);
            var r = Cli.Run("evaluate", "--observations", returns, "--as-of", "2023-09-30", "--format", "json");
            Assert.True(r.ExitCode == 0, r.Err);
            Assert.Contains("\"id\": \"tianfu-greenway\"", r.Out, StringComparison.Ordinal);
            Assert.Contains("\"completionRate\": 0.706667", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(template);
            File.Delete(returns);
        }
    }

    [Fact]
    public void Validate_InChinese_SaysEveryProblemInChinese()
    {
        var file = Cli.TempFile(".csv", "指标编号,日期,数值,单位\ntianfu-greenway,30/09/2023,10.6,公里\ntianfu-greenway,2023-10-31,95%,公里\n");
        try
        {
            var r = Cli.Run("validate", file, "--language", "zh");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("日期格式应为yyyy-MM-dd", r.Out, StringComparison.Ordinal);
            Assert.Contains("数值中有百分号", r.Out, StringComparison.Ordinal);
            Assert.Contains("有效数据0条，问题2个。", r.Out, StringComparison.Ordinal);
            var evaluate = Cli.Run("evaluate", "--observations", file, "--language", "zh", "--as-of", "2023-10-31");
            Assert.Contains("日期格式应为yyyy-MM-dd", evaluate.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("`?[a-z0-9]+(?:-[a-z0-9]+)+`?")]
    private static partial Regex IdLike();
}
