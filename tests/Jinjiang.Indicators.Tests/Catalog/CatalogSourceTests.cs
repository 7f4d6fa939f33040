using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;

namespace Jinjiang.Indicators.Tests.Catalog;

/// <summary>Every entry is traced to the report, and every number of the report's promises is in the catalog.</summary>
public partial class CatalogSourceTests
{
    /// <summary>Numbers with units in the report that are deliberately not targets, with the reason.</summary>
    private static readonly Dictionary<string, string> NotTargets = new()
    {
        ["七个方面"] = "the seven areas of an action plan (大气、水、土壤 ...), not an amount to deliver",
        ["三条生态基带"] = "names the three existing ecological belts whose quality is raised; no measurable amount",
        ["两个责任"] = "a slogan (the two responsibilities of food safety), not an amount",
        ["三级公园体系"] = "a slogan (the three-tier park system)",
        ["三大机制"] = "a slogan (three mechanisms)",
        ["三张清单"] = "a slogan (three lists)",
    };

    [Fact]
    public void ReportText_IsTheExcerptShippedAsTestData()
    {
        Assert.Equal(TestFiles.ReportText, Jinjiang2023.ReportText);
    }

    [Fact]
    public void Catalog_HasWellOverThirtyEntries_WithUniqueIds()
    {
        Assert.True(Jinjiang2023.Catalog.Count > 30, $"only {Jinjiang2023.Catalog.Count} entries");
        Assert.Equal(Jinjiang2023.Catalog.Count, Jinjiang2023.Catalog.All.Select(i => i.Id).Distinct().Count());
    }

    public static TheoryData<string> Ids() => [.. Jinjiang2023.Catalog.All.Select(i => i.Id.Value)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_SourceOccursVerbatimInTheReport(string id)
    {
        var indicator = Jinjiang2023.Catalog[new IndicatorId(id)];
        Assert.False(string.IsNullOrWhiteSpace(indicator.Source));
        Assert.Contains(indicator.Source, TestFiles.ReportText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_IsComplete(string id)
    {
        var indicator = Jinjiang2023.Catalog[new IndicatorId(id)];
        Assert.NotEqual(Section.General, indicator.Section);
        Assert.Contains(indicator.Section, ReportSections.All);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", indicator.NameChinese);
        Assert.Matches("^[A-Z0-9]", indicator.Name);
        Assert.True(indicator.Target.Deadline is { Year: 2023 or 2025 });
    }

    [Fact]
    public void EveryNumberWithAUnitInThePromises_IsCoveredOrListedAsNotATarget()
    {
        var text = TestFiles.ReportText;
        var sources = Jinjiang2023.Catalog.All.Select(i => i.Source).ToList();
        var uncovered = new List<string>();
        var matches = NumberWithUnit().Matches(text);
        Assert.True(matches.Count >= 25, $"the pattern found only {matches.Count} numbers");
        foreach (Match m in matches)
        {
            var covered = sources.Any(s => Covers(text, s, m.Index, m.Length))
                || NotTargets.Keys.Any(k => Covers(text, k, m.Index, m.Length));
            if (!covered)
            {
                uncovered.Add(m.Value);
            }
        }

        Assert.Empty(uncovered);
    }

    [Fact]
    public void Commitment_FollowsTheWording()
    {
        foreach (var indicator in Jinjiang2023.Catalog.All)
        {
            var expected = indicator.Source.StartsWith("力争", StringComparison.Ordinal) ? CommitmentLevel.Strive
                : indicator.Source.StartsWith("确保", StringComparison.Ordinal) ? CommitmentLevel.Ensure
                : indicator.Source.StartsWith("严格", StringComparison.Ordinal) ? CommitmentLevel.Require
                : indicator.Source.StartsWith("坚决", StringComparison.Ordinal) ? CommitmentLevel.Ensure
                : CommitmentLevel.Plain;
            Assert.True(expected == indicator.Commitment, $"{indicator.Id}: {indicator.Commitment}, wording says {expected}");
        }
    }

    [Fact]
    public void VagueWords_HaveAnInterpretation()
    {
        foreach (var indicator in Jinjiang2023.Catalog.All.Where(i => i.Source.Contains("前列") || i.Source.Contains("领先")))
        {
            Assert.False(string.IsNullOrWhiteSpace(indicator.Interpretation), indicator.Id.Value);
        }
    }

    /// <summary>Whether an occurrence of <paramref name="fragment"/> in the text spans the match.</summary>
    private static bool Covers(string text, string fragment, int index, int length)
    {
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            if (at <= index && index + length <= at + fragment.Length)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(\d+(\.\d+)?|[一二三四五六七八九十两]+)(万平方米|平方米|公里|亿元|万元|个|座|条|张|大|级|%|分钟|岁|位)|Ⅲ类|第\d+位")]
    private static partial Regex NumberWithUnit();
}
