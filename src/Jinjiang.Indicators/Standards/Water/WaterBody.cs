namespace Jinjiang.Indicators.Standards.Water;

/// <summary>The kind of water body, which selects the total phosphorus limits.</summary>
public enum WaterBody
{
    /// <summary>A river section.</summary>
    River = 0,

    /// <summary>A lake or reservoir.</summary>
    LakeOrReservoir,
}
