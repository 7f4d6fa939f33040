using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Change against a baseline period (投诉减少5%): needs the baseline; running totals are projected to the full period.</summary>
internal static class ChangeEvaluator
{
    internal static Evaluation Evaluate(ChangeTarget target, EvaluationContext context)
    {
        var observations = context.Home();
        if (context.CheckKinds(observations, target.Kind) is { } mismatch)
        {
            return mismatch;
        }

        var baseline = observations.LastOrDefault(o => target.BaselinePeriod.Contains(o.Date));
        var inPeriod = observations.Where(o => target.Period.Contains(o.Date)).ToList();
        if (baseline is null)
        {
            return context.Result(
                EvaluationStatus.NotEvaluable,
                () => $"Missing baseline: no observation dated between {Show.Date(target.BaselinePeriod.Start)} and {Show.Date(target.BaselinePeriod.End)}.",
                inPeriod,
                "change");
        }

        if (inPeriod.Count == 0)
        {
            return context.NothingObserved(target, [baseline]);
        }

        var current = inPeriod[^1];
        var unit = current.Value.Unit;
        var b = baseline.Value.BaseValue;
        var level = target.TargetLevel(b);
        var levelMeasure = Show.FromBase(level, unit);
        var inputs = new[] { baseline, current };
        var tolerance = context.Tolerance;
        bool Satisfies(double v) => target.IsReduction ? tolerance.Compare(v, level) <= 0 : tolerance.Compare(v, level) >= 0;
        double? Progress(double v) => level == b ? null : (v - b) / (level - b);
        var against = $"against {Show.In(baseline.Value, unit)} in {Show.Date(baseline.Date)} (target {target.DescribeChinese()}: {Show.Number(level / unit.FactorToBase)} {unit.DisplaySymbol} or {(target.IsReduction ? "less" : "more")})";

        if (context.AsOf > target.Deadline)
        {
            if (target.AccumulatesWithinPeriod && current.Date < target.Deadline)
            {
                return context.Result(
                    EvaluationStatus.NoData,
                    () => $"The period total is not known: the latest running total is of {Show.Date(current.Date)}, before the end of the period {Show.Date(target.Deadline)}.",
                    inputs,
                    "change",
                    current.Value,
                    levelMeasure);
            }

            var met = Satisfies(current.Value.BaseValue);
            return context.Result(
                met ? EvaluationStatus.Met : EvaluationStatus.NotMet,
                () => $"{Show.Measure(current.Value)} in the period {against}: {(met ? "met" : "not met")}.",
                inputs,
                "change",
                current.Value,
                levelMeasure,
                progress: Progress(current.Value.BaseValue),
                gap: Show.FromBase(level - current.Value.BaseValue, unit));
        }

        var share = new ProgressInput(target.Period.Start.PlusDays(-1), 0, current.Date, 0, target.Deadline, 1).ElapsedShare;
        var projected = target.AccumulatesWithinPeriod ? current.Value.BaseValue / share : current.Value.BaseValue;
        var expected = target.AccumulatesWithinPeriod ? level * share : level;
        var progress = Progress(projected);
        var projection = target.AccumulatesWithinPeriod ? $", projected to {Show.Number(projected / unit.FactorToBase)} {unit.DisplaySymbol} for the full period" : string.Empty;
        EvaluationStatus status;
        if (Satisfies(projected))
        {
            status = EvaluationStatus.OnTrack;
        }
        else if (progress is { } p && p >= context.Options.AtRiskShare)
        {
            status = EvaluationStatus.AtRisk;
        }
        else
        {
            status = EvaluationStatus.OffTrack;
        }

        return context.Result(
            status,
            () => $"{Show.Measure(current.Value)} by {Show.Date(current.Date)}{projection}, {against}.",
            inputs,
            "change",
            current.Value,
            levelMeasure,
            Show.FromBase(expected, unit),
            progress,
            Show.FromBase(level - projected, unit));
    }
}
