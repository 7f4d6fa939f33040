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
            ? ClauseChinese(e, commitment, beforeDeadline) + (e.Provisional ? ReasonTexts.ClosingProvisionalChinese : string.Empty)
            : Clause(e, commitment, beforeDeadline) + (e.Provisional ? ReasonTexts.ClosingProvisional : string.Empty);

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

    /// <summary>The English closing clause: how the office reads the verdict, by commitment, with the completion rate.</summary>
    private static string Clause(Evaluation e, CommitmentLevel commitment, bool beforeDeadline) => e.Status switch
    {
        EvaluationStatus.NotMet => commitment switch
        {
            CommitmentLevel.Ensure => ReasonTexts.ClosingHardMissed(e.Completion),
            CommitmentLevel.Require => ReasonTexts.ClosingStrictMissed(e.Completion),
            CommitmentLevel.Strive => ReasonTexts.ClosingStretchMissed(e.Completion),
            _ when e.Grade == Evaluations.Grade.Yellow && e.Completion is { } c => ReasonTexts.ClosingBasicallyCompleted(c),
            _ => e.Completion is { } c ? ReasonTexts.ClosingCompletion(c) : string.Empty,
        },
        EvaluationStatus.Met when e.Basically && e.Level == AchievedLevel.Floor => ReasonTexts.ClosingFloorHeld(e.Completion),
        EvaluationStatus.Met when e.Basically => ReasonTexts.ClosingBasicallyAchieved(e.Completion),
        EvaluationStatus.Met => e.Completion is not { } c ? string.Empty
            : beforeDeadline ? ReasonTexts.ClosingAhead(c)
            : c > 1 + 1e-9 ? ReasonTexts.ClosingExceeded(c)
            : ReasonTexts.ClosingCompletion(c),
        _ => string.Empty,
    };

    /// <summary>The Chinese closing clause, in the words of 督查通报: 未完成确保目标 / 力争目标未实现 / 基本完成，完成率98%.</summary>
    private static string ClauseChinese(Evaluation e, CommitmentLevel commitment, bool beforeDeadline) => e.Status switch
    {
        EvaluationStatus.NotMet => commitment switch
        {
            CommitmentLevel.Ensure => ReasonTexts.ClosingHardMissedChinese(e.Completion),
            CommitmentLevel.Require => ReasonTexts.ClosingStrictMissedChinese(e.Completion),
            CommitmentLevel.Strive => ReasonTexts.ClosingStretchMissedChinese(e.Completion),
            _ when e.Grade == Evaluations.Grade.Yellow && e.Completion is { } c => ReasonTexts.ClosingBasicallyCompletedChinese(c),
            _ => e.Completion is { } c ? ReasonTexts.ClosingCompletionChinese(c) : string.Empty,
        },
        EvaluationStatus.Met when e.Basically && e.Level == AchievedLevel.Floor => ReasonTexts.ClosingFloorHeldChinese(e.Completion),
        EvaluationStatus.Met when e.Basically => ReasonTexts.ClosingBasicallyAchievedChinese(e.Completion),
        EvaluationStatus.Met => e.Completion is not { } c ? string.Empty
            : beforeDeadline ? ReasonTexts.ClosingAheadChinese(c)
            : c > 1 + 1e-9 ? ReasonTexts.ClosingExceededChinese(c)
            : ReasonTexts.ClosingCompletionChinese(c),
        _ => string.Empty,
    };

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
