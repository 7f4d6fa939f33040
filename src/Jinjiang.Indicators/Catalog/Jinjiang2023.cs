using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using Duration = UnitsNet.Duration;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// Every measurable or checkable promise of the 2023 government work report of Jinjiang District, Chengdu
/// (delivered 2023-02-08), as a typed indicator traced to its exact fragment of the report (<see cref="Indicator.Source"/>).
/// Typed access: <c>Jinjiang2023.TianfuGreenway</c> is an <c>Indicator&lt;Length&gt;</c>; untyped access:
/// <see cref="Catalog"/>.
/// </summary>
/// <remarks>
/// <para>全年 is read as calendar 2023 (deadline 2023-12-31) and 十四五末 as 2025-12-31. A promise without a stated
/// deadline is read as a 2023 task (the report is the 2023 work plan).</para>
/// <para>Vague wording is given an explicit reading, stated in each indicator's <see cref="Indicator.Interpretation"/>:
/// 前列 among the five central districts is the top 2 of 5; 前列 among the whole city is the top 5 of 20;
/// 领先 and 第1位 are first. Override a reading with <see cref="Indicator.WithTarget"/> and
/// <see cref="IndicatorCatalog.With"/>.</para>
/// <para>No responsible unit is set: the report names none.</para>
/// </remarks>
public static class Jinjiang2023
{
    private const string TopTwoOfFive = "前列 fixes no k; read as the top 2 of the five central districts (锦江, 青羊, 金牛, 武侯, 成华).";
    private const string TopFiveOfCity = "全市前列 fixes no k; read as the top 5 of Chengdu's 20 county-level units (the top quarter).";
    private const string DueIn2023 = "No deadline is stated; read as a task of the 2023 work plan, due 2023-12-31.";

    private static readonly DateInterval Year = ReportPeriods.Year(2023);

    /// <summary>The date the report was delivered.</summary>
    public static LocalDate ReportDate { get; } = new(2023, 2, 8);

    // ——破解生态环境基础不扎实问题

    /// <summary>坚决做到环境质量位居前列: environmental quality among the top of the five central districts (reported rank).</summary>
    public static Indicator<Rank> EnvironmentalQualityRank { get; } = new(
        Id("environmental-quality-rank"), "环境质量排名", "Environmental quality rank among the five central districts",
        new RankTarget(PeerGroup.FiveCentralDistricts, 2, Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "坚决做到环境质量位居前列",
        Interpretation = "坚决做到 read as a hard commitment (ensure). The peer group is not named; read as the five central districts. " + TopTwoOfFive + " Judged on a reported rank.",
    };

    /// <summary>‘十四五’末生态质量位列五城区第1位: ecological quality first of the five central districts by the end of 2025.</summary>
    public static Indicator<Rank> EcologicalQualityRank { get; } = new(
        Id("ecological-quality-rank"), "生态质量排名", "Ecological quality rank among the five central districts",
        RankTarget.First(PeerGroup.FiveCentralDistricts, ReportPeriods.FourteenthFiveYearPlan))
    {
        Section = ReportSections.Ecology,
        Source = "‘十四五’末生态质量位列五城区第1位",
        Interpretation = "坚定...这一目标 is a declared goal without 确保 or 力争; read as plain. Deadline 十四五末 = 2025-12-31. Judged on a reported rank.",
    };

    /// <summary>严格要求环卫车...100%新能源替代: all sanitation vehicles new-energy.</summary>
    public static Indicator<Ratio> SanitationVehiclesNewEnergy { get; } = new(
        Id("sanitation-vehicles-new-energy"), "环卫车新能源替代率", "New-energy share of sanitation vehicles",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Require,
        Source = "严格要求环卫车和重点建筑工地工程车100%新能源替代",
        Interpretation = "One promise, two measured fleets: split into sanitation vehicles and construction-site vehicles.",
    };

    /// <summary>严格要求...重点建筑工地工程车100%新能源替代: all engineering vehicles on key construction sites new-energy.</summary>
    public static Indicator<Ratio> ConstructionVehiclesNewEnergy { get; } = new(
        Id("construction-vehicles-new-energy"), "重点建筑工地工程车新能源替代率", "New-energy share of vehicles on key construction sites",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Require,
        Source = "严格要求环卫车和重点建筑工地工程车100%新能源替代",
        Interpretation = "One promise, two measured fleets: split into sanitation vehicles and construction-site vehicles.",
    };

    /// <summary>力争全年空气质量综合指数位居五城区前列: the air quality composite index among the top of the five central districts (lower is better).</summary>
    public static Indicator<double> AirQualityRank { get; } = new(
        Id("air-quality-rank"), "空气质量综合指数排名", "Ambient air quality composite index rank among the five central districts",
        new RankTarget(PeerGroup.FiveCentralDistricts, 2, Year, QuantityKind.Index))
    {
        Section = ReportSections.Ecology,
        Direction = Direction.LowerIsBetter,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年空气质量综合指数位居五城区前列",
        Interpretation = TopTwoOfFive + " Ranked on the five districts' annual composite index (lower is better; ties share a rank), or on a reported rank.",
    };

    /// <summary>确保全市考核断面水质达到Ⅲ类标准: every assessed river section at water quality class Ⅲ or better.</summary>
    public static Indicator<QualityClass> WaterSectionsClass { get; } = new(
        Id("water-sections-class"), "考核断面水质类别", "Water quality class of assessed river sections",
        new ClassTarget(QualityClass.III, Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保全市考核断面水质达到Ⅲ类标准",
        Interpretation = "Judged for 2023 (the sentence lists the year's targets). Each section is an observation component; the worst section decides.",
    };

    /// <summary>力争全年油烟、噪声相关投诉减少5%: cooking-fume and noise complaints down 5% on 2022.</summary>
    public static Indicator<Count> FumeAndNoiseComplaints { get; } = new(
        Id("fume-and-noise-complaints"), "油烟、噪声相关投诉", "Cooking-fume and noise complaints",
        ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count))
    {
        Section = ReportSections.Ecology,
        Direction = Direction.LowerIsBetter,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年油烟、噪声相关投诉减少5%",
        Interpretation = "One 5% figure for 相关投诉: read as the combined count of fume and noise complaints, against 2022. Observations are running totals within the year.",
    };

    /// <summary>确保生活垃圾...无害化处理率100%: household waste.</summary>
    public static Indicator<Ratio> HouseholdWasteHarmlessTreatment { get; } = new(
        Id("household-waste-harmless-treatment"), "生活垃圾无害化处理率", "Harmless treatment rate of household waste",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保生活垃圾、医废、固废无害化处理率100%",
    };

    /// <summary>确保...医废...无害化处理率100%: medical waste.</summary>
    public static Indicator<Ratio> MedicalWasteHarmlessTreatment { get; } = new(
        Id("medical-waste-harmless-treatment"), "医废无害化处理率", "Harmless treatment rate of medical waste",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保生活垃圾、医废、固废无害化处理率100%",
    };

    /// <summary>确保...固废无害化处理率100%: solid waste.</summary>
    public static Indicator<Ratio> SolidWasteHarmlessTreatment { get; } = new(
        Id("solid-waste-harmless-treatment"), "固废无害化处理率", "Harmless treatment rate of solid waste",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保生活垃圾、医废、固废无害化处理率100%",
    };

    /// <summary>加快推进黑烟车抓拍、高空污染源巡查、油烟在线监测等系统建设: three monitoring systems built.</summary>
    public static Indicator<bool> PollutionMonitoringSystems { get; } = new(
        Id("pollution-monitoring-systems"), "污染监测系统建设", "Pollution monitoring systems",
        Milestones("black-smoke-vehicle-capture", "high-altitude-source-patrol", "cooking-fume-online-monitoring"))
    {
        Section = ReportSections.Ecology,
        Source = "加快推进黑烟车抓拍、高空污染源巡查、油烟在线监测等系统建设",
        Interpretation = "加快推进...建设 read as each system in operation by 2023-12-31; one part per named system.",
    };

    // 坚持夯实“三级公园体系”绿色本底

    /// <summary>新建天府绿道15公里.</summary>
    public static Indicator<Length> TianfuGreenway { get; } = new(
        Id("tianfu-greenway"), "新建天府绿道", "New Tianfu greenway",
        new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year))
    {
        Section = ReportSections.ParksAndGreening,
        Source = "新建天府绿道15公里",
    };

    /// <summary>新建小游园微绿地3个.</summary>
    public static Indicator<Count> PocketParks { get; } = new(
        Id("pocket-parks"), "新建小游园微绿地", "New pocket parks and micro green spaces",
        new DeliveryTarget(new Measure(3, MeasureUnit.Item), Year))
    {
        Section = ReportSections.ParksAndGreening,
        Source = "新建小游园微绿地3个",
    };

    /// <summary>(新建)社区花园3个.</summary>
    public static Indicator<Count> CommunityGardens { get; } = new(
        Id("community-gardens"), "新建社区花园", "New community gardens",
        new DeliveryTarget(new Measure(3, MeasureUnit.Item), Year))
    {
        Section = ReportSections.ParksAndGreening,
        Source = "社区花园3个",
    };

    /// <summary>打造“两拆一增”精品点位65个.</summary>
    public static Indicator<Count> TwoDemolitionsOneAdditionSites { get; } = new(
        Id("two-demolitions-one-addition-sites"), "“两拆一增”精品点位", "Showcase \"two demolitions, one addition\" sites",
        new DeliveryTarget(new Measure(65, MeasureUnit.Item), Year))
    {
        Section = ReportSections.ParksAndGreening,
        Source = "打造“两拆一增”精品点位65个",
    };

    /// <summary>力争全年新增立体绿化面积5000平方米.</summary>
    public static Indicator<UnitsNet.Area> VerticalGreening { get; } = new(
        Id("vertical-greening"), "新增立体绿化面积", "New vertical greening",
        new DeliveryTarget(Measure.From(UnitsNet.Area.FromSquareMeters(5000)), Year))
    {
        Section = ReportSections.ParksAndGreening,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年新增立体绿化面积5000平方米",
    };

    /// <summary>打造社区美空间市级示范点位3个以上.</summary>
    public static Indicator<Count> CommunityBeautySpaceDemoSites { get; } = new(
        Id("community-beauty-space-demo-sites"), "社区美空间市级示范点位", "City-level showcase community beauty spaces",
        new DeliveryTarget(new Measure(3, MeasureUnit.Item), Year))
    {
        Section = ReportSections.ParksAndGreening,
        Source = "打造社区美空间市级示范点位3个以上",
        Interpretation = "3个以上 includes 3: at least three delivered in 2023.",
    };

    // 坚定推进低碳绿色转型

    /// <summary>完成蓉东变电站扩容项目.</summary>
    public static Indicator<bool> RongdongSubstationExpansion { get; } = new(
        Id("rongdong-substation-expansion"), "蓉东变电站扩容项目", "Rongdong substation expansion",
        new MilestoneTarget(Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "完成蓉东变电站扩容项目",
        Interpretation = DueIn2023,
    };

    /// <summary>实施老旧院落供配电设施改造20座.</summary>
    public static Indicator<Count> OldCourtyardPowerRetrofits { get; } = new(
        Id("old-courtyard-power-retrofits"), "老旧院落供配电设施改造", "Power supply retrofits of old courtyards",
        new DeliveryTarget(new Measure(20, MeasureUnit.ItemZuo), Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "实施老旧院落供配电设施改造20座",
    };

    /// <summary>新建新能源汽车充电桩600个.</summary>
    public static Indicator<Count> EvChargingPiles { get; } = new(
        Id("ev-charging-piles"), "新建新能源汽车充电桩", "New EV charging piles",
        new DeliveryTarget(new Measure(600, MeasureUnit.Item), Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "新建新能源汽车充电桩600个",
    };

    /// <summary>打造建设区域分布式能源系统和楼宇分布式能源体系试点项目.</summary>
    public static Indicator<bool> DistributedEnergyPilots { get; } = new(
        Id("distributed-energy-pilots"), "分布式能源试点项目", "Distributed energy pilot projects",
        Milestones("regional-system", "building-system"))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "打造建设区域分布式能源系统和楼宇分布式能源体系试点项目",
        Interpretation = DueIn2023 + " One part per pilot: the regional system and the building system.",
    };

    /// <summary>实施老旧院落燃气改造12座.</summary>
    public static Indicator<Count> OldCourtyardGasRetrofits { get; } = new(
        Id("old-courtyard-gas-retrofits"), "老旧院落燃气改造", "Gas retrofits of old courtyards",
        new DeliveryTarget(new Measure(12, MeasureUnit.ItemZuo), Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "实施老旧院落燃气改造12座",
    };

    /// <summary>完成重点企业、重点写字楼应急电源配置.</summary>
    public static Indicator<bool> EmergencyPowerConfiguration { get; } = new(
        Id("emergency-power-configuration"), "重点企业、重点写字楼应急电源配置", "Emergency power for key enterprises and office buildings",
        Milestones("key-enterprises", "key-office-buildings"))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "完成重点企业、重点写字楼应急电源配置",
        Interpretation = DueIn2023 + " One part per group: key enterprises and key office buildings.",
    };

    /// <summary>力争实现新能源产品销售额40亿元以上.</summary>
    public static Indicator<Money> NewEnergyProductSales { get; } = new(
        Id("new-energy-product-sales"), "新能源产品销售额", "Sales of new-energy products",
        new DeliveryTarget(Measure.From(Money.FromHundredMillionYuan(40)), Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Commitment = CommitmentLevel.Strive,
        Source = "力争实现新能源产品销售额40亿元以上",
        Interpretation = "Sales accumulate over 2023: observations are the running total of the year. 40亿元以上 includes 40亿元.",
    };

    /// <summary>确保所有新建建筑全部达到绿色建筑标准.</summary>
    public static Indicator<Ratio> NewBuildingsGreenStandard { get; } = new(
        Id("new-buildings-green-standard"), "新建建筑绿色建筑标准达标率", "Share of new buildings meeting the green building standard",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保所有新建建筑全部达到绿色建筑标准",
    };

    /// <summary>完成既有公共建筑节能改造11万平方米.</summary>
    public static Indicator<UnitsNet.Area> PublicBuildingEnergyRetrofits { get; } = new(
        Id("public-building-energy-retrofits"), "既有公共建筑节能改造", "Energy retrofits of existing public buildings",
        new DeliveryTarget(new Measure(11, MeasureUnit.TenThousandSquareMetres), Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "完成既有公共建筑节能改造11万平方米",
    };

    /// <summary>试点打造节能示范社区11个.</summary>
    public static Indicator<Count> EnergySavingDemoCommunities { get; } = new(
        Id("energy-saving-demo-communities"), "节能示范社区", "Energy-saving showcase communities",
        new DeliveryTarget(new Measure(11, MeasureUnit.Item), Year))
    {
        Section = ReportSections.LowCarbonTransition,
        Source = "试点打造节能示范社区11个",
    };

    // ——统筹疫情防控与经济社会发展

    /// <summary>推动医疗机构发热门诊“应设尽设、应开尽开”.</summary>
    public static Indicator<Ratio> FeverClinics { get; } = new(
        Id("fever-clinics"), "医疗机构发热门诊应设尽设、应开尽开", "Fever clinics set up and open wherever required",
        new AllOfTarget([new TargetPart("set-up", CoverageTarget.Full(Year)), new TargetPart("open", CoverageTarget.Full(Year))]))
    {
        Section = ReportSections.EpidemicAndHealth,
        Source = "推动医疗机构发热门诊“应设尽设、应开尽开”",
        Interpretation = "Two coverage parts: the share of institutions required to have a fever clinic that set one up (应设尽设), and the share of those clinics open (应开尽开). " + DueIn2023,
    };

    /// <summary>有序推进重点人群疫苗“应接尽接”工作.</summary>
    public static Indicator<Ratio> KeyGroupsVaccination { get; } = new(
        Id("key-groups-vaccination"), "重点人群疫苗接种应接尽接", "Vaccination of key groups: everyone eligible",
        CoverageTarget.Full(Year))
    {
        Section = ReportSections.EpidemicAndHealth,
        Source = "有序推进重点人群疫苗“应接尽接”工作",
        Interpretation = "应接尽接 read as full coverage of the eligible key groups. " + DueIn2023,
    };

    /// <summary>力争60岁至79岁老年人...接种率保持全市前列.</summary>
    public static Indicator<Ratio> VaccinationRankAged60To79 { get; } = new(
        Id("vaccination-rank-aged-60-79"), "60岁至79岁老年人接种率全市排名", "Vaccination rate rank, people aged 60-79, among Chengdu's units",
        new RankTarget(PeerGroup.Chengdu, 5, Year, QuantityKind.Ratio))
    {
        Section = ReportSections.EpidemicAndHealth,
        Commitment = CommitmentLevel.Strive,
        Source = "力争60岁至79岁老年人、80岁以上老年人接种率保持全市前列",
        Interpretation = TopFiveOfCity + " Ranked on the units' vaccination rates (higher is better), or on a reported rank.",
    };

    /// <summary>力争...80岁以上老年人接种率保持全市前列.</summary>
    public static Indicator<Ratio> VaccinationRankAged80Plus { get; } = new(
        Id("vaccination-rank-aged-80-plus"), "80岁以上老年人接种率全市排名", "Vaccination rate rank, people aged 80 and over, among Chengdu's units",
        new RankTarget(PeerGroup.Chengdu, 5, Year, QuantityKind.Ratio))
    {
        Section = ReportSections.EpidemicAndHealth,
        Commitment = CommitmentLevel.Strive,
        Source = "力争60岁至79岁老年人、80岁以上老年人接种率保持全市前列",
        Interpretation = TopFiveOfCity + " Ranked on the units' vaccination rates (higher is better), or on a reported rank.",
    };

    // ——统筹发展和安全

    /// <summary>“一周一暗访一曝光”机制: one unannounced inspection and one public exposure every week.</summary>
    public static Indicator<Count> WeeklyInspectionAndExposure { get; } = new(
        Id("weekly-inspection-and-exposure"), "一周一暗访一曝光", "One unannounced inspection and one exposure every week",
        new AllOfTarget(
        [
            new TargetPart("inspection", new CadenceTarget(1, CadenceUnit.Week, Year)),
            new TargetPart("exposure", new CadenceTarget(1, CadenceUnit.Week, Year)),
        ]))
    {
        Section = ReportSections.Safety,
        Source = "“一周一暗访一曝光”机制",
        Interpretation = "Two weekly cadences (ISO weeks, Monday to Sunday) in 2023: at least one unannounced inspection and one exposure each week.",
    };

    /// <summary>每周对重点生产企业开展暗查暗访.</summary>
    public static Indicator<Count> WeeklyEnterpriseInspections { get; } = new(
        Id("weekly-enterprise-inspections"), "每周重点生产企业暗查暗访", "Weekly unannounced inspections of key production enterprises",
        new CadenceTarget(1, CadenceUnit.Week, Year))
    {
        Section = ReportSections.Safety,
        Source = "每周对重点生产企业开展暗查暗访",
        Interpretation = "At least one inspection in every ISO week of 2023.",
    };

    /// <summary>全年策划包装老旧院落“安全一体化”改造项目31个.</summary>
    public static Indicator<Count> OldCourtyardSafetyProjects { get; } = new(
        Id("old-courtyard-safety-projects"), "老旧院落“安全一体化”改造项目", "Integrated safety retrofit projects for old courtyards",
        new DeliveryTarget(new Measure(31, MeasureUnit.Item), Year))
    {
        Section = ReportSections.Safety,
        Source = "全年策划包装老旧院落“安全一体化”改造项目31个",
        Interpretation = "策划包装 (plan and package) counts projects prepared, not completed.",
    };

    /// <summary>力争全年道路交通综合治理工作全市领先.</summary>
    public static Indicator<Rank> RoadTrafficGovernanceRank { get; } = new(
        Id("road-traffic-governance-rank"), "道路交通综合治理工作全市排名", "Road traffic governance rank in Chengdu",
        RankTarget.First(PeerGroup.Chengdu, Year))
    {
        Section = ReportSections.Safety,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年道路交通综合治理工作全市领先",
        Interpretation = "领先 read as first among Chengdu's 20 units, on the city's reported assessment rank.",
    };

    /// <summary>严格落实“1、3、5分钟”快速处置要求.</summary>
    public static Indicator<Duration> RapidResponse { get; } = new(
        Id("rapid-response-1-3-5"), "“1、3、5分钟”快速处置", "1-3-5 minute rapid response",
        ResponseTimeTarget.OneThreeFiveMinutes(Ratio.FromPercent(100), Year))
    {
        Section = ReportSections.Safety,
        Commitment = CommitmentLevel.Require,
        Source = "严格落实“1、3、5分钟”快速处置要求",
        Interpretation = "Tiers respond (1 min), arrive (3 min), reinforce (5 min), as in patrol policing; 严格落实 read as every incident (100%) within each limit.",
    };

    // ——统筹人与自然和谐共生

    /// <summary>逐步扩大社会面私家车新能源替代比例.</summary>
    public static Indicator<Ratio> PrivateCarNewEnergyShare { get; } = new(
        Id("private-car-new-energy-share"), "社会面私家车新能源替代比例", "New-energy share of private cars",
        new DirectionTarget(QuantityKind.Ratio, Year))
    {
        Section = ReportSections.GreenDevelopment,
        Source = "逐步扩大社会面私家车新能源替代比例",
        Interpretation = "Direction only: the share should be higher at the end of 2023 than at its start.",
    };

    /// <summary>在三圣花乡、太古里等重点片区分阶段试点建设绿色低碳交通“低排放区”“超低排放区”.</summary>
    public static Indicator<bool> LowEmissionZonePilots { get; } = new(
        Id("low-emission-zone-pilots"), "“低排放区”“超低排放区”试点", "Low and ultra-low emission zone pilots",
        Milestones("sansheng-huaxiang", "taikoo-li"))
    {
        Section = ReportSections.GreenDevelopment,
        Source = "在三圣花乡、太古里等重点片区分阶段试点建设绿色低碳交通“低排放区”“超低排放区”",
        Interpretation = DueIn2023 + " One part per named area (三圣花乡, 太古里); 分阶段 (in phases) read as the first phase built.",
    };

    /// <summary>在林家坝片区...等点位试点建设垃圾再生处理设施.</summary>
    public static Indicator<bool> WasteRecyclingFacilityPilots { get; } = new(
        Id("waste-recycling-facility-pilots"), "垃圾再生处理设施试点", "Waste recycling facility pilots",
        Milestones("linjiaba-transfer-station", "sanshengxiang-clearance-centre", "feicuicheng-market"))
    {
        Section = ReportSections.GreenDevelopment,
        Source = "在林家坝片区地下垃圾处理中转站、三圣乡垃圾清运中心、翡翠城农贸市场等点位试点建设垃圾再生处理设施",
        Interpretation = DueIn2023 + " One part per named site.",
    };

    /// <summary>Every indicator of the report, in the report's order.</summary>
    public static IndicatorCatalog Catalog { get; } = new(
    [
        EnvironmentalQualityRank, EcologicalQualityRank, SanitationVehiclesNewEnergy, ConstructionVehiclesNewEnergy, AirQualityRank,
        WaterSectionsClass, FumeAndNoiseComplaints, HouseholdWasteHarmlessTreatment, MedicalWasteHarmlessTreatment, SolidWasteHarmlessTreatment,
        PollutionMonitoringSystems,
        TianfuGreenway, PocketParks, CommunityGardens, TwoDemolitionsOneAdditionSites, VerticalGreening, CommunityBeautySpaceDemoSites,
        RongdongSubstationExpansion, OldCourtyardPowerRetrofits, EvChargingPiles, DistributedEnergyPilots, OldCourtyardGasRetrofits,
        EmergencyPowerConfiguration, NewEnergyProductSales, NewBuildingsGreenStandard, PublicBuildingEnergyRetrofits, EnergySavingDemoCommunities,
        FeverClinics, KeyGroupsVaccination, VaccinationRankAged60To79, VaccinationRankAged80Plus,
        WeeklyInspectionAndExposure, WeeklyEnterpriseInspections, OldCourtyardSafetyProjects, RoadTrafficGovernanceRank, RapidResponse,
        PrivateCarNewEnergyShare, LowEmissionZonePilots, WasteRecyclingFacilityPilots,
    ]);

    /// <summary>The text of the report excerpt the catalog is traced to (UTF-8, as published, with the website's first and last lines).</summary>
    public static string ReportText => ReportTextHolder.Value;

    private static IndicatorId Id(string id) => new(id);

    private static AllOfTarget Milestones(params string[] parts) => new(parts.Select(p => new TargetPart(p, new MilestoneTarget(Year))));

    private static class ReportTextHolder
    {
        internal static readonly string Value = Load();

        private static string Load()
        {
            using var stream = typeof(Jinjiang2023).Assembly.GetManifestResourceStream("Jinjiang.Indicators.Catalog.jinjiang-2023-work-report-excerpt.txt")
                ?? throw new InvalidOperationException("The report text is missing from the package.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
