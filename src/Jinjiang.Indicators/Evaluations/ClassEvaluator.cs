using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Ordinal class at least as good as required, for every assessed unit (component), on the target's basis: the
/// latest class of each unit at the deadline, every reading throughout the period (the first worse class is
/// final), or each unit's class for the whole period.
/// </summary>
internal static class ClassEvaluator
{
    internal static Evaluation Evaluate(ClassTarget target, EvaluationContext context)
    {
        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var observations = context.HomeOfAnyComponent()
            .Where(o => o.Date <= cutoff && target.Period.Contains(o.Date))
            .Where(o => context.Component is null || string.Equals(o.Component, context.Component, StringComparison.Ordinal))
            .ToList();
        if (context.CheckKinds(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(observations), QuantityKind.QualityClass) is { } mismatch)
        {
            return mismatch;
        }

        var wanted = Measure.From(target.Required);
        var period = Show.Period(target.Period);
        var periodZh = Zh.Period(target.Period);
        if (target.Basis == TargetBasis.Throughout)
        {
            var binds = context.BindsFrom;
            var binding = observations.Where(o => o.Date >= binds).ToList();
            if (binding.Count == 0)
            {
                return context.NothingObserved(target, binding);
            }

            if (binding.FirstOrDefault(o => !ClassOf(o).IsAtLeastAsGoodAs(target.Required)) is { } breach)
            {
                var breachClass = ClassOf(breach);
                return context.Result(
                    EvaluationStatus.NotMet,
                    () => $"Class {breachClass}{Where(breach)} {Show.Covering(breach)} is worse than the required class {target.Required}, which must hold throughout {period} from {Show.Date(binds)}: a breach is final and later readings cannot repair it.",
                    () => $"{WhereZh(breach)}{Zh.Covering(breach)}为{breachClass}类，劣于要求的{target.Required}类。该承诺自{Zh.Date(binds)}起须在{periodZh}内全程保持，一经违反即不能挽回，后续数据不能弥补。",
                    [breach],
                    "throughout",
                    Measure.From(breachClass),
                    wanted);
            }

            var units = binding.Select(o => o.Component ?? string.Empty).Distinct(StringComparer.Ordinal).Count();
            var worstHeld = binding.MaxBy(o => o.Value.Value)!;
            return context.Result(
                context.AsOf > target.Deadline ? EvaluationStatus.Met : EvaluationStatus.OnTrack,
                () => $"All {binding.Count} reading(s) of {units} assessed unit(s) from {Show.Date(binding[0].Date)} to {Show.Date(binding[^1].Date)} are class {target.Required} or better (worst {ClassOf(worstHeld)}), as required throughout {period} from {Show.Date(binds)}.",
                () => $"自{Zh.Date(binding[0].Date)}至{Zh.Date(binding[^1].Date)}，{units}个考核断面的{binding.Count}次数据均达到{target.Required}类或更好（最差{ClassOf(worstHeld)}类），符合自{Zh.Date(binds)}起在{periodZh}内全程保持的要求。",
                binding,
                "throughout",
                Measure.From(ClassOf(worstHeld)),
                wanted);
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

        var overPeriod = target.Basis == TargetBasis.OverPeriod;
        if (overPeriod && context.AsOf > target.Deadline)
        {
            var partial = latestByUnit.Values.Where(o => !EvaluationContext.CoversWhole(o, target.Period)).OrderBy(o => o.Component, StringComparer.Ordinal).ToList();
            if (partial.Count > 0)
            {
                return context.Result(
                    EvaluationStatus.NoData,
                    () => $"No class for the whole period {period} of {string.Join(", ", partial.Select(o => o.Component ?? "the area"))}; the class is judged over the period.",
                    () => $"{string.Join("、", partial.Select(o => o.Component ?? "本区"))}缺少{periodZh}全期的类别；按全期整体类别考核。",
                    partial,
                    "over-period",
                    target: wanted);
            }
        }

        var worst = latestByUnit.Values.MaxBy(o => o.Value.Value)!;
        var worstClass = ClassOf(worst);
        var unitsText = latestByUnit.Count == 1 ? string.Empty : $" (worst of {latestByUnit.Count} assessed units)";
        var inputs = latestByUnit.Values.OrderBy(o => o.Component, StringComparer.Ordinal).ToList();
        var actual = Measure.From(worstClass);
        var method = overPeriod ? "over-period" : "class";
        var after = context.AsOf > target.Deadline;
        if (!worstClass.IsAtLeastAsGoodAs(target.Required))
        {
            return context.Result(
                after ? EvaluationStatus.NotMet : overPeriod ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack,
                after
                    ? () => $"Class {worstClass}{Where(worst)} {Show.Covering(worst)}{unitsText} is worse than the required class {target.Required}."
                    : () => $"Class {worstClass}{Where(worst)} {Show.Covering(worst)}{unitsText} is worse than the required class {target.Required}; it is judged {(overPeriod ? "on the class of the whole period" : "at the deadline")} {Show.Date(target.Deadline)}.",
                after
                    ? () => $"{WhereZh(worst)}{Zh.Covering(worst)}为{worstClass}类{UnitsZh(latestByUnit.Count)}，劣于要求的{target.Required}类。"
                    : () => $"{WhereZh(worst)}{Zh.Covering(worst)}为{worstClass}类{UnitsZh(latestByUnit.Count)}，劣于要求的{target.Required}类；按{(overPeriod ? "全期整体类别" : "期末类别")}考核，期限{Zh.Date(target.Deadline)}。",
                inputs,
                method,
                actual,
                wanted);
        }

        return context.Result(
            after ? EvaluationStatus.Met : EvaluationStatus.OnTrack,
            () => $"Class {worstClass}{Where(worst)} {Show.Covering(worst)}{unitsText} is at least as good as the required class {target.Required}.",
            () => $"{WhereZh(worst)}{Zh.Covering(worst)}为{worstClass}类{UnitsZh(latestByUnit.Count)}，达到要求的{target.Required}类或更好。",
            inputs,
            method,
            actual,
            wanted);
    }

    private static QualityClass ClassOf(Observation o) => QualityClass.FromOrdinal(Math.Clamp((int)Math.Round(o.Value.Value), 1, 6));

    private static string Where(Observation o) => string.IsNullOrEmpty(o.Component) ? string.Empty : $" at {o.Component}";

    private static string WhereZh(Observation o) => string.IsNullOrEmpty(o.Component) ? string.Empty : o.Component + "断面";

    private static string UnitsZh(int count) => count == 1 ? string.Empty : $"（{count}个考核断面中最差）";
}
