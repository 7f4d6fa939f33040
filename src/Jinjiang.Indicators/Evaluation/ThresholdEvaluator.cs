using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Level targets (at least, at most, about, range, coverage): judged on the value at the deadline.</summary>
internal static class ThresholdEvaluator
{
    internal static Evaluation Evaluate(ThresholdTarget target, EvaluationContext context)
    {
        var observations = context.Home();
        if (context.CheckKinds(observations, target.Kind) is { } mismatch)
        {
            return mismatch;
        }

        if (target is CoverageTarget)
        {
            foreach (var o in observations)
            {
                if (o.Value.BaseValue > 1 + 1e-9 || o.Value.BaseValue < 0)
                {
                    return context.Result(EvaluationStatus.NotEvaluable, () => $"The coverage of {Show.Date(o.Date)} is {Show.Measure(o.Value)}, outside 0..100%.", [o], "unit-check");
                }
            }
        }

        var unit = target.Reference.Unit;
        var tolerance = context.Tolerance;
        var targetText = target.Describe();
        if (context.AsOf > target.Deadline)
        {
            var final = observations.LastOrDefault(o => target.Period.Contains(o.Date));
            if (final is null)
            {
                return context.NothingObserved(target, observations);
            }

            var met = target.IsSatisfiedBy(final.Value.BaseValue, tolerance);
            return context.Result(
                met ? EvaluationStatus.Met : EvaluationStatus.NotMet,
                () => $"{Show.In(final.Value, unit)} on {Show.Date(final.Date)} {(met ? "meets" : "does not meet")} the target ({targetText}).",
                [final],
                actual: final.Value,
                target: target.Reference,
                gap: Gap(target, final));
        }

        if (observations.Count == 0)
        {
            return context.NothingObserved(target, observations);
        }

        var latest = observations[^1];
        var first = observations[0];
        var aim = Aim(target, latest.Value.BaseValue);
        var progressInput = new ProgressInput(first.Date, first.Value.BaseValue, latest.Date, latest.Value.BaseValue, target.Deadline, aim);
        double? progress = observations.Count >= 2 ? progressInput.Progress : null;
        if (target.IsSatisfiedBy(latest.Value.BaseValue, tolerance))
        {
            return context.Result(
                EvaluationStatus.OnTrack,
                () => $"{Show.In(latest.Value, unit)} on {Show.Date(latest.Date)} already satisfies the target ({targetText}); it is judged at the deadline.",
                observations,
                actual: latest.Value,
                target: target.Reference,
                progress: progress,
                gap: Gap(target, latest));
        }

        if (observations.Count < 2 || first.Date == latest.Date)
        {
            return context.Result(
                EvaluationStatus.AtRisk,
                () => $"{Show.In(latest.Value, unit)} on {Show.Date(latest.Date)} does not yet satisfy the target ({targetText}); one observation cannot show a trend.",
                observations,
                actual: latest.Value,
                target: target.Reference,
                gap: Gap(target, latest));
        }

        var method = context.Options.SeriesMethod;
        var assessment = method.Assess(progressInput);
        return context.Result(
            assessment.Status,
            () => $"{Show.In(latest.Value, unit)} on {Show.Date(latest.Date)} against {Show.In(first.Value, unit)} on {Show.Date(first.Date)}: {assessment.Explanation} ({targetText}).",
            observations,
            method.Name,
            actual: latest.Value,
            target: target.Reference,
            expected: assessment.Expected is { } e ? Show.FromBase(e, unit) : null,
            progress: progress,
            gap: Gap(target, latest));
    }

    /// <summary>The value the series should move to: the nearest value that satisfies the target.</summary>
    private static double Aim(ThresholdTarget target, double current) => target switch
    {
        RangeTarget range => Math.Clamp(current, range.Minimum.BaseValue, range.Maximum.BaseValue),
        _ => target.Reference.BaseValue,
    };

    private static Quantities.Measure Gap(ThresholdTarget target, Observation observation)
        => Show.FromBase(Aim(target, observation.Value.BaseValue) - observation.Value.BaseValue, target.Reference.Unit);
}
