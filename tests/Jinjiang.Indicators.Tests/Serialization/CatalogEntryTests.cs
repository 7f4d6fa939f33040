using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>A catalog file is read entry by entry, as observation files are: every valid entry kept, every problem at its path.</summary>
public class CatalogEntryTests
{
    private static string Entries()
    {
        var json = CatalogJson.ToJson([Jinjiang2023.TianfuGreenway, Jinjiang2023.PocketParks, Jinjiang2023.EvChargingPiles]);
        return json;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, old);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static ReadResult<IndicatorCatalog> Read(string json, Encoding? encoding = null, bool bom = false)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(json);
        if (bom)
        {
            bytes = [.. (encoding ?? Encoding.UTF8).GetPreamble(), .. bytes];
        }

        return CatalogJson.Read(new MemoryStream(bytes), "draft.json");
    }

    [Fact]
    public void AnEntryOfTheWrongShape_IsLeftOut_AndTheOthersAreRead()
    {
        var json = ReplaceFirst(Entries(), "\"commitment\": \"plain\"", "\"commitment\": 5");
        var read = Read(json);
        Assert.True(read.HasValue);
        Assert.Equal(["pocket-parks", "ev-charging-piles"], read.Value.All.Select(i => i.Id.Value));
        var problem = Assert.Single(read.Problems);
        Assert.Equal("$.indicators[0].commitment", problem.Field);
        Assert.Contains("left out", problem.Message, StringComparison.Ordinal);
        Assert.Contains(read.Notes, n => n.Contains("1 of 3 entries have problems and are left out", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBadEntry_IsNamed_NotOnlyTheFirst()
    {
        var json = ReplaceFirst(ReplaceFirst(Entries(), "\"commitment\": \"plain\"", "\"commitment\": \"certainly\""), "\"commitment\": \"plain\"", "\"commitment\": \"surely\"")
            .Replace("\"id\": \"ev-charging-piles\"", "\"id\": \"pocket-parks\"", StringComparison.Ordinal);
        var read = Read(json);
        Assert.Contains(read.Problems, p => p.Field == "$.indicators[0].commitment");
        Assert.Contains(read.Problems, p => p.Field == "$.indicators[1].commitment");
        Assert.Contains(read.Problems, p => p.Field == "$.indicators[2].id" && p.Message.Contains("already has this id", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEditedDeadlineOrTarget_ThatTheDefinitionDoesNotSay_IsAProblemNamingBoth()
    {
        var json = ReplaceFirst(Entries(), "\"deadline\": \"2023-12-31\",\n      \"commitment\"", "\"deadline\": \"2023-06-30\",\n      \"commitment\"")
            .Replace("\"targetZh\": \"新建3个\"", "\"targetZh\": \"新建5个\"", StringComparison.Ordinal);
        var read = Read(json);
        var deadline = Assert.Single(read.Problems, p => p.Field!.EndsWith(".deadline", StringComparison.Ordinal));
        Assert.Contains("says 2023-06-30 but the definition says 2023-12-31", deadline.Message, StringComparison.Ordinal);
        var target = Assert.Single(read.Problems, p => p.Field == "$.indicators[1].targetZh");
        Assert.Contains("says 新建5个 but the definition says 新建3个", target.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", true, "Read as UTF-16 LE")]
    [InlineData("gb18030", false, "Read as GB18030")]
    [InlineData("utf-8", true, null)]
    public void CatalogsSavedByEditors_AreReadInTheirEncoding_AndSaySo(string encodingName, bool bom, string? note)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = encodingName == "utf-8" ? Encoding.UTF8 : Encoding.GetEncoding(encodingName);
        var read = Read(Entries(), encoding, bom);
        Assert.Empty(read.Problems);
        Assert.Equal(3, read.Value.Count);
        if (note is null)
        {
            Assert.Empty(read.Notes);
        }
        else
        {
            Assert.Contains(read.Notes, n => n.StartsWith(note, StringComparison.Ordinal));
        }
    }
}
