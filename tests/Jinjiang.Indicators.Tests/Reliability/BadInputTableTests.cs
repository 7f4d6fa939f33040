using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Reliability;

/// <summary>Keeps the table of bad inputs in docs/reliability.md true.</summary>
public partial class BadInputTableTests
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (Match m in RowPattern().Matches(File.ReadAllText(TestFiles.Path("reliability.md"))))
        {
            data.Add(m.Groups[1].Value, m.Groups[2].Value);
        }

        return data;
    }

    [Fact]
    public void Table_HasRows()
    {
        Assert.True(Rows().Count >= 15);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachBadRow_GivesTheDocumentedProblem(string row, string expected)
    {
        var result = ObservationCsv.Read(new StringReader("indicator,date,value,unit,area,component,period\n" + row + "\n"), "bad.csv", Jinjiang2023.Catalog);
        Assert.Empty(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem.ToString());
    }

    [GeneratedRegex(@"^\| [^|]+ \| `([^`]+)` \| `([^`]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
