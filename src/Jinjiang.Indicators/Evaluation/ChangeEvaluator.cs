using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Change against a baseline period (投诉减少5%): needs the baseline; running totals are projected to the full period.</summary>
internal static class ChangeEvaluator
{
    /// <summary>The verdict and figures, without allocating. The baseline is <see cref="Judgement.Other"/>, the current value <see cref="Judgement.Subject"/>.</summary>
    internal static Judgement Judge(ChangeTarget target, EvaluationContext context)
    {
        var observations = context.Home(null, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, target.Kind, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        var baselines = context.Home(target.BaselinePeriod);
        var inPeriod = context.Home(target.Period);
        if (baselines.Count == 0)
        {
            return new(EvaluationStatus.NotEvaluable, Finding.NoBaseline, inPeriod, "change");
        }

        var baseline = baselines[^1];
        if (inPeriod.Count == 0)
        {
            return context.NothingObservedJudgement(target, baselines.Slice(baselines.Count - 1, 1));
        }

        var current = inPeriod[^1];
        var unit = current.Value.Unit;
        var b = baseline.Value.BaseValue;
        var level = target.TargetLevel(b);
        var levelMeasure = Show.FromBase(level, unit);
        var tolerance = context.Tolerance;
        bool Satisfies(double v) => target.IsReduction ? tolerance.Compare(v, level) <= 0 : tolerance.Compare(v, level) >= 0;
        double? Progress(double v) => level == b ? null : (v - b) / (level - b);

        if (context.AsOf > target.Deadline)
        {
            if (target.AccumulatesWithinPeriod && current.Date < target.Deadline)
            {
                return new(EvaluationStatus.NoData, Finding.Incomplete, default, "change") { Subject = current, Other = baseline, Actual = current.Value, TargetValue = levelMeasure };
            }

            var met = Satisfies(current.Value.BaseValue);
            return new(met ? EvaluationStatus.Met : EvaluationStatus.NotMet, met ? Finding.Reached : Finding.Missed, default, "change")
            {
                Subject = current,
                Other = baseline,
                Actual = current.Value,
                TargetValue = levelMeasure,
                Progress = Progress(current.Value.BaseValue),
                Gap = Show.FromBase(level - current.Value.BaseValue, unit),
            };
        }

        var share = new ProgressInput(target.Period.Start.PlusDays(-1), 0, current.Date, 0, target.Deadline, 1).ElapsedShare;
        var projected = target.AccumulatesWithinPeriod ? current.Value.BaseValue / share : current.Value.BaseValue;
        var expected = target.AccumulatesWithinPeriod ? level * share : level;
        var progress = Progress(projected);
        var status = Satisfies(projected) ? EvaluationStatus.OnTrack
            : progress is { } p && p >= context.Options.AtRiskShare ? EvaluationStatus.AtRisk
            : EvaluationStatus.OffTrack;
        return new(status, Finding.Assessed, default, "change")
        {
            Subject = current,
            Other = baseline,
            Actual = current.Value,
            TargetValue = levelMeasure,
            Expected = Show.FromBase(expected, unit),
            Progress = progress,
            Gap = Show.FromBase(level - projected, unit),
            Figure = projected,
        };
    }

    internal static Evaluation Evaluate(ChangeTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (context.Shared(j, target, target.Kind) is { } shared)
        {
            return shared;
        }

        if (j.Finding == Finding.NoBaseline)
        {
            return context.Result(j, () => $"Missing baseline: no observation dated between {Show.Date(target.BaselinePeriod.Start)} and {Show.Date(target.BaselinePeriod.End)}.");
        }

        var current = j.Subject!;
        var baseline = j.Other!;
        var unit = current.Value.Unit;
        var level = j.TargetValue!.Value.BaseValue;
        string Against() => $"against {Show.In(baseline.Value, unit)} in {Show.Date(baseline.Date)} (target {target.DescribeChinese()}: {Show.Number(level / unit.FactorToBase)} {unit.DisplaySymbol} or {(target.IsReduction ? "less" : "more")})";
        Func<string> reason = j.Finding switch
        {
            Finding.Incomplete => () => $"The period total is not known: the latest running total is of {Show.Date(current.Date)}, before the end of the period {Show.Date(target.Deadline)}.",
            Finding.Reached => () => $"{Show.Measure(current.Value)} in the period {Against()}: met.",
            Finding.Missed => () => $"{Show.Measure(current.Value)} in the period {Against()}: not met.",
            _ => () => $"{Show.Measure(current.Value)} by {Show.Date(current.Date)}{(target.AccumulatesWithinPeriod ? $", projected to {Show.Number(j.Figure / unit.FactorToBase)} {unit.DisplaySymbol} for the full period" : string.Empty)}, {Against()}.",
        };
        return context.Result(j.Status, reason, new[] { baseline, current }, j.Method, j.Actual, j.TargetValue, j.Expected, j.Progress, j.Gap);
    }
}
