using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

public sealed class ObservationFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jj-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ReadAll_FindsAnObservationThatAnotherFileAlreadyHas_AndKeepsTheFirst()
    {
        var a = File("district.csv", "indicator,date,value,unit\ntianfu-greenway,2023-06-30,6,km\nvertical-greening,2023-06-30,2000,m2\n");
        var b = File("bureau.csv", "indicator,date,value,unit\ntianfu-greenway,2023-06-30,7,km\ntianfu-greenway,2023-09-30,10,km\n");
        var result = ObservationFile.ReadAll([a, b], Jinjiang2023.Catalog);
        Assert.Equal(3, result.Value.Count);
        Assert.Equal(6, result.Value.Single(o => o.IndicatorId.Value == "tianfu-greenway" && o.Date.Month == 6).Value.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("bureau.csv", problem.Source);
        Assert.Contains("district.csv already has tianfu-greenway", problem.Message, StringComparison.Ordinal);
        Assert.Contains("锦江区", problem.Message, StringComparison.Ordinal); // the home area of the catalog's report
    }

    [Fact]
    public void ReadAll_LetsResponseTimesRepeatADay_AcrossFiles()
    {
        var a = File("a.csv", "indicator,date,value,unit,component\nrapid-response-1-3-5,2023-05-01,1,min,respond\n");
        var b = File("b.csv", "indicator,date,value,unit,component\nrapid-response-1-3-5,2023-05-01,0.5,min,respond\n");
        var result = ObservationFile.ReadAll([a, b], Jinjiang2023.Catalog);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Value.Count);
    }

    [Fact]
    public void ReadAll_ReportsEveryFilesProblems_AndStrictModeThrows()
    {
        var a = File("a.csv", "indicator,date,value,unit\nno-such-indicator,2023-06-30,6,km\n");
        var missing = Path.Combine(_dir, "missing.csv");
        var result = ObservationFile.ReadAll([a, missing], Jinjiang2023.Catalog);
        Assert.Equal(["a.csv", "missing.csv"], result.Problems.Select(p => p.Source));
        Assert.Throws<InvalidDataException>(() => ObservationFile.ReadAll([a], Jinjiang2023.Catalog, new ObservationReadOptions { Strict = true }));
        Assert.True(ObservationFile.ReadAll([a], catalog: null).IsValid); // without a catalog only the format is checked
    }

    [Fact]
    public void ReadAll_CsvAndJson_KeepEveryPartOfEachRow_InFileOrder()
    {
        var a = File("a.csv", "indicator,date,value,unit,area,status,note,period\ntianfu-greenway,2023-06-30,6,km,锦江区,provisional,半年,2023-S1\nvertical-greening,2023-06-30,2000,m2,,,,\n");
        var b = File("b.json", """{ "formatVersion": "1.0", "observations": [ { "indicator": "vertical-greening", "date": "2023-06-30", "value": 2100, "unit": "m2" }, { "indicator": "tianfu-greenway", "date": "2023-09-30", "value": 10, "unit": "km", "source": "城管局" } ] }""");
        var result = ObservationFile.ReadAll([a, b], Jinjiang2023.Catalog);

        Assert.Equal(["b.json"], result.Problems.Select(p => p.Source)); // b's June vertical greening repeats a's
        Assert.Contains("a.csv already has vertical-greening", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal([6.0, 2000, 10], result.Value.Select(o => o.Value.Value));
        var first = result.Value[0];
        Assert.Equal(("锦江区", ObservationStatus.Provisional, "半年", new NodaTime.LocalDate(2023, 1, 1)), (first.Area, first.Status, first.Note, first.Period!.Start));
        Assert.Equal(("城管局", (string?)null), (result.Value[2].Source, result.Value[2].Area));
        Assert.Same(result.Value[2], result.Value[2]);
    }
}
