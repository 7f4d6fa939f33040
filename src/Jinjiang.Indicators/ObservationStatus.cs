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

/// <summary>What a status means for a verdict.</summary>
internal static class ObservationStatuses
{
    /// <summary>Whether a figure of this status stands only until the final one replaces it (预计, 快报, 初步, 估计).</summary>
    internal static bool IsProvisional(this ObservationStatus status) => status is ObservationStatus.Provisional or ObservationStatus.Estimated;
}
