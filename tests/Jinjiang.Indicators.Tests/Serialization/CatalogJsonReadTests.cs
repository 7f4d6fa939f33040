using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Serialization;

public class CatalogJsonReadTests
{
    private static ReadResult<IReadOnlyList<Indicator>> Read(string json)
    {
        var read = CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "catalog.json");
        return read.HasValue ? new(read.Value.All, read.Problems) : new([], read.Problems);
    }

    [Fact]
    public void Catalog_RoundTrips_AndEvaluatesTheSame()
    {
        var back = Read(CatalogJson.ToJson(Jinjiang2023.Catalog.All));
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(Jinjiang2023.Catalog.Count, back.Value.Count);
        var observations = ObservationSet.Create(SampleObservations.Jinjiang2023);
        foreach (var asOf in new[] { new LocalDate(2023, 6, 30), new LocalDate(2023, 9, 30), new LocalDate(2024, 1, 15) })
        {
            var a = Evaluator.Default.EvaluateAll(Jinjiang2023.Catalog.All, observations, asOf);
            var b = Evaluator.Default.EvaluateAll(back.Value, observations, asOf);
            Assert.Equal(a.Select(e => (e.Indicator.Id, e.Status, e.Reason)), b.Select(e => (e.Indicator.Id, e.Status, e.Reason)));
        }

        for (var i = 0; i < back.Value.Count; i++)
        {
            var (x, y) = (Jinjiang2023.Catalog.All[i], back.Value[i]);
            Assert.Equal((x.Id, x.NameChinese, x.Name, x.Section, x.Commitment, x.Direction, x.Source, x.Interpretation, x.ValueType, x.Target.Describe()), (y.Id, y.NameChinese, y.Name, y.Section, y.Commitment, y.Direction, y.Source, y.Interpretation, y.ValueType, y.Target.Describe()));
        }
    }

    [Fact]
    public void Read_BadEntries_NameTheirPath_AndKeepTheGoodOnes()
    {
        var json = """
            [
              { "id": "good", "name": "好", "nameEn": "Good", "section": "general", "sectionName": "General", "kind": "count", "targetType": "delivery", "target": "", "targetZh": "", "start": "2023-01-01", "deadline": "2023-12-31", "commitment": "plain", "direction": "higher-is-better", "source": "新建3个", "valueType": "count",
                "definition": { "type": "delivery", "start": "2023-01-01", "deadline": "2023-12-31", "value": { "value": 3, "unit": "个" } } },
              { "id": "Bad Id", "name": "坏", "nameEn": "Bad", "section": "general", "sectionName": "General", "kind": "count", "targetType": "delivery", "target": "", "targetZh": "", "start": "2023-01-01", "deadline": "2023-12-31", "commitment": "maybe", "direction": "higher-is-better", "source": "x", "valueType": "count",
                "definition": { "type": "delivery", "start": "2023-01-01", "deadline": "2023-12-31", "value": { "value": 3, "unit": "个" } } },
              { "id": "wrong-unit", "name": "错", "nameEn": "Wrong", "section": "general", "sectionName": "General", "kind": "count", "targetType": "delivery", "target": "", "targetZh": "", "start": "2023-01-01", "deadline": "2023-12-31", "commitment": "plain", "direction": "higher-is-better", "source": "x", "valueType": "count",
                "definition": { "type": "delivery", "start": "2023-01-01", "deadline": "2023-12-31", "value": { "value": 3, "unit": "km" } } },
              { "id": "no-type", "name": "无", "nameEn": "None", "section": "general", "sectionName": "General", "kind": "count", "targetType": "x", "target": "", "targetZh": "", "start": "2023-01-01", "deadline": "2023-12-31", "commitment": "plain", "direction": "higher-is-better", "source": "x", "valueType": "count",
                "definition": { "type": "wish", "start": "2023-01-01", "deadline": "2023-12-31" } }
            ]
            """;
        var result = Read(json);
        Assert.Equal(["good"], result.Value.Select(i => i.Id.Value));
        Assert.Contains(result.Problems, p => p.Field == "$[1].id");
        Assert.Contains(result.Problems, p => p.Field == "$[1].commitment");
        Assert.Contains(result.Problems, p => p.Field == "$[2].definition" && p.Message.Contains("does not fit an indicator of Count values", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Field == "$[3].definition.type" && p.Message.StartsWith("Unknown target type", StringComparison.Ordinal));
    }

    [Fact]
    public void DraftCatalog_FromTheSeedReport_LoadsAndEvaluates()
    {
        var candidates = PromiseExtractor.Extract(TestFiles.ReportText, 2023);
        var draft = DraftCatalog.FromCandidates(candidates, 2023);
        Assert.Empty(draft.Problems);
        var drafts = draft.Value.All;
        Assert.Equal(candidates.Count, drafts.Count);
        var back = Read(CatalogJson.ToJson(drafts));
        Assert.True(back.IsValid, string.Join("\n", back.Problems));

        // A person edits nothing yet: the draft still evaluates, here the greenway against its own observation.
        var greenway = back.Value.Single(i => i.Source == "新建天府绿道15公里");
        var e = Evaluator.Default.Evaluate(greenway, [new Observation(greenway.Id, new LocalDate(2023, 6, 30), new Indicators.Quantities.Measure(9, Indicators.Quantities.MeasureUnit.Kilometre))], new LocalDate(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        var rank = back.Value.Single(i => i.Source == "力争全年空气质量综合指数位居五城区前列");
        Assert.Contains("前列 read as the top 2 of 五城区", rank.Interpretation);
    }
}
