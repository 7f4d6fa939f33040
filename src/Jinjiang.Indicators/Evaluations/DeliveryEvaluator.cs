using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Cumulative delivery within a period: met as soon as reached; before the deadline judged on the delivery method (linear path).</summary>
internal static class DeliveryEvaluator
{
    /// <summary>The verdict and figures, without allocating.</summary>
    internal static Judgement Judge(DeliveryTarget target, EvaluationContext context)
    {
        var observations = context.Home(target.Period, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, target.Kind, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        if (observations.Count == 0)
        {
            return context.NothingObservedJudgement(target, observations, "delivery");
        }

        var latest = observations[^1];
        var j = Verdict(target, context, latest.Value);
        return j with { Subject = latest, Inputs = j.Finding == Finding.Assessed ? observations : observations.Slice(observations.Count - 1, 1) };
    }

    /// <summary>The summary, read from the set's columns (no observation made); the same as the judgement's.</summary>
    internal static EvaluationSummary Summarize(DeliveryTarget target, EvaluationContext context)
    {
        context.HomeRows(target.Period, out var series, out var start, out var end);
        if (start == end)
        {
            return context.NothingObservedJudgement(target, ArraySegment<Observation>.Empty, "delivery").ToSummary();
        }

        return series.UniformKind == target.Kind
            ? Verdict(target, context, series.Rows.Value(end - 1)).ToSummary()
            : Judge(target, context).ToSummary(); // a unit of another kind: the judgement names it
    }

    /// <summary>The verdict on the latest amount delivered (its figures; the caller adds the observations it rests on).</summary>
    private static Judgement Verdict(DeliveryTarget target, in EvaluationContext context, Measure latest)
    {
        var unit = target.Amount.Unit;
        var amount = target.Amount.BaseValue;
        var actual = latest.BaseValue;
        var progress = actual / amount;
        var gap = Show.FromBase(amount - actual, unit);
        if (context.Tolerance.Compare(actual, amount) >= 0)
        {
            return new(EvaluationStatus.Met, Finding.Reached, default, "delivery") { Actual = latest, TargetValue = target.Amount, Progress = progress, Gap = gap, Completion = progress };
        }

        if (target.IsClosedAt(context.AsOf))
        {
            return new(EvaluationStatus.NotMet, Finding.Missed, default, "delivery") { Actual = latest, TargetValue = target.Amount, Expected = target.Amount, Progress = progress, Gap = gap, Completion = progress };
        }

        var method = context.Options.DeliveryMethod;
        var assessment = method.Assess(new ProgressInput(target.DayBeforeStart, 0, context.AsOf, actual, target.Deadline, amount));
        return new(assessment.Status, Finding.Assessed, default, method.Name)
        {
            Actual = latest,
            TargetValue = target.Amount,
            Expected = assessment.Expected is { } e ? Show.FromBase(e, unit) : null,
            Progress = progress,
            Gap = gap,
            Assessment = assessment,
            Completion = progress,
            OnSchedule = true,
        };
    }

    internal static Evaluation Evaluate(DeliveryTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (context.Shared(j, target, target.Kind) is { } shared)
        {
            return shared;
        }

        var asOf = context.AsOf;
        var name = context.NameChinese;
        return context.Result(
            j,
            j.Finding switch
            {
                Finding.Reached => () => ReasonTexts.DeliveryReached(j.Subject!, target),
                Finding.Missed => () => ReasonTexts.DeliveryMissed(j.Subject!, target, j.Gap!.Value),
                _ => () => ReasonTexts.DeliveryProgress(j.Subject!, target, j.Expected, asOf, j.Assessment.Explanation),
            },
            j.Finding switch
            {
                Finding.Reached => () => ReasonTexts.DeliveryReachedChinese(name, j.Subject!, target),
                Finding.Missed => () => ReasonTexts.DeliveryMissedChinese(name, j.Subject!, target, j.Gap!.Value),
                _ => () => ReasonTexts.DeliveryProgressChinese(name, j.Subject!, target, j.Expected, asOf, j.Assessment.ExplanationChinese),
            });
    }
}
