using System.Text.Json;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// One bilingual rule for every file format (docs/architecture.md): English text is unmarked and its Chinese
/// counterpart is <c>…Zh</c> (CSV <c>…_zh</c>); an identifier (an area's official name) is unmarked and its English
/// rendering is <c>…En</c>. Checked over every field of every format the library writes, on the seed catalog and
/// the sample data: a <c>…Zh</c> field holds Chinese, its unmarked sibling none, and only identifiers have <c>…En</c>.
/// </summary>
public partial class FileFieldNameTests
{
    /// <summary>The identifiers whose English rendering a file carries (the field without En holds the official name).</summary>
    private static readonly HashSet<string> Identifiers = ["area"];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex Latin();

    [GeneratedRegex(@"[A-Za-z]{3,} [A-Za-z]{3,}")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"(Chinese|English|Cn|CN|Zh[A-Z]|En[A-Z])")]
    private static partial Regex OtherMarkers();

    public static TheoryData<string> Formats => ["catalog", "scorecard", "by-unit", "observations", "candidates", "outcomes"];

    private static string Write(string format)
    {
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, set, new LocalDate(2023, 9, 30));
        return format switch
        {
            "catalog" => CatalogJson.ToJson(Jinjiang2023.Catalog.All),
            "scorecard" => ScorecardJson.ToJson(scorecard),
            "by-unit" => ScorecardJson.ByUnitToJson(scorecard),
            "observations" => Observations(),
            "candidates" => CandidateJson.ToJson(PromiseExtractor.Extract(TestFiles.ReportText, 2023)),
            _ => OutcomeJson.ToJson(OutcomeMatcher.Match(Jinjiang2023.Catalog, OutcomeExtractor.Extract("过去一年，新建天府绿道16公里，新增新能源汽车充电桩650个。"))),
        };

        static string Observations()
        {
            using var stream = new MemoryStream();
            ObservationJson.Write(stream, SampleObservations.Jinjiang2023);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryField_FollowsTheBilingualRule(string format)
    {
        using var document = JsonDocument.Parse(Write(format));
        var checkedPairs = 0;
        Walk(document.RootElement, "$", ref checkedPairs);
        if (format is "catalog" or "scorecard")
        {
            Assert.True(checkedPairs > 0, "no bilingual pair was checked");
        }
    }

    [Fact]
    public void CsvColumns_FollowTheSameRule()
    {
        var header = ScorecardRenderer.ToCsv(Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2023, 9, 30))).Split('\n')[0].Split(',');

        Assert.DoesNotContain(header, c => c.EndsWith("_en", StringComparison.Ordinal) && !Identifiers.Contains(c[..^3]));
        Assert.All(header.Where(c => c.EndsWith("_zh", StringComparison.Ordinal)), c => Assert.Contains(c[..^3], header));
    }

    private static void Walk(JsonElement element, string path, ref int checkedPairs)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, $"{path}[{i++}]", ref checkedPairs);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var at = path + "." + name;
            Assert.False(OtherMarkers().IsMatch(name), $"{at}: a language is marked only by a final Zh or En");
            if (name.EndsWith("En", StringComparison.Ordinal))
            {
                Assert.True(Identifiers.Contains(name[..^2]), $"{at}: only an identifier has an English rendering (…En); translated text is English unmarked and …Zh");
                Assert.False(Chinese().IsMatch(property.Value.GetString() ?? string.Empty), $"{at}: English rendering with Chinese");
            }
            else if (name.EndsWith("Zh", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
            {
                Assert.False(EnglishWords().IsMatch(property.Value.GetString()!), $"{at}: a …Zh field holds Chinese (or bare figures), found '{property.Value.GetString()}'");
                if (element.TryGetProperty(name[..^2], out var english) && english.ValueKind == JsonValueKind.String)
                {
                    // English prose may quote the report's words (前列, 个) but is written in English.
                    Assert.True(Latin().IsMatch(english.GetString()!), $"{path}.{name[..^2]}: the unmarked field of a Zh pair is English, found '{english.GetString()}'");
                    Assert.NotEqual(english.GetString(), property.Value.GetString());
                    checkedPairs++;
                }
            }

            Walk(property.Value, at, ref checkedPairs);
        }
    }
}
