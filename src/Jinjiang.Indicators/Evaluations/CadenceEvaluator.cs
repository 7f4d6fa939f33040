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
    internal static Evaluation Evaluate(CadenceTarget target, EvaluationContext context)
    {
        var observations = context.Home(target.Period);
        if (context.CheckKinds(observations, QuantityKind.Count) is { } mismatch)
        {
            return mismatch;
        }

        var unitName = target.Unit.ToString().ToLowerInvariant();
        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var due = 0;
        var missed = 0;
        LocalDate? firstMissed = null;
        var index = 0;
        var binds = context.BindsFrom;
        var firstUnit = binds > target.Period.Start
            ? (target.UnitStart(binds) == binds ? binds : target.NextUnitStart(target.UnitStart(binds)))
            : target.UnitStart(target.Period.Start);
        while (index < observations.Count && observations[index].Date < firstUnit)
        {
            index++; // events before the promise binds fill no unit
        }

        for (var start = firstUnit; start <= target.Deadline; start = target.NextUnitStart(start))
        {
            var next = target.NextUnitStart(start);
            var end = EvaluationContext.Min(next.PlusDays(-1), target.Deadline);
            if (end > cutoff)
            {
                break;
            }

            // A unit cut by the period's edges is judged only when most of its days lie in the period
            // (as an ISO week belongs to the year that holds its Thursday).
            var first = start < target.Period.Start ? target.Period.Start : start;
            var inPeriod = NodaTime.Period.DaysBetween(first, end) + 1;
            if (inPeriod * 2 <= NodaTime.Period.DaysBetween(start, next))
            {
                while (index < observations.Count && observations[index].Date <= end)
                {
                    index++;
                }

                continue;
            }

            double events = 0;
            while (index < observations.Count && observations[index].Date <= end)
            {
                events += observations[index].Value.Value;
                index++;
            }

            due++;
            if (events < target.MinimumEvents)
            {
                missed++;
                firstMissed ??= first;
            }
        }

        var since = binds > target.Period.Start ? $" since the promise binds ({Show.Date(firstUnit)} on)" : string.Empty;
        var unitZh = target.Unit switch { CadenceUnit.Week => "周", CadenceUnit.Month => "月", _ => "季度" };
        var sinceZh = binds > target.Period.Start ? $"自承诺生效后（{Zh.Date(firstUnit)}起）" : string.Empty;
        var asOf = context.AsOf;
        if (due == 0)
        {
            return context.Result(EvaluationStatus.NotYetDue, () => $"No {unitName} of the period{since} has ended by {Show.Date(asOf)}.", () => $"截至{Zh.Date(asOf)}，{sinceZh}考核期内尚无已结束的{unitZh}。", observations, "cadence");
        }

        if (observations.Count == 0)
        {
            return context.Result(EvaluationStatus.NoData, () => $"No event reported in the {due} {unitName}(s) due by {Show.Date(cutoff)}.", () => $"截至{Zh.Date(cutoff)}应考核的{due}个{unitZh}均未报告任何活动。", observations, "cadence");
        }

        var kept = due - missed;
        var actual = new Measure(kept, MeasureUnit.Item);
        var wanted = new Measure(due, MeasureUnit.Item);
        var progress = kept / (double)due;
        if (missed > 0)
        {
            return context.Result(
                EvaluationStatus.NotMet,
                () => $"{missed} of {due} {unitName}(s){since} had fewer than {target.MinimumEvents} event(s), the first starting {Show.Date(firstMissed!.Value)}.",
                () => $"{sinceZh}应考核的{due}个{unitZh}中有{missed}个少于{target.MinimumEvents}次，首个自{Zh.Date(firstMissed!.Value)}起；缺失的{unitZh}不能补足。",
                observations,
                "cadence",
                actual,
                wanted,
                progress: progress,
                gap: new Measure(missed, MeasureUnit.Item));
        }

        var status = context.AsOf > target.Deadline ? EvaluationStatus.Met : EvaluationStatus.OnTrack;
        return context.Result(status, () => $"All {due} {unitName}(s){since} due by {Show.Date(cutoff)} had at least {target.MinimumEvents} event(s).", () => $"{sinceZh}截至{Zh.Date(cutoff)}应考核的{due}个{unitZh}均不少于{target.MinimumEvents}次。", observations, "cadence", actual, wanted, progress: progress);
    }
}
