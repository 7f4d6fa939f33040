using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Response tiers: each tier judged on the share of incidents within its limit since the promise binds; the worst
/// tier decides. Where every incident must be within the limit (100%), one breach is final at once: the promise can
/// no longer be kept.
/// </summary>
internal static class ResponseTimeEvaluator
{
    internal static Evaluation Evaluate(ResponseTimeTarget target, EvaluationContext context)
    {
        var parts = new List<Evaluation>(target.Tiers.Count);
        var inputs = new List<Observation>();
        foreach (var tier in target.Tiers)
        {
            var tierContext = context.ForComponent(tier.Name);
            var observations = tierContext.Home(new NodaTime.DateInterval(tierContext.BindsFrom, target.Deadline > tierContext.BindsFrom ? target.Deadline : tierContext.BindsFrom));
            inputs.AddRange(observations);
            parts.Add(EvaluateTier(target, tier, tierContext, observations));
        }

        var worst = parts.MaxBy(p => p.Status.Severity())!;
        return context.Result(worst.Status, () => string.Join("; ", parts.Select(p => p.Component + ": " + p.Reason)), () => string.Join("；", parts.Select(p => p.Component + "：" + p.ReasonChinese)), inputs, "response-time", parts: parts);
    }

    private static Evaluation EvaluateTier(ResponseTimeTarget target, ResponseTier tier, EvaluationContext context, ArraySegment<Observation> observations)
    {
        if (context.CheckKinds(observations, QuantityKind.Time) is { } mismatch)
        {
            return mismatch;
        }

        if (observations.Count == 0)
        {
            return context.NothingObserved(target, observations);
        }

        var limit = tier.Limit.Seconds;
        var within = observations.Count(o => context.Tolerance.Compare(o.Value.BaseValue, limit) <= 0);
        var share = within / (double)observations.Count;
        var required = tier.RequiredShare.DecimalFractions;
        var met = context.Tolerance.Compare(share, required) >= 0;
        if (!met && required >= 1 - 1e-12)
        {
            var breach = observations.First(o => context.Tolerance.Compare(o.Value.BaseValue, limit) > 0);
            return context.Result(
                EvaluationStatus.NotMet,
                () => $"{observations.Count - within} of {observations.Count} incidents over {Show.Number(tier.Limit.Minutes)} min, the first on {Show.Date(breach.Date)} ({Show.Number(breach.Value.BaseValue / 60)} min): every incident must be within the limit, so the promise is broken for the period",
                () => $"{observations.Count}起事件中有{observations.Count - within}起超过{Show.Number(tier.Limit.Minutes)}分钟，首次在{Zh.Date(breach.Date)}（{Show.Number(breach.Value.BaseValue / 60)}分钟）：每起事件均须在时限内，本期承诺已不能实现",
                observations,
                "throughout",
                new Measure(share * 100, MeasureUnit.Percent),
                new Measure(required * 100, MeasureUnit.Percent),
                progress: share / required,
                gap: new Measure((required - share) * 100, MeasureUnit.Percent));
        }

        EvaluationStatus status = context.AsOf > target.Deadline
            ? (met ? EvaluationStatus.Met : EvaluationStatus.NotMet)
            : met ? EvaluationStatus.OnTrack : share >= required * context.Options.AtRiskShare ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return context.Result(
            status,
            () => $"{within} of {observations.Count} incidents ({Show.Percent(share)}) within {Show.Number(tier.Limit.Minutes)} min, {Show.Percent(required)} required",
            () => $"{observations.Count}起事件中{within}起（{Zh.Percent(share)}）在{Show.Number(tier.Limit.Minutes)}分钟内，要求{Zh.Percent(required)}",
            observations,
            "response-time",
            new Measure(share * 100, MeasureUnit.Percent),
            new Measure(required * 100, MeasureUnit.Percent),
            progress: share / required,
            gap: new Measure((required - share) * 100, MeasureUnit.Percent));
    }
}
