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
/// <para>Headings are not promises: 坚决做到环境质量位居前列 heads the measured promises that follow it (air, water,
/// complaints, waste) and is not an entry of its own.</para>
/// <para>Each level-like entry states its <see cref="Targets.TargetBasis"/> and why in its interpretation: throughout
/// (every reading from the day the report was delivered), over the period (the figure of the whole year), or at the
/// deadline. Every promise binds from <see cref="ReportDate"/>.</para>
/// </remarks>
public static class Jinjiang2023
{
    private const string TopTwoOfFive = "前列 fixes no k; read as the top 2 of the five central districts (锦江, 青羊, 金牛, 武侯, 成华).";
    private const string TopFiveOfCity = "全市前列 fixes no k; read as the top 5 of Chengdu's 20 county-level units, for which vaccination rates are published (the top quarter; membership is data, see ChengduPeerGroups). Vaccination rates are published for the administrative units only, so the peers are the 20 units, not the 23 of the city-wide assessments that add the functional zones.";
    private const string DueIn2023 = "No deadline is stated; read as a task of the 2023 work plan, due 2023-12-31.";

    private const string OverTheYearRate = "Basis: over the period: a treatment rate of 100% for the year is the rate of the whole year, and a figure of the whole year decides (a part that contradicts it is a data question); before it, a month, quarter or year-to-date reading makes 100% impossible (not met at once) when the year can no longer round to 100% at the published precision of one decimal.";

    private const string TopTwoOfFiveChinese = "前列：按五城区（锦江、青羊、金牛、武侯、成华）前2位掌握（报告未给出名次）。";
    private const string TopFiveOfCityChinese = "全市前列：按成都市20个区（市）县的前5位（前四分之一）掌握（报告未给出名次）；接种率按行政区（市）县公布，故比较范围为20个区（市）县，不含功能区。";
    private const string DueIn2023Chinese = "报告未写明期限，按2023年工作任务于2023年12月31日前完成掌握。";
    private const string OverTheYearRateChinese = "全期整体：全年处理率100%指全年整体处理率；有覆盖全年的数据时以全年数据为准，年内某段数据与之矛盾的列为数据核实；尚无全年数据时，某月、某季度或年初至今的数据若使全年按发布精度（保留一位小数）已不可能达到100%，即判定未达标。";

    private static readonly DateInterval Year = ReportPeriods.Year(2023);

    /// <summary>The date the report was delivered.</summary>
    public static LocalDate ReportDate { get; } = new(2023, 2, 8);

    /// <summary>The report: 成都市锦江区人民政府工作报告, delivered 2023-02-08, for the plan year 2023. Every indicator of the catalog belongs to it.</summary>
    public static WorkReport Report { get; } = new("成都市锦江区人民政府", "锦江区", GovernmentLevel.District, 2023, new LocalDate(2023, 2, 8))
    {
        AreaEnglish = "Jinjiang District",
        Title = "成都市锦江区人民政府工作报告",
        Source = "2023年2月8日 锦江区第十九届人民代表大会第三次会议 (excerpt in data/jinjiang-2023-work-report-excerpt.txt)",
    };

    // ——破解生态环境基础不扎实问题

    /// <summary>‘十四五’末生态质量位列五城区第1位: ecological quality first of the five central districts by the end of 2025.</summary>
    public static Indicator<Rank> EcologicalQualityRank { get; } = new(
        Id("ecological-quality-rank"), "生态质量排名", "Ecological quality rank among the five central districts",
        RankTarget.First(ChengduPeerGroups.FiveCentralDistricts, ReportPeriods.FourteenthFiveYearPlan))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Source = "‘十四五’末生态质量位列五城区第1位",
        Interpretation = "坚定...这一目标 is a declared goal without 确保 or 力争; read as plain. Deadline 十四五末 = 2025-12-31. Judged on a reported rank. Basis: at the deadline: 十四五末 is the state at the end of 2025.",
        InterpretationChinese = "五城区第1位：按五城区生态质量排名第1位掌握；“坚定……这一目标”未用确保、力争，按一般承诺评价。“十四五”末即2025年12月31日，按上报排名、期末达到评价。",
    };

    /// <summary>严格要求环卫车...100%新能源替代: all sanitation vehicles new-energy.</summary>
    public static Indicator<Ratio> SanitationVehiclesNewEnergy { get; } = new(
        Id("sanitation-vehicles-new-energy"), "环卫车新能源替代率", "New-energy share of sanitation vehicles",
        new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.AtDeadline })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Require,
        Source = "严格要求环卫车和重点建筑工地工程车100%新能源替代",
        Interpretation = "One promise, two measured fleets: split into sanitation vehicles and construction-site vehicles. " + "Basis: at the deadline: a fleet share is a stock that must reach 100% by year end; earlier readings show progress.",
        InterpretationChinese = "一项承诺含两类车辆：环卫车和重点建筑工地工程车分别评价。期末达到：新能源替代率为存量指标，须于年底前达到100%，此前数据仅反映进度。",
    };

    /// <summary>严格要求...重点建筑工地工程车100%新能源替代: all engineering vehicles on key construction sites new-energy.</summary>
    public static Indicator<Ratio> ConstructionVehiclesNewEnergy { get; } = new(
        Id("construction-vehicles-new-energy"), "重点建筑工地工程车新能源替代率", "New-energy share of vehicles on key construction sites",
        new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.AtDeadline })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Require,
        Source = "严格要求环卫车和重点建筑工地工程车100%新能源替代",
        Interpretation = "One promise, two measured fleets: split into sanitation vehicles and construction-site vehicles. " + "Basis: at the deadline: a fleet share is a stock that must reach 100% by year end; earlier readings show progress.",
        InterpretationChinese = "一项承诺含两类车辆：环卫车和重点建筑工地工程车分别评价。期末达到：新能源替代率为存量指标，须于年底前达到100%，此前数据仅反映进度。",
    };

    /// <summary>力争全年空气质量综合指数位居五城区前列: the air quality composite index among the top of the five central districts (lower is better).</summary>
    public static Indicator<double> AirQualityRank { get; } = new(
        Id("air-quality-rank"), "空气质量综合指数排名", "Ambient air quality composite index rank among the five central districts",
        new RankTarget(ChengduPeerGroups.FiveCentralDistricts, 2, Year, QuantityKind.Index) { Basis = TargetBasis.OverPeriod })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Direction = Direction.LowerIsBetter,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年空气质量综合指数位居五城区前列",
        Interpretation = TopTwoOfFive + " Ranked on the five districts' annual composite index (lower is better; ties share a rank), or on a reported rank. Basis: over the period: 全年 ranks the index of the whole year; a year-to-date rank shows progress only.",
        InterpretationChinese = TopTwoOfFiveChinese + "按五城区全年空气质量综合指数排名（越低越好，并列同名次），或按上报排名。全期整体：“全年”以全年综合指数排名为准，年内累计排名仅反映进度。",
    };

    /// <summary>确保全市考核断面水质达到Ⅲ类标准: every assessed river section at water quality class Ⅲ or better.</summary>
    public static Indicator<QualityClass> WaterSectionsClass { get; } = new(
        Id("water-sections-class"), "考核断面水质类别", "Water quality class of assessed river sections",
        new ClassTarget(QualityClass.III, Year) { Basis = TargetBasis.Throughout })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保全市考核断面水质达到Ⅲ类标准",
        Interpretation = "Judged for 2023 (the sentence lists the year's targets). Each section is an observation component; the worst section decides. Basis: throughout: 确保 every assessed section at Ⅲ类 is tested by every (monthly) assessment from the report's delivery; the first section below Ⅲ类 breaks the promise for the year, and later months cannot repair it.",
        InterpretationChinese = "按2023年评价（该句列明当年目标）；各考核断面分别评价，以最差断面为准。全程保持：“确保”达到Ⅲ类须自报告发布之日起每次（每月）考核均达标，任一断面劣于Ⅲ类即本年不能实现，此后月份不能弥补。",
    };

    /// <summary>力争全年油烟、噪声相关投诉减少5%: cooking-fume and noise complaints down 5% on 2022.</summary>
    public static Indicator<Count> FumeAndNoiseComplaints { get; } = new(
        Id("fume-and-noise-complaints"), "油烟、噪声相关投诉", "Cooking-fume and noise complaints",
        ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Direction = Direction.LowerIsBetter,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年油烟、噪声相关投诉减少5%",
        Interpretation = "One 5% figure for 相关投诉: read as the combined count of fume and noise complaints, against 2022. Observations are running totals within the year.",
        InterpretationChinese = "“相关投诉减少5%”只有一个比例：按油烟、噪声投诉合计件数与2022年全年比较；观测值为年内累计数。",
    };

    /// <summary>确保生活垃圾...无害化处理率100%: household waste.</summary>
    public static Indicator<Ratio> HouseholdWasteHarmlessTreatment { get; } = new(
        Id("household-waste-harmless-treatment"), "生活垃圾无害化处理率", "Harmless treatment rate of household waste",
        new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.OverPeriod })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保生活垃圾、医废、固废无害化处理率100%",
        Interpretation = OverTheYearRate,
        InterpretationChinese = OverTheYearRateChinese,
    };

    /// <summary>确保...医废...无害化处理率100%: medical waste.</summary>
    public static Indicator<Ratio> MedicalWasteHarmlessTreatment { get; } = new(
        Id("medical-waste-harmless-treatment"), "医废无害化处理率", "Harmless treatment rate of medical waste",
        new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.OverPeriod })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保生活垃圾、医废、固废无害化处理率100%",
        Interpretation = OverTheYearRate,
        InterpretationChinese = OverTheYearRateChinese,
    };

    /// <summary>确保...固废无害化处理率100%: solid waste.</summary>
    public static Indicator<Ratio> SolidWasteHarmlessTreatment { get; } = new(
        Id("solid-waste-harmless-treatment"), "固废无害化处理率", "Harmless treatment rate of solid waste",
        new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.OverPeriod })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保生活垃圾、医废、固废无害化处理率100%",
        Interpretation = OverTheYearRate,
        InterpretationChinese = OverTheYearRateChinese,
    };

    /// <summary>加快推进黑烟车抓拍、高空污染源巡查、油烟在线监测等系统建设: three monitoring systems built.</summary>
    public static Indicator<bool> PollutionMonitoringSystems { get; } = new(
        Id("pollution-monitoring-systems"), "污染监测系统建设", "Pollution monitoring systems",
        Milestones(("black-smoke-vehicle-capture", "黑烟车抓拍系统"), ("high-altitude-source-patrol", "高空污染源巡查系统"), ("cooking-fume-online-monitoring", "油烟在线监测系统")))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Ecology,
        Source = "加快推进黑烟车抓拍、高空污染源巡查、油烟在线监测等系统建设",
        Interpretation = "加快推进...建设 read as each system in operation by 2023-12-31; one part per named system.",
        InterpretationChinese = "“加快推进……建设”按各系统于2023年12月31日前建成投用掌握；每个系统为一个分项。",
    };

    // 坚持夯实“三级公园体系”绿色本底

    /// <summary>新建天府绿道15公里.</summary>
    public static Indicator<Length> TianfuGreenway { get; } = new(
        Id("tianfu-greenway"), "新建天府绿道", "New Tianfu greenway",
        new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year) { Verb = "新建" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.ParksAndGreening,
        Source = "新建天府绿道15公里",
    };

    /// <summary>新建小游园微绿地3个.</summary>
    public static Indicator<Count> PocketParks { get; } = new(
        Id("pocket-parks"), "新建小游园微绿地", "New pocket parks and micro green spaces",
        new DeliveryTarget(new Measure(3, MeasureUnit.Item), Year) { Verb = "新建" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.ParksAndGreening,
        Source = "新建小游园微绿地3个",
    };

    /// <summary>(新建)社区花园3个.</summary>
    public static Indicator<Count> CommunityGardens { get; } = new(
        Id("community-gardens"), "新建社区花园", "New community gardens",
        new DeliveryTarget(new Measure(3, MeasureUnit.Item), Year) { Verb = "新建" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.ParksAndGreening,
        Source = "社区花园3个",
    };

    /// <summary>打造“两拆一增”精品点位65个.</summary>
    public static Indicator<Count> TwoDemolitionsOneAdditionSites { get; } = new(
        Id("two-demolitions-one-addition-sites"), "“两拆一增”精品点位", "Showcase \"two demolitions, one addition\" sites",
        new DeliveryTarget(new Measure(65, MeasureUnit.Item), Year) { Verb = "打造" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.ParksAndGreening,
        Source = "打造“两拆一增”精品点位65个",
    };

    /// <summary>力争全年新增立体绿化面积5000平方米.</summary>
    public static Indicator<UnitsNet.Area> VerticalGreening { get; } = new(
        Id("vertical-greening"), "新增立体绿化面积", "New vertical greening",
        new DeliveryTarget(Measure.From(UnitsNet.Area.FromSquareMeters(5000)), Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.ParksAndGreening,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年新增立体绿化面积5000平方米",
    };

    /// <summary>打造社区美空间市级示范点位3个以上.</summary>
    public static Indicator<Count> CommunityBeautySpaceDemoSites { get; } = new(
        Id("community-beauty-space-demo-sites"), "社区美空间市级示范点位", "City-level showcase community beauty spaces",
        new DeliveryTarget(new Measure(3, MeasureUnit.Item), Year) { Verb = "打造", OrMore = true })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.ParksAndGreening,
        Source = "打造社区美空间市级示范点位3个以上",
        Interpretation = "3个以上 includes 3: at least three delivered in 2023.",
        InterpretationChinese = "“3个以上”含3个：2023年内至少打造3个。",
    };

    // 坚定推进低碳绿色转型

    /// <summary>完成蓉东变电站扩容项目.</summary>
    public static Indicator<bool> RongdongSubstationExpansion { get; } = new(
        Id("rongdong-substation-expansion"), "蓉东变电站扩容项目", "Rongdong substation expansion",
        new MilestoneTarget(Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "完成蓉东变电站扩容项目",
        Interpretation = DueIn2023,
        InterpretationChinese = DueIn2023Chinese,
    };

    /// <summary>实施老旧院落供配电设施改造20座.</summary>
    public static Indicator<Count> OldCourtyardPowerRetrofits { get; } = new(
        Id("old-courtyard-power-retrofits"), "老旧院落供配电设施改造", "Power supply retrofits of old courtyards",
        new DeliveryTarget(new Measure(20, MeasureUnit.ItemZuo), Year) { Verb = "改造" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "实施老旧院落供配电设施改造20座",
    };

    /// <summary>新建新能源汽车充电桩600个.</summary>
    public static Indicator<Count> EvChargingPiles { get; } = new(
        Id("ev-charging-piles"), "新建新能源汽车充电桩", "New EV charging piles",
        new DeliveryTarget(new Measure(600, MeasureUnit.Item), Year) { Verb = "新建" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "新建新能源汽车充电桩600个",
    };

    /// <summary>打造建设区域分布式能源系统和楼宇分布式能源体系试点项目.</summary>
    public static Indicator<bool> DistributedEnergyPilots { get; } = new(
        Id("distributed-energy-pilots"), "分布式能源试点项目", "Distributed energy pilot projects",
        Milestones(("regional-system", "区域分布式能源系统试点"), ("building-system", "楼宇分布式能源体系试点")))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "打造建设区域分布式能源系统和楼宇分布式能源体系试点项目",
        Interpretation = DueIn2023 + " One part per pilot: the regional system and the building system.",
        InterpretationChinese = DueIn2023Chinese + "区域分布式能源系统、楼宇分布式能源体系试点各为一个分项。",
    };

    /// <summary>实施老旧院落燃气改造12座.</summary>
    public static Indicator<Count> OldCourtyardGasRetrofits { get; } = new(
        Id("old-courtyard-gas-retrofits"), "老旧院落燃气改造", "Gas retrofits of old courtyards",
        new DeliveryTarget(new Measure(12, MeasureUnit.ItemZuo), Year) { Verb = "改造" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "实施老旧院落燃气改造12座",
    };

    /// <summary>完成重点企业、重点写字楼应急电源配置.</summary>
    public static Indicator<bool> EmergencyPowerConfiguration { get; } = new(
        Id("emergency-power-configuration"), "重点企业、重点写字楼应急电源配置", "Emergency power for key enterprises and office buildings",
        Milestones(("key-enterprises", "重点企业应急电源配置"), ("key-office-buildings", "重点写字楼应急电源配置")))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "完成重点企业、重点写字楼应急电源配置",
        Interpretation = DueIn2023 + " One part per group: key enterprises and key office buildings.",
        InterpretationChinese = DueIn2023Chinese + "重点企业、重点写字楼各为一个分项。",
    };

    /// <summary>力争实现新能源产品销售额40亿元以上.</summary>
    public static Indicator<Money> NewEnergyProductSales { get; } = new(
        Id("new-energy-product-sales"), "新能源产品销售额", "Sales of new-energy products",
        new DeliveryTarget(Measure.From(Money.FromHundredMillionYuan(40)), Year) { Verb = string.Empty, OrMore = true })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Commitment = CommitmentLevel.Strive,
        Source = "力争实现新能源产品销售额40亿元以上",
        Interpretation = "Sales accumulate over 2023: observations are the running total of the year. 40亿元以上 includes 40亿元.",
        InterpretationChinese = "销售额按2023年内累计数；“40亿元以上”含40亿元。",
    };

    /// <summary>确保所有新建建筑全部达到绿色建筑标准.</summary>
    public static Indicator<Ratio> NewBuildingsGreenStandard { get; } = new(
        Id("new-buildings-green-standard"), "新建建筑绿色建筑标准达标率", "Share of new buildings meeting the green building standard",
        new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.OverPeriod })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Commitment = CommitmentLevel.Ensure,
        Source = "确保所有新建建筑全部达到绿色建筑标准",
        Interpretation = "所有新建建筑全部达到 read as the share of the year's new buildings meeting the green building standard, 100%. " + OverTheYearRate,
        InterpretationChinese = "“所有新建建筑全部达到”按当年新建建筑绿色建筑标准达标率100%掌握。" + OverTheYearRateChinese,
    };

    /// <summary>完成既有公共建筑节能改造11万平方米.</summary>
    public static Indicator<UnitsNet.Area> PublicBuildingEnergyRetrofits { get; } = new(
        Id("public-building-energy-retrofits"), "既有公共建筑节能改造", "Energy retrofits of existing public buildings",
        new DeliveryTarget(new Measure(11, MeasureUnit.TenThousandSquareMetres), Year) { Verb = "完成" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "完成既有公共建筑节能改造11万平方米",
    };

    /// <summary>试点打造节能示范社区11个.</summary>
    public static Indicator<Count> EnergySavingDemoCommunities { get; } = new(
        Id("energy-saving-demo-communities"), "节能示范社区", "Energy-saving showcase communities",
        new DeliveryTarget(new Measure(11, MeasureUnit.Item), Year) { Verb = "打造" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.LowCarbonTransition,
        Source = "试点打造节能示范社区11个",
    };

    // ——统筹疫情防控与经济社会发展

    /// <summary>推动医疗机构发热门诊“应设尽设、应开尽开”.</summary>
    public static Indicator<Ratio> FeverClinics { get; } = new(
        Id("fever-clinics"), "医疗机构发热门诊应设尽设、应开尽开", "Fever clinics set up and open wherever required",
        new AllOfTarget([new TargetPart("set-up", CoverageTarget.Full(Year)) { NameChinese = "发热门诊应设尽设" }, new TargetPart("open", CoverageTarget.Full(Year)) { NameChinese = "发热门诊应开尽开" }]))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.EpidemicAndHealth,
        Source = "推动医疗机构发热门诊“应设尽设、应开尽开”",
        Interpretation = "Two coverage parts: the share of institutions required to have a fever clinic that set one up (应设尽设), and the share of those clinics open (应开尽开). " + DueIn2023 + " Basis: at the deadline. Readings dated before the report was delivered are flagged (before-promise): they show the state the promise started from, not its delivery.",
        InterpretationChinese = "两个覆盖分项：应设置发热门诊的医疗机构中已设置的比例（应设尽设），已设置的发热门诊中开诊的比例（应开尽开）。" + DueIn2023Chinese + "期末达到。报告发布前的数据单独提示（反映承诺作出时的起点，不是承诺的落实）。",
    };

    /// <summary>有序推进重点人群疫苗“应接尽接”工作.</summary>
    public static Indicator<Ratio> KeyGroupsVaccination { get; } = new(
        Id("key-groups-vaccination"), "重点人群疫苗接种应接尽接", "Vaccination of key groups: everyone eligible",
        new DirectionTarget(QuantityKind.Ratio, Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.EpidemicAndHealth,
        Source = "有序推进重点人群疫苗“应接尽接”工作",
        Interpretation = "有序推进 (steadily advance) 应接尽接 gives neither a rate nor a date: read as a qualitative task judged on direction, the coverage of the eligible key groups rising over 2023; no 100% deadline is invented.",
        InterpretationChinese = "“有序推进……应接尽接”未给出比例和期限：按方向性任务掌握，即重点人群疫苗接种覆盖率在2023年内持续提升；不自行设定100%的期限。",
    };

    /// <summary>力争60岁至79岁老年人...接种率保持全市前列.</summary>
    public static Indicator<Ratio> VaccinationRankAged60To79 { get; } = new(
        Id("vaccination-rank-aged-60-79"), "60岁至79岁老年人接种率全市排名", "Vaccination rate rank, people aged 60-79, among Chengdu's units",
        new RankTarget(ChengduPeerGroups.AdministrativeUnits2023, 5, Year, QuantityKind.Ratio) { Basis = TargetBasis.Throughout })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.EpidemicAndHealth,
        Commitment = CommitmentLevel.Strive,
        Source = "力争60岁至79岁老年人、80岁以上老年人接种率保持全市前列",
        Interpretation = TopFiveOfCity + " Ranked on the units' vaccination rates (higher is better), or on a reported rank. Basis: throughout: 保持 (keep) is tested by every published ranking from the report's delivery; the first outside the top 5 breaks it.",
        InterpretationChinese = TopFiveOfCityChinese + "按各区（市）县接种率排名（越高越好），或按上报排名。全程保持：“保持”以自报告发布后每次公布的排名检验，首次跌出前5位即不能实现。",
    };

    /// <summary>力争...80岁以上老年人接种率保持全市前列.</summary>
    public static Indicator<Ratio> VaccinationRankAged80Plus { get; } = new(
        Id("vaccination-rank-aged-80-plus"), "80岁以上老年人接种率全市排名", "Vaccination rate rank, people aged 80 and over, among Chengdu's units",
        new RankTarget(ChengduPeerGroups.AdministrativeUnits2023, 5, Year, QuantityKind.Ratio) { Basis = TargetBasis.Throughout })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.EpidemicAndHealth,
        Commitment = CommitmentLevel.Strive,
        Source = "力争60岁至79岁老年人、80岁以上老年人接种率保持全市前列",
        Interpretation = TopFiveOfCity + " Ranked on the units' vaccination rates (higher is better), or on a reported rank. Basis: throughout: 保持 (keep) is tested by every published ranking from the report's delivery; the first outside the top 5 breaks it.",
        InterpretationChinese = TopFiveOfCityChinese + "按各区（市）县接种率排名（越高越好），或按上报排名。全程保持：“保持”以自报告发布后每次公布的排名检验，首次跌出前5位即不能实现。",
    };

    // ——统筹发展和安全

    /// <summary>推动区政府安办实体化运行: the district safety office run as a standing body.</summary>
    public static Indicator<bool> SafetyOfficeStandingOperation { get; } = new(
        Id("safety-office-standing-operation"), "区政府安办实体化运行", "District safety office run as a standing body",
        new MilestoneTarget(Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Source = "推动区政府安办实体化运行",
        Interpretation = "推动...实体化运行 read as a milestone: the office running as a standing body (own staff and seat). " + DueIn2023,
        InterpretationChinese = "“推动……实体化运行”按里程碑掌握：安办作为常设机构运行（专门人员、独立办公）。" + DueIn2023Chinese,
    };

    /// <summary>将安全风险隐患“一周一暗访一曝光”机制向行业主管部门推广: the weekly mechanism extended to the industry departments.</summary>
    public static Indicator<Ratio> WeeklyMechanismDepartmentsCoverage { get; } = new(
        Id("weekly-mechanism-departments-coverage"), "“一周一暗访一曝光”机制行业主管部门推广覆盖率", "Share of industry departments running the weekly inspection-and-exposure mechanism",
        CoverageTarget.Full(Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Source = "将安全风险隐患“一周一暗访一曝光”机制向行业主管部门推广",
        Interpretation = "向行业主管部门推广 read as every industry department (行业主管部门) running the mechanism by year end: the share of departments, 100%. " + DueIn2023 + " Basis: at the deadline.",
        InterpretationChinese = "“向行业主管部门推广”按年底前各行业主管部门均运行该机制掌握，即覆盖率100%。" + DueIn2023Chinese + "期末达到。",
    };

    /// <summary>“一周一暗访一曝光”机制: one unannounced inspection and one public exposure every week.</summary>
    public static Indicator<Count> WeeklyInspectionAndExposure { get; } = new(
        Id("weekly-inspection-and-exposure"), "一周一暗访一曝光", "One unannounced inspection and one exposure every week",
        new AllOfTarget(
        [
            new TargetPart("inspection", new CadenceTarget(1, CadenceUnit.Week, Year)) { NameChinese = "暗访" },
            new TargetPart("exposure", new CadenceTarget(1, CadenceUnit.Week, Year)) { NameChinese = "曝光" },
        ]))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Source = "“一周一暗访一曝光”机制",
        Interpretation = "Two weekly cadences (ISO weeks, Monday to Sunday) in 2023: at least one unannounced inspection and one exposure each week.",
        InterpretationChinese = "2023年内按周（周一至周日）考核两项：每周至少一次暗访、一次曝光。",
    };

    /// <summary>每周对重点生产企业开展暗查暗访.</summary>
    public static Indicator<Count> WeeklyEnterpriseInspections { get; } = new(
        Id("weekly-enterprise-inspections"), "每周重点生产企业暗查暗访", "Weekly unannounced inspections of key production enterprises",
        new CadenceTarget(1, CadenceUnit.Week, Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Source = "每周对重点生产企业开展暗查暗访",
        Interpretation = "At least one inspection in every ISO week of 2023.",
        InterpretationChinese = "2023年内每周（周一至周日）至少开展一次暗查暗访。",
    };

    /// <summary>全年策划包装老旧院落“安全一体化”改造项目31个.</summary>
    public static Indicator<Count> OldCourtyardSafetyProjects { get; } = new(
        Id("old-courtyard-safety-projects"), "老旧院落“安全一体化”改造项目", "Integrated safety retrofit projects for old courtyards",
        new DeliveryTarget(new Measure(31, MeasureUnit.Item), Year) { Verb = "策划包装" })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Source = "全年策划包装老旧院落“安全一体化”改造项目31个",
        Interpretation = "策划包装 (plan and package) counts projects prepared, not completed.",
        InterpretationChinese = "“策划包装”按已策划包装的项目数计，不要求建成。",
    };

    /// <summary>力争全年道路交通综合治理工作全市领先.</summary>
    public static Indicator<Rank> RoadTrafficGovernanceRank { get; } = new(
        Id("road-traffic-governance-rank"), "道路交通综合治理工作全市排名", "Road traffic governance rank in Chengdu",
        new RankTarget(ChengduPeerGroups.CityRankings2023, 1, Year, QuantityKind.Index) { Basis = TargetBasis.OverPeriod })
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Commitment = CommitmentLevel.Strive,
        Source = "力争全年道路交通综合治理工作全市领先",
        Interpretation = "领先 read as first among the 23 units of Chengdu's city-wide assessment (see ChengduPeerGroups), on the reported rank; the assessment ranks the functional zones beside the 20 administrative units, hence 23 here and 20 for vaccination rates. Basis: over the period: 全年 is the year's assessment; a quarterly rank shows progress only.",
        InterpretationChinese = "领先：按全市第1位掌握；道路交通综合治理在成都全市考核，参评单位为23个（20个区（市）县及高新区、天府新区成都直管区、东部新区），故比较范围与接种率排名的20个区（市）县不同。按上报排名。全期整体：“全年”以全年考核为准，季度排名仅反映进度。",
    };

    /// <summary>严格落实“1、3、5分钟”快速处置要求.</summary>
    public static Indicator<Duration> RapidResponse { get; } = new(
        Id("rapid-response-1-3-5"), "“1、3、5分钟”快速处置", "1-3-5 minute rapid response",
        ResponseTimeTarget.OneThreeFiveMinutes(Ratio.FromPercent(100), Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.Safety,
        Commitment = CommitmentLevel.Require,
        Source = "严格落实“1、3、5分钟”快速处置要求",
        Interpretation = "Tiers respond (1 min), arrive (3 min), reinforce (5 min), as in patrol policing; 严格落实 read as every incident (100%) within each limit. Basis: throughout: every incident from the report's delivery is a test; one incident over a limit breaks the promise for the year.",
        InterpretationChinese = "分三档：1分钟响应处置、3分钟到达现场、5分钟增援到位（参照巡逻防控“1、3、5分钟”快速反应机制）；“严格落实”按每起事件（100%）均在各档时限内掌握。全程保持：自报告发布后每起事件均为检验，任一事件超时即本年不能实现。",
    };

    // ——统筹人与自然和谐共生

    /// <summary>逐步扩大社会面私家车新能源替代比例.</summary>
    public static Indicator<Ratio> PrivateCarNewEnergyShare { get; } = new(
        Id("private-car-new-energy-share"), "社会面私家车新能源替代比例", "New-energy share of private cars",
        new DirectionTarget(QuantityKind.Ratio, Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.GreenDevelopment,
        Source = "逐步扩大社会面私家车新能源替代比例",
        Interpretation = "Direction only: the share should be higher at the end of 2023 than at its start.",
        InterpretationChinese = "仅有方向：2023年末比例应高于年初。",
    };

    /// <summary>持续提升重点路段通行效率: traffic efficiency of key road sections keeps rising.</summary>
    public static Indicator<double> KeyRoadTrafficEfficiency { get; } = new(
        Id("key-road-traffic-efficiency"), "重点路段通行效率", "Traffic efficiency of key road sections",
        new DirectionTarget(QuantityKind.Index, Year))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.GreenDevelopment,
        Source = "持续提升重点路段通行效率",
        Interpretation = "Direction only: an efficiency index of the key sections (such as the mean travel speed at peak hours on 东大街沙河铺段) should be higher at the end of 2023 than at its start.",
        InterpretationChinese = "仅有方向：重点路段通行效率指数（如东大街沙河铺段高峰时段平均车速）2023年末应高于年初。",
    };

    /// <summary>在三圣花乡、太古里等重点片区分阶段试点建设绿色低碳交通“低排放区”“超低排放区”.</summary>
    public static Indicator<bool> LowEmissionZonePilots { get; } = new(
        Id("low-emission-zone-pilots"), "“低排放区”“超低排放区”试点", "Low and ultra-low emission zone pilots",
        Milestones(("sansheng-huaxiang", "三圣花乡片区试点"), ("taikoo-li", "太古里片区试点")))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.GreenDevelopment,
        Source = "在三圣花乡、太古里等重点片区分阶段试点建设绿色低碳交通“低排放区”“超低排放区”",
        Interpretation = DueIn2023 + " One part per named area (三圣花乡, 太古里); 分阶段 (in phases) read as the first phase built.",
        InterpretationChinese = DueIn2023Chinese + "三圣花乡、太古里片区各为一个分项；“分阶段”按建成第一阶段掌握。",
    };

    /// <summary>在林家坝片区...等点位试点建设垃圾再生处理设施.</summary>
    public static Indicator<bool> WasteRecyclingFacilityPilots { get; } = new(
        Id("waste-recycling-facility-pilots"), "垃圾再生处理设施试点", "Waste recycling facility pilots",
        Milestones(("linjiaba-transfer-station", "林家坝片区地下垃圾处理中转站"), ("sanshengxiang-clearance-centre", "三圣乡垃圾清运中心"), ("feicuicheng-market", "翡翠城农贸市场")))
    {
        Report = Jinjiang2023.Report,
        Section = ReportSections.GreenDevelopment,
        Source = "在林家坝片区地下垃圾处理中转站、三圣乡垃圾清运中心、翡翠城农贸市场等点位试点建设垃圾再生处理设施",
        Interpretation = DueIn2023 + " One part per named site.",
        InterpretationChinese = DueIn2023Chinese + "每个点位为一个分项。",
    };

    /// <summary>Every indicator of the report, in the report's order.</summary>
    public static IndicatorCatalog Catalog { get; } = new(
        Report,
    [
        EcologicalQualityRank, SanitationVehiclesNewEnergy, ConstructionVehiclesNewEnergy, AirQualityRank,
        WaterSectionsClass, FumeAndNoiseComplaints, HouseholdWasteHarmlessTreatment, MedicalWasteHarmlessTreatment, SolidWasteHarmlessTreatment,
        PollutionMonitoringSystems,
        TianfuGreenway, PocketParks, CommunityGardens, TwoDemolitionsOneAdditionSites, VerticalGreening, CommunityBeautySpaceDemoSites,
        RongdongSubstationExpansion, OldCourtyardPowerRetrofits, EvChargingPiles, DistributedEnergyPilots, OldCourtyardGasRetrofits,
        EmergencyPowerConfiguration, NewEnergyProductSales, NewBuildingsGreenStandard, PublicBuildingEnergyRetrofits, EnergySavingDemoCommunities,
        FeverClinics, KeyGroupsVaccination, VaccinationRankAged60To79, VaccinationRankAged80Plus,
        SafetyOfficeStandingOperation, WeeklyInspectionAndExposure, WeeklyMechanismDepartmentsCoverage, WeeklyEnterpriseInspections, OldCourtyardSafetyProjects, RoadTrafficGovernanceRank, RapidResponse,
        PrivateCarNewEnergyShare, KeyRoadTrafficEfficiency, LowEmissionZonePilots, WasteRecyclingFacilityPilots,
    ])
    {
        Excluded =
        [
            new("全面摸排燃气、电力、防汛、给排水、道路、电梯等基础设施安全隐患", "A survey with no scope, count or date: 全面 names no denominator. Its measured result, 31 安全一体化 projects, is in the catalog (old-courtyard-safety-projects).", "全面摸排未给出范围、数量或期限（“全面”无分母）；其可量化的成果“安全一体化”改造项目31个已纳入目录。"),
            new("确保增项目不增风险", "确保, but no measure of risk is named (no count of incidents or hazards to hold): it cannot be judged from data.", "虽用“确保”，但未明确衡量风险的指标（事故、隐患数量等），无法依据数据评价。"),
            new("全面深入开展自建房、D级危房整治和燃气安全宣传引导", "An activity without a figure: neither the number of D-level dangerous houses to rectify nor a share is given. Add it as a coverage target once the housing department states the count.", "为工作部署，未给出数量：未说明须整治的D级危房数量或比例；待住建部门明确底数后可按整治率纳入。"),
            new("分管区领导定期对街道、部门和企业开展安全生产约谈", "定期 (regularly) states no frequency to keep.", "“定期”未规定频次，无法按频次考核。"),
            new("对隐患整改不力、发生较大以上事故的单位实行“一票否决”", "A rule applied to others, not a target of the government.", "为对其他单位适用的考核规则，并非政府自身的目标。"),
            new("结合“智慧锦江”城运平台加快构建城市运行监测指标体系", "加快构建 (speed up building) states neither a completion criterion nor a date.", "“加快构建”未给出建成标准和期限。"),
            new("持续优化地震、火灾、洪涝等灾害应急预案", "持续优化 (keep improving) has no measure.", "“持续优化”无可衡量的标准。"),
            new("持续开展重型货车交通违法、电动自行车占道行驶和行人违法横穿道路等交通顽疾整治", "An activity without a figure; the measured promise of the sentence, 道路交通综合治理工作全市领先, is in the catalog.", "为工作部署，未给出数量；同句可考核的“道路交通综合治理工作全市领先”已纳入目录。"),
            new("常态化开展扫黑除恶", "常态化 (as a matter of routine) has no measure.", "“常态化”无可衡量的标准。"),
            new("大力提升锦江公园、沙河公园、环城生态公园三条生态基带绿色品质", "提升品质 (raise the quality) names no measure of green quality.", "“提升绿色品质”未明确衡量指标。"),
        ],
    };

    /// <summary>The text of the report excerpt the catalog is traced to (UTF-8, as published, with the website's first and last lines).</summary>
    public static string ReportText => ReportTextHolder.Value;

    private static IndicatorId Id(string id) => new(id);

    private static AllOfTarget Milestones(params (string Component, string NameChinese)[] parts) => new(parts.Select(p => new TargetPart(p.Component, new MilestoneTarget(Year)) { NameChinese = p.NameChinese }));

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
