using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>The office's year through the tool (issue 29): breakdown, template, returns, ledger, bulletin, as the README shows them.</summary>
public sealed partial class OfficeYearCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jj-cli-year-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Indicators.sln) was not found.");
    }

    private static readonly string Sample = Path.Combine(Root(), "data", "sample-observations-2023.csv");

    private string In(string name) => Path.Combine(_dir, name);

    /// <summary>The README's commands of "The office's year", in order, each run in a scratch folder.</summary>
    [Fact]
    public void TheReadmesOfficeYear_RunsInOrder_AndEachStepWritesWhatItSays()
    {
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md"));
        var section = readme[readme.IndexOf("## The office's year", StringComparison.Ordinal)..];
        var block = BlockPattern().Match(section).Groups[1].Value;
        var commands = block.Split('\n').Where(l => l.StartsWith("dotnet run --project src/Jinjiang.Indicators.Cli -- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["template", "template", "validate", "ledger", "bulletin"], commands.Select(c => c.Split(" -- ")[1].Split(' ')[0]));
        foreach (var command in commands)
        {
            var args = command.Split(" -- ")[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.StartsWith("data/", StringComparison.Ordinal) ? Path.Combine(Root(), a) : Regex.IsMatch(a, @"^[\w-]+\.(xlsx|docx|csv|md|html)$") ? In(a) : a)
                .ToArray();
            var r = Cli.Run(args);
            Assert.True(r.ExitCode == 0, command + "\n" + r.Err);
        }

        Assert.True(File.Exists(In("breakdown.xlsx")));
        Assert.True(File.Exists(In("returns.xlsx")));
        Assert.True(File.Exists(In("ledger.xlsx")));
        using var document = WordprocessingDocument.Open(In("bulletin.docx"), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var heading in new[] { "一、总体情况", "二、工作亮点", "三、存在的短板", "四、逾期未报送", "五、下步建议", "附件：月度台账" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("区发改局", text, StringComparison.Ordinal);
        Assert.Contains("滞后节点", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithAsOf_ListsTheOverdueReturnsByUnit()
    {
        var breakdown = In("b.xlsx");
        Assert.Equal(0, Cli.Run("template", "--breakdown", "--output", breakdown).ExitCode);
        var r = Cli.Run("validate", Sample, "--breakdown", breakdown, "--as-of", "2023-10-15", "--language", "zh");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"截至2023年10月15日逾期未报送\d+期：", r.Out);
        Assert.Contains("区发改局", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_ForTheYear_HasAColumnGroupPerMonth_AndMissingReturns()
    {
        var r = Cli.Run("ledger", "--from", "2023-01", "--to", "2023-12", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var header = r.Out.Split('\n')[0].Split(',');
        Assert.Equal(3 + (12 * 4), header.Length);
        Assert.Equal("2023年12月评级", header[^1]);
        Assert.Contains("未报送", r.Out, StringComparison.Ordinal);
        Assert.Contains("missing return(s)", r.Err, StringComparison.Ordinal);

        var english = Cli.Run("ledger", "--from", "2023-01", "--to", "2023-03", "--language", "en", "--format", "markdown");
        Assert.Contains("| 2023-03 value |", english.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2023-13")]
    [InlineData("--to", "March")]
    public void Ledger_ABadMonth_IsNamed(string option, string value)
    {
        var r = Cli.Run("ledger", option, value);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{option}: '{value}' is not a month; expected yyyy-MM.", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_AnOutputItCannotWrite_IsRefused_BeforeAnythingIsWritten()
    {
        var r = Cli.Run("ledger", "--output", In("ledger.docx"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("the format cannot be told from 'ledger.docx'; name a .md, .csv, .html, .xlsx file", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(In("ledger.docx")));
    }

    [Fact]
    public void Ledger_BackwardSpan_OrXlsxWithoutAFile_IsRefused()
    {
        Assert.Contains("is after --to", Cli.Run("ledger", "--from", "2023-06", "--to", "2023-01").Err, StringComparison.Ordinal);
        Assert.Contains("needs --output", Cli.Run("ledger", "--format", "xlsx").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Bulletin_InMarkdownAndEnglish_AndItsFiguresAreTheScorecards()
    {
        var zh = Cli.Run("bulletin", "--as-of", "2023-09-30");
        Assert.Equal(0, zh.ExitCode);
        Assert.StartsWith("# 锦江区2023年政府工作报告目标任务推进情况督查通报", zh.Out, StringComparison.Ordinal);
        var card = Cli.Run("evaluate", "--as-of", "2023-09-30", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(card.Out);
        var grades = json.RootElement.GetProperty("grades");
        int Count(string grade) => grades.TryGetProperty(grade, out var n) ? n.GetInt32() : 0;
        Assert.Contains($"绿灯{Count("green")}项、黄灯{Count("yellow")}项、红灯{Count("red")}项、灰灯{Count("grey")}项", zh.Out, StringComparison.Ordinal);

        var en = Cli.Run("bulletin", "--as-of", "2023-09-30", "--language", "en", "--output", In("b.html"));
        Assert.Equal(0, en.ExitCode);
        var html = File.ReadAllText(In("b.html"));
        Assert.Contains("<h2>1. Overall picture</h2>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"grade-red\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bulletin_ABadDateOrAnUnknownFormat_IsRefused_BeforeAnythingIsWritten()
    {
        Assert.Contains("--as-of: '2023-02-30' is not a date", Cli.Run("bulletin", "--as-of", "2023-02-30").Err, StringComparison.Ordinal);
        Assert.Equal(1, Cli.Run("bulletin", "--output", In("b.pdf")).ExitCode);
        Assert.False(File.Exists(In("b.pdf")));
        Assert.Contains("needs --output", Cli.Run("bulletin", "--format", "docx").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ABreakdownWithProblems_IsNamedByCell_AndTheRestIsUsed()
    {
        var breakdown = In("bad.xlsx");
        Assert.Equal(0, Cli.Run("template", "--breakdown", "--output", breakdown).ExitCode);
        var r = Cli.Run("bulletin", "--breakdown", In("missing.xlsx"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("missing.xlsx: The file does not exist.", r.Err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
