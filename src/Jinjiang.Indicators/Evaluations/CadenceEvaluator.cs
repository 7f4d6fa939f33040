using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// At least N events in every week (month, quarter) of the period from the day the promise binds; a missed unit
/// cannot be made up. The first unit required is the first that starts on or after that day: the unit in which a
/// report is delivered is not required.
/// </summary>
internal static class CadenceEvaluator
{
    /// <summary>The verdict and figures, without allocating: <see cref="Judgement.Count"/> units due, <see cref="Judgement.Count2"/> missed.</summary>
    internal static Judgement Judge(CadenceTarget target, EvaluationContext context)
    {
        var observations = context.Home(target.Period, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, QuantityKind.Count, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        context.HomeRows(target.Period, out var series, out var start, out var end);
        return Verdict(target, context, series, start, end) with { Inputs = observations };
    }

    /// <summary>The summary, counted from the set's columns (no observation made); the same as the judgement's.</summary>
    internal static EvaluationSummary Summarize(CadenceTarget target, EvaluationContext context)
    {
        context.HomeRows(target.Period, out var series, out var start, out var end);
        return start < end && series.UniformKind != QuantityKind.Count
            ? Judge(target, context).ToSummary() // a unit of another kind: the judgement names it
            : Verdict(target, context, series, start, end).ToSummary();
    }

    /// <summary>The units due and missed, counted over the rows of the home series from <paramref name="start"/> to before <paramref name="end"/> (the caller adds the observations).</summary>
    /// <remarks>When <paramref name="lapses"/> is given, it receives the first day of each missed unit (the full evaluation's compliance record).</remarks>
    private static Judgement Verdict(CadenceTarget target, in EvaluationContext context, in ObservationSet.SeriesRange series, int start, int end, List<LocalDate>? lapses = null)
    {
        var keys = series.Rows?.Keys;
        var values = series.Rows?.Values;
        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var due = 0;
        var missed = 0;
        LocalDate? firstMissed = null;
        var index = start;
        var units = target.Units(context.BindsFrom);
        var firstUnit = ObservationSet.Key(units.FirstUnit);
        while (index < end && keys![index] < firstUnit)
        {
            index++; // events before the promise binds fill no unit
        }

        for (var u = 0; u < units.Ends.Length; u++)
        {
            var unitEnd = units.Ends[u];
            if (unitEnd > cutoff)
            {
                break;
            }

            // A unit cut by the period's edges is judged only when most of its days lie in the period
            // (as an ISO week belongs to the year that holds its Thursday).
            var endKey = units.EndKeys[u];
            if (!units.Judged[u])
            {
                while (index < end && keys![index] <= endKey)
                {
                    index++;
                }

                continue;
            }

            double events = 0;
            while (index < end && keys![index] <= endKey)
            {
                events += values![index];
                index++;
            }

            due++;
            if (events < target.MinimumEvents)
            {
                missed++;
                firstMissed ??= units.Firsts[u];
                lapses?.Add(units.Firsts[u]);
            }
        }

        if (due == 0)
        {
            return new(EvaluationStatus.NotYetDue, Finding.NoUnitEnded, default, "cadence");
        }

        if (start == end)
        {
            return new(EvaluationStatus.NoData, Finding.NoData, default, "cadence") { Count = due };
        }

        var kept = due - missed;
        var judgement = new Judgement(EvaluationStatus.NotMet, Finding.UnitsMissed, default, "cadence")
        {
            Actual = new Measure(kept, MeasureUnit.Item),
            TargetValue = new Measure(due, MeasureUnit.Item),
            Progress = kept / (double)due,
            Count = due,
            Count2 = missed,
        };
        return missed > 0
            ? judgement with { Gap = new Measure(missed, MeasureUnit.Item), Date = firstMissed!.Value }
            : judgement with { Status = target.IsClosedAt(context.AsOf) ? EvaluationStatus.Met : EvaluationStatus.OnTrack, Finding = Finding.HeldThroughout };
    }

    internal static Evaluation Evaluate(CadenceTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (j.Finding == Finding.WrongKind)
        {
            return context.WrongKind(j.Subject!, QuantityKind.Count);
        }

        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var binds = context.BindsFrom;
        LocalDate? since = binds > target.Period.Start ? target.Units(binds).FirstUnit : null;
        var asOf = context.AsOf;
        var (due, missed) = (j.Count, j.Count2);
        Compliance? compliance = null;
        if (j.Finding is Finding.UnitsMissed or Finding.HeldThroughout)
        {
            var lapses = new List<LocalDate>(missed);
            context.HomeRows(target.Period, out var series, out var start, out var end);
            Verdict(target, context, series, start, end, lapses);
            compliance = new Compliance(due - missed, due, lapses);
        }

        return j.Finding switch
        {
            Finding.NoUnitEnded => context.Result(j, () => ReasonTexts.CadenceNoUnitEnded(target, since, asOf), () => ReasonTexts.CadenceNoUnitEndedChinese(target, since, asOf)),
            Finding.NoData => context.Result(j, () => ReasonTexts.CadenceNoData(target, due, cutoff), () => ReasonTexts.CadenceNoDataChinese(target, due, cutoff)),
            Finding.UnitsMissed => context.Result(
                j,
                compliance: compliance,
                reason: () => ReasonTexts.CadenceUnitsMissed(target, since, due, missed, j.Date),
                reasonChinese: () => ReasonTexts.CadenceUnitsMissedChinese(target, since, due, missed, j.Date)),
            _ => context.Result(j, () => ReasonTexts.CadenceKept(target, since, due, cutoff), () => ReasonTexts.CadenceKeptChinese(target, since, due, cutoff), compliance),
        };
    }
}
