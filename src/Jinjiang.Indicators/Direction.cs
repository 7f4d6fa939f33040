namespace Jinjiang.Indicators;

/// <summary>Which way an indicator's value should move.</summary>
public enum Direction
{
    /// <summary>More is better (greenway built, coverage, sales).</summary>
    HigherIsBetter = 0,

    /// <summary>Less is better (complaints, the air quality composite index, a rank position).</summary>
    LowerIsBetter,
}
