using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Readme;

public partial class ReadmeCsvTests
{
    [Fact]
    public void Readme_CsvExample_IsAValidObservationFile()
    {
        var block = CsvBlock().Match(TestFiles.Readme);
        Assert.True(block.Success, "the README has no csv block");
        var result = ObservationCsv.Read(new StringReader(block.Groups[1].Value), "README.md", Jinjiang2023.Catalog);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(7, result.Value.Count);
        Assert.Equal(new NodaTime.DateInterval(new NodaTime.LocalDate(2023, 6, 1), new NodaTime.LocalDate(2023, 6, 30)), result.Value[2].Period);
        Assert.Equal(Jinjiang.Indicators.Targets.ReportPeriods.Year(2023), result.Value[3].Period);
        Assert.Null(result.Value[0].Area); // the home area of the report that judges it
        Assert.Equal("青羊区", result.Value[4].Area);
    }

    [GeneratedRegex("```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlock();
}
