using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Floor-and-stretch targets (which level was reached) and all-of composites (the worst part decides).</summary>
internal static class CompositeEvaluator
{
    /// <summary>The stretch's judgement when it is met, else the floor's, with the level reached; without allocating.</summary>
    internal static Judgement Judge(FloorAndStretchTarget target, EvaluationContext context)
    {
        var stretch = TargetEvaluator.Judge(target.Stretch, context);
        if (stretch.Status == EvaluationStatus.Met)
        {
            return stretch with { Finding = Finding.StretchReached, Level = AchievedLevel.Stretch };
        }

        var floor = TargetEvaluator.Judge(target.Floor, context);
        return floor.Status == EvaluationStatus.Met
            ? floor with { Finding = Finding.FloorReached, Level = AchievedLevel.Floor, Basically = true, Completion = stretch.Completion }
            : floor with { Finding = Finding.FloorJudged, Level = AchievedLevel.None };
    }

    internal static Evaluation Evaluate(FloorAndStretchTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        var floor = TargetEvaluator.EvaluatePart(target.Floor, context);
        var stretch = TargetEvaluator.EvaluatePart(target.Stretch, context);
        Evaluation[] parts = [floor, stretch];
        return j.Finding switch
        {
            Finding.StretchReached => From(stretch, context, j, () => ReasonTexts.StretchReached(stretch.Reason), () => ReasonTexts.StretchReachedChinese(stretch.ReasonChinese), parts),
            Finding.FloorReached => From(floor, context, j, () => ReasonTexts.FloorReached(stretch.Reason), () => ReasonTexts.FloorReachedChinese(stretch.ReasonChinese), parts),
            _ => From(floor, context, j, () => ReasonTexts.FloorOnly(floor.Reason), () => ReasonTexts.FloorOnlyChinese(floor.ReasonChinese), parts),
        };
    }

    /// <summary>The worst part's verdict, without allocating (the parts' figures are in the full evaluation's parts).</summary>
    internal static Judgement Judge(AllOfTarget target, EvaluationContext context)
    {
        var worst = EvaluationStatus.Met;
        for (var i = 0; i < target.Parts.Count; i++)
        {
            var part = target.Parts[i];
            var status = TargetEvaluator.Judge(part.Target, context.ForComponent(part.Component)).Status;
            if (i == 0 || status.Severity() > worst.Severity())
            {
                worst = status;
            }
        }

        return new(worst, Finding.WorstPart, default, "all-of");
    }

    internal static Evaluation Evaluate(AllOfTarget target, EvaluationContext context)
    {
        var status = Judge(target, context).Status;
        var parts = target.Parts
            .Select(p => TargetEvaluator.EvaluatePart(p.Target, context.ForComponent(p.Component)))
            .ToList();
        var worst = parts.First(p => p.Status == status);
        var names = context;
        return context.Result(
            status,
            () => ReasonTexts.AllOf(parts, worst),
            () => ReasonTexts.AllOfChinese(parts, worst, component => names.ComponentChinese(component)),
            parts.SelectMany(p => p.Inputs).ToList(),
            "all-of",
            parts: parts);
    }

    private static Evaluation From(Evaluation basis, EvaluationContext context, Judgement j, Func<string> reason, Func<string> reasonChinese, IReadOnlyList<Evaluation> parts)
        => context.Result(j.Status, reason, reasonChinese, basis.Inputs, basis.Method, basis.Actual, basis.TargetValue, basis.Expected, basis.Progress, basis.Gap, j.Level, parts, j.Completion, j.Basically, j.OnSchedule);
}
