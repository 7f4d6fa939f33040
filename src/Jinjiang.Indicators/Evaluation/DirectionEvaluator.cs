using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Direction only (逐步扩大): the latest value against the value at the start of the period, in the indicator's direction.</summary>
internal static class DirectionEvaluator
{
    internal static Evaluation Evaluate(DirectionTarget target, EvaluationContext context)
    {
        var observations = context.Home(notAfter: target.Deadline);
        if (context.CheckKinds(observations, target.Kind) is { } mismatch)
        {
            return mismatch;
        }

        if (observations.Count < 2)
        {
            return context.Result(EvaluationStatus.NoData, () => $"A direction needs at least two observations; {observations.Count} found.", observations, "direction");
        }

        var baseline = observations.LastOrDefault(o => o.Date <= target.Period.Start) ?? observations[0];
        var latest = observations[^1];
        if (ReferenceEquals(baseline, latest))
        {
            return context.Result(EvaluationStatus.NoData, static () => "A direction needs an observation after the baseline.", observations, "direction");
        }

        var c = context.Tolerance.Compare(latest.Value.BaseValue, baseline.Value.BaseValue);
        var rising = context.Indicator.Direction == Direction.HigherIsBetter;
        var good = rising ? c > 0 : c < 0;
        var after = context.AsOf > target.Deadline;
        var status = good ? (after ? EvaluationStatus.Met : EvaluationStatus.OnTrack) : (after ? EvaluationStatus.NotMet : EvaluationStatus.OffTrack);
        var moved = c == 0 ? "unchanged" : c > 0 ? "rose" : "fell";
        var unit = baseline.Value.Unit;
        return context.Result(
            status,
            () => $"The value {moved} from {Show.In(baseline.Value, unit)} on {Show.Date(baseline.Date)} to {Show.In(latest.Value, unit)} on {Show.Date(latest.Date)}; it should {(rising ? "rise" : "fall")}.",
            [baseline, latest],
            "direction",
            latest.Value);
    }
}
