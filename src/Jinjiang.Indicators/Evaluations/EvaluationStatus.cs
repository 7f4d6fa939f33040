namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The verdict of an evaluation. Before the deadline a target is <see cref="OnTrack"/>, <see cref="AtRisk"/> or
/// <see cref="OffTrack"/> (or already <see cref="Met"/>); after it, only <see cref="Met"/> or <see cref="NotMet"/>
/// (or <see cref="NoData"/> when nothing was observed). In files and JSON it is written in kebab-case
/// (<c>met</c>, <c>not-met</c>, <c>on-track</c> ...): see <see cref="EvaluationStatusText"/>.
/// </summary>
public enum EvaluationStatus
{
    /// <summary>The target is reached (a delivery target as soon as the amount is delivered).</summary>
    Met = 0,

    /// <summary>The deadline passed without reaching the target, or a hard state breaks it (a class worse than required, a missed week).</summary>
    NotMet,

    /// <summary>Before the deadline, progress is at or ahead of what is expected by now.</summary>
    OnTrack,

    /// <summary>Before the deadline, progress is behind but within the at-risk band (by default at least 80% of what is expected).</summary>
    AtRisk,

    /// <summary>Before the deadline, progress is well behind or moving the wrong way.</summary>
    OffTrack,

    /// <summary>Nothing can be judged yet: the period has not started, or a milestone is not yet due.</summary>
    NotYetDue,

    /// <summary>No usable observation (or too few to judge).</summary>
    NoData,

    /// <summary>The target cannot be judged from the data: a unit of the wrong dimension, a missing baseline, an impossible value.</summary>
    NotEvaluable,
}
