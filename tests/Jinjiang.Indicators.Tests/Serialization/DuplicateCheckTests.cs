using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The one duplicate rule, both ways of knowing the rows so far: its own history, and the columns a reader appends to.</summary>
public class DuplicateCheckTests
{
    private static readonly IndicatorId Greenway = new("tianfu-greenway");
    private static readonly IndicatorId Piles = new("ev-charging-piles");

    private static LocalDate D(int month) => new LocalDate(2023, month, 1).PlusMonths(1).PlusDays(-1);

    [Fact]
    public void OwnHistory_InOrderThenOutOfOrder_NamesTheFirstLine()
    {
        var check = new DuplicateCheck();

        Assert.Null(check.Add(Greenway, null, null, D(1), D(1), 2));
        Assert.Null(check.Add(Piles, null, null, D(1), D(1), 3));
        Assert.Null(check.Add(Greenway, null, null, D(2), D(2), 4));
        Assert.Null(check.Add(Greenway, "锦江区", null, D(2), D(2), 5)); // another area is another series
        Assert.Null(check.Add(Greenway, null, null, D(2), D(2), 6, provisional: true)); // a provisional figure beside the final one
        Assert.Equal(2, check.Add(Greenway, null, null, D(1), D(1), 7)); // out of order: now against every row so far
        Assert.Equal(3, check.Add(Piles, null, null, D(1), D(1), 8));
        Assert.Null(check.Add(Piles, null, null, D(1), D(1).PlusDays(-10), 9)); // another period start
        Assert.Equal(9, check.Add(Piles, null, null, D(1), D(1).PlusDays(-10), 10));
    }

    [Fact]
    public void Columns_InOrderThenOutOfOrder_NameTheFirstLine()
    {
        var read = ObservationCsv.Read(
            new StringReader("indicator,date,value,unit\ntianfu-greenway,2023-01-31,1,km\n\nev-charging-piles,2023-01-31,5,个\ntianfu-greenway,2023-02-28,2,km\ntianfu-greenway,2023-01-31,3,km\nev-charging-piles,2023-01-31,6,个\n"),
            "t.csv",
            Jinjiang.Indicators.Catalog.Jinjiang2023.Catalog);

        Assert.Equal(3, read.Value.Count);
        Assert.Equal([6, 7], read.Problems.Select(p => p.Line));
        Assert.Contains("line 2", read.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 4", read.Problems[1].Message, StringComparison.Ordinal);
    }
}
