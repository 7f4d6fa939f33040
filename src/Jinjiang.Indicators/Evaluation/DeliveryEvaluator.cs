using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Cumulative delivery within a period: met as soon as reached; before the deadline judged on the delivery method (linear path).</summary>
internal static class DeliveryEvaluator
{
    internal static Evaluation Evaluate(DeliveryTarget target, EvaluationContext context)
    {
        var observations = context.Home(target.Period);
        if (context.CheckKinds(observations, target.Kind) is { } mismatch)
        {
            return mismatch;
        }

        if (observations.Count == 0)
        {
            return context.NothingObserved(target, observations);
        }

        var latest = observations[^1];
        var unit = target.Amount.Unit;
        var amount = target.Amount.BaseValue;
        var actual = latest.Value.BaseValue;
        var progress = actual / amount;
        var gap = Show.FromBase(amount - actual, unit);
        var delivered = $"{Show.In(latest.Value, unit)} delivered by {Show.Date(latest.Date)}";
        if (context.Tolerance.Compare(actual, amount) >= 0)
        {
            return context.Result(EvaluationStatus.Met, () => $"{delivered}, reaching the target of {Show.Measure(target.Amount)}.", [latest], "delivery", latest.Value, target.Amount, progress: progress, gap: gap);
        }

        if (context.AsOf > target.Deadline)
        {
            return context.Result(
                EvaluationStatus.NotMet,
                () => $"{delivered}, short of the target of {Show.Measure(target.Amount)} by {Show.Measure(gap)} at the deadline {Show.Date(target.Deadline)}.",
                [latest],
                "delivery",
                latest.Value,
                target.Amount,
                target.Amount,
                progress,
                gap);
        }

        var method = context.Options.DeliveryMethod;
        var input = new ProgressInput(target.Period.Start.PlusDays(-1), 0, context.AsOf, actual, target.Deadline, amount);
        var assessment = method.Assess(input);
        var expected = assessment.Expected is { } e ? Show.FromBase(e, unit) : (Quantities.Measure?)null;
        var expectedText = expected is { } x ? $" against {Show.Measure(x)} expected by {Show.Date(context.AsOf)}" : string.Empty;
        return context.Result(
            assessment.Status,
            () => $"{delivered}{expectedText}: {assessment.Explanation} (target {Show.Measure(target.Amount)} by {Show.Date(target.Deadline)}).",
            observations,
            method.Name,
            latest.Value,
            target.Amount,
            expected,
            progress,
            gap);
    }
}
