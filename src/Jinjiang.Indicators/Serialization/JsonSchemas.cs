namespace Jinjiang.Indicators.Serialization;

/// <summary>The published JSON Schemas (draft 2020-12) of the library's file formats; tests check them against the serializer's output.</summary>
public static class JsonSchemas
{
    /// <summary>The schema of observation files (<see cref="ObservationJson"/>).</summary>
    public static string Observations => Load("observations.schema.json");

    /// <summary>The schema of catalog exports (<see cref="CatalogJson"/>).</summary>
    public static string Catalog => Load("catalog.schema.json");

    private static string Load(string name)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream("Jinjiang.Indicators.Serialization." + name)
            ?? throw new InvalidOperationException($"The schema {name} is missing from the package.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
