namespace Jinjiang.Indicators;

/// <summary>The quality flag of an observation (SDMX OBS_STATUS: A, P, E, B).</summary>
public enum ObservationStatus
{
    /// <summary>A normal, final value (A).</summary>
    Normal = 0,

    /// <summary>A provisional value that may be revised (P).</summary>
    Provisional,

    /// <summary>An estimate (E).</summary>
    Estimated,

    /// <summary>A break in the series: not comparable with earlier values (B).</summary>
    Break,
}
