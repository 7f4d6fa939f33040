using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Samples;

/// <summary>
/// An illustrative task breakdown (目标任务分解) of the 2023 catalog — <b>not an official assignment</b>: a lead unit
/// (牵头单位) and cooperating units (配合单位) for each promise, named as district bureaus are, a responsible leader by
/// portfolio (责任领导), node targets (节点目标) for some projects and deliveries, and a reporting calendar (quarterly by
/// the 10th of the next month; monthly by the 5th for the weekly and daily mechanisms; yearly by 15 January for the
/// rankings), so that a sample shows lead units, the ledger, node verdicts, late returns and the bulletin. The report
/// names no unit; a real breakdown comes from the office.
/// </summary>
public static class SampleBreakdown
{
    private static readonly Dictionary<string, (string Lead, string[] Cooperating)> Units = new(StringComparer.Ordinal)
    {
        ["ecological-quality-rank"] = ("区生态环境局", ["区公园城市局"]),
        ["sanitation-vehicles-new-energy"] = ("区城管委", []),
        ["construction-vehicles-new-energy"] = ("区住建交局", ["区生态环境局"]),
        ["air-quality-rank"] = ("区生态环境局", []),
        ["water-sections-class"] = ("区生态环境局", ["区水务局"]),
        ["fume-and-noise-complaints"] = ("区生态环境局", ["区城管委"]),
        ["household-waste-harmless-treatment"] = ("区城管委", []),
        ["medical-waste-harmless-treatment"] = ("区卫健局", ["区生态环境局"]),
        ["solid-waste-harmless-treatment"] = ("区生态环境局", []),
        ["pollution-monitoring-systems"] = ("区生态环境局", ["公安锦江分局"]),
        ["tianfu-greenway"] = ("区公园城市局", ["区住建交局"]),
        ["pocket-parks"] = ("区公园城市局", []),
        ["community-gardens"] = ("区公园城市局", ["区社治委"]),
        ["two-demolitions-one-addition-sites"] = ("区公园城市局", ["区城管委"]),
        ["vertical-greening"] = ("区公园城市局", []),
        ["community-beauty-space-demo-sites"] = ("区社治委", ["区公园城市局"]),
        ["rongdong-substation-expansion"] = ("区发改局", []),
        ["old-courtyard-power-retrofits"] = ("区住建交局", ["区发改局"]),
        ["ev-charging-piles"] = ("区发改局", ["区住建交局"]),
        ["distributed-energy-pilots"] = ("区发改局", []),
        ["old-courtyard-gas-retrofits"] = ("区住建交局", []),
        ["emergency-power-configuration"] = ("区发改局", ["区应急局"]),
        ["new-energy-product-sales"] = ("区商务局", []),
        ["new-buildings-green-standard"] = ("区住建交局", []),
        ["public-building-energy-retrofits"] = ("区住建交局", ["区机关事务中心"]),
        ["energy-saving-demo-communities"] = ("区发改局", ["区社治委"]),
        ["fever-clinics"] = ("区卫健局", []),
        ["key-groups-vaccination"] = ("区卫健局", ["各街道办事处"]),
        ["vaccination-rank-aged-60-79"] = ("区卫健局", ["各街道办事处"]),
        ["vaccination-rank-aged-80-plus"] = ("区卫健局", ["各街道办事处"]),
        ["safety-office-standing-operation"] = ("区应急局", ["区委编办"]),
        ["weekly-inspection-and-exposure"] = ("区应急局", []),
        ["weekly-mechanism-departments-coverage"] = ("区应急局", ["各行业主管部门"]),
        ["weekly-enterprise-inspections"] = ("区应急局", []),
        ["old-courtyard-safety-projects"] = ("区住建交局", ["区应急局"]),
        ["road-traffic-governance-rank"] = ("公安锦江分局", ["区住建交局"]),
        ["rapid-response-1-3-5"] = ("公安锦江分局", []),
        ["private-car-new-energy-share"] = ("区发改局", ["公安锦江分局"]),
        ["key-road-traffic-efficiency"] = ("公安锦江分局", ["区住建交局"]),
        ["low-emission-zone-pilots"] = ("区生态环境局", ["公安锦江分局"]),
        ["waste-recycling-facility-pilots"] = ("区城管委", []),
    };

    private static readonly Dictionary<string, string> Leaders = new(StringComparer.Ordinal)
    {
        ["区生态环境局"] = "分管生态环境工作的副区长",
        ["区公园城市局"] = "分管公园城市建设工作的副区长",
        ["区住建交局"] = "分管住房城乡建设工作的副区长",
        ["区发改局"] = "分管发展改革工作的副区长",
        ["区城管委"] = "分管城市管理工作的副区长",
        ["区商务局"] = "分管商务工作的副区长",
        ["区卫健局"] = "分管卫生健康工作的副区长",
        ["区应急局"] = "分管应急管理工作的副区长",
        ["公安锦江分局"] = "分管公安工作的副区长",
        ["区社治委"] = "分管社区治理工作的区领导",
    };

    private static readonly Dictionary<string, NodeTarget[]> NodesById = new(StringComparer.Ordinal)
    {
        ["rongdong-substation-expansion"] = [new(new LocalDate(2023, 3, 31), "前期手续"), new(new LocalDate(2023, 6, 30), "开工"), new(new LocalDate(2023, 9, 30), "主体完工")],
        ["tianfu-greenway"] = [new(new LocalDate(2023, 6, 30), Measure.From(UnitsNet.Length.FromKilometers(7))), new(new LocalDate(2023, 9, 30), Measure.From(UnitsNet.Length.FromKilometers(11)))],
        ["ev-charging-piles"] = [new(new LocalDate(2023, 6, 30), new Measure(300, MeasureUnit.Item)), new(new LocalDate(2023, 9, 30), new Measure(450, MeasureUnit.Item))],
    };

    private static readonly HashSet<string> Monthly = new(StringComparer.Ordinal) { "weekly-inspection-and-exposure", "weekly-enterprise-inspections", "rapid-response-1-3-5" };

    private static readonly HashSet<string> Yearly = new(StringComparer.Ordinal)
    {
        "ecological-quality-rank", "air-quality-rank", "vaccination-rank-aged-60-79", "vaccination-rank-aged-80-plus", "road-traffic-governance-rank",
    };

    /// <summary>The illustrative breakdown line of a promise of the 2023 catalog; <see cref="TaskBreakdown.None"/> for one it does not know.</summary>
    /// <param name="id">The promise's id.</param>
    /// <returns>The line: units, leader, nodes and reporting calendar.</returns>
    public static TaskBreakdown For(IndicatorId id)
    {
        if (!Units.TryGetValue(id.Value, out var units))
        {
            return TaskBreakdown.None;
        }

        return new TaskBreakdown
        {
            LeadUnit = units.Lead,
            CooperatingUnits = units.Cooperating,
            ResponsibleLeader = Leaders.GetValueOrDefault(units.Lead),
            Nodes = NodesById.GetValueOrDefault(id.Value) ?? [],
            Reporting = Monthly.Contains(id.Value) ? ReportingSchedule.MonthlyByFifth
                : Yearly.Contains(id.Value) ? new ReportingSchedule(ReportingFrequency.Yearly, 15)
                : new ReportingSchedule(ReportingFrequency.Quarterly, 10),
        };
    }

    /// <summary>
    /// A catalog with the illustrative breakdown (units, leader, nodes, calendar) of each promise it knows set
    /// (indicators it does not know, and those that already name a unit, are kept as they are).
    /// </summary>
    /// <param name="catalog">The catalog (the 2023 one, or a copy of it).</param>
    /// <returns>The catalog with units.</returns>
    public static IndicatorCatalog Apply(IndicatorCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return catalog.With(catalog.All
            .Where(i => i.ResponsibleUnit is null && Units.ContainsKey(i.Id.Value))
            .Select(i => i.WithBreakdown(For(i.Id))));
    }
}
