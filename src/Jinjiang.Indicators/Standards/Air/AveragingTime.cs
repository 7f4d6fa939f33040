namespace Jinjiang.Indicators.Standards.Air;

/// <summary>The averaging time a concentration refers to, which selects the AQI breakpoints and limits.</summary>
public enum AveragingTime
{
    /// <summary>A one-hour mean.</summary>
    OneHour = 0,

    /// <summary>A daily maximum 8-hour moving mean (ozone).</summary>
    EightHours,

    /// <summary>A 24-hour (daily) mean.</summary>
    Day,
}
