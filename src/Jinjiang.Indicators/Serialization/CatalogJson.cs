using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// The catalog as JSON for non-.NET tools: <c>{ "formatVersion": "2.0", "indicators": [ ... ] }</c>, each indicator
/// an object with <c>id</c>, <c>name</c> (English), <c>nameZh</c> (Chinese), <c>section</c>, <c>target</c> (readable
/// text; <c>targetZh</c>), <c>deadline</c> (ISO date), <c>commitment</c>, <c>source</c> (the exact sentence of the
/// report) and more (<c>kind</c>, <c>targetType</c>, <c>direction</c>, <c>interpretation</c>, <c>definition</c>).
/// Files of format 1.x (a bare array, <c>name</c> Chinese and <c>nameEn</c> English) still read.
/// </summary>
public static class CatalogJson
{
    /// <summary>Writes the catalog as indented JSON (UTF-8), format <see cref="FormatVersion.Current"/>.</summary>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="indicators">The indicators (a catalog's <see cref="IndicatorCatalog.All"/>).</param>
    public static void Write(Stream utf8Json, IEnumerable<Indicator> indicators)
    {
        Preconditions.CheckNotNull(utf8Json);
        var list = Preconditions.CheckNotNull(indicators).Select(JsonMapping.ToDto).ToList();
        JsonSerializer.Serialize(utf8Json, new CatalogFileDto(FormatVersion.Current, list), IndicatorsJsonContext.Readable.CatalogFileDto);
    }

    /// <summary>
    /// Reads a catalog file (as <see cref="Write"/> writes it, or as a person edited a draft from
    /// <c>jinjiang-indicators extract --format catalog-json</c>) into typed indicators; every problem names its JSON path.
    /// </summary>
    /// <param name="utf8Json">The file's content.</param>
    /// <param name="sourceName">The name used in problems.</param>
    /// <returns>
    /// The catalog of the indicators that could be built (its report the entries' report), and the problems; no
    /// value when the file is not a JSON array.
    /// </returns>
    public static ReadResult<IndicatorCatalog> Read(Stream utf8Json, string sourceName)
        => CatalogJsonReader.Read(Preconditions.CheckNotNull(utf8Json), Preconditions.CheckNotNull(sourceName));

    /// <summary>Reads a catalog file; see <see cref="Read"/>. A missing file or a directory is the one problem.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The catalog and the problems.</returns>
    public static ReadResult<IndicatorCatalog> ReadFile(string path)
        => FileLoad.ReadDocument(Preconditions.CheckNotNull(path), "a catalog file", Read);

    /// <summary>The catalog as a JSON string.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<Indicator> indicators)
    {
        using var stream = new MemoryStream();
        Write(stream, indicators);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
