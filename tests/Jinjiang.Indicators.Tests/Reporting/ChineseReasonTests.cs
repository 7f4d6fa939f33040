using System.Reflection;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Reporting;

/// <summary>A Chinese scorecard gives every reason in Chinese: the same figures, written in the register of a 督查 report.</summary>
public partial class ChineseReasonTests
{
    private static readonly LocalDate[] AsOfDates =
    [
        new(2023, 1, 20), new(2023, 2, 28), new(2023, 3, 31), new(2023, 6, 30), new(2023, 9, 30), new(2023, 12, 31), new(2024, 1, 15), new(2026, 1, 15),
    ];

    /// <summary>Latin words a Chinese reason may hold: unit symbols only (no indicator id, no part's or tier's id).</summary>
    private static readonly HashSet<string> Allowed = BuildAllowed();

    /// <summary>The Latin words of a Chinese text that are not unit symbols.</summary>
    internal static IEnumerable<string> Foreign(string text) => LatinWord().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w));

    private static HashSet<string> BuildAllowed()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in typeof(MeasureUnit).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.GetValue(null)).OfType<MeasureUnit>())
        {
            foreach (var word in LatinWord().Matches(unit.Symbol + " " + unit.DisplaySymbol).Select(m => m.Value))
            {
                allowed.Add(word);
            }
        }

        return allowed;
    }

    private static IEnumerable<Jinjiang.Indicators.Evaluations.Evaluation> WithParts(Jinjiang.Indicators.Evaluations.Evaluation e) => e.Parts.SelectMany(WithParts).Prepend(e);

    [Fact]
    public void EveryReasonOfTheSampleScorecard_IsChinese_AtEveryAsOfDate()
    {
        var observations = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var english = new List<string>();
        foreach (var asOf in AsOfDates)
        {
            foreach (var e in Scorecard.Create(Jinjiang2023.Catalog.All, observations, asOf).Evaluations.SelectMany(WithParts))
            {
                var foreign = LatinWord().Matches(e.ReasonChinese).Select(m => m.Value).Where(w => !Allowed.Contains(w)).ToList();
                if (foreign.Count > 0 || !HanCharacter().IsMatch(e.ReasonChinese))
                {
                    english.Add($"{asOf} {e.Indicator.Id}: {e.ReasonChinese}");
                }
            }
        }

        Assert.Empty(english);
    }

    [Fact]
    public void EveryReasonOfEveryKind_IsChinese_OnBadAndOddData()
    {
        // Wrong units, no baseline, a part-year baseline, data before the period, unknown peers: the reasons of the odd cases too.
        Observation[] odd =
        [
            Jinjiang2023.TianfuGreenway.Observe(new LocalDate(2023, 6, 30), UnitsNet.Length.FromKilometers(3)) is var g ? new Observation(g.IndicatorId, g.Date, Measure.From(UnitsNet.Area.FromSquareMeters(3))) : null!,
            new Observation(Jinjiang2023.FumeAndNoiseComplaints.Id, new LocalDate(2022, 6, 30), new Measure(100, MeasureUnit.ItemJian)),
            new Observation(Jinjiang2023.FumeAndNoiseComplaints.Id, new LocalDate(2023, 6, 30), new Measure(50, MeasureUnit.ItemJian)),
            new Observation(Jinjiang2023.AirQualityRank.Id, new LocalDate(2023, 12, 31), Measure.Index(3.1)),
            new Observation(Jinjiang2023.PrivateCarNewEnergyShare.Id, new LocalDate(2023, 6, 30), Measure.From(UnitsNet.Ratio.FromPercent(20))),
            new Observation(Jinjiang2023.SanitationVehiclesNewEnergy.Id, new LocalDate(2023, 6, 30), Measure.From(UnitsNet.Ratio.FromPercent(120))),
        ];
        var set = ObservationSet.Create(odd);
        var english = new List<string>();
        foreach (var asOf in AsOfDates)
        {
            foreach (var e in Jinjiang2023.Catalog.All.Select(i => Evaluator.Default.Evaluate(i, set, asOf)).SelectMany(WithParts))
            {
                if (LatinWord().Matches(e.ReasonChinese).Any(m => !Allowed.Contains(m.Value)))
                {
                    english.Add($"{asOf} {e.Indicator.Id}: {e.ReasonChinese}");
                }
            }
        }

        Assert.Empty(english);
    }

    [Fact]
    public void ChineseReason_QuotesTheSameFiguresAsTheEnglishOne_InTheRegisterOfADuchaReport()
    {
        var e = Evaluator.Default.Evaluate(Jinjiang2023.TianfuGreenway, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2023, 9, 30));
        Assert.StartsWith("10.6 km delivered by 2023-09-30 against 11.25 km expected", e.Reason);
        Assert.StartsWith("截至2023年9月30日，新建天府绿道累计10.6公里，按序时进度截至2023年9月30日应完成11.25公里", e.ReasonChinese);
    }

    [Fact]
    public void ChineseScorecard_RendersChineseReasons_InEveryHumanFormat()
    {
        var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(SampleObservations.Jinjiang2023), new LocalDate(2023, 9, 30));
        foreach (var format in new[] { ScorecardFormat.Text, ScorecardFormat.Markdown, ScorecardFormat.Html })
        {
            var text = ScorecardRenderer.Render(scorecard, format, ReportLanguage.Chinese);
            Assert.DoesNotContain(" delivered by ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("not done", text, StringComparison.Ordinal);
        }

        var markdown = ScorecardRenderer.Render(scorecard, ScorecardFormat.Markdown, ReportLanguage.Chinese);
        Assert.Contains("按序时进度", markdown, StringComparison.Ordinal);
        var json = ScorecardJson.ToJson(scorecard);
        Assert.Contains("\"reasonZh\": \"截至2023年9月30日，新建天府绿道累计10.6公里", json, StringComparison.Ordinal);
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
