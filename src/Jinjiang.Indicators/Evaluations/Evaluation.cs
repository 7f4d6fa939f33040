using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The verdict on one indicator's target at an as-of date, with the reason and every figure behind it: actual,
/// target, expected by now, progress share, gap, and the observations used. Every target kind returns this one type.
/// </summary>
/// <remarks>An evaluation is not a target and not an observation: it is a judgement at a date, and changes with it.</remarks>
[Utility.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))] // rich display in .NET Interactive notebooks, by convention
public sealed class Evaluation
{
    private static readonly Observation[] NoInputs = [];
    private static readonly Evaluation[] NoParts = [];
    private static readonly EvaluationWarning[] NoWarnings = [];
    private readonly Func<string>? _reasonFactory;
    private readonly Func<string>? _reasonChineseFactory;
    private CommitmentLevel _closingCommitment; // the closing clause's commitment, when _closing
    private bool _closing; // whether the reasons close with the office's words (a whole promise judged by an evaluator)
    private bool _closingBeforeDeadline;
    private string? _reason;
    private double? _elapsed;
    private Grade _grade;
    private bool _provisional;
    private IReadOnlyList<EvaluationWarning> _warnings = NoWarnings;
    private string? _reasonChinese;

    /// <summary>Creates an evaluation.</summary>
    /// <param name="indicator">The indicator judged.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="status">The verdict.</param>
    /// <param name="reason">One sentence saying why, with the numbers.</param>
    public Evaluation(Indicator indicator, LocalDate asOf, EvaluationStatus status, string reason)
        : this(indicator, asOf, status, reason, null)
    {
    }

    /// <summary>Creates an evaluation with its reason in English and in Chinese.</summary>
    /// <param name="indicator">The indicator judged.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="status">The verdict.</param>
    /// <param name="reason">One sentence saying why, with the numbers.</param>
    /// <param name="reasonChinese">The same sentence in Chinese, or <see langword="null"/> when there is none (then <see cref="ReasonChinese"/> is <paramref name="reason"/>).</param>
    public Evaluation(Indicator indicator, LocalDate asOf, EvaluationStatus status, string reason, string? reasonChinese)
    {
        Indicator = Preconditions.CheckNotNull(indicator);
        AsOf = asOf;
        Status = status;
        _reason = Preconditions.CheckNotNull(reason);
        _reasonChinese = reasonChinese;
    }

    /// <summary>An evaluation whose reason is written on first read, so bulk jobs that only count statuses do not pay for it.</summary>
    internal Evaluation(Indicator indicator, LocalDate asOf, EvaluationStatus status, Func<string> reason, Func<string> reasonChinese)
    {
        Indicator = indicator;
        AsOf = asOf;
        Status = status;
        _reasonFactory = reason;
        _reasonChineseFactory = reasonChinese;
    }

    /// <summary>The indicator judged.</summary>
    public Indicator Indicator { get; }

    /// <summary>The date of the judgement: observations dated after it are not used.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The verdict.</summary>
    public EvaluationStatus Status { get; }

    /// <summary>One sentence saying why, with the numbers (written on first read; the same text every time).</summary>
    public string Reason => _reason ??= Close(_reasonFactory!(), chinese: false);

    /// <summary>
    /// The same reason in Chinese, from the same figures, in the register of a 督查 report
    /// (截至2023年9月30日，新建天府绿道累计10.6公里，按序时进度应完成11.22公里…); written on first read.
    /// </summary>
    public string ReasonChinese => _reasonChinese ??= _reasonChineseFactory is { } factory ? Close(factory(), chinese: true) : Reason;

    /// <summary>The value judged (latest cumulative amount, level, rank, class), where there is one.</summary>
    public Measure? Actual { get; init; }

    /// <summary>The value to reach (the threshold, amount, target level from a baseline, top-k rank, class).</summary>
    public Measure? TargetValue { get; init; }

    /// <summary>What was expected by the as-of date on the progress path, where the method defines one.</summary>
    public Measure? Expected { get; init; }

    /// <summary>
    /// Direction-safe progress share: (actual - baseline) / (target - baseline), unclamped (negative means moving
    /// away, above 1 means beyond the target); <see langword="null"/> when undefined (target equals baseline, or no baseline).
    /// </summary>
    public double? Progress { get; init; }

    /// <summary>Target minus actual, in the target's unit (positive: short of a rising target); <see langword="null"/> where it has no meaning.</summary>
    public Measure? Gap { get; init; }

    /// <summary>The method that judged progress (<c>threshold</c>, <c>linear-path</c>, <c>cagr-ratio</c>, <c>rank</c> ...).</summary>
    public string Method { get; init; } = "threshold";

    /// <summary>For a 确保X、力争Y target, the level reached.</summary>
    public AchievedLevel Level { get; init; }

    /// <summary>The observations the verdict rests on (the audit trail).</summary>
    public IReadOnlyList<Observation> Inputs
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = NoInputs;

    /// <summary>The evaluations of the parts of a composite, floor-and-stretch or response-time target.</summary>
    public IReadOnlyList<Evaluation> Parts
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = NoParts;

    /// <summary>The name of the part this evaluation judges, for the parts of a composite.</summary>
    public string? Component { get; init; }

    /// <summary>
    /// The completion rate (完成率) as a fraction (0.98): delivered / promised, achieved / required change, actual /
    /// target level; above 1 when exceeded; <see langword="null"/> for kinds without one (ranks, classes, milestones,
    /// cadences, promises held throughout: see <see cref="Compliance"/>).
    /// </summary>
    public double? Completion { get; init; }

    /// <summary>The share of the target's period elapsed at the as-of date (时间进度), from the period's start; see <see cref="EvaluationSummary.TimeElapsed"/>.</summary>
    public double? TimeElapsed { get => _elapsed; init => _elapsed = value; }

    /// <summary>Before the deadline, progress share less time elapsed in percentage points (超前/滞后序时进度), where judged against the schedule.</summary>
    public double? ScheduleGapPoints => Summary.ScheduleGapPoints;

    /// <summary>The traffic light: the status read with the commitment (确保, 力争, plain) and the completion rate.</summary>
    public Grade Grade { get => _grade; init => _grade = value; }

    /// <summary>Whether the verdict rests on a provisional or estimated figure (预计, 快报, 初步, 估计): it stands until the final figure replaces it.</summary>
    public bool Provisional { get => _provisional; init => _provisional = value; }

    /// <summary>For a promise held throughout its period or a cadence: how often it was kept, and the lapses.</summary>
    public Compliance? Compliance { get; init; }

    /// <summary>What in the data an office would question (a cumulative total that fell, a stale series ...); empty when nothing.</summary>
    public IReadOnlyList<EvaluationWarning> Warnings
    {
        get => _warnings;
        init => _warnings = Preconditions.CheckNotNull(value);
    }

    /// <summary>Met, but only 基本实现 (graded yellow).</summary>
    internal bool Basically { get; init; }

    /// <summary>Judged against the schedule (序时进度).</summary>
    internal bool OnSchedule { get; init; }

    /// <summary>The verdict and its figures without the reason, the inputs or the parts.</summary>
    public EvaluationSummary Summary => new(Status, Actual, TargetValue, Expected, Progress, Gap, Level)
    {
        Completion = Completion,
        TimeElapsed = TimeElapsed,
        Grade = Grade,
        Basically = Basically,
        OnSchedule = OnSchedule,
    };

    /// <summary>
    /// Completes an evaluation an evaluator has just made, before anyone else sees it (the one place every evaluation
    /// is finished): its grade, time elapsed, provisional flag and warnings, and for a whole promise the closing words
    /// of its reasons by commitment. Nothing is copied: the evaluation is not yet published.
    /// </summary>
    /// <summary>The same evaluation with another verdict and reasons (a node target judged), its figures and inputs kept.</summary>
    internal Evaluation Rejudged(EvaluationStatus status, Func<string> reason, Func<string> reasonChinese, Measure? expected, Measure? gap, string method, Measure? actual = null, double? progress = null)
        => new(Indicator, AsOf, status, reason, reasonChinese)
        {
            Actual = actual ?? Actual,
            TargetValue = TargetValue,
            Expected = expected,
            Progress = progress ?? Progress,
            Gap = gap,
            Method = method,
            Level = Level,
            Inputs = Inputs,
            Parts = Parts,
            Component = Component,
            Completion = Completion,
            Compliance = Compliance,
            Warnings = Warnings,
            Basically = Basically,
            OnSchedule = false,
        };

    internal Evaluation Complete(Grade grade, double? elapsed, bool provisional, IReadOnlyList<EvaluationWarning> warnings, CommitmentLevel? closing, bool beforeDeadline)
    {
        _grade = grade;
        _elapsed = elapsed;
        _provisional = provisional;
        _warnings = warnings;
        if (closing is { } commitment)
        {
            (_closing, _closingCommitment, _closingBeforeDeadline) = (true, commitment, beforeDeadline);
            if (_reason is not null)
            {
                _reason = Close(_reason, chinese: false);
            }

            if (_reasonChinese is not null)
            {
                _reasonChinese = Close(_reasonChinese, chinese: true);
            }
        }

        return this;
    }

    /// <summary>A reason followed by its closing words, when the evaluation has them.</summary>
    private string Close(string reason, bool chinese)
        => _closing ? Grading.Close(reason, Grading.Closing(this, _closingCommitment, _closingBeforeDeadline, chinese), chinese) : reason;

    /// <summary>Whether the verdict is final: the deadline has passed (or the target is already met).</summary>
    public bool IsFinal => Status is EvaluationStatus.Met or EvaluationStatus.NotMet;

    /// <summary>The evaluation as one line: <c>tianfu-greenway: on-track — reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Indicator.Id + ": " + Status.ToKebabCase() + " — " + Reason;
}
