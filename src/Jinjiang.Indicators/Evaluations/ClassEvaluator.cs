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
                    () => ReasonTexts.ClassBreach(target, breach, breachClass, binds),
                    () => ReasonTexts.ClassBreachChinese(target, breach, breachClass, binds),
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
                    () => ReasonTexts.ClassHeld(target, (j.Count, j.Count2), (first.Date, last.Date), ClassOf(worstHeld), binds),
                    () => ReasonTexts.ClassHeldChinese(target, (j.Count, j.Count2), (first.Date, last.Date), ClassOf(worstHeld), binds),
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
                () => ReasonTexts.ClassNoWholePeriod(target, partial),
                () => ReasonTexts.ClassNoWholePeriodChinese(target, partial),
                partial,
                j.Method,
                target: j.TargetValue);
        }

        var worst = j.Subject!;
        var worstClass = ClassOf(worst);
        var units = j.Count2;
        var after = target.IsClosedAt(context.AsOf);
        if (j.Finding == Finding.Missed)
        {
            return context.Result(
                j.Status,
                () => ReasonTexts.ClassWorse(target, worst, worstClass, units, closed: after),
                () => ReasonTexts.ClassWorseChinese(target, worst, worstClass, units, closed: after),
                latestByUnit,
                j.Method,
                j.Actual,
                j.TargetValue);
        }

        return context.Result(
            j.Status,
            () => ReasonTexts.ClassGood(target, worst, worstClass, units),
            () => ReasonTexts.ClassGoodChinese(target, worst, worstClass, units),
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
}
