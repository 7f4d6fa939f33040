using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// How an office grades a verdict (目标绩效考核): the traffic light from the status, the commitment and the completion
/// rate; the time elapsed (时间进度) from the period's start; the closing clause of a reason (未完成确保目标 / 力争目标未实现
/// / 基本完成，完成率98%); and the data checks an office relies on. The one place every summary and evaluation is finished.
/// </summary>
internal static class Grading
{
    /// <summary>The share of a target's period elapsed at a date, counted from the period's start (by whole months for month ends).</summary>
    internal static double Elapsed(Target target, LocalDate asOf) => target.ElapsedShare(asOf);

    /// <summary>The traffic light of a verdict.</summary>
    internal static Grade Grade(EvaluationStatus status, CommitmentLevel commitment, double? completion, bool basically, EvaluationOptions options) => status switch
    {
        EvaluationStatus.Met => basically ? Evaluations.Grade.Yellow : Evaluations.Grade.Green,
        EvaluationStatus.OnTrack => Evaluations.Grade.Green,
        EvaluationStatus.AtRisk => Evaluations.Grade.Yellow,
        EvaluationStatus.OffTrack => Evaluations.Grade.Red,
        EvaluationStatus.NotMet => commitment switch
        {
            CommitmentLevel.Ensure or CommitmentLevel.Require => Evaluations.Grade.Red,
            CommitmentLevel.Strive => completion >= options.StretchBand - 1e-9 ? Evaluations.Grade.Yellow : Evaluations.Grade.Red,
            _ => completion >= options.PlainBand - 1e-9 ? Evaluations.Grade.Yellow : Evaluations.Grade.Red,
        },
        _ => Evaluations.Grade.Grey,
    };

    /// <summary>The commitment a target is graded by: the floor of 确保X、力争Y is hard whatever the indicator says.</summary>
    internal static CommitmentLevel Commitment(Target target, in EvaluationContext context)
        => target is FloorAndStretchTarget ? CommitmentLevel.Ensure : context.Indicator.Commitment;

    /// <summary>A summary with its time elapsed and grade.</summary>
    internal static EvaluationSummary Finish(EvaluationSummary summary, Target target, in EvaluationContext context)
        => summary with
        {
            TimeElapsed = Elapsed(target, context.AsOf),
            Grade = Grade(summary.Status, Commitment(target, context), summary.Completion, summary.Basically, context.Options),
        };

    /// <summary>
    /// An evaluation with its time elapsed, grade and provisional flag; for a whole promise (not a part) also the
    /// closing clause of its reasons and the data warnings.
    /// </summary>
    internal static Evaluation Finish(Evaluation evaluation, Target target, in EvaluationContext context, bool whole)
    {
        var commitment = Commitment(target, context);
        var grade = Grade(evaluation.Status, commitment, evaluation.Completion, evaluation.Basically, context.Options);
        var provisional = evaluation.Inputs.Count > 0 && Latest(evaluation.Inputs).Status.IsProvisional();
        var elapsed = Elapsed(target, context.AsOf);
        return whole
            ? evaluation.Complete(grade, elapsed, provisional, DataChecks.Warnings(evaluation, target, context), commitment, !target.IsClosedAt(context.AsOf))
            : evaluation.Complete(grade, elapsed, provisional, evaluation.Warnings, null, false);
    }

    /// <summary>The closing words of a graded reason, in one language (the provisional note included).</summary>
    internal static string Closing(Evaluation e, CommitmentLevel commitment, bool beforeDeadline, bool chinese)
        => chinese
            ? Clause(e, commitment, beforeDeadline, chinese: true) + (e.Provisional ? ReasonTexts.ClosingProvisionalChinese : string.Empty)
            : Clause(e, commitment, beforeDeadline, chinese: false) + (e.Provisional ? ReasonTexts.ClosingProvisional : string.Empty);

    /// <summary>A reason followed by a closing clause, with the full stop the reason may lack between them.</summary>
    internal static string Close(string reason, string clause, bool chinese)
    {
        if (clause.Length == 0)
        {
            return reason;
        }

        if (chinese)
        {
            return reason.Length == 0 || reason[^1] is '。' or '！' or '；' ? reason + clause : reason + "。" + clause;
        }

        return reason.Length == 0 || reason[^1] is '.' or '!' ? reason + clause : reason + "." + clause;
    }

    private static Observation Latest(IReadOnlyList<Observation> inputs)
    {
        var latest = inputs[0];
        for (var i = 1; i < inputs.Count; i++)
        {
            if (inputs[i].Date >= latest.Date)
            {
                latest = inputs[i];
            }
        }

        return latest;
    }

    /// <summary>The closing clause in one language: how the office reads the verdict (未完成确保目标 / 力争目标未实现 / 基本完成，完成率98%), by commitment, with the completion rate.</summary>
    private static string Clause(Evaluation e, CommitmentLevel commitment, bool beforeDeadline, bool chinese) => e.Status switch
    {
        EvaluationStatus.NotMet => commitment switch
        {
            CommitmentLevel.Ensure => chinese ? ReasonTexts.ClosingHardMissedChinese(e.Completion) : ReasonTexts.ClosingHardMissed(e.Completion),
            CommitmentLevel.Require => chinese ? ReasonTexts.ClosingStrictMissedChinese(e.Completion) : ReasonTexts.ClosingStrictMissed(e.Completion),
            CommitmentLevel.Strive => chinese ? ReasonTexts.ClosingStretchMissedChinese(e.Completion) : ReasonTexts.ClosingStretchMissed(e.Completion),
            _ when e.Grade == Evaluations.Grade.Yellow && e.Completion is { } c => chinese ? ReasonTexts.ClosingBasicallyCompletedChinese(c) : ReasonTexts.ClosingBasicallyCompleted(c),
            _ => e.Completion is { } c ? Completion(c, chinese) : string.Empty,
        },
        EvaluationStatus.Met when e.Basically && e.Level == AchievedLevel.Floor => chinese ? ReasonTexts.ClosingFloorHeldChinese(e.Completion) : ReasonTexts.ClosingFloorHeld(e.Completion),
        EvaluationStatus.Met when e.Basically => chinese ? ReasonTexts.ClosingBasicallyAchievedChinese(e.Completion) : ReasonTexts.ClosingBasicallyAchieved(e.Completion),
        EvaluationStatus.Met => e.Completion is not { } c ? string.Empty
            : beforeDeadline ? (chinese ? ReasonTexts.ClosingAheadChinese(c) : ReasonTexts.ClosingAhead(c))
            : c > 1 + 1e-9 ? (chinese ? ReasonTexts.ClosingExceededChinese(c) : ReasonTexts.ClosingExceeded(c))
            : Completion(c, chinese),
        _ => string.Empty,
    };

    private static string Completion(double c, bool chinese) => chinese ? ReasonTexts.ClosingCompletionChinese(c) : ReasonTexts.ClosingCompletion(c);

    /// <summary>The completion rate of a level: actual / target for a floor, target / actual for a ceiling; 1 inside a range.</summary>
    internal static double? LevelCompletion(ThresholdTarget target, double value)
    {
        static double? Ratio(double numerator, double denominator) => denominator > 0 && numerator >= 0 ? numerator / denominator : null;
        return target switch
        {
            RangeTarget range => value < range.Minimum.BaseValue ? Ratio(value, range.Minimum.BaseValue)
                : value > range.Maximum.BaseValue ? Ratio(range.Maximum.BaseValue, value) : 1,
            _ when target.HigherIsBetter => Ratio(value, target.Reference.BaseValue),
            _ => Ratio(target.Reference.BaseValue, value),
        };
    }
}
