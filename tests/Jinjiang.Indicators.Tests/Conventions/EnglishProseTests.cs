using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Samples;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// English prose is English: the reasons and warnings of every catalog entry, on the sample data at dates through
/// the year and after it, contain no Chinese other than what the user supplied (areas, sections, parts, peers) and
/// the units' display words (个, 座, 亿元, 万m2, which the English display still shares with the Chinese).
/// </summary>
public partial class EnglishProseTests
{
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF]+")]
    private static partial Regex Chinese();

    [Fact]
    public void ReasonsAndWarnings_InEnglish_HaveNoChineseButNamesAndUnitWords()
    {
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        allowed.UnionWith(set.Areas);
        allowed.UnionWith(MeasureUnit.All.SelectMany(u => Chinese().Matches(u.DisplaySymbol).Select(m => m.Value)));
        allowed.UnionWith(ChengduPeerGroups.FiveCentralDistricts.Members);
        foreach (var indicator in Jinjiang2023.Catalog.All)
        {
            allowed.UnionWith(indicator.Target.Components);
            allowed.UnionWith(SampleObservations.Jinjiang2023.Where(o => o.IndicatorId == indicator.Id).Select(o => o.Component ?? string.Empty));
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var asOf in new[] { new LocalDate(2023, 3, 31), new LocalDate(2023, 6, 30), new LocalDate(2023, 9, 30), new LocalDate(2023, 12, 31), new LocalDate(2024, 1, 15), new LocalDate(2026, 1, 15) })
        {
            foreach (var indicator in Jinjiang2023.Catalog.All)
            {
                Check(Evaluator.Default.Evaluate(indicator, set, asOf), indicator.Id.Value);
            }
        }

        Assert.Empty(found);

        void Check(Evaluation e, string id)
        {
            foreach (var text in e.Warnings.Select(w => w.Message).Prepend(e.Reason))
            {
                foreach (Match m in Chinese().Matches(text))
                {
                    if (!Split(m.Value, allowed))
                    {
                        found.Add($"{id}: '{m.Value}' in {text}");
                    }
                }
            }

            foreach (var part in e.Parts)
            {
                Check(part, id);
            }
        }
    }

    /// <summary>Whether a run of Chinese characters is made only of allowed words (a section name beside a unit word).</summary>
    private static bool Split(string run, HashSet<string> allowed)
    {
        if (run.Length == 0)
        {
            return true;
        }

        for (var n = run.Length; n > 0; n--)
        {
            if (allowed.Contains(run[..n]) && Split(run[n..], allowed))
            {
                return true;
            }
        }

        return false;
    }
}
