using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Ordinal class at least as good as required, for every assessed unit (component); a worse class is a hard miss.</summary>
internal static class ClassEvaluator
{
    internal static Evaluation Evaluate(ClassTarget target, EvaluationContext context)
    {
        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var observations = context.Set.For(context.Indicator.Id, context.Indicator.Area)
            .Where(o => o.Date <= cutoff && target.Period.Contains(o.Date))
            .Where(o => context.Component is null || string.Equals(o.Component, context.Component, StringComparison.Ordinal))
            .ToList();
        if (context.CheckKinds(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(observations), QuantityKind.QualityClass) is { } mismatch)
        {
            return mismatch;
        }

        if (observations.Count == 0)
        {
            return context.NothingObserved(target, observations);
        }

        var latestByUnit = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            latestByUnit[o.Component ?? string.Empty] = o;
        }

        var worst = latestByUnit.Values.MaxBy(o => o.Value.Value)!;
        var worstClass = QualityClass.FromOrdinal(Math.Clamp((int)Math.Round(worst.Value.Value), 1, 6));
        var where = string.IsNullOrEmpty(worst.Component) ? string.Empty : $" at {worst.Component}";
        var units = latestByUnit.Count == 1 ? string.Empty : $" (worst of {latestByUnit.Count} assessed units)";
        var inputs = latestByUnit.Values.OrderBy(o => o.Component, StringComparer.Ordinal).ToList();
        var actual = Measure.From(worstClass);
        var wanted = Measure.From(target.Required);
        if (!worstClass.IsAtLeastAsGoodAs(target.Required))
        {
            return context.Result(
                EvaluationStatus.NotMet,
                () => $"Class {worstClass}{where} on {Show.Date(worst.Date)}{units} is worse than the required class {target.Required}.",
                inputs,
                "class",
                actual,
                wanted);
        }

        var status = context.AsOf > target.Deadline ? EvaluationStatus.Met : EvaluationStatus.OnTrack;
        return context.Result(
            status,
            () => $"Class {worstClass}{where} on {Show.Date(worst.Date)}{units} is at least as good as the required class {target.Required}.",
            inputs,
            "class",
            actual,
            wanted);
    }
}
