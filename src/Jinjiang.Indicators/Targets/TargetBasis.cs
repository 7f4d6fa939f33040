namespace Jinjiang.Indicators.Targets;

/// <summary>
/// How a level-like promise (a threshold, a coverage, a class, a rank, response tiers) must hold over its period.
/// The same words "100%" or "达到Ⅲ类" are kept in different ways: by a state at the end, by every reading, or by the
/// figure of the whole period. The basis decides which readings can break the promise and when.
/// </summary>
public enum TargetBasis
{
    /// <summary>
    /// At the deadline: a stock or state reached by the end (100% new-energy sanitation fleet by year end). Earlier
    /// readings show progress only; the reading at (or last before) the deadline decides.
    /// </summary>
    AtDeadline = 0,

    /// <summary>
    /// Throughout the period: every reading from the day the promise binds must satisfy it (every assessed
    /// section at Ⅲ类 every month; every incident within 1/3/5 minutes). The first breach is final: not met at
    /// once, and later readings do not repair it.
    /// </summary>
    Throughout,

    /// <summary>
    /// Over the period: a rate or mean of the whole period (无害化处理率100% for the year). Judged on the figure
    /// covering the whole period; a reading of a part of the period that makes that figure impossible (below 100%
    /// anywhere, for a 100% target) is not met at once.
    /// </summary>
    OverPeriod,
}
