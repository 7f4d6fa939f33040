using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Catalog.Jinjiang2023;

namespace Jinjiang.Indicators.Tests.Catalog;

/// <summary>Each catalog entry evaluated with plausible observations through the public API.</summary>
public class CatalogEvaluationTests
{
    private static readonly LocalDate YearEnd = new(2023, 12, 31);
    private static readonly LocalDate Q3 = new(2023, 9, 30);
    private static readonly LocalDate After = new(2024, 1, 15);

    private sealed record Case(Func<IEnumerable<Observation>> Observations, LocalDate AsOf, EvaluationStatus Expected);

    private static IEnumerable<Observation> Peers(Indicator<double> indicator, LocalDate date, params double[] values)
        => Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts.Members.Select((d, i) => indicator.Observe(date, values[i], d));

    private static IEnumerable<Observation> CityRates(Indicator<Ratio> indicator, double own)
        => Jinjiang.Indicators.Catalog.ChengduPeerGroups.AdministrativeUnits2023.Members.Select((d, i) => indicator.Observe(YearEnd, Ratio.FromPercent(i == 0 ? own : 80 + (i * 0.5)), d));

    private static IEnumerable<Observation> Weekly(Indicator<Count> indicator, LocalDate until, string? component = null, LocalDate? skip = null)
    {
        for (var d = new LocalDate(2023, 1, 1); d <= until; d = d.PlusDays(1))
        {
            if (d.DayOfWeek == IsoDayOfWeek.Sunday && d != skip)
            {
                yield return indicator.Observe(d, Count.Of(1), null, component);
            }
        }
    }

    private static IEnumerable<Observation> Parts(Indicator<bool> indicator, LocalDate date, params string[] done)
        => done.Select(p => indicator.Observe(date, true, null, p));

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["ecological-quality-rank"] = new(() => [EcologicalQualityRank.Observe(YearEnd, new Rank(3, 5))], After, EvaluationStatus.OffTrack),
        ["sanitation-vehicles-new-energy"] = new(() => [SanitationVehiclesNewEnergy.Observe(YearEnd, Ratio.FromPercent(100))], After, EvaluationStatus.Met),
        ["construction-vehicles-new-energy"] = new(() => [ConstructionVehiclesNewEnergy.Observe(YearEnd, Ratio.FromPercent(94))], After, EvaluationStatus.NotMet),
        ["air-quality-rank"] = new(() => Peers(AirQualityRank, YearEnd, 3.06, 3.12, 3.20, 3.01, 3.35), After, EvaluationStatus.Met),
        ["water-sections-class"] = new(() => [WaterSectionsClass.Observe(YearEnd, QualityClass.III, null, "沙河"), WaterSectionsClass.Observe(YearEnd, QualityClass.II, null, "府河")], After, EvaluationStatus.Met),
        ["fume-and-noise-complaints"] = new(() => [FumeAndNoiseComplaints.Observe(new(2022, 12, 31), Count.Of(1000)), FumeAndNoiseComplaints.Observe(Q3, Count.Of(700))], Q3, EvaluationStatus.OnTrack),
        ["household-waste-harmless-treatment"] = new(() => [HouseholdWasteHarmlessTreatment.Observe(YearEnd, Ratio.FromPercent(100))], After, EvaluationStatus.Met),
        ["medical-waste-harmless-treatment"] = new(() => [MedicalWasteHarmlessTreatment.Observe(YearEnd, Ratio.FromPercent(100))], After, EvaluationStatus.Met),
        ["solid-waste-harmless-treatment"] = new(() => [SolidWasteHarmlessTreatment.Observe(YearEnd, Ratio.FromPercent(99.5))], After, EvaluationStatus.NotMet),
        ["pollution-monitoring-systems"] = new(() => Parts(PollutionMonitoringSystems, new(2023, 8, 1), "black-smoke-vehicle-capture", "high-altitude-source-patrol", "cooking-fume-online-monitoring"), After, EvaluationStatus.Met),
        ["tianfu-greenway"] = new(() => [TianfuGreenway.Observe(Q3, Length.FromKilometers(12))], Q3, EvaluationStatus.OnTrack),
        ["pocket-parks"] = new(() => [PocketParks.Observe(Q3, Count.Of(3))], Q3, EvaluationStatus.Met),
        ["community-gardens"] = new(() => [CommunityGardens.Observe(Q3, Count.Of(1))], Q3, EvaluationStatus.OffTrack),
        ["two-demolitions-one-addition-sites"] = new(() => [TwoDemolitionsOneAdditionSites.Observe(Q3, Count.Of(42))], Q3, EvaluationStatus.AtRisk),
        ["vertical-greening"] = new(() => [new Observation(VerticalGreening.Id, Q3, new Measure(0.52, MeasureUnit.TenThousandSquareMetres))], Q3, EvaluationStatus.Met),
        ["community-beauty-space-demo-sites"] = new(() => [CommunityBeautySpaceDemoSites.Observe(YearEnd, Count.Of(4))], After, EvaluationStatus.Met),
        ["rongdong-substation-expansion"] = new(() => [], Q3, EvaluationStatus.NotYetDue),
        ["old-courtyard-power-retrofits"] = new(() => [OldCourtyardPowerRetrofits.Observe(YearEnd, Count.Of(20, "座"))], After, EvaluationStatus.Met),
        ["ev-charging-piles"] = new(() => [EvChargingPiles.Observe(YearEnd, Count.Of(540))], After, EvaluationStatus.NotMet),
        ["distributed-energy-pilots"] = new(() => Parts(DistributedEnergyPilots, new(2023, 11, 1), "regional-system"), After, EvaluationStatus.NoData),
        ["old-courtyard-gas-retrofits"] = new(() => [OldCourtyardGasRetrofits.Observe(Q3, Count.Of(9, "座"))], Q3, EvaluationStatus.OnTrack),
        ["emergency-power-configuration"] = new(() => Parts(EmergencyPowerConfiguration, new(2023, 6, 30), "key-enterprises", "key-office-buildings"), Q3, EvaluationStatus.Met),
        ["new-energy-product-sales"] = new(() => [NewEnergyProductSales.Observe(YearEnd, Money.FromHundredMillionYuan(42.3m))], After, EvaluationStatus.Met),
        ["new-buildings-green-standard"] = new(() => [NewBuildingsGreenStandard.Observe(Q3, Ratio.FromPercent(100))], Q3, EvaluationStatus.OnTrack),
        ["public-building-energy-retrofits"] = new(() => [PublicBuildingEnergyRetrofits.Observe(Q3, UnitsNet.Area.FromSquareMeters(85_000))], Q3, EvaluationStatus.OnTrack),
        ["energy-saving-demo-communities"] = new(() => [EnergySavingDemoCommunities.Observe(YearEnd, Count.Of(11))], After, EvaluationStatus.Met),
        ["fever-clinics"] = new(() => [FeverClinics.Observe(new(2023, 1, 31), Ratio.FromPercent(100), null, "set-up"), FeverClinics.Observe(new(2023, 1, 31), Ratio.FromPercent(97), null, "open")], new(2023, 2, 1), EvaluationStatus.AtRisk),
        ["key-groups-vaccination"] = new(() => [KeyGroupsVaccination.Observe(new(2023, 3, 31), Ratio.FromPercent(93)), KeyGroupsVaccination.Observe(YearEnd, Ratio.FromPercent(97.4))], After, EvaluationStatus.Met),
        ["safety-office-standing-operation"] = new(() => [SafetyOfficeStandingOperation.Observe(new(2023, 7, 1), true)], After, EvaluationStatus.Met),
        ["weekly-mechanism-departments-coverage"] = new(() => [WeeklyMechanismDepartmentsCoverage.Observe(Q3, Ratio.FromPercent(60)), WeeklyMechanismDepartmentsCoverage.Observe(YearEnd, Ratio.FromPercent(100))], After, EvaluationStatus.Met),
        ["key-road-traffic-efficiency"] = new(() => [KeyRoadTrafficEfficiency.Observe(new(2022, 12, 31), 21.4), KeyRoadTrafficEfficiency.Observe(YearEnd, 22.9)], After, EvaluationStatus.Met),
        ["vaccination-rank-aged-60-79"] = new(() => CityRates(VaccinationRankAged60To79, 91), After, EvaluationStatus.Met),
        ["vaccination-rank-aged-80-plus"] = new(() => CityRates(VaccinationRankAged80Plus, 85), After, EvaluationStatus.NotMet),
        ["weekly-inspection-and-exposure"] = new(() => Weekly(WeeklyInspectionAndExposure, Q3, "inspection").Concat(Weekly(WeeklyInspectionAndExposure, Q3, "exposure")), Q3, EvaluationStatus.OnTrack),
        ["weekly-enterprise-inspections"] = new(() => Weekly(WeeklyEnterpriseInspections, Q3, skip: new(2023, 5, 7)), Q3, EvaluationStatus.NotMet),
        ["old-courtyard-safety-projects"] = new(() => [OldCourtyardSafetyProjects.Observe(YearEnd, Count.Of(31))], After, EvaluationStatus.Met),
        ["road-traffic-governance-rank"] = new(() => [RoadTrafficGovernanceRank.Observe(YearEnd, new Rank(1, 20))], After, EvaluationStatus.Met),
        ["rapid-response-1-3-5"] = new(
            () => new[] { ("respond", 0.8), ("arrive", 2.6), ("reinforce", 4.5) }.Select(t => RapidResponse.Observe(Q3, UnitsNet.Duration.FromMinutes(t.Item2), null, t.Item1)),
            Q3,
            EvaluationStatus.OnTrack),
        ["private-car-new-energy-share"] = new(() => [PrivateCarNewEnergyShare.Observe(new(2022, 12, 31), Ratio.FromPercent(9.1)), PrivateCarNewEnergyShare.Observe(YearEnd, Ratio.FromPercent(12.4))], After, EvaluationStatus.Met),
        ["low-emission-zone-pilots"] = new(() => Parts(LowEmissionZonePilots, new(2023, 9, 1), "taikoo-li"), Q3, EvaluationStatus.NotYetDue),
        ["waste-recycling-facility-pilots"] = new(() => Parts(WasteRecyclingFacilityPilots, new(2023, 10, 1), "linjiaba-transfer-station", "sanshengxiang-clearance-centre", "feicuicheng-market"), After, EvaluationStatus.Met),
    };

    public static TheoryData<string> Ids() => [.. Jinjiang2023.Catalog.All.Select(i => i.Id.Value)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_EvaluatesPlausibleObservations(string id)
    {
        Assert.True(Cases.TryGetValue(id, out var c), $"no evaluation case for {id}");
        var indicator = Jinjiang2023.Catalog[new IndicatorId(id)];
        var evaluation = Evaluator.Default.Evaluate(indicator, ObservationSet.Create(c.Observations()), c.AsOf);

        Assert.True(c.Expected == evaluation.Status, $"{id}: {evaluation.Status}: {evaluation.Reason}");
        Assert.False(string.IsNullOrWhiteSpace(evaluation.Reason));
        Assert.Same(indicator, evaluation.Indicator);
    }

    [Fact]
    public void Catalog_OverridingAnInterpretation_ChangesTheVerdict()
    {
        var strict = AirQualityRank.WithTarget(new Jinjiang.Indicators.Targets.RankTarget(Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts, 1, Jinjiang.Indicators.Targets.ReportPeriods.Year(2023), QuantityKind.Index));
        var catalog = Jinjiang2023.Catalog.With(strict);
        var observations = ObservationSet.Create(Peers(AirQualityRank, YearEnd, 3.06, 3.12, 3.20, 3.01, 3.35));

        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(Jinjiang2023.Catalog[AirQualityRank.Id], observations, After).Status);
        Assert.Equal(EvaluationStatus.NotMet, Evaluator.Default.Evaluate(catalog[AirQualityRank.Id], observations, After).Status);
        Assert.Equal(Jinjiang2023.Catalog.Count, catalog.Count);
    }

    [Fact]
    public void Catalog_LookupsByIdAndSection()
    {
        Assert.Same(TianfuGreenway, Jinjiang2023.Catalog[new IndicatorId("tianfu-greenway")]);
        Assert.False(Jinjiang2023.Catalog.TryGet(new IndicatorId("no-such-thing"), out _));
        var ex = Assert.Throws<KeyNotFoundException>(() => Jinjiang2023.Catalog[new IndicatorId("no-such-thing")]);
        Assert.Equal("The catalog has no indicator with the id no-such-thing.", ex.Message);
        Assert.Equal(ReportSections.All, Jinjiang2023.Catalog.Sections);
        Assert.Equal(6, Jinjiang2023.Catalog.BySection(ReportSections.ParksAndGreening).Count);
        Assert.IsType<Indicator<Length>>(Jinjiang2023.Catalog[new IndicatorId("tianfu-greenway")]);
    }

    [Fact]
    public void Catalog_DuplicateIds_AreRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorCatalog([TianfuGreenway, TianfuGreenway]));
        Assert.StartsWith("A catalog cannot hold two indicators with the id tianfu-greenway.", ex.Message);
    }
}
