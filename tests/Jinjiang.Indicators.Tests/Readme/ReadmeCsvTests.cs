using System.Text.RegularExpressions;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Readme;

public partial class ReadmeCsvTests
{
    [Fact]
    public void Readme_CsvExample_IsAValidObservationFile()
    {
        var block = CsvBlock().Match(TestFiles.Readme);
        Assert.True(block.Success, "the README has no csv block");
        var result = ObservationCsv.Read(new StringReader(block.Groups[1].Value), "README.md");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(5, result.Items.Count);
    }

    [GeneratedRegex("```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlock();
}
