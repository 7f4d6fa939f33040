namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>Never lose a file: outputs are written whole, beside the target and moved into place, and never over an input.</summary>
public class OutputSafetyTests
{
    private const string Rows = "indicator,date,value,unit\ntianfu-greenway,2023-09-30,10.6,公里\n";

    [Fact]
    public void OutputNamingAnInput_IsRefused_BeforeAnythingIsWritten()
    {
        var input = Cli.TempFile(".csv", Rows);
        try
        {
            var r = Cli.Run("evaluate", "--observations", input, "--output", input);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("is also an input of this command", r.Err, StringComparison.Ordinal);
            Assert.Equal(Rows, File.ReadAllText(input));

            var template = Cli.Run("template", "--catalog", input, "--output", input);
            Assert.Equal(1, template.ExitCode);
            Assert.Equal(Rows, File.ReadAllText(input));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void OutputNamingADirectory_OrAFullDevice_IsOneClearError()
    {
        var input = Cli.TempFile(".csv", Rows);
        try
        {
            var directory = Cli.Run("evaluate", "--observations", input, "--output", Path.GetTempPath());
            Assert.Equal(1, directory.ExitCode);
            Assert.Contains("is a directory", directory.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", directory.Err, StringComparison.Ordinal);

            if (File.Exists("/dev/full"))
            {
                var full = Cli.Run("evaluate", "--observations", input, "--output", "/dev/full");
                Assert.Equal(1, full.ExitCode);
                Assert.Contains("could not write '/dev/full'", full.Err, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", full.Err, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void ConcurrentWriters_OfOnePath_LeaveOneWholeOutput()
    {
        var input = Cli.TempFile(".csv", "indicator,date,value,unit\ntianfu-greenway,2023-06-30,8,公里\ntianfu-greenway,2023-09-30,10.6,公里\ntianfu-greenway,2023-12-31,15.3,公里\n");
        var output = Path.Combine(Path.GetTempPath(), $"jj-out-{Guid.NewGuid():N}.csv");
        string[] dates = ["2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30", "2023-12-31", "2024-01-15"];
        try
        {
            // Each run's whole output, written alone first.
            var whole = dates.Select(d =>
            {
                var alone = Cli.Run("evaluate", "--observations", input, "--as-of", d, "--format", "csv");
                return alone.Out;
            }).ToHashSet();

            for (var round = 0; round < 5; round++)
            {
                Parallel.ForEach(dates, d => Cli.Run("evaluate", "--observations", input, "--as-of", d, "--format", "csv", "--output", output));
                Assert.Contains(File.ReadAllText(output), whole);
            }

            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "." + Path.GetFileName(output) + ".*.tmp"));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000")]
    public void Extract_WithAnImpossibleYear_SaysSo(string year)
    {
        var report = Cli.TempFile(".txt", "新建绿道15公里。");
        try
        {
            var r = Cli.Run("extract", report, "--year", year);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("is not a plan year", r.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void JsonWithALoneSurrogate_IsAProblem_NotACrash()
    {
        var file = Cli.TempFile(".json", "{\"formatVersion\":\"1.1\",\"observations\":[{\"indicator\":\"tianfu-greenway\",\"date\":\"2023-09-30\",\"value\":1,\"unit\":\"km\",\"note\":\"\\ud800\"},{\"indicator\":\"tianfu-greenway\",\"date\":\"2023-10-31\",\"value\":2,\"unit\":\"km\"}]}");
        try
        {
            var validate = Cli.Run("validate", file);
            Assert.Equal(1, validate.ExitCode);
            Assert.Contains("lone UTF-16 surrogate", validate.Out, StringComparison.Ordinal);
            Assert.Contains("1 valid observation(s), 1 problem(s)", validate.Out, StringComparison.Ordinal);
            var evaluate = Cli.Run("evaluate", "--observations", file, "--as-of", "2023-10-31", "--format", "json");
            Assert.Equal(1, evaluate.ExitCode);
            Assert.Contains("\"id\": \"tianfu-greenway\"", evaluate.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ACatalogWithOneBadEntry_IsEvaluatedOnItsValidEntries_AndSaysWhatWasLeftOut()
    {
        var catalog = Path.Combine(Path.GetTempPath(), $"jj-catalog-{Guid.NewGuid():N}.json");
        var returns = Cli.TempFile(".csv", "indicator,date,value,unit\npocket-parks,2023-09-30,2,个\n");
        try
        {
            var json = Cli.Run("catalog", "--format", "json").Out;
            var first = json.IndexOf("\"commitment\": \"", StringComparison.Ordinal);
            var end = json.IndexOf('\n', first);
            File.WriteAllText(catalog, json[..first] + "\"commitment\": 7," + json[end..]);
            var r = Cli.Run("evaluate", "--catalog", catalog, "--observations", returns, "--as-of", "2023-09-30", "--format", "json");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("$.indicators[0].commitment", r.Err, StringComparison.Ordinal);
            Assert.Contains("1 of 41 entries have problems and are left out; the other 40 are read.", r.Err, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"pocket-parks\"", r.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("\"id\": \"ecological-quality-rank\"", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(catalog);
            File.Delete(returns);
        }
    }
}
