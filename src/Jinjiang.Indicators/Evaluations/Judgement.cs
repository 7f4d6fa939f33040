using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The status and figures of one judgement before any text is written: what an evaluator computes once, the
/// allocation-free <see cref="EvaluationSummary"/> is read from, and the full <see cref="Evaluation"/> is written from.
/// </summary>
/// <param name="Status">The verdict.</param>
/// <param name="Finding">Which sentence explains it.</param>
/// <param name="Inputs">The observations the verdict rests on, as a slice of the observation set.</param>
/// <param name="Method">The method's name.</param>
internal readonly record struct Judgement(EvaluationStatus Status, Finding Finding, ArraySegment<Observation> Inputs, string Method)
{
    // The figures a summary reports, kept as a summary keeps them (numbers and unit codes), so that a summary is a copy.
    private readonly double _actual;
    private readonly double _target;
    private readonly double _expected;
    private readonly double _progress;
    private readonly double _gap;
    private readonly byte _actualUnit;
    private readonly byte _targetUnit;
    private readonly byte _expectedUnit;
    private readonly byte _gapUnit;
    private readonly bool _hasProgress;

    internal Measure? Actual
    {
        get => EvaluationSummary.Decode(_actual, _actualUnit);
        init => (_actual, _actualUnit) = EvaluationSummary.Encode(value);
    }

    internal Measure? TargetValue
    {
        get => EvaluationSummary.Decode(_target, _targetUnit);
        init => (_target, _targetUnit) = EvaluationSummary.Encode(value);
    }

    internal Measure? Expected
    {
        get => EvaluationSummary.Decode(_expected, _expectedUnit);
        init => (_expected, _expectedUnit) = EvaluationSummary.Encode(value);
    }

    internal double? Progress
    {
        get => _hasProgress ? _progress : null;
        init => (_progress, _hasProgress) = value is { } p ? (p, true) : (0, false);
    }

    internal Measure? Gap
    {
        get => EvaluationSummary.Decode(_gap, _gapUnit);
        init => (_gap, _gapUnit) = EvaluationSummary.Encode(value);
    }

    /// <summary>The observation the sentence is about (the latest, the final, the wrong one).</summary>
    internal Observation? Subject { get; init; }

    /// <summary>A second observation the sentence quotes (the first of a series).</summary>
    internal Observation? Other { get; init; }

    /// <summary>A third observation the sentence quotes (a change target's whole-year baseline beside the same-period one).</summary>
    internal Observation? Third { get; init; }

    /// <summary>An evaluator's own figure for its sentence (a change target's projection), in base units.</summary>
    internal double Figure { get; init; }

    /// <summary>The progress method's conclusion, for <see cref="Finding.Assessed"/>.</summary>
    internal ProgressAssessment Assessment { get; init; }

    /// <summary>For a 确保X、力争Y target, the level reached.</summary>
    internal AchievedLevel Level { get; init; }

    /// <summary>A count the sentence quotes (units due, incidents, rank position, readings).</summary>
    internal int Count { get; init; }

    /// <summary>A second count the sentence quotes (units missed, incidents within the limit, assessed units).</summary>
    internal int Count2 { get; init; }

    /// <summary>A date the sentence quotes (the first missed unit, the first reading).</summary>
    internal NodaTime.LocalDate Date { get; init; }

    /// <summary>The completion rate (完成率) as a fraction, where the kind defines one.</summary>
    internal double? Completion
    {
        get => _hasCompletion ? _completion : null;
        init => (_completion, _hasCompletion) = value is { } c && double.IsFinite(c) ? (c, true) : (0, false);
    }

    /// <summary>Met, but only 基本实现 (an X左右 value short of X within its band; the floor of 确保X、力争Y without the stretch): graded yellow.</summary>
    internal bool Basically { get; init; }

    /// <summary>Judged against the schedule (序时进度): the schedule gap is the progress share less the time elapsed.</summary>
    internal bool OnSchedule { get; init; }

    private readonly double _completion;
    private readonly bool _hasCompletion;

    internal EvaluationSummary ToSummary()
        => new(Status, _actual, _actualUnit, _target, _targetUnit, _expected, _expectedUnit, _progress, _hasProgress, _gap, _gapUnit, Level)
        {
            Completion = Completion,
            Basically = Basically,
            OnSchedule = OnSchedule,
        };
}
