namespace Jinjiang.Indicators.Catalog;

/// <summary>Where the as-of date of an evaluation came from when the caller did not give one (<see cref="AsOfChoice"/>).</summary>
public enum AsOfSource
{
    /// <summary>The caller gave it.</summary>
    Given,

    /// <summary>The date of the latest observation: the scorecard as of the last return.</summary>
    LatestObservation,

    /// <summary>No observation: the first day the catalog's report binds (the day it was delivered, else 1 January of its year).</summary>
    ReportBindsFrom,

    /// <summary>No observation and no report: the first day any of the catalog's promises binds.</summary>
    FirstPromiseBinds,
}
