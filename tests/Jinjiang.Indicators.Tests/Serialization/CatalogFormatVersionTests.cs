using System.Text;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>Catalog format 2.0 (one bilingual rule) is written; format 1.x files (the 0.1 release's) still read with their own names.</summary>
public class CatalogFormatVersionTests
{
    private const string Rank1 = """
        [
          { "id": "eco-rank", "name": "生态质量排名", "nameEn": "Ecological quality rank", "valueType": "rank",
            "definition": { "type": "rank", "start": "2024-01-01", "deadline": "2025-12-31", "valueKind": "index", "topK": 2,
              "peersName": "五城区", "peersNameEn": "the five central districts", "peers": ["甲区", "乙区", "丙区", "丁区", "戊区"] } }
        ]
        """;

    private const string Rank2 = """
        { "formatVersion": "2.0", "indicators": [
          { "id": "eco-rank", "name": "Ecological quality rank", "nameZh": "生态质量排名", "valueType": "rank",
            "definition": { "type": "rank", "start": "2024-01-01", "deadline": "2025-12-31", "valueKind": "index", "topK": 2,
              "peersName": "the five central districts", "peersNameZh": "五城区", "peers": ["甲区", "乙区", "丙区", "丁区", "戊区"] } }
        ] }
        """;

    private static IndicatorCatalogRead Read(string json)
    {
        var read = CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "catalog.json");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        return new(read.Value.All.Single());
    }

    [Theory]
    [InlineData(Rank1)]
    [InlineData(Rank2)]
    public void Format1And2_ReadToTheSameIndicator(string json)
    {
        var indicator = Read(json).Indicator;
        Assert.Equal("生态质量排名", indicator.NameChinese);
        Assert.Equal("Ecological quality rank", indicator.Name);
        var peers = ((RankTarget)indicator.Target).Peers;
        Assert.Equal("五城区", peers.NameChinese);
        Assert.Equal("the five central districts", peers.Name);
    }

    [Fact]
    public void Format1_WrittenAgain_IsFormat2_AndReadsBackTheSame()
    {
        var indicator = Read(Rank1).Indicator;
        var written = CatalogJson.ToJson([indicator]);
        Assert.StartsWith("{\n  \"formatVersion\": \"2.0\",\n  \"indicators\": [", written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"nameZh\": \"生态质量排名\"", written, StringComparison.Ordinal);
        Assert.Contains("\"peersNameZh\": \"五城区\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("nameEn", written, StringComparison.Ordinal);
        Assert.Equal(indicator.Name, Read(written).Indicator.Name);
    }

    [Fact]
    public void Format2_MissingChineseName_IsNamedByItsFormat2Field()
    {
        var read = CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(Rank2.Replace("\"nameZh\": \"生态质量排名\", ", string.Empty, StringComparison.Ordinal))), "catalog.json");
        var problem = Assert.Single(read.Problems);
        Assert.Equal("$.indicators[0].nameZh", problem.Field);
        Assert.Equal("The Chinese name is required (nameZh).", problem.Message);
    }

    [Theory]
    [InlineData("""{ "formatVersion": "3.0", "indicators": [] }""", "$.formatVersion")]
    [InlineData("""{ "formatVersion": "2.0" }""", "$.indicators")]
    public void AnObjectOfAnotherVersionOrWithoutIndicators_IsRefusedAtItsPath(string json, string field)
    {
        var read = CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "catalog.json");
        Assert.False(read.HasValue);
        Assert.Equal(field, Assert.Single(read.Problems).Field);
    }

    private sealed record IndicatorCatalogRead(Indicator Indicator);
}
