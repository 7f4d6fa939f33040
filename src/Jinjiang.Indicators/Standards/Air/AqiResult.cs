namespace Jinjiang.Indicators.Standards.Air;

/// <summary>An air quality index (AQI) with its level, category and primary pollutant(s), and the IAQI of each pollutant.</summary>
public sealed class AqiResult
{
    internal AqiResult(int value, IReadOnlyDictionary<Pollutant, int> iaqi)
    {
        Value = value;
        Iaqi = iaqi;
        Level = value switch
        {
            <= 50 => AqiLevel.Excellent,
            <= 100 => AqiLevel.Good,
            <= 150 => AqiLevel.LightlyPolluted,
            <= 200 => AqiLevel.ModeratelyPolluted,
            <= 300 => AqiLevel.HeavilyPolluted,
            _ => AqiLevel.SeverelyPolluted,
        };
        PrimaryPollutants = value > 50 ? iaqi.Where(p => p.Value == value).Select(p => p.Key).Order().ToArray() : [];
    }

    /// <summary>The AQI: the largest IAQI, an integer rounded up.</summary>
    public int Value { get; }

    /// <summary>The individual indices.</summary>
    public IReadOnlyDictionary<Pollutant, int> Iaqi { get; }

    /// <summary>The level.</summary>
    public AqiLevel Level { get; }

    /// <summary>The category in Chinese (优, 良, 轻度污染, 中度污染, 重度污染, 严重污染).</summary>
    public string Category => Level switch
    {
        AqiLevel.Excellent => "优",
        AqiLevel.Good => "良",
        AqiLevel.LightlyPolluted => "轻度污染",
        AqiLevel.ModeratelyPolluted => "中度污染",
        AqiLevel.HeavilyPolluted => "重度污染",
        _ => "严重污染",
    };

    /// <summary>The pollutants whose IAQI equals the AQI, only when the AQI is above 50.</summary>
    public IReadOnlyList<Pollutant> PrimaryPollutants { get; }
}
