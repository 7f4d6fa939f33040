namespace Jinjiang.Indicators.Evaluations;

/// <summary>Which sentence explains a <see cref="Judgement"/>; each evaluator writes its own for its findings.</summary>
internal enum Finding
{
    /// <summary>An observation has a unit of the wrong dimension.</summary>
    WrongKind,

    /// <summary>Nothing observed and the period has not started.</summary>
    NotYetDue,

    /// <summary>Nothing observed although the period has started.</summary>
    NoData,

    /// <summary>A value outside the possible range (a coverage above 100%).</summary>
    OutOfRange,

    /// <summary>The target is reached.</summary>
    Reached,

    /// <summary>The deadline has passed without reaching the target.</summary>
    Missed,

    /// <summary>Before the deadline, a value that already satisfies a level judged at the deadline.</summary>
    AlreadySatisfied,

    /// <summary>Before the deadline, one observation that cannot show a trend.</summary>
    NoTrend,

    /// <summary>Before the deadline, judged by a progress method (or a projection).</summary>
    Assessed,

    /// <summary>A change target without an observation in its baseline period.</summary>
    NoBaseline,

    /// <summary>After the deadline, a running total that stops before the end of the period.</summary>
    Incomplete,

    /// <summary>Too few observations to judge (a direction needs two).</summary>
    TooFew,

    /// <summary>A milestone not reported done yet, before its deadline.</summary>
    Pending,

    /// <summary>A promise that holds throughout its period broken by a reading after it binds: final at once.</summary>
    Breach,

    /// <summary>Every reading since the promise binds satisfies a promise that holds throughout its period.</summary>
    HeldThroughout,

    /// <summary>A reading of part of the period makes the period's figure impossible to reach (below 100% for a 100% target).</summary>
    Impossible,

    /// <summary>After the deadline, no figure covers the whole period of a target judged over its period.</summary>
    NoWholePeriodFigure,

    /// <summary>Before the deadline, the figure so far (year to date) satisfies a target judged over its period.</summary>
    SoFarSatisfied,

    /// <summary>Before the deadline, the figure so far (year to date) falls short of a target judged over its period.</summary>
    SoFarShort,

    /// <summary>A change target whose baseline observation covers less than its baseline period.</summary>
    PartialBaseline,

    /// <summary>A milestone done before the report that promised it was delivered.</summary>
    ReachedBeforePromise,

    /// <summary>No unit (week, month, quarter) of a cadence has ended since the promise binds.</summary>
    NoUnitEnded,

    /// <summary>Units of a cadence have ended and some had too few events.</summary>
    UnitsMissed,

    /// <summary>No reported rank, and the peer group's members are not listed to compute one.</summary>
    PeersNotListed,

    /// <summary>Some members of a peer group have no value to rank on.</summary>
    PeersMissing,

    /// <summary>The home area is not a member of the peer group.</summary>
    NotAPeer,

    /// <summary>The worst part (tier, component) of a composite decides.</summary>
    WorstPart,

    /// <summary>A 确保X、力争Y target: the stretch is reached.</summary>
    StretchReached,

    /// <summary>A 确保X、力争Y target: the floor is reached, the stretch is not.</summary>
    FloorReached,

    /// <summary>A 确保X、力争Y target: judged on the floor, which is not reached.</summary>
    FloorJudged,
}
