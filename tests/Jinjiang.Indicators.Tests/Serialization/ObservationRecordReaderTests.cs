using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>
/// The public seam another container's reader uses (the Excel package reads its cells through it): the same rules and
/// words as the CSV reader, problems at the place the caller names, duplicates remembered across records.
/// </summary>
public class ObservationRecordReaderTests
{
    private static string Place(string field) => "Sheet1!" + field;

    [Fact]
    public void ValidRecord_IsAnObservation_WithEveryField()
    {
        var reader = new ObservationRecordReader(Jinjiang2023.Catalog, "returns.xlsx");
        var problems = new List<ReadProblem>();

        var observation = reader.Read(new ObservationRecord("tianfu-greenway", "2023-06-30", null, "公里") { Number = 9.5, Status = "快报", Note = "据区公园城市局" }, Place, problems);

        Assert.Empty(problems);
        Assert.NotNull(observation);
        Assert.Equal(new LocalDate(2023, 6, 30), observation.Date);
        Assert.Equal(9.5, observation.Value.Value);
        Assert.Equal(ObservationStatus.Provisional, observation.Status);
        Assert.Equal("据区公园城市局", observation.Note);
    }

    [Theory]
    [InlineData("tianfu-greenway,2023/06/30,1,km")]
    [InlineData("tianfu-greenway,2023-06-30,1,%")]
    [InlineData("no-such-thing,2023-06-30,1,km")]
    [InlineData("tianfu-greenway,2023-06-30,95%,km")]
    public void InvalidRecord_HasTheCsvReadersProblem_AtTheCallersPlace(string row)
    {
        var cells = row.Split(',');
        var csv = ObservationCsv.Read(new StringReader("indicator,date,value,unit\n" + row + "\n"), "t.csv", Jinjiang2023.Catalog);
        var expected = Assert.Single(csv.Problems);
        var problems = new List<ReadProblem>();

        var observation = new ObservationRecordReader(Jinjiang2023.Catalog, "returns.xlsx").Read(new ObservationRecord(cells[0], cells[1], cells[2], cells[3]), Place, problems);

        Assert.Null(observation);
        var problem = Assert.Single(problems);
        Assert.Equal(expected.Message, problem.Message);
        Assert.Equal(expected.Text, problem.Text);
        Assert.Equal("returns.xlsx", problem.Source);
        Assert.StartsWith("Sheet1!", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondRecordOfTheSameSeriesAndDate_IsADuplicate()
    {
        var reader = new ObservationRecordReader(Jinjiang2023.Catalog, "returns.xlsx");
        var problems = new List<ReadProblem>();
        var record = new ObservationRecord("tianfu-greenway", "2023-06-30", "9", "km");

        Assert.NotNull(reader.Read(record, Place, problems));
        Assert.Null(reader.Read(record with { Value = "10" }, Place, problems));

        Assert.Contains("twice", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACatalog_OnlyTheFormatIsChecked()
    {
        var problems = new List<ReadProblem>();

        Assert.NotNull(new ObservationRecordReader(null, "x.xlsx").Read(new ObservationRecord("any-thing", "2023-06-30", "1", "km"), Place, problems));
        Assert.Empty(problems);
    }
}
