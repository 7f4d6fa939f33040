using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jinjiang.Indicators.Cli.Tests;

public partial class CommandTests
{
    private const string Header = "indicator,date,value,unit\n";

    [Fact]
    public void Help_DocumentsTheExitCodes()
    {
        var r = Cli.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Exit codes: 0 success; 1 invalid input", r.Out);
        Assert.Contains("evaluate", r.Out);
        Assert.Contains("validate", r.Out);
    }

    [Fact]
    public void UnknownCommand_IsInvalidInput()
    {
        Assert.Equal(1, Cli.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void Catalog_Table_ListsEveryIndicator()
    {
        var r = Cli.Run("catalog");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("tianfu-greenway", r.Out);
        Assert.Equal(41, r.Out.Split('\n').Count(l => IdLine().IsMatch(l)));
    }

    [Fact]
    public void Catalog_Json_IsFormat2WithTheContractFields()
    {
        var r = Cli.Run("catalog", "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal("2.0", doc.RootElement.GetProperty("formatVersion").GetString());
        var indicators = doc.RootElement.GetProperty("indicators");
        Assert.Equal(41, indicators.GetArrayLength());
        var first = indicators[0];
        foreach (var field in new[] { "id", "name", "nameZh", "section", "target", "targetZh", "deadline", "commitment", "source" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Catalog_Markdown_IsATable()
    {
        var r = Cli.Run("catalog", "--format", "markdown");
        Assert.StartsWith("| id | indicator | target | basis | deadline | commitment | lead unit | interpretation |", r.Out);
    }

    [Fact]
    public void Catalog_Chinese()
    {
        Assert.Contains("新建天府绿道", Cli.Run("catalog", "--language", "zh").Out);
    }

    [Fact]
    public void Evaluate_WithoutObservations_UsesTheSampleAndSaysSo()
    {
        var r = Cli.Run("evaluate", "--as-of", "2023-09-30");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Using the built-in illustrative sample observations and task breakdown (not official data)", r.Out);
        Assert.Contains("As of 2023-09-30", r.Out);
        Assert.Contains("Total: 41 indicators;", r.Out);
    }

    [Fact]
    public void Evaluate_WithoutAsOf_UsesTheLatestObservationAndSaysSo()
    {
        var r = Cli.Run("evaluate");
        Assert.Contains("As-of date 2023-12-31: the latest observation", r.Out);
    }

    [Fact]
    public void Evaluate_Json_HasAsOfAndEvaluations_AndNotesGoToStandardError()
    {
        var r = Cli.Run("evaluate", "--as-of", "2023-09-30", "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal("2023-09-30", doc.RootElement.GetProperty("asOf").GetString());
        var evaluations = doc.RootElement.GetProperty("evaluations");
        Assert.Equal(41, evaluations.GetArrayLength());
        foreach (var field in new[] { "id", "status", "reason", "target" })
        {
            Assert.True(evaluations[0].TryGetProperty(field, out _), field);
        }

        Assert.Contains("illustrative sample", r.Err);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("markdown", "> Using the built-in")]
    [InlineData("csv", "id,name,name_zh,section,commitment,status,")]
    public void Evaluate_EachFormat(string format, string start)
    {
        var r = Cli.Run("evaluate", "--as-of", "2023-09-30", "--format", format);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith(start, r.Out);
    }

    [Fact]
    public void Evaluate_Html_HasOneRowPerIndicator()
    {
        var r = Cli.Run("evaluate", "--as-of", "2023-09-30", "--format", "html");
        Assert.Equal(41, Regex.Count(r.Out, "<tr class=\"indicator status-"));
    }

    [Fact]
    public void Evaluate_Output_WritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jj-{Guid.NewGuid():N}.html");
        try
        {
            var r = Cli.Run("evaluate", "--as-of", "2023-09-30", "--format", "html", "--output", path);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(string.Empty, r.Out);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_FailOn_ExitsWith2WhenTriggered()
    {
        var r = Cli.Run("evaluate", "--as-of", "2024-01-15", "--fail-on", "off-track,not-met");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--fail-on: ", r.Err);
        Assert.Contains("(not-met)", r.Err);
    }

    [Fact]
    public void Evaluate_FailOn_ExitsWith0WhenNotTriggered()
    {
        Assert.Equal(0, Cli.Run("evaluate", "--as-of", "2024-01-15", "--fail-on", "not-evaluable").ExitCode);
    }

    [Fact]
    public void Evaluate_FailOnUnknownStatus_IsInvalidInput()
    {
        var r = Cli.Run("evaluate", "--fail-on", "late");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("'late' is not a status", r.Err);
    }

    [Fact]
    public void Evaluate_BadOptions_AreErrorsOfTheParse_AllReportedBeforeAnythingIsRead()
    {
        var r = Cli.Run("evaluate", "--as-of", "2023-02-30", "--fail-on", "met,late", "--observations", "no-such-file.csv");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--as-of: '2023-02-30' is not a date; expected yyyy-MM-dd.", r.Err, StringComparison.Ordinal);
        Assert.Contains("--fail-on: 'late' is not a status", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-file", r.Err, StringComparison.Ordinal); // the action never ran
    }

    [Fact]
    public void Evaluate_FailOn_RepeatedOrCommaSeparated_IsOneList()
    {
        Assert.Equal(2, Cli.Run("evaluate", "--as-of", "2024-01-15", "--fail-on", "on-track", "--fail-on", "not-met").ExitCode);
    }

    [Fact]
    public void Evaluate_BadAsOf_IsInvalidInput()
    {
        var r = Cli.Run("evaluate", "--as-of", "30/09/2023");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("expected yyyy-MM-dd", r.Err);
    }

    [Fact]
    public void Evaluate_OwnObservations_CsvAndJson()
    {
        var csv = Cli.TempFile(".csv", Header + "tianfu-greenway,2023-06-30,9,km\n");
        var json = Cli.TempFile(".json", """{ "formatVersion": "1.0", "observations": [ { "indicator": "ev-charging-piles", "date": "2023-06-30", "value": 612, "unit": "个" } ] }""");
        try
        {
            var r = Cli.Run("evaluate", "--observations", csv, "--observations", json, "--as-of", "2023-06-30", "--format", "json");
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(r.Out);
            var byId = doc.RootElement.GetProperty("evaluations").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("status").GetString());
            Assert.Equal("on-track", byId["tianfu-greenway"]);
            Assert.Equal("met", byId["ev-charging-piles"]);
            Assert.Equal("no-data", byId["pocket-parks"]);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(json);
        }
    }

    [Fact]
    public void Evaluate_BadFile_ReportsFileAndLine_AndExits1()
    {
        var csv = Cli.TempFile(".csv", Header + "tianfu-greenway,2023-06-30,9,km\ntianfu-greenway,2023-07-31,9,m2\n");
        try
        {
            var r = Cli.Run("evaluate", "--observations", csv, "--as-of", "2023-07-31");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains(Path.GetFileName(csv) + ":3: unit 'm2': Unit m2 measures Area", r.Err);
            Assert.Contains("tianfu-greenway", r.Out); // the valid rows are still evaluated
            Assert.Equal(1, Cli.Run("evaluate", "--observations", csv, "--strict").ExitCode);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Evaluate_MissingFile_IsInvalidInput()
    {
        var r = Cli.Run("evaluate", "--observations", "/no/such/file.csv");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("file.csv: The file does not exist.", r.Err);
    }

    [Fact]
    public void Validate_GoodFile_Exits0()
    {
        var csv = Cli.TempFile(".csv", Header + "tianfu-greenway,2023-06-30,9,km\n");
        try
        {
            var r = Cli.Run("validate", csv);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("1 valid observation(s), 0 problem(s)", r.Out);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Validate_BadFiles_PrintsEveryProblemAsFileLineMessage_AndExits1()
    {
        var csv = Cli.TempFile(".csv", Header + "nope,2023-06-30,9,km\ntianfu-greenway,2023-13-01,9,km\ntianfu-greenway,2023-06-30,9,km\n");
        var json = Cli.TempFile(".json", "{ not json");
        try
        {
            var r = Cli.Run("validate", csv, json);
            Assert.Equal(1, r.ExitCode);
            var name = Path.GetFileName(csv);
            Assert.Contains(name + ":2: indicator 'nope': Unknown indicator id", r.Out);
            Assert.Contains(name + ":3: date '2023-13-01': Expected an ISO date", r.Out);
            Assert.Contains(Path.GetFileName(json) + ":1:", r.Out);
            Assert.Contains("Malformed JSON", r.Out);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(json);
        }
    }

    [Fact]
    public void Validate_NoFile_IsInvalidInput()
    {
        Assert.Equal(1, Cli.Run("validate").ExitCode);
    }

    [Theory]
    [InlineData("observations")]
    [InlineData("catalog")]
    public void Schema_PrintsAJsonSchema(string kind)
    {
        var r = Cli.Run("schema", "--kind", kind);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public async Task RealProcess_EvaluateJson_ExitsWithTheGateCode()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "jinjiang-indicators.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "evaluate", "--as-of", "2024-01-15", "--format", "json", "--fail-on", "not-met" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, process.ExitCode);
        using var doc = JsonDocument.Parse(await stdout);
        Assert.Equal("2024-01-15", doc.RootElement.GetProperty("asOf").GetString());
        Assert.Contains("illustrative sample", await stderr);
    }

    private static string Report => Path.Combine(AppContext.BaseDirectory, "TestData", "jinjiang-2023-work-report-excerpt.txt");

    [Fact]
    public void Extract_Table_ListsTheCandidates()
    {
        var r = Cli.Run("extract", Report);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("37 candidate promise(s) for 2023 in 成都市锦江区人民政府工作报告（2023-02-08）:", r.Out);
        Assert.Contains("新建天府绿道15公里", r.Out);
    }

    [Fact]
    public void Extract_Json_IsAnArrayOfCandidates()
    {
        using var doc = JsonDocument.Parse(Cli.Run("extract", Report, "--format", "json").Out);
        var greenway = doc.RootElement.EnumerateArray().Single(c => c.GetProperty("text").GetString() == "新建天府绿道15公里");
        Assert.Equal("delivery", greenway.GetProperty("kind").GetString());
        Assert.Equal("天府绿道", greenway.GetProperty("object").GetString());
    }

    [Fact]
    public void Extract_CatalogJson_ThenEvaluateWithIt()
    {
        var draft = Cli.Run("extract", Report, "--format", "catalog-json");
        Assert.Equal(0, draft.ExitCode);
        var catalog = Cli.TempFile(".json", draft.Out);
        var observations = Cli.TempFile(".csv", "indicator,date,value,unit\npromise-009,2023-06-30,9,km\n");
        try
        {
            var r = Cli.Run("evaluate", "--catalog", catalog, "--observations", observations, "--as-of", "2023-06-30", "--format", "json");
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(r.Out);
            var greenway = doc.RootElement.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "promise-009");
            Assert.Equal("on-track", greenway.GetProperty("status").GetString());
        }
        finally
        {
            File.Delete(catalog);
            File.Delete(observations);
        }
    }

    [Fact]
    public void Extract_MissingFile_IsInvalidInput()
    {
        Assert.Equal(1, Cli.Run("extract", "/no/such/report.txt").ExitCode);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)+ ")]
    private static partial Regex IdLine();
}
