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
            Finding.StretchReached => From(stretch, context, j, () => $"Stretch target reached: {stretch.Reason}", () => $"已达到力争目标：{stretch.ReasonChinese}", parts),
            Finding.FloorReached => From(floor, context, j, () => $"Floor target reached, stretch target not reached: {stretch.Reason}", () => $"已达到确保目标，未达到力争目标：{stretch.ReasonChinese}", parts),
            _ => From(floor, context, j, () => $"Floor target: {floor.Reason}", () => $"确保目标：{floor.ReasonChinese}", parts),
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
        var met = parts.Count(p => p.Status == EvaluationStatus.Met);
        var names = context;
        string Groups(Func<EvaluationStatus, int, string> head, Func<Evaluation, string> name, string separator, string listSeparator, string open, string close)
            => string.Join(separator, parts.GroupBy(p => p.Status).OrderBy(g => g.Key.Severity()).Select(g => head(g.Key, g.Count()) + open + string.Join(listSeparator, g.Select(name)) + close));
        var bad = status.Severity() >= EvaluationStatus.NoData.Severity();
        return context.Result(
            status,
            () => parts.Count == met
                ? $"All {parts.Count} parts met ({string.Join(", ", parts.Select(p => p.Component))})."
                : $"{met} of {parts.Count} parts met; {Groups((s, n) => s.ToKebabCase() + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Component!, "; ", ", ", " (", ")")}" + (bad ? $". Worst: {worst.Component} ({worst.Status.ToKebabCase()}): {worst.Reason}" : "."),
            () => parts.Count == met
                ? $"{parts.Count}项均已达标（{string.Join("、", parts.Select(p => names.ComponentChinese(p.Component)))}）。"
                : $"{parts.Count}项中，{Groups((s, n) => Zh.Status(s) + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项", p => names.ComponentChinese(p.Component), "，", "、", "（", "）")}" + (bad ? $"；最差一项{names.ComponentChinese(worst.Component)}（{Zh.Status(worst.Status)}）：{worst.ReasonChinese}" : "。"),
            parts.SelectMany(p => p.Inputs).ToList(),
            "all-of",
            parts: parts);
    }

    private static Evaluation From(Evaluation basis, EvaluationContext context, Judgement j, Func<string> reason, Func<string> reasonChinese, IReadOnlyList<Evaluation> parts)
        => context.Result(j.Status, reason, reasonChinese, basis.Inputs, basis.Method, basis.Actual, basis.TargetValue, basis.Expected, basis.Progress, basis.Gap, j.Level, parts, j.Completion, j.Basically, j.OnSchedule);
}
