namespace Jinjiang.Indicators.Evaluations;

/// <summary>Which level of a 确保X、力争Y target was reached.</summary>
public enum AchievedLevel
{
    /// <summary>The target has no floor and stretch.</summary>
    NotApplicable = 0,

    /// <summary>Neither level is reached (yet).</summary>
    None,

    /// <summary>The ensured floor (确保) is reached, the stretch (力争) is not.</summary>
    Floor,

    /// <summary>The stretch (力争) is reached.</summary>
    Stretch,
}
