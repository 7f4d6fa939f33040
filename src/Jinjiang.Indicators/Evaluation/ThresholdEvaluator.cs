using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Level targets (at least, at most, about, range, coverage): judged on the value at the deadline.</summary>
internal static class ThresholdEvaluator
{
    /// <summary>The verdict and figures, without allocating.</summary>
    internal static Judgement Judge(ThresholdTarget target, EvaluationContext context)
    {
        var observations = context.Home(null, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, target.Kind, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        if (target is CoverageTarget)
        {
            for (var i = 0; i < observations.Count; i++)
            {
                var o = observations[i];
                if (o.Value.BaseValue > 1 + 1e-9 || o.Value.BaseValue < 0)
                {
                    return new(EvaluationStatus.NotEvaluable, Finding.OutOfRange, observations.Slice(i, 1), "unit-check") { Subject = o };
                }
            }
        }

        var tolerance = context.Tolerance;
        if (context.AsOf > target.Deadline)
        {
            var index = observations.Count - 1;
            while (index >= 0 && !target.Period.Contains(observations[index].Date))
            {
                index--;
            }

            if (index < 0)
            {
                return context.NothingObservedJudgement(target, observations);
            }

            var final = observations[index];
            var met = target.IsSatisfiedBy(final.Value.BaseValue, tolerance);
            return new(met ? EvaluationStatus.Met : EvaluationStatus.NotMet, met ? Finding.Reached : Finding.Missed, observations.Slice(index, 1), "threshold")
            {
                Subject = final,
                Actual = final.Value,
                TargetValue = target.Reference,
                Gap = Gap(target, final),
            };
        }

        if (observations.Count == 0)
        {
            return context.NothingObservedJudgement(target, observations);
        }

        var latest = observations[^1];
        var first = observations[0];
        var progressInput = new ProgressInput(first.Date, first.Value.BaseValue, latest.Date, latest.Value.BaseValue, target.Deadline, Aim(target, latest.Value.BaseValue));
        double? progress = observations.Count >= 2 ? progressInput.Progress : null;
        if (target.IsSatisfiedBy(latest.Value.BaseValue, tolerance))
        {
            return new(EvaluationStatus.OnTrack, Finding.AlreadySatisfied, observations, "threshold")
            {
                Subject = latest,
                Actual = latest.Value,
                TargetValue = target.Reference,
                Progress = progress,
                Gap = Gap(target, latest),
            };
        }

        if (observations.Count < 2 || first.Date == latest.Date)
        {
            return new(EvaluationStatus.AtRisk, Finding.NoTrend, observations, "threshold")
            {
                Subject = latest,
                Actual = latest.Value,
                TargetValue = target.Reference,
                Gap = Gap(target, latest),
            };
        }

        var method = context.Options.SeriesMethod;
        var assessment = method.Assess(progressInput);
        return new(assessment.Status, Finding.Assessed, observations, method.Name)
        {
            Subject = latest,
            Other = first,
            Actual = latest.Value,
            TargetValue = target.Reference,
            Expected = assessment.Expected is { } e ? Show.FromBase(e, target.Reference.Unit) : null,
            Progress = progress,
            Gap = Gap(target, latest),
            Assessment = assessment,
        };
    }

    internal static Evaluation Evaluate(ThresholdTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (context.Shared(j, target, target.Kind) is { } shared)
        {
            return shared;
        }

        var unit = target.Reference.Unit;
        var o = j.Subject!;
        return context.Result(j, j.Finding switch
        {
            Finding.OutOfRange => () => $"The coverage of {Show.Date(o.Date)} is {Show.Measure(o.Value)}, outside 0..100%.",
            Finding.Reached => () => $"{Show.In(o.Value, unit)} on {Show.Date(o.Date)} meets the target ({target.Describe()}).",
            Finding.Missed => () => $"{Show.In(o.Value, unit)} on {Show.Date(o.Date)} does not meet the target ({target.Describe()}).",
            Finding.AlreadySatisfied => () => $"{Show.In(o.Value, unit)} on {Show.Date(o.Date)} already satisfies the target ({target.Describe()}); it is judged at the deadline.",
            Finding.NoTrend => () => $"{Show.In(o.Value, unit)} on {Show.Date(o.Date)} does not yet satisfy the target ({target.Describe()}); one observation cannot show a trend.",
            _ => () => $"{Show.In(o.Value, unit)} on {Show.Date(o.Date)} against {Show.In(j.Other!.Value, unit)} on {Show.Date(j.Other.Date)}: {j.Assessment.Explanation} ({target.Describe()}).",
        });
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
