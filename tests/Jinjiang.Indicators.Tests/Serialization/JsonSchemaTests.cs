using System.Text;
using System.Text.Json.Nodes;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using Json.Schema;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The published schemas describe what the serializer actually writes.</summary>
public class JsonSchemaTests
{
    private static EvaluationResults Validate(string schema, string json)
        => JsonSchema.FromText(schema).Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results)
        => string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void ObservationJson_WrittenByTheLibrary_ValidatesAgainstTheSchema()
    {
        var stream = new MemoryStream();
        ObservationJson.Write(stream, SampleObservations.Jinjiang2023);
        var results = Validate(JsonSchemas.Observations, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void CatalogJson_WrittenByTheLibrary_ValidatesAgainstTheSchema()
    {
        var results = Validate(JsonSchemas.Catalog, CatalogJson.ToJson(Jinjiang2023.Catalog.All));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void ObservationSchema_RejectsAnObservationWithoutUnit()
    {
        var results = Validate(JsonSchemas.Observations, """{ "formatVersion": "1.0", "observations": [ { "indicator": "tianfu-greenway", "date": "2023-06-30", "value": 9 } ] }""");
        Assert.False(results.IsValid);
    }

    [Fact]
    public void CatalogJson_HasTheContractFields()
    {
        var document = JsonNode.Parse(CatalogJson.ToJson(Jinjiang2023.Catalog.All))!;
        Assert.Equal(FormatVersion.Current, document["formatVersion"]!.GetValue<string>());
        var array = document["indicators"]!.AsArray();
        Assert.Equal(Jinjiang2023.Catalog.Count, array.Count);
        var greenway = array.Single(n => n!["id"]!.GetValue<string>() == "tianfu-greenway")!;
        Assert.Equal("New Tianfu greenway", greenway["name"]!.GetValue<string>());
        Assert.Equal("新建天府绿道", greenway["nameZh"]!.GetValue<string>());
        Assert.Null(greenway["nameEn"]);
        Assert.Equal("parks-and-greening", greenway["section"]!.GetValue<string>());
        Assert.Equal("deliver 15 km by 2023-12-31", greenway["target"]!.GetValue<string>());
        Assert.Equal("2023-12-31", greenway["deadline"]!.GetValue<string>());
        Assert.Equal("plain", greenway["commitment"]!.GetValue<string>());
        Assert.Equal("新建天府绿道15公里", greenway["source"]!.GetValue<string>());
    }
}
