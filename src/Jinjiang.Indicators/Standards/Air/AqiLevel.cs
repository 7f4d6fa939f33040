namespace Jinjiang.Indicators.Standards.Air;

/// <summary>The six AQI levels of HJ 633-2012.</summary>
public enum AqiLevel
{
    /// <summary>一级, 优 (excellent): AQI 0-50.</summary>
    Excellent = 1,

    /// <summary>二级, 良 (good): 51-100.</summary>
    Good,

    /// <summary>三级, 轻度污染 (lightly polluted): 101-150.</summary>
    LightlyPolluted,

    /// <summary>四级, 中度污染 (moderately polluted): 151-200.</summary>
    ModeratelyPolluted,

    /// <summary>五级, 重度污染 (heavily polluted): 201-300.</summary>
    HeavilyPolluted,

    /// <summary>六级, 严重污染 (severely polluted): above 300.</summary>
    SeverelyPolluted,
}
