using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using NodaTime;

namespace Jinjiang.Indicators.Cli.Tests;

/// <summary><c>evaluate --by-area</c>: the catalog as a template judged in every area a file names.</summary>
public class ByAreaCommandTests
{
    private const string Rows = """
        indicator,date,value,unit,area
        tianfu-greenway,2023-06-30,9,km,郫都区
        tianfu-greenway,2023-06-30,2,km,温江区
        ev-charging-piles,2023-06-30,610,个,温江区
        """;

    [Fact]
    public void Table_CountsTheAreasOfEachStatus_PerPromise()
    {
        var file = Cli.TempFile(".csv", Rows);
        var r = Cli.Run("evaluate", "-o", file, "--as-of", "2023-06-30", "--by-area");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{Jinjiang2023.Catalog.Count} promises in 2 areas at 2023-06-30", lines[0], StringComparison.Ordinal);
        Assert.Equal(Jinjiang2023.Catalog.Count + 3, lines.Length);

        // Each promise's counts are the statuses of the promise judged in each area, as the library gives them.
        var set = ObservationSet.Create(Jinjiang.Indicators.Serialization.ObservationCsv.ReadFile(file, Jinjiang2023.Catalog).Value);
        var asOf = new LocalDate(2023, 6, 30);
        foreach (var indicator in Jinjiang2023.Catalog.All)
        {
            var statuses = new[] { "郫都区", "温江区" }.Select(a => Evaluator.Default.Summarize(indicator.WithArea(a), set, asOf).Status).ToList();
            var cells = lines.Single(l => l.StartsWith(indicator.Id.Value + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expected = Enum.GetValues<EvaluationStatus>().Select(s => statuses.Count(x => x == s).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected, cells.Skip(1));
        }
    }

    [Fact]
    public void Csv_HasARowPerAreaAndPromise_WithTheAreaFirst()
    {
        var file = Cli.TempFile(".csv", Rows);
        var r = Cli.Run("evaluate", "-o", file, "--as-of", "2023-06-30", "--by-area", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("area,id,name,", lines[0], StringComparison.Ordinal);
        Assert.Equal((2 * Jinjiang2023.Catalog.Count) + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("温江区,tianfu-greenway,", StringComparison.Ordinal) && l.Contains(",off-track,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("郫都区,tianfu-greenway,", StringComparison.Ordinal) && l.Contains(",on-track,", StringComparison.Ordinal));
    }

    [Fact]
    public void FailOn_NamesThePromisesAndHowManyAreas()
    {
        var r = Cli.Run("evaluate", "-o", Cli.TempFile(".csv", Rows), "--as-of", "2023-06-30", "--by-area", "--fail-on", "off-track");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("tianfu-greenway (off-track in 1 areas)", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArea_OrAnotherFormat_IsInvalidInput()
    {
        var noArea = Cli.Run("evaluate", "-o", Cli.TempFile(".csv", "indicator,date,value,unit\ntianfu-greenway,2023-06-30,9,km\n"), "--by-area");
        Assert.Equal(1, noArea.ExitCode);
        Assert.Contains("no observation names its area", noArea.Err, StringComparison.Ordinal);
        var json = Cli.Run("evaluate", "-o", Cli.TempFile(".csv", Rows), "--by-area", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        Assert.Contains("--by-area: writes table", json.Err, StringComparison.Ordinal);
    }
}
