namespace Jinjiang.Indicators.Standards.Water;

/// <summary>The GB 3838-2002 parameters the library classifies (all in mg/L).</summary>
public enum WaterParameter
{
    /// <summary>Dissolved oxygen (溶解氧, DO): higher is better.</summary>
    DissolvedOxygen = 0,

    /// <summary>Permanganate index (高锰酸盐指数, CODMn).</summary>
    PermanganateIndex,

    /// <summary>Chemical oxygen demand (化学需氧量, COD).</summary>
    ChemicalOxygenDemand,

    /// <summary>Five-day biochemical oxygen demand (五日生化需氧量, BOD5).</summary>
    BiochemicalOxygenDemand,

    /// <summary>Ammonia nitrogen (氨氮, NH3-N).</summary>
    AmmoniaNitrogen,

    /// <summary>Total phosphorus (总磷, TP); limits differ for rivers and for lakes and reservoirs.</summary>
    TotalPhosphorus,
}
