using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Direction only (逐步扩大): the latest value against the value at the start of the period, in the indicator's direction.</summary>
internal static class DirectionEvaluator
{
    /// <summary>The verdict and figures, without allocating. The baseline is <see cref="Judgement.Other"/>, the latest value <see cref="Judgement.Subject"/>.</summary>
    internal static Judgement Judge(DirectionTarget target, EvaluationContext context)
    {
        var observations = context.Home(null, target.Deadline, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, target.Kind, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        if (observations.Count < 2)
        {
            return new(EvaluationStatus.NoData, Finding.TooFew, observations, "direction");
        }

        var baseline = observations[0];
        for (var i = observations.Count - 1; i >= 0; i--)
        {
            if (observations[i].Date <= target.Period.Start)
            {
                baseline = observations[i];
                break;
            }
        }

        var latest = observations[^1];
        if (ReferenceEquals(baseline, latest) || latest.Date < target.Period.Start)
        {
            return new(EvaluationStatus.NoData, Finding.NoTrend, observations, "direction");
        }

        var c = context.Tolerance.Compare(latest.Value.BaseValue, baseline.Value.BaseValue);
        var good = context.Indicator.Direction == Direction.HigherIsBetter ? c > 0 : c < 0;
        var after = target.IsClosedAt(context.AsOf);
        var status = good ? (after ? EvaluationStatus.Met : EvaluationStatus.OnTrack) : (after ? EvaluationStatus.NotMet : EvaluationStatus.OffTrack);
        return new(status, Finding.Assessed, default, "direction") { Subject = latest, Other = baseline, Actual = latest.Value, Figure = c };
    }

    internal static Evaluation Evaluate(DirectionTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (context.Shared(j, target, target.Kind) is { } shared)
        {
            return shared;
        }

        var count = j.Inputs.Count;
        if (j.Finding == Finding.TooFew)
        {
            return context.Result(j, () => ReasonTexts.DirectionTooFew(count), () => ReasonTexts.DirectionTooFewChinese(count));
        }

        if (j.Finding == Finding.NoTrend)
        {
            return context.Result(j, static () => ReasonTexts.DirectionNoTrend, static () => ReasonTexts.DirectionNoTrendChinese);
        }

        var baseline = j.Other!;
        var latest = j.Subject!;
        var rising = context.Indicator.Direction == Direction.HigherIsBetter;
        var change = j.Figure;
        return context.Result(
            j.Status,
            () => ReasonTexts.DirectionMoved(baseline, latest, change, rising),
            () => ReasonTexts.DirectionMovedChinese(baseline, latest, change, rising),
            new[] { baseline, latest },
            "direction",
            latest.Value);
    }
}
