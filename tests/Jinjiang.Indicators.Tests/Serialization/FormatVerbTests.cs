using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>Every format has the same verbs: ReadFile (a path), Read (a stream), Write (a stream), and ToJson where the text is wanted.</summary>
public sealed class FormatVerbTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("verbs").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Catalog_WriteThenReadFile_RoundTrips_AndAMissingFileIsOneProblem()
    {
        var path = Path.Combine(_directory, "catalog.json");
        using (var stream = File.Create(path))
        {
            CatalogJson.Write(stream, Jinjiang2023.Catalog.All);
        }

        var read = CatalogJson.ReadFile(path);
        Assert.Empty(read.Problems);
        Assert.Equal(Jinjiang2023.Catalog.All.Select(i => i.Id), read.Value.All.Select(i => i.Id));

        var missing = CatalogJson.ReadFile(Path.Combine(_directory, "none.json"));
        Assert.False(missing.HasValue);
        Assert.Equal("The file does not exist.", Assert.Single(missing.Problems).Message);
        Assert.Contains("directory", Assert.Single(CatalogJson.ReadFile(_directory).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_WriteThenReadFile_KeepsEveryVerdict()
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2023, 9, 30));
        var path = Path.Combine(_directory, "scorecard.json");
        using (var stream = File.Create(path))
        {
            ScorecardJson.Write(stream, scorecard);
        }

        Assert.Equal(ScorecardJson.ToJson(scorecard), File.ReadAllText(path));
        var read = ScorecardJson.ReadFile(path, Jinjiang2023.Catalog);
        Assert.Empty(read.Problems);
        Assert.Equal(scorecard.Evaluations.Select(e => e.Status), read.Value.Evaluations.Select(e => e.Status));
    }
}
