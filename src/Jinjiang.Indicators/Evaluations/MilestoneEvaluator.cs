using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>A milestone: done by the deadline or not; before the deadline an unfinished milestone is not yet due.</summary>
internal static class MilestoneEvaluator
{
    /// <summary>The verdict and figures, without allocating.</summary>
    internal static Judgement Judge(MilestoneTarget target, EvaluationContext context)
    {
        var observations = context.Home(null, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, QuantityKind.Completion, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        for (var i = 0; i < observations.Count; i++)
        {
            var done = observations[i];
            if (done.Value.Value >= 0.5)
            {
                return Verdict(target, context, done.Date, done.Value, observations.Count) with { Inputs = observations.Slice(i, 1), Subject = done };
            }
        }

        return Verdict(target, context, null, default, observations.Count) with { Inputs = observations };
    }

    /// <summary>The summary, read from the set's columns (no observation made); the same as the judgement's.</summary>
    internal static EvaluationSummary Summarize(MilestoneTarget target, EvaluationContext context)
    {
        context.HomeRows(null, out var series, out var first, out var end);
        if (first < end && series.UniformKind != QuantityKind.Completion)
        {
            return Judge(target, context).ToSummary(); // a unit of another kind: the judgement names it
        }

        var values = series.Rows?.Values;
        for (var i = first; i < end; i++)
        {
            if (values![i] >= 0.5)
            {
                return Verdict(target, context, series.DateAt(i), series.Rows!.Value(i), end - first).ToSummary();
            }
        }

        return Verdict(target, context, null, default, end - first).ToSummary();
    }

    /// <summary>The verdict on the first reading that says done (its date and value), or on none; the caller adds the observations.</summary>
    private static Judgement Verdict(MilestoneTarget target, in EvaluationContext context, LocalDate? doneOn, Measure done, int readings)
    {
        var wanted = Measure.Completion(true);
        if (doneOn is { } date)
        {
            var onTime = date <= target.Deadline;
            var finding = !onTime ? Finding.Missed : date < context.BindsFrom ? Finding.ReachedBeforePromise : Finding.Reached;
            return new(onTime ? EvaluationStatus.Met : EvaluationStatus.NotMet, finding, default, "milestone")
            {
                Actual = done,
                TargetValue = wanted,
                Progress = 1,
            };
        }

        if (target.IsClosedAt(context.AsOf))
        {
            return readings == 0
                ? new(EvaluationStatus.NoData, Finding.NoData, default, "milestone") { TargetValue = wanted }
                : new(EvaluationStatus.NotMet, Finding.Incomplete, default, "milestone") { Actual = Measure.Completion(false), TargetValue = wanted, Progress = 0 };
        }

        return new(EvaluationStatus.NotYetDue, Finding.Pending, default, "milestone")
        {
            Actual = readings == 0 ? null : Measure.Completion(false),
            TargetValue = wanted,
        };
    }

    internal static Evaluation Evaluate(MilestoneTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (j.Finding == Finding.WrongKind)
        {
            return context.WrongKind(j.Subject!, QuantityKind.Completion);
        }

        var done = j.Subject;
        var binds = context.BindsFrom;
        var name = context.NameChinese;
        return context.Result(
            j,
            j.Finding switch
            {
                Finding.Reached => () => ReasonTexts.MilestoneDone(done!.Date, target.Deadline),
                Finding.ReachedBeforePromise => () => ReasonTexts.MilestoneDoneBeforePromise(done!.Date, context.Indicator.BindsFrom, target.Deadline),
                Finding.Missed => () => ReasonTexts.MilestoneLate(done!.Date, target.Deadline),
                Finding.NoData => () => ReasonTexts.MilestoneNoReport(target.Deadline),
                Finding.Incomplete => () => ReasonTexts.MilestoneNotDone(target.Deadline),
                _ => () => ReasonTexts.MilestoneNotYetDone(target.Deadline),
            },
            j.Finding switch
            {
                Finding.Reached => () => ReasonTexts.MilestoneDoneChinese(name, done!.Date, target.Deadline),
                Finding.ReachedBeforePromise => () => ReasonTexts.MilestoneDoneBeforePromiseChinese(name, done!.Date, binds, target.Deadline),
                Finding.Missed => () => ReasonTexts.MilestoneLateChinese(name, done!.Date, target.Deadline),
                Finding.NoData => () => ReasonTexts.MilestoneNoReportChinese(name, target.Deadline),
                Finding.Incomplete => () => ReasonTexts.MilestoneNotDoneChinese(name, target.Deadline),
                _ => () => ReasonTexts.MilestoneNotYetDoneChinese(name, target.Deadline),
            });
    }
}
