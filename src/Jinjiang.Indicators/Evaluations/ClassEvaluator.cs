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
    /// <summary>
    /// The verdict and figures, without allocating: <see cref="Judgement.Subject"/> is the reading that decides (the
    /// breach, the worst held, the worst unit's latest), <see cref="Judgement.Count"/> the readings and
    /// <see cref="Judgement.Count2"/> the assessed units.
    /// </summary>
    internal static Judgement Judge(ClassTarget target, EvaluationContext context)
    {
        var all = context.HomeReadings; // one area's readings: a national set does not make each judgement scan every county
        var wanted = Measure.From(target.Required);
        for (var i = 0; i < all.Count; i++)
        {
            if (InScope(all[i], target, context) && all[i].Value.Kind != QuantityKind.QualityClass)
            {
                return new(EvaluationStatus.NotEvaluable, Finding.WrongKind, default, "unit-check") { Subject = all[i] };
            }
        }

        var after = target.IsClosedAt(context.AsOf);
        if (target.Basis == TargetBasis.Throughout)
        {
            var binds = context.BindsFrom;
            Observation? first = null;
            Observation? last = null;
            Observation? worstHeld = null;
            var count = 0;
            var units = 0;
            for (var i = 0; i < all.Count; i++)
            {
                var o = all[i];
                if (!InScope(o, target, context) || o.Date < binds)
                {
                    continue;
                }

                if (!ClassOf(o).IsAtLeastAsGoodAs(target.Required))
                {
                    return new(EvaluationStatus.NotMet, Finding.Breach, default, "throughout") { Subject = o, Actual = Measure.From(ClassOf(o)), TargetValue = wanted };
                }

                first ??= o;
                last = o;
                count++;
                if (worstHeld is null || o.Value.Value > worstHeld.Value.Value)
                {
                    worstHeld = o;
                }

                if (!SeenBefore(all, i, o, target, context, binds))
                {
                    units++;
                }
            }

            if (count == 0)
            {
                return context.NothingObservedJudgement(target, default, "throughout");
            }

            return new(after ? EvaluationStatus.Met : EvaluationStatus.OnTrack, Finding.HeldThroughout, default, "throughout")
            {
                Subject = worstHeld,
                Other = first,
                Third = last,
                Actual = Measure.From(ClassOf(worstHeld!)),
                TargetValue = wanted,
                Count = count,
                Count2 = units,
            };
        }

        var overPeriod = target.Basis == TargetBasis.OverPeriod;
        Observation? worst = null;
        var latest = 0;
        var any = false;
        for (var i = 0; i < all.Count; i++)
        {
            var o = all[i];
            if (!InScope(o, target, context))
            {
                continue;
            }

            any = true;
            if (!IsLatestOfItsUnit(all, i, target, context))
            {
                continue;
            }

            latest++;
            if (overPeriod && after && !EvaluationContext.CoversWhole(o, target.Period))
            {
                return new(EvaluationStatus.NoData, Finding.NoWholePeriodFigure, default, "over-period") { TargetValue = wanted };
            }

            if (worst is null || o.Value.Value > worst.Value.Value)
            {
                worst = o;
            }
        }

        return any
            ? Verdict(target, context, overPeriod, ClassOf(worst!), latest) with { Subject = worst }
            : Verdict(target, context, overPeriod, null, 0);
    }

    /// <summary>
    /// The summary of a class judged at the deadline, read from the set's columns (each assessed unit's latest class
    /// in the period, no observation made); other bases and unusual inputs take the judgement. The same as the judgement's.
    /// </summary>
    internal static EvaluationSummary Summarize(ClassTarget target, EvaluationContext context)
    {
        if (target.Basis != TargetBasis.AtDeadline || context.Component is not null || !context.TryAreaSeries(out var units))
        {
            return Judge(target, context).ToSummary();
        }

        var to = EvaluationContext.Min(context.AsOf, target.Period.End);
        var worst = double.NegativeInfinity;
        var latest = 0;
        foreach (ref readonly var unit in units.AsSpan())
        {
            ObservationSet.Bounds(unit, target.Period.Start, to, out var start, out var end);
            if (start == end)
            {
                continue;
            }

            if (unit.UniformKind != QuantityKind.QualityClass)
            {
                return Judge(target, context).ToSummary(); // a unit of another kind: the judgement names it
            }

            latest++;
            worst = Math.Max(worst, unit.Rows.Values[end - 1]); // the unit's latest reading in the period
        }

        return (latest > 0 ? Verdict(target, context, false, ClassOf(worst), latest) : Verdict(target, context, false, null, 0)).ToSummary();
    }

    /// <summary>The verdict on the worst of the units' latest classes (none: nothing observed); the caller adds the reading.</summary>
    private static Judgement Verdict(ClassTarget target, in EvaluationContext context, bool overPeriod, QualityClass? worst, int latest)
    {
        var method = overPeriod ? "over-period" : "class";
        if (worst is not { } worstClass)
        {
            return context.NothingObservedJudgement(target, default, method);
        }

        var after = target.IsClosedAt(context.AsOf);
        var status = worstClass.IsAtLeastAsGoodAs(target.Required)
            ? (after ? EvaluationStatus.Met : EvaluationStatus.OnTrack)
            : after ? EvaluationStatus.NotMet : overPeriod ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return new(status, worstClass.IsAtLeastAsGoodAs(target.Required) ? Finding.Reached : Finding.Missed, default, method)
        {
            Actual = Measure.From(worstClass),
            TargetValue = Measure.From(target.Required),
            Count2 = latest,
        };
    }

    internal static Evaluation Evaluate(ClassTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        var scope = context.HomeObservations.Where(o => InScope(o, target, context)).ToList();
        var period = Show.Period(target.Period);
        var periodZh = Zh.Period(target.Period);
        var binds = context.BindsFrom;
        switch (j.Finding)
        {
            case Finding.WrongKind:
                return context.WrongKind(j.Subject!, QuantityKind.QualityClass);
            case Finding.NotYetDue or Finding.NoData:
                return context.NothingObserved(target, target.Basis == TargetBasis.Throughout ? scope.Where(o => o.Date >= binds).ToList() : scope, j.Method);
            case Finding.Breach:
            {
                var breach = j.Subject!;
                var breachClass = ClassOf(breach);
                return context.Result(
                    j.Status,
                    () => $"Class {breachClass}{Where(breach)} {Show.Covering(breach)} is worse than the required class {target.Required}, which must hold throughout {period} from {Show.Date(binds)}: a breach is final and later readings cannot repair it.",
                    () => $"{WhereZh(breach)}{Zh.Covering(breach)}为{breachClass}类，劣于要求的{target.Required}类。该承诺自{Zh.Date(binds)}起须在{periodZh}内全程保持，一经违反即不能挽回，后续数据不能弥补。",
                    [breach],
                    j.Method,
                    j.Actual,
                    j.TargetValue);
            }

            case Finding.HeldThroughout:
            {
                var (first, last, worstHeld) = (j.Other!, j.Third!, j.Subject!);
                return context.Result(
                    j.Status,
                    () => $"All {j.Count} reading(s) of {j.Count2} assessed unit(s) from {Show.Date(first.Date)} to {Show.Date(last.Date)} are class {target.Required} or better (worst {ClassOf(worstHeld)}), as required throughout {period} from {Show.Date(binds)}.",
                    () => $"自{Zh.Date(first.Date)}至{Zh.Date(last.Date)}，{j.Count2}个考核断面的{j.Count}次数据均达到{target.Required}类或更好（最差{ClassOf(worstHeld)}类），符合自{Zh.Date(binds)}起在{periodZh}内全程保持的要求。",
                    scope.Where(o => o.Date >= binds).ToList(),
                    j.Method,
                    j.Actual,
                    j.TargetValue);
            }
        }

        var latestByUnit = scope.Where((o, i) => !scope.Skip(i + 1).Any(later => SameUnit(o, later))).OrderBy(o => o.Component, StringComparer.Ordinal).ToList();
        if (j.Finding == Finding.NoWholePeriodFigure)
        {
            var partial = latestByUnit.Where(o => !EvaluationContext.CoversWhole(o, target.Period)).ToList();
            return context.Result(
                j.Status,
                () => $"No class for the whole period {period} of {string.Join(", ", partial.Select(o => o.Component ?? "the area"))}; the class is judged over the period.",
                () => $"{string.Join("、", partial.Select(o => o.Component ?? "本区"))}缺少{periodZh}整体的类别；按全期整体类别考核。",
                partial,
                j.Method,
                target: j.TargetValue);
        }

        var worst = j.Subject!;
        var worstClass = ClassOf(worst);
        var units = j.Count2;
        var unitsText = units == 1 ? string.Empty : $" (worst of {units} assessed units)";
        var overPeriod = target.Basis == TargetBasis.OverPeriod;
        var after = target.IsClosedAt(context.AsOf);
        if (j.Finding == Finding.Missed)
        {
            return context.Result(
                j.Status,
                after
                    ? () => $"Class {worstClass}{Where(worst)} {Show.Covering(worst)}{unitsText} is worse than the required class {target.Required}."
                    : () => $"Class {worstClass}{Where(worst)} {Show.Covering(worst)}{unitsText} is worse than the required class {target.Required}; it is judged {(overPeriod ? "on the class of the whole period, due" : "at the deadline")} {Show.Date(target.Deadline)}.",
                after
                    ? () => $"{WhereZh(worst)}{Zh.Covering(worst)}为{worstClass}类{UnitsZh(units)}，劣于要求的{target.Required}类。"
                    : () => $"{WhereZh(worst)}{Zh.Covering(worst)}为{worstClass}类{UnitsZh(units)}，劣于要求的{target.Required}类；按{(overPeriod ? "全期整体类别" : "期末类别")}考核，期限{Zh.Date(target.Deadline)}。",
                latestByUnit,
                j.Method,
                j.Actual,
                j.TargetValue);
        }

        return context.Result(
            j.Status,
            () => $"Class {worstClass}{Where(worst)} {Show.Covering(worst)}{unitsText} is at least as good as the required class {target.Required}.",
            () => $"{WhereZh(worst)}{Zh.Covering(worst)}为{worstClass}类{UnitsZh(units)}，达到要求的{target.Required}类或更好。",
            latestByUnit,
            j.Method,
            j.Actual,
            j.TargetValue);
    }

    /// <summary>A reading of the home area (any unit, or this context's), dated in the period and not after the as-of date or the deadline.</summary>
    private static bool InScope(Observation o, ClassTarget target, EvaluationContext context)
        => o.Date <= context.AsOf
            && target.Period.Contains(o.Date)
            && o.IsOf(context.HomeArea)
            && (context.Component is null || string.Equals(o.Component, context.Component, StringComparison.Ordinal));

    private static bool SameUnit(Observation a, Observation b) => string.Equals(a.Component ?? string.Empty, b.Component ?? string.Empty, StringComparison.Ordinal);

    /// <summary>Whether an earlier binding reading in scope has the same unit (to count units without a set).</summary>
    private static bool SeenBefore(ArraySegment<Observation> all, int index, Observation o, ClassTarget target, EvaluationContext context, NodaTime.LocalDate binds)
    {
        for (var k = 0; k < index; k++)
        {
            if (all[k].Date >= binds && InScope(all[k], target, context) && SameUnit(all[k], o))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether no later reading in scope has the same unit (the series is sorted by date).</summary>
    private static bool IsLatestOfItsUnit(ArraySegment<Observation> all, int index, ClassTarget target, EvaluationContext context)
    {
        for (var k = index + 1; k < all.Count; k++)
        {
            if (InScope(all[k], target, context) && SameUnit(all[k], all[index]))
            {
                return false;
            }
        }

        return true;
    }

    private static QualityClass ClassOf(Observation o) => ClassOf(o.Value.Value);

    private static QualityClass ClassOf(double value) => QualityClass.FromOrdinal(Math.Clamp((int)Math.Round(value), 1, 6));

    private static string Where(Observation o) => string.IsNullOrEmpty(o.Component) ? string.Empty : $" at {o.Component}";

    private static string WhereZh(Observation o) => string.IsNullOrEmpty(o.Component) ? string.Empty : o.Component + "断面";

    private static string UnitsZh(int count) => count == 1 ? string.Empty : $"（{count}个考核断面中最差）";
}
