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
    /// <summary>The verdict of the worst tier, without allocating (the tiers' figures are in the full evaluation's parts).</summary>
    internal static Judgement Judge(ResponseTimeTarget target, EvaluationContext context)
    {
        var worst = EvaluationStatus.Met;
        for (var i = 0; i < target.Tiers.Count; i++)
        {
            var status = JudgeTier(target, target.Tiers[i], context.ForComponent(target.Tiers[i].Name)).Status;
            if (i == 0 || status.Severity() > worst.Severity())
            {
                worst = status;
            }
        }

        return new(worst, Finding.WorstPart, default, "response-time");
    }

    internal static Evaluation Evaluate(ResponseTimeTarget target, EvaluationContext context)
    {
        var status = Judge(target, context).Status;
        var parts = new List<Evaluation>(target.Tiers.Count);
        var inputs = new List<Observation>();
        foreach (var tier in target.Tiers)
        {
            var tierContext = context.ForComponent(tier.Name);
            var j = JudgeTier(target, tier, tierContext);
            inputs.AddRange(Incidents(target, tierContext));
            parts.Add(EvaluateTier(target, tier, tierContext, j));
        }

        // The whole promise's record: every incident of every tier, a lapse where any tier's limit was exceeded.
        var kept = parts.Sum(p => p.Compliance?.Kept ?? 0);
        var due = parts.Sum(p => p.Compliance?.Due ?? 0);
        var compliance = due == 0 ? null : new Compliance(kept, due, parts.SelectMany(p => p.Compliance?.Lapses ?? []).Order());
        return context.Result(status, () => string.Join("; ", parts.Select(p => p.Component + ": " + p.Reason)), () => string.Join("；", parts.Select(p => target.ComponentNameChinese(p.Component!) + "：" + p.ReasonChinese)), inputs, "response-time", parts: parts, compliance: compliance);
    }

    /// <summary>The incidents of a tier since the promise binds, up to the deadline and the as-of date.</summary>
    private static ArraySegment<Observation> Incidents(ResponseTimeTarget target, EvaluationContext tierContext)
        => tierContext.HomeBetween(tierContext.BindsFrom, target.Deadline > tierContext.BindsFrom ? target.Deadline : tierContext.BindsFrom);

    /// <summary>One tier: <see cref="Judgement.Count"/> incidents, <see cref="Judgement.Count2"/> within the limit.</summary>
    private static Judgement JudgeTier(ResponseTimeTarget target, ResponseTier tier, EvaluationContext context)
    {
        var observations = Incidents(target, context);
        if (EvaluationContext.FirstOfWrongKind(observations, QuantityKind.Time) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        if (observations.Count == 0)
        {
            return context.NothingObservedJudgement(target, observations, "response-time");
        }

        var limit = tier.Limit.Seconds;
        var within = 0;
        Observation? breach = null;
        foreach (var o in observations)
        {
            if (context.Tolerance.Compare(o.Value.BaseValue, limit) <= 0)
            {
                within++;
            }
            else
            {
                breach ??= o;
            }
        }

        var share = within / (double)observations.Count;
        var required = tier.RequiredShare.DecimalFractions;
        var met = context.Tolerance.Compare(share, required) >= 0;
        var judgement = new Judgement(EvaluationStatus.NotMet, Finding.Breach, observations, "throughout")
        {
            Actual = new Measure(share * 100, MeasureUnit.Percent),
            TargetValue = new Measure(required * 100, MeasureUnit.Percent),
            Progress = share / required,
            Gap = new Measure((required - share) * 100, MeasureUnit.Percent),
            Subject = breach,
            Count = observations.Count,
            Count2 = within,
        };
        if (!met && required >= 1 - 1e-12)
        {
            return judgement;
        }

        var status = target.IsClosedAt(context.AsOf)
            ? (met ? EvaluationStatus.Met : EvaluationStatus.NotMet)
            : met ? EvaluationStatus.OnTrack : share >= required * context.Options.AtRiskShare ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return judgement with { Status = status, Finding = Finding.Assessed, Method = "response-time" };
    }

    private static Evaluation EvaluateTier(ResponseTimeTarget target, ResponseTier tier, EvaluationContext context, Judgement j)
    {
        if (context.Shared(j, target, QuantityKind.Time) is { } shared)
        {
            return shared;
        }

        var (count, within) = (j.Count, j.Count2);
        var share = within / (double)count;
        var required = tier.RequiredShare.DecimalFractions;
        var lapses = new List<NodaTime.LocalDate>(count - within);
        foreach (var o in Incidents(target, context))
        {
            if (context.Tolerance.Compare(o.Value.BaseValue, tier.Limit.Seconds) > 0)
            {
                lapses.Add(o.Date);
            }
        }

        var compliance = new Compliance(within, count, lapses);
        if (j.Finding == Finding.Breach)
        {
            var breach = j.Subject!;
            return context.Result(
                j,
                () => ReasonTexts.ResponseBreach(tier, count, within, breach),
                () => ReasonTexts.ResponseBreachChinese(tier, count, within, breach),
                compliance);
        }

        return context.Result(
            j,
            () => ReasonTexts.ResponseShare(tier, count, within, share, required),
            () => ReasonTexts.ResponseShareChinese(tier, count, within, share, required),
            compliance);
    }
}
