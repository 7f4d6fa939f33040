namespace Jinjiang.Indicators;

/// <summary>The level of the government that delivers a work report (国务院, 省, 市, 县/区).</summary>
public enum GovernmentLevel
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>国务院: the State Council (the national report).</summary>
    National,

    /// <summary>省, 自治区, 直辖市: a province-level government.</summary>
    Province,

    /// <summary>市, 州, 盟: a prefecture-level city or prefecture.</summary>
    City,

    /// <summary>县, 县级市, 旗: a county-level government that is not a district.</summary>
    County,

    /// <summary>区: a city district (市辖区).</summary>
    District,
}
