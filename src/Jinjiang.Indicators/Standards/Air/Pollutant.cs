namespace Jinjiang.Indicators.Standards.Air;

/// <summary>The six pollutants of GB 3095-2012 that the composite index and the AQI are computed from.</summary>
public enum Pollutant
{
    /// <summary>Sulphur dioxide (SO2), in µg/m3.</summary>
    SO2 = 0,

    /// <summary>Nitrogen dioxide (NO2), in µg/m3.</summary>
    NO2,

    /// <summary>Particulate matter up to 10 µm (PM10), in µg/m3.</summary>
    PM10,

    /// <summary>Particulate matter up to 2.5 µm (PM2.5), in µg/m3.</summary>
    PM25,

    /// <summary>Carbon monoxide (CO), in mg/m3.</summary>
    CO,

    /// <summary>Ozone (O3), in µg/m3.</summary>
    O3,
}
