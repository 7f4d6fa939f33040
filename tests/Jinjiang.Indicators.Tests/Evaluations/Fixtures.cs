using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Indicators built by hand from the report's own numbers.</summary>
internal static class Fixtures
{
    public static readonly DateInterval Year2023 = ReportPeriods.Year(2023);

    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>A date written yyyy-MM-dd (a theory's data).</summary>
    public static LocalDate Iso(string date) => NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

    /// <summary>The summary (the allocation-free path) of an indicator on some readings.</summary>
    public static Jinjiang.Indicators.Evaluations.EvaluationSummary Summarize(this Indicator indicator, IEnumerable<Observation> observations, LocalDate asOf)
        => Jinjiang.Indicators.Evaluations.Evaluator.Default.Summarize(indicator, ObservationSet.Create(observations), asOf);

    public static Indicator<Length> Greenway() => new(
        new IndicatorId("tianfu-greenway"), "新建天府绿道", "New Tianfu greenway",
        new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year2023));

    public static Indicator<Area> VerticalGreening() => new(
        new IndicatorId("vertical-greening"), "新增立体绿化面积", "New vertical greening",
        new DeliveryTarget(Measure.From(Area.FromSquareMeters(5000)), Year2023))
    { Commitment = CommitmentLevel.Strive };

    public static Indicator<Count> Complaints() => new(
        new IndicatorId("fume-noise-complaints"), "油烟、噪声相关投诉", "Cooking-fume and noise complaints",
        ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count))
    { Direction = Direction.LowerIsBetter, Commitment = CommitmentLevel.Strive, Area = "锦江区" };

    public static Indicator<QualityClass> WaterSections() => new(
        new IndicatorId("water-sections-class"), "考核断面水质", "Assessed sections' water quality",
        new ClassTarget(QualityClass.III, Year2023))
    { Commitment = CommitmentLevel.Ensure };

    public static Indicator<double> AirRank(int topK = 2) => new(
        new IndicatorId("air-quality-rank"), "空气质量综合指数排名", "Air quality composite index rank",
        new RankTarget(Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts, topK, Year2023, QuantityKind.Index))
    { Direction = Direction.LowerIsBetter, Commitment = CommitmentLevel.Strive, Area = "锦江区" };

    public static Indicator<Ratio> WasteTreatment() => new(
        new IndicatorId("household-waste-harmless"), "生活垃圾无害化处理率", "Household waste harmless treatment rate",
        CoverageTarget.Full(Year2023))
    { Commitment = CommitmentLevel.Ensure };

    public static Indicator<Money> NewEnergySales() => new(
        new IndicatorId("new-energy-sales"), "新能源产品销售额", "New-energy product sales",
        new AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(40)), Year2023))
    { Commitment = CommitmentLevel.Strive };
}
