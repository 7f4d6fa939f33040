using System.Globalization;
using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The verdict and its figures without the reason or the audit trail: what
/// <see cref="Evaluator.Summarize(Indicator, ObservationSet, NodaTime.LocalDate)"/> returns for bulk jobs that
/// evaluate millions of indicators and only count or chart the results. Equal to
/// <see cref="Evaluation.Summary"/> of the full evaluation.
/// </summary>
/// <remarks>
/// Kept compact (no references): each measure as its number and a small code for its unit, so that a
/// buffer of a million summaries is written without write barriers and read without chasing references.
/// </remarks>
public readonly record struct EvaluationSummary
{
    private readonly double _actual;
    private readonly double _target;
    private readonly double _expected;
    private readonly double _progress;
    private readonly double _gap;
    private readonly byte _actualUnit; // MeasureUnit.Code; 0 for none
    private readonly byte _targetUnit;
    private readonly byte _expectedUnit;
    private readonly byte _gapUnit;
    private readonly bool _hasProgress;
    private readonly double _completion;
    private readonly double _elapsed;
    private readonly byte _flags; // Flag bits

    /// <summary>Creates a summary.</summary>
    /// <param name="Status">The verdict.</param>
    /// <param name="Actual">The value judged, where there is one.</param>
    /// <param name="TargetValue">The value to reach, where there is one.</param>
    /// <param name="Expected">What was expected by the as-of date on the progress path, where the method defines one.</param>
    /// <param name="Progress">Direction-safe progress share, unclamped; <see langword="null"/> when undefined.</param>
    /// <param name="Gap">Target minus actual, in the target's unit, where it has a meaning.</param>
    /// <param name="Level">For a 确保X、力争Y target, the level reached.</param>
#pragma warning disable IDE1006, SA1313 // the parameters keep the names of the properties they set, as a positional record's do
    public EvaluationSummary(EvaluationStatus Status, Measure? Actual, Measure? TargetValue, Measure? Expected, double? Progress, Measure? Gap, AchievedLevel Level)
#pragma warning restore IDE1006, SA1313
    {
        this.Status = Status;
        (_actual, _actualUnit) = Encode(Actual);
        (_target, _targetUnit) = Encode(TargetValue);
        (_expected, _expectedUnit) = Encode(Expected);
        (_progress, _hasProgress) = Progress is { } p ? (p, true) : (0, false);
        (_gap, _gapUnit) = Encode(Gap);
        this.Level = Level;
    }

    /// <summary>A summary of figures already encoded (a judgement's).</summary>
    internal EvaluationSummary(EvaluationStatus status, double actual, byte actualUnit, double target, byte targetUnit, double expected, byte expectedUnit, double progress, bool hasProgress, double gap, byte gapUnit, AchievedLevel level)
    {
        Status = status;
        (_actual, _actualUnit, _target, _targetUnit, _expected, _expectedUnit) = (actual, actualUnit, target, targetUnit, expected, expectedUnit);
        (_progress, _hasProgress, _gap, _gapUnit) = (progress, hasProgress, gap, gapUnit);
        Level = level;
    }

    /// <summary>The verdict.</summary>
    public EvaluationStatus Status { get; init; }

    /// <summary>The value judged, where there is one.</summary>
    public Measure? Actual
    {
        get => Decode(_actual, _actualUnit);
        init => (_actual, _actualUnit) = Encode(value);
    }

    /// <summary>The value to reach, where there is one.</summary>
    public Measure? TargetValue
    {
        get => Decode(_target, _targetUnit);
        init => (_target, _targetUnit) = Encode(value);
    }

    /// <summary>What was expected by the as-of date on the progress path, where the method defines one.</summary>
    public Measure? Expected
    {
        get => Decode(_expected, _expectedUnit);
        init => (_expected, _expectedUnit) = Encode(value);
    }

    /// <summary>Direction-safe progress share, unclamped; <see langword="null"/> when undefined.</summary>
    public double? Progress
    {
        get => _hasProgress ? _progress : null;
        init => (_progress, _hasProgress) = value is { } p ? (p, true) : (0, false);
    }

    /// <summary>Target minus actual, in the target's unit, where it has a meaning.</summary>
    public Measure? Gap
    {
        get => Decode(_gap, _gapUnit);
        init => (_gap, _gapUnit) = Encode(value);
    }

    /// <summary>For a 确保X、力争Y target, the level reached.</summary>
    public AchievedLevel Level { get; init; }

    /// <summary>
    /// The completion rate (完成率) as a fraction (0.98): delivered / promised, achieved / required change, actual /
    /// target level (target / actual for a ceiling); above 1 when exceeded. <see langword="null"/> for kinds without
    /// one (ranks, classes, milestones, cadences, promises held throughout).
    /// </summary>
    public double? Completion
    {
        get => (_flags & HasCompletionFlag) != 0 ? _completion : null;
        init => (_completion, _flags) = value is { } c && double.IsFinite(c) ? (c, (byte)(_flags | HasCompletionFlag)) : (0, (byte)(_flags & ~HasCompletionFlag));
    }

    /// <summary>
    /// The share of the target's period elapsed at the as-of date (时间进度), counted from the period's start (1 January
    /// for a year's target, whatever day the report was delivered) by whole months when the dates are month ends:
    /// 0.5 on 30 June. 0 before the period, 1 from its last day.
    /// </summary>
    public double? TimeElapsed
    {
        get => (_flags & HasElapsedFlag) != 0 ? _elapsed : null;
        init => (_elapsed, _flags) = value is { } e && double.IsFinite(e) ? (e, (byte)(_flags | HasElapsedFlag)) : (0, (byte)(_flags & ~HasElapsedFlag));
    }

    /// <summary>
    /// Before the deadline, on a target judged against the schedule (序时进度): progress share less time elapsed, in
    /// percentage points (negative: 滞后序时进度; positive: 超前). <see langword="null"/> otherwise.
    /// </summary>
    public double? ScheduleGapPoints => OnSchedule && Progress is { } p && TimeElapsed is { } e ? Math.Round((p - e) * 100, 6) : null;

    /// <summary>The traffic light: the status read with the commitment and the completion rate.</summary>
    public Grade Grade { get; init; }

    /// <summary>Met, but only 基本实现 (graded yellow).</summary>
    internal bool Basically
    {
        get => (_flags & BasicallyFlag) != 0;
        init => _flags = value ? (byte)(_flags | BasicallyFlag) : (byte)(_flags & ~BasicallyFlag);
    }

    /// <summary>Judged against the schedule (序时进度).</summary>
    internal bool OnSchedule
    {
        get => (_flags & OnScheduleFlag) != 0;
        init => _flags = value ? (byte)(_flags | OnScheduleFlag) : (byte)(_flags & ~OnScheduleFlag);
    }

    private const byte HasCompletionFlag = 1;
    private const byte HasElapsedFlag = 2;
    private const byte BasicallyFlag = 4;
    private const byte OnScheduleFlag = 8;

    /// <summary>The summary's parts, in the order of the constructor's parameters.</summary>
    /// <param name="Status">The verdict.</param>
    /// <param name="Actual">The value judged.</param>
    /// <param name="TargetValue">The value to reach.</param>
    /// <param name="Expected">What was expected by the as-of date.</param>
    /// <param name="Progress">The progress share.</param>
    /// <param name="Gap">Target minus actual.</param>
    /// <param name="Level">The level reached.</param>
#pragma warning disable IDE1006, SA1313
    public void Deconstruct(out EvaluationStatus Status, out Measure? Actual, out Measure? TargetValue, out Measure? Expected, out double? Progress, out Measure? Gap, out AchievedLevel Level)
#pragma warning restore IDE1006, SA1313
        => (Status, Actual, TargetValue, Expected, Progress, Gap, Level) = (this.Status, this.Actual, this.TargetValue, this.Expected, this.Progress, this.Gap, this.Level);

    /// <summary>Whether the verdict is final: the deadline has passed (or the target is already met).</summary>
    public bool IsFinal => Status is EvaluationStatus.Met or EvaluationStatus.NotMet;

    /// <summary>The summary as invariant text: <c>on-track (actual 9 km, target 15 km, progress 0.6)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (Actual is { } a)
        {
            parts.Add("actual " + a.ToString(null, CultureInfo.InvariantCulture));
        }

        if (TargetValue is { } t)
        {
            parts.Add("target " + t.ToString(null, CultureInfo.InvariantCulture));
        }

        if (Expected is { } e)
        {
            parts.Add("expected " + e.ToString(null, CultureInfo.InvariantCulture));
        }

        if (Progress is { } p)
        {
            parts.Add("progress " + p.ToString("0.###", CultureInfo.InvariantCulture));
        }

        if (Completion is { } c)
        {
            parts.Add("completion " + Show.Percent(c));
        }

        if (Grade != Grade.Grey)
        {
            parts.Add(Grade.ToText());
        }

        return parts.Count == 0 ? Status.ToKebabCase() : Status.ToKebabCase() + " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>A measure as its number and unit code (0, 0 for none).</summary>
    internal static (double Value, byte Unit) Encode(Measure? measure)
        => measure is { } m ? (m.Value, m.Unit.Code) : (0, (byte)0);

    /// <summary>The measure of a number and unit code.</summary>
    internal static Measure? Decode(double value, byte unit)
        => unit == 0 ? null : Measure.Trusted(value, MeasureUnit.OfCode(unit));
}
