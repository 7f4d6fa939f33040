using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

public class ScorecardJsonTests
{
    private static ReadResult<Scorecard> Read(string json) => ScorecardJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "scorecard.json", Jinjiang2023.Catalog);

    [Theory]
    [InlineData(2023, 6, 30)]
    [InlineData(2023, 9, 30)]
    [InlineData(2024, 1, 15)]
    public void Scorecard_RoundTrips_EvaluationsIncluded(int y, int m, int d)
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(y, m, d));
        var json = ScorecardJson.ToJson(scorecard);
        var back = Read(json);
        Assert.True(back.IsValid, string.Join("\n", back.Problems.Take(5)));
        var again = back.Value;
        Assert.Equal(json, ScorecardJson.ToJson(again));
        Assert.Equal(scorecard.Evaluations.Select(e => (e.Indicator, e.Status, e.Reason, e.Parts.Count, e.Inputs.Count)), again.Evaluations.Select(e => (e.Indicator, e.Status, e.Reason, e.Parts.Count, e.Inputs.Count)));
    }

    [Fact]
    public void Read_UnknownIndicatorOrStatus_NamesThePath()
    {
        var json = """{ "formatVersion": "1.0", "asOf": "2023-09-30", "counts": {}, "evaluations": [ { "id": "nope", "name": "x", "nameEn": "x", "section": "x", "commitment": "plain", "status": "great", "reason": "r", "method": "m", "deadline": "2023-12-31", "target": "t", "inputs": [] } ] }""";
        var result = Read(json);
        Assert.Contains(result.Problems, p => p.Field == "$.evaluations[0].id");
        Assert.Contains(result.Problems, p => p.Field == "$.evaluations[0].status");
        Assert.Empty(result.Value.Evaluations);
    }

    [Fact]
    public void Read_WrongMajorVersion_IsRefused()
    {
        var result = Read("""{ "formatVersion": "3.1", "asOf": "2023-09-30", "counts": {}, "evaluations": [] }""");
        Assert.False(result.HasValue);
        Assert.Equal("Format version 3.1 is not supported; this library reads versions 1.x and 2.x.", Assert.Single(result.Problems).Message);
    }
}
