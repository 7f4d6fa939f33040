using NodaTime;
using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// The peer groups of Chengdu that the 2023 Jinjiang report ranks against, as dated data with their sources.
/// Membership changes over the years and between rankings: build a <see cref="PeerGroup"/> of your own for another
/// year or another ranking.
/// </summary>
public static class ChengduPeerGroups
{
    private static readonly string[] Five = ["锦江区", "青羊区", "金牛区", "武侯区", "成华区"];

    private static readonly string[] Twenty =
    [
        "锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区", "温江区", "双流区", "郫都区", "新津区",
        "金堂县", "大邑县", "蒲江县", "都江堰市", "彭州市", "邛崃市", "崇州市", "简阳市",
    ];

    /// <summary>五城区: Chengdu's five central urban districts (锦江, 青羊, 金牛, 武侯, 成华).</summary>
    public static PeerGroup FiveCentralDistricts { get; } = new("五城区", "Chengdu's five central districts", Five)
    {
        AsOf = new LocalDate(2023, 2, 8),
        SourceNote = "The five central urban districts of Chengdu (中心城区五城区), unchanged since 2002.",
    };

    /// <summary>
    /// 全市 as administrative units: Chengdu's 20 county-level units (12 districts, 3 counties, 5 county-level
    /// cities) in 2023.
    /// </summary>
    public static PeerGroup AdministrativeUnits2023 { get; } = new("全市（20个区（市）县）", "All of Chengdu (20 county-level units)", Twenty)
    {
        AsOf = new LocalDate(2023, 1, 1),
        SourceNote = "Chengdu's administrative divisions in 2023: 12 districts, 3 counties, 5 county-level cities (新津 a district since 2020).",
    };

    /// <summary>
    /// 全市 as Chengdu's city-wide rankings list it: the 20 county-level units plus the three functional zones
    /// 高新区, 天府新区成都直管区 and 东部新区 (23 units), as in 2023.
    /// </summary>
    public static PeerGroup CityRankings2023 { get; } = new("全市", "All of Chengdu as its city-wide rankings list it (23 units)", [.. Twenty, "高新区", "天府新区成都直管区", "东部新区"])
    {
        AsOf = new LocalDate(2023, 1, 1),
        SourceNote = "Chengdu's city-wide assessments in 2023 commonly rank 23 units: the 20 county-level units and 3 functional zones (not administrative units). Verify the list of the ranking used.",
    };
}
