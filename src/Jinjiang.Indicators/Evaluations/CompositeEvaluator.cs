using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Floor-and-stretch targets (which level was reached) and all-of composites (the worst part decides).</summary>
internal static class CompositeEvaluator
{
    internal static Evaluation Evaluate(FloorAndStretchTarget target, EvaluationContext context)
    {
        var floor = TargetEvaluator.Evaluate(target.Floor, context);
        var stretch = TargetEvaluator.Evaluate(target.Stretch, context);
        Evaluation[] parts = [floor, stretch];
        if (stretch.Status == EvaluationStatus.Met)
        {
            return From(stretch, context, EvaluationStatus.Met, AchievedLevel.Stretch, () => $"Stretch reached (力争): {stretch.Reason}", () => $"已达到力争目标：{stretch.ReasonChinese}", parts);
        }

        if (floor.Status == EvaluationStatus.Met)
        {
            return From(floor, context, EvaluationStatus.Met, AchievedLevel.Floor, () => $"Floor reached (确保), stretch not reached: {stretch.Reason}", () => $"已达到确保目标，未达到力争目标：{stretch.ReasonChinese}", parts);
        }

        return From(floor, context, floor.Status, AchievedLevel.None, () => $"Floor (确保): {floor.Reason}", () => $"确保目标：{floor.ReasonChinese}", parts);
    }

    internal static Evaluation Evaluate(AllOfTarget target, EvaluationContext context)
    {
        var parts = target.Parts
            .Select(p => TargetEvaluator.Evaluate(p.Target, context.ForComponent(p.Component)))
            .ToList();
        var worst = parts.MaxBy(p => p.Status.Severity())!;
        var met = parts.Count(p => p.Status == EvaluationStatus.Met);
        return context.Result(
            worst.Status,
            () => $"{met} of {parts.Count} parts met; worst: {worst.Component} ({worst.Status.ToKebabCase()}): {worst.Reason}",
            () => $"{parts.Count}项中{met}项已达标；最差一项{worst.Component}（{Zh.Status(worst.Status)}）：{worst.ReasonChinese}",
            parts.SelectMany(p => p.Inputs).ToList(), "all-of", parts: parts);
    }

    private static Evaluation From(Evaluation basis, EvaluationContext context, EvaluationStatus status, AchievedLevel level, Func<string> reason, Func<string> reasonChinese, IReadOnlyList<Evaluation> parts)
        => context.Result(status, reason, reasonChinese, basis.Inputs, basis.Method, basis.Actual, basis.TargetValue, basis.Expected, basis.Progress, basis.Gap, level, parts);
}
