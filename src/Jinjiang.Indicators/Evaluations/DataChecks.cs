using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The questions an office asks of data before it signs a verdict: readings after the as-of date, a cumulative total
/// that fell, a fractional count of whole things, a series that stopped reporting, monthly and annual figures that
/// cannot both be right, a provisional figure replaced by the final one. Each is a warning, never a change of status.
/// </summary>
internal static class DataChecks
{
    internal static IReadOnlyList<EvaluationWarning> Warnings(Evaluation evaluation, Target target, in EvaluationContext context)
    {
        // Only the promise's own series is read, by binary search and over the target's period: never the whole set.
        var series = context.HomeSeries();
        var superseded = context.Set.SupersededOf(context.Indicator.Id);
        var asOf = context.AsOf;
        List<EvaluationWarning>? warnings = null; // made only when there is something to say
        // Evidence dated before the report was delivered (of the whole, or of a part): the state the promise started
        // from, not its delivery.
        if (context.BindsFrom > target.Period.Start)
        {
            var binds = context.BindsFrom;
            var judged = evaluation.Parts.Count == 0 ? [evaluation] : evaluation.Parts;
            foreach (var part in judged)
            {
                if (part.Status is EvaluationStatus.Met or EvaluationStatus.OnTrack && LatestInput(part.Inputs) is { } latest && latest < binds)
                {
                    var name = part.Component is { } c ? context.ComponentChinese(c) : null;
                    var nameEnglish = part.Component is { } e ? context.Indicator.Target.ComponentName(e) + ": " : string.Empty;
                    (warnings ??= [.. evaluation.Warnings]).Add(new(
                        "before-promise",
                        ReasonTexts.WarningBeforePromise(nameEnglish, binds, latest),
                        ReasonTexts.WarningBeforePromiseChinese(name, binds, latest)));
                }
            }
        }

        if (series.Count == 0 && superseded.Count == 0)
        {
            return warnings ?? evaluation.Warnings;
        }

        AfterAsOf(series, asOf, ref warnings, evaluation);
        var inPeriod = ObservationSet.Slice(series, target.Period.Start, EvaluationContext.Min(target.Deadline, asOf), out _);
        if (target is DeliveryTarget delivery)
        {
            CumulativeFell(inPeriod, delivery, context.Tolerance, ref warnings, evaluation);
        }

        FractionalCount(inPeriod, ref warnings, evaluation);
        if (evaluation.Status != EvaluationStatus.Met && TargetTraits.IsReturnedSeries(target))
        {
            Stale(ObservationSet.Slice(series, LocalDate.MinIsoValue, asOf, out _), asOf, ref warnings, evaluation);
        }

        if (target is ThresholdTarget { Basis: TargetBasis.OverPeriod } overPeriod)
        {
            PeriodConflict(inPeriod, overPeriod, context.Options.RatePrecision, ref warnings, evaluation);
        }

        foreach (var s in superseded)
        {
            if (s.Date <= asOf && string.Equals(s.Area ?? context.HomeArea, context.HomeArea, StringComparison.Ordinal))
            {
                (warnings ??= [.. evaluation.Warnings]).Add(new(
                    "provisional-superseded",
                    ReasonTexts.WarningProvisionalSuperseded(s, s.Component is { } c ? context.ComponentChinese(c) : null),
                    ReasonTexts.WarningProvisionalSupersededChinese(s)));
            }
        }

        return warnings ?? evaluation.Warnings;
    }

    private static LocalDate? LatestInput(IReadOnlyList<Observation> inputs)
    {
        LocalDate? latest = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            var d = inputs[i].Date;
            if (latest is null || d > latest)
            {
                latest = d;
            }
        }

        return latest;
    }

    private static void AfterAsOf(in ObservationSet.SeriesRange series, LocalDate asOf, ref List<EvaluationWarning>? warnings, Evaluation evaluation)
    {
        ObservationSet.Bounds(series, asOf.PlusDays(1), LocalDate.MaxIsoValue, out var start, out var end);
        var count = end - start;
        if (count > 0)
        {
            var latest = series.DateAt(end - 1);
            (warnings ??= [.. evaluation.Warnings]).Add(new(
                "after-as-of",
                () => ReasonTexts.WarningAfterAsOf(count, asOf, latest),
                () => ReasonTexts.WarningAfterAsOfChinese(count, asOf, latest)));
        }
    }

    /// <summary>A cumulative amount (a reading without a stated period, or one from the period's start) lower than an earlier one.</summary>
    private static void CumulativeFell(ArraySegment<Observation> inPeriod, DeliveryTarget target, Tolerance tolerance, ref List<EvaluationWarning>? warnings, Evaluation evaluation)
    {
        Observation? before = null;
        foreach (var o in inPeriod)
        {
            if (o.Value.Kind != target.Kind || (o.Period is { } p && p.Start > target.Period.Start))
            {
                continue;
            }

            if (before is not null && before.Date < o.Date && tolerance.Compare(o.Value.BaseValue, before.Value.BaseValue) < 0)
            {
                var unit = target.Amount.Unit;
                (warnings ??= [.. evaluation.Warnings]).Add(new(
                    "cumulative-fell",
                    ReasonTexts.WarningCumulativeFell(before, o, unit),
                    ReasonTexts.WarningCumulativeFellChinese(before, o, unit)));
                return;
            }

            before = o;
        }
    }

    private static void FractionalCount(ArraySegment<Observation> inPeriod, ref List<EvaluationWarning>? warnings, Evaluation evaluation)
    {
        Observation? first = null;
        var count = 0;
        foreach (var o in inPeriod)
        {
            if (o.Value.Kind == QuantityKind.Count && Math.Abs(o.Value.BaseValue - Math.Round(o.Value.BaseValue)) > 1e-6)
            {
                first ??= o;
                count++;
            }
        }

        if (first is { } f)
        {
            (warnings ??= [.. evaluation.Warnings]).Add(new(
                "fractional-count",
                ReasonTexts.WarningFractionalCount(f, count),
                ReasonTexts.WarningFractionalCountChinese(f, count)));
        }
    }

    /// <summary>No reading for longer than the interval the series itself reports at (the gap between its last two readings).</summary>
    private static void Stale(ArraySegment<Observation> all, LocalDate asOf, ref List<EvaluationWarning>? warnings, Evaluation evaluation)
    {
        // The latest two distinct dates up to the as-of date (the slice ends at it).
        LocalDate? last = null, before = null;
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var d = all[i].Date;
            if (last is null)
            {
                last = d;
            }
            else if (d < last)
            {
                before = d;
                break;
            }
        }

        if (last is not { } l || before is not { } b)
        {
            return;
        }

        // Month-end returns are spaced in months; other series in days.
        var monthly = Utility.IsoDate.IsMonthEnd(l) && Utility.IsoDate.IsMonthEnd(b);
        var months = ((l.Year - b.Year) * 12) + l.Month - b.Month;
        var next = monthly ? EndOfMonth(l.PlusMonths(months)) : l.PlusDays(Period.DaysBetween(b, l));
        if (next >= asOf)
        {
            return;
        }

        var (everyMonths, everyDays) = monthly ? (months, 0) : (0, Period.DaysBetween(b, l));
        (warnings ??= [.. evaluation.Warnings]).Add(new(
            "stale-series",
            () => ReasonTexts.WarningStaleSeries(l, everyMonths, everyDays),
            () => ReasonTexts.WarningStaleSeriesChinese(l, everyMonths, everyDays)));
    }

    /// <summary>A part of an over-period rate whose best possible period rate is below the whole period's figure: the two cannot both be right.</summary>
    private static void PeriodConflict(ArraySegment<Observation> inPeriod, ThresholdTarget target, double precision, ref List<EvaluationWarning>? warnings, Evaluation evaluation)
    {
        if (target.Kind != QuantityKind.Ratio)
        {
            return;
        }

        Observation? whole = null;
        foreach (var o in inPeriod)
        {
            if (EvaluationContext.CoversWhole(o, target.Period))
            {
                whole = o;
            }
        }

        if (whole is null)
        {
            return;
        }

        foreach (var o in inPeriod)
        {
            if (EvaluationContext.CoversWhole(o, target.Period))
            {
                continue;
            }

            if (ThresholdEvaluator.BestPeriodRate(o, target) < whole.Value.BaseValue - (precision / 2) - 1e-12)
            {
                (warnings ??= [.. evaluation.Warnings]).Add(new(
                    "period-conflict",
                    ReasonTexts.WarningPeriodConflict(o, whole),
                    ReasonTexts.WarningPeriodConflictChinese(o, whole)));
                return;
            }
        }
    }


    private static LocalDate EndOfMonth(LocalDate d) => new(d.Year, d.Month, CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month));
}
