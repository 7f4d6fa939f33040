using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Reporting;

/// <summary>Chinese output an office can print as it is: parts named in Chinese, 口径说明, office idiom, lead units.</summary>
public partial class ChineseOutputTests
{
    private static readonly LocalDate[] SampleDates = [new(2023, 6, 30), new(2023, 9, 30), new(2024, 1, 15)];

    private static readonly ObservationSet Sample = ObservationSet.Create(SampleObservations.Jinjiang2023);

    /// <summary>A rendered Chinese scorecard less what is not prose: the ids in their own column, HTML tags and style.</summary>
    private static string Prose(string rendered)
    {
        var text = Regex.Replace(rendered, "<style>.*?</style>", string.Empty, RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]+>", " ");
        foreach (var indicator in Jinjiang2023.Catalog.All)
        {
            text = text.Replace(indicator.Id.Value, string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    [Fact]
    public void ChineseScorecards_HaveNoLatinWordButUnits_InEveryFormat_AtEverySampleDate()
    {
        var found = new List<string>();
        foreach (var asOf in SampleDates)
        {
            var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, Sample, asOf);
            foreach (var format in new[] { ScorecardFormat.Text, ScorecardFormat.Markdown, ScorecardFormat.Html })
            {
                var prose = Prose(ScorecardRenderer.Render(scorecard, format, ReportLanguage.Chinese));
                found.AddRange(ChineseReasonTests.Foreign(prose).Distinct().Select(w => $"{asOf} {format}: {w}"));
            }

            found.AddRange(Prose(ScorecardRenderer.RenderByUnit(scorecard, ScorecardFormat.Markdown, ReportLanguage.Chinese)) is var byUnit ? ChineseReasonTests.Foreign(byUnit).Distinct().Select(w => $"{asOf} by unit: {w}") : []);
        }

        Assert.Empty(found);
    }

    [Fact]
    public void ChineseReasons_NeverQuoteAnId()
    {
        var ids = Jinjiang2023.Catalog.All.SelectMany(i => i.Target.Components.Append(i.Id.Value)).Where(id => Regex.IsMatch(id, "^[a-z0-9-]+$")).ToHashSet();
        foreach (var asOf in SampleDates)
        {
            foreach (var e in Scorecard.Create(Jinjiang2023.Catalog.All, Sample, asOf).Evaluations.SelectMany(WithParts))
            {
                Assert.DoesNotContain(ids, id => e.ReasonChinese.Contains(id, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void CompositeSentences_NameTheParts_InChinese_ByStatus()
    {
        var systems = Jinjiang2023.PollutionMonitoringSystems;
        var e = Evaluator.Default.Evaluate(systems, [systems.Observe(new LocalDate(2023, 5, 31), true, null, "black-smoke-vehicle-capture")], new LocalDate(2023, 6, 30));
        Assert.Equal("3项中，已达标1项（黑烟车抓拍系统），未到期2项（高空污染源巡查系统、油烟在线监测系统）。", e.ReasonChinese);
        Assert.StartsWith("黑烟车抓拍系统已于2023年5月31日完成", e.Parts[0].ReasonChinese, StringComparison.Ordinal);

        var onTrack = Jinjiang2023.WeeklyInspectionAndExposure;
        Observation[] weeks = [.. Enumerable.Range(0, 18).SelectMany(w => new[] { onTrack.Observe(new LocalDate(2023, 2, 14).PlusWeeks(w), Count.Of(1), null, "inspection"), onTrack.Observe(new LocalDate(2023, 2, 15).PlusWeeks(w), Count.Of(1), null, "exposure") })];
        var both = Evaluator.Default.Evaluate(onTrack, weeks, new LocalDate(2023, 6, 18));
        Assert.Equal(EvaluationStatus.OnTrack, both.Status);
        Assert.Equal("2项中，进度正常2项（暗访、曝光）。", both.ReasonChinese);
    }

    [Fact]
    public void ResponseTiers_AreNamedInChinese()
    {
        var response = Jinjiang2023.RapidResponse;
        var e = Evaluator.Default.Evaluate(response, [response.Observe(new LocalDate(2023, 3, 1), UnitsNet.Duration.FromMinutes(0.5), null, "respond")], new LocalDate(2023, 3, 31));
        Assert.StartsWith("1分钟响应处置：", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("3分钟到达现场：", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void PartsChineseNames_RoundTripThroughCatalogJson()
    {
        var json = CatalogJson.ToJson(Jinjiang2023.Catalog.All);
        Assert.Contains("\"nameZh\": \"黑烟车抓拍系统\"", json, StringComparison.Ordinal);
        Assert.Contains("\"nameZh\": \"3分钟到达现场\"", json, StringComparison.Ordinal);
        Assert.Contains("\"interpretationZh\": \"前列：按五城区", json, StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var back = CatalogJson.Read(stream, "c.json").Value!.All;
        var systems = (AllOfTarget)back.Single(i => i.Id == Jinjiang2023.PollutionMonitoringSystems.Id).Target;
        Assert.Equal(["黑烟车抓拍系统", "高空污染源巡查系统", "油烟在线监测系统"], systems.Parts.Select(p => p.NameChinese));
        Assert.Equal(Jinjiang2023.AirQualityRank.InterpretationChinese, back.Single(i => i.Id == Jinjiang2023.AirQualityRank.Id).InterpretationChinese);
    }

    [Fact]
    public void EveryCatalogEntryWithAReading_HasItInChinese_AndTheCityWidePeersSayWhyTheyDiffer()
    {
        Assert.All(Jinjiang2023.Catalog.All.Where(i => i.Interpretation is not null), i => Assert.False(string.IsNullOrWhiteSpace(i.InterpretationChinese), i.Id.Value));
        Assert.Contains("20个区（市）县", Jinjiang2023.VaccinationRankAged60To79.InterpretationChinese, StringComparison.Ordinal);
        Assert.Contains("23个", Jinjiang2023.RoadTrafficGovernanceRank.InterpretationChinese, StringComparison.Ordinal);
        Assert.Contains("故比较范围与接种率排名的20个区（市）县不同", Jinjiang2023.RoadTrafficGovernanceRank.InterpretationChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseCatalog_IsChinese_WithItsReadings_InEveryFormat()
    {
        var markdown = CatalogRenderer.ToMarkdown(Jinjiang2023.Catalog.All, ReportLanguage.Chinese);
        Assert.StartsWith("| 编号 | 指标 | 目标 | 考核方式 | 期限 | 承诺 | 牵头单位 | 口径说明 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("at the deadline", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("(plain)", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2023年底前 |", markdown, StringComparison.Ordinal);
        Assert.Contains("前列：按五城区（锦江、青羊、金牛、武侯、成华）前2位掌握", markdown, StringComparison.Ordinal);
        Assert.Empty(ChineseReasonTests.Foreign(Prose(markdown)));

        var text = CatalogRenderer.ToText(Jinjiang2023.Catalog.All, ReportLanguage.Chinese);
        Assert.Contains("口径说明", text, StringComparison.Ordinal);
        Assert.Empty(ChineseReasonTests.Foreign(Prose(text)));
    }

    [Fact]
    public void ChineseScorecard_ShowsTheReadingsInShort()
    {
        var markdown = ScorecardRenderer.Render(Scorecard.Create(Jinjiang2023.Catalog.All, Sample, new LocalDate(2023, 9, 30)), ScorecardFormat.Markdown, ReportLanguage.Chinese);
        Assert.Contains("**口径说明**", markdown, StringComparison.Ordinal);
        Assert.Contains("- **空气质量综合指数排名**：前列：按五城区（锦江、青羊、金牛、武侯、成华）前2位掌握（报告未给出名次）。", markdown, StringComparison.Ordinal);
        Assert.Contains("评估日期：2023年9月30日。", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 12, 31, "2023年底前")]
    [InlineData(2023, 3, 31, "2023年3月底前")]
    [InlineData(2023, 3, 15, "2023年3月15日前")]
    public void Deadlines_ReadAsAnOfficeWritesThem(int y, int m, int d, string expected)
        => Assert.Equal(expected, Zh.Deadline(new LocalDate(y, m, d)));

    [Fact]
    public void ExpectedWholeThings_AreRounded_AsAnOfficeRoundsThem()
    {
        // 3 pocket parks by year end: 2.25 expected on 30 September reads 应完成3个, never 2.25个.
        var parks = Jinjiang2023.PocketParks;
        var e = parks.Evaluate([parks.Observe(new LocalDate(2023, 9, 30), Count.Of(2))], new LocalDate(2023, 9, 30));
        Assert.Contains("应完成3个", e.ReasonChinese, StringComparison.Ordinal);
        Assert.DoesNotContain("2.25", e.ReasonChinese, StringComparison.Ordinal);

        // A ceiling on complaints: not more than 8863.5 reads 不超过8863件.
        Assert.Equal("8863件", Zh.WholeThings(new Measure(8863.5, MeasureUnit.ItemJian), ceiling: true));
        Assert.Equal("2479平方米", Zh.Rounded(new Measure(2479.45, MeasureUnit.SquareMetre)));
    }

    [Fact]
    public void DeliveryReached_DoesNotSayCompleteTwice()
    {
        var retrofits = Jinjiang2023.PublicBuildingEnergyRetrofits;
        var e = retrofits.Evaluate([retrofits.Observe(new LocalDate(2023, 11, 30), Area.FromSquareMeters(114_000))], new LocalDate(2023, 11, 30));
        Assert.Contains("已完成11万平方米的目标", e.ReasonChinese, StringComparison.Ordinal);
        Assert.DoesNotContain("完成完成", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranks_ReadAsAnOfficeWritesThem_FirstPlaceAndTies()
    {
        var road = Jinjiang2023.RoadTrafficGovernanceRank;
        var first = road.Evaluate([road.Observe(new LocalDate(2023, 12, 31), new Rank(1, 23))], new LocalDate(2024, 1, 15));
        Assert.Contains("位居全市第1位", first.ReasonChinese, StringComparison.Ordinal);
        Assert.DoesNotContain("前1位以内", first.ReasonChinese, StringComparison.Ordinal);

        var air = Jinjiang2023.AirQualityRank;
        var year = ReportPeriods.Year(2023);
        Observation[] indexes =
        [
            air.ObservePeriod(year, 3.4),
            new Observation(air.Id, year, Measure.Index(3.4)) { Area = "青羊区" },
            new Observation(air.Id, year, Measure.Index(3.6)) { Area = "金牛区" },
            new Observation(air.Id, year, Measure.Index(3.7)) { Area = "武侯区" },
            new Observation(air.Id, year, Measure.Index(3.8)) { Area = "成华区" },
        ];
        var tied = air.Evaluate(indexes, new LocalDate(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, tied.Status);
        Assert.Contains("并列第1位", tied.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("(tied)", tied.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadUnits_AreShown_InEveryScorecardFormat_AndRolledUp()
    {
        var catalog = Jinjiang2023.Catalog.With(
            Copy(Jinjiang2023.TianfuGreenway, "区公园城市局", "区住建交局"),
            Copy(Jinjiang2023.PocketParks, "区公园城市局"),
            Copy(Jinjiang2023.EvChargingPiles, "区发改局"));
        var scorecard = Scorecard.Create(catalog.All, Sample, new LocalDate(2023, 9, 30));

        var text = ScorecardRenderer.Render(scorecard, ScorecardFormat.Text, ReportLanguage.Chinese);
        Assert.Contains("牵头单位", text, StringComparison.Ordinal);
        Assert.Contains("区公园城市局（配合", text, StringComparison.Ordinal);
        Assert.Contains("| 区公园城市局（配合：区住建交局） |", ScorecardRenderer.Render(scorecard, ScorecardFormat.Markdown, ReportLanguage.Chinese), StringComparison.Ordinal);
        var markdown = ScorecardRenderer.Render(scorecard, ScorecardFormat.Markdown, ReportLanguage.Chinese);
        Assert.Contains("| 牵头单位 | 编号 |", markdown, StringComparison.Ordinal);
        Assert.Contains("<td class=\"unit\">区发改局</td>", ScorecardRenderer.Render(scorecard, ScorecardFormat.Html, ReportLanguage.Chinese), StringComparison.Ordinal);
        Assert.Contains(",区公园城市局,区住建交局", ScorecardRenderer.ToCsv(scorecard), StringComparison.Ordinal);
        Assert.Contains("\"responsibleUnit\": \"区发改局\"", ScorecardJson.ToJson(scorecard), StringComparison.Ordinal);

        var byUnit = ScorecardRenderer.RenderByUnit(scorecard, ScorecardFormat.Text, ReportLanguage.Chinese);
        Assert.Contains("区公园城市局：2项；", byUnit, StringComparison.Ordinal);
        Assert.Contains("（未明确牵头单位）：38项；", byUnit, StringComparison.Ordinal);
        var json = System.Text.Json.JsonDocument.Parse(ScorecardJson.ByUnitToJson(scorecard)).RootElement;
        Assert.Equal("区公园城市局", json[0].GetProperty("unit").GetString());
        Assert.Equal(2, json[0].GetProperty("promises").GetArrayLength());
        Assert.False(json[json.GetArrayLength() - 1].TryGetProperty("unit", out _)); // no lead unit: the field is left out
    }

    private static Indicator Copy<T>(Indicator<T> indicator, string unit, params string[] cooperating)
        where T : struct
        => new Indicator<T>(indicator.Id, indicator.NameChinese, indicator.Name, indicator.Target)
        {
            Report = indicator.Report,
            Section = indicator.Section,
            Commitment = indicator.Commitment,
            Source = indicator.Source,
            ResponsibleUnit = unit,
            CooperatingUnits = cooperating,
        };

    private static IEnumerable<Evaluation> WithParts(Evaluation e) => e.Parts.SelectMany(WithParts).Prepend(e);
}
