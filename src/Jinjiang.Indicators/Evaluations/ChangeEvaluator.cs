using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Change against a baseline period (投诉减少5%). The baseline must cover its whole period (the 2022 year, not a
/// half year). During the period a running total is compared with the same period of the baseline year (同比)
/// when the data have it, and only otherwise projected to the full period on a straight line.
/// </summary>
internal static class ChangeEvaluator
{
    /// <summary>
    /// The verdict and figures, without allocating. The whole-period baseline is <see cref="Judgement.Other"/>, the
    /// current value <see cref="Judgement.Subject"/>, and a same-period baseline (同比) <see cref="Judgement.Third"/>.
    /// </summary>
    internal static Judgement Judge(ChangeTarget target, EvaluationContext context)
    {
        var observations = context.Home(null, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(observations, target.Kind, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(observations, wrong);
        }

        context.HomeRows(null, out var series, out _, out _);
        var j = Verdict(target, context, series, out var subject, out var other, out var third);
        var items = series.Count == 0 ? [] : series.Items;
        j = j with
        {
            Subject = subject < 0 ? null : items[subject],
            Other = other < 0 ? null : items[other],
            Third = third < 0 ? null : items[third],
        };
        return j.Finding switch
        {
            Finding.NoBaseline => j with { Inputs = context.Home(target.Period) },
            Finding.PartialBaseline => j with { Inputs = new ArraySegment<Observation>(items, subject, 1) },
            _ => j,
        };
    }

    /// <summary>The summary, read from the set's columns (no observation made); the same as the judgement's.</summary>
    internal static EvaluationSummary Summarize(ChangeTarget target, EvaluationContext context)
    {
        context.HomeRows(null, out var series, out var first, out var end);
        return first < end && series.UniformKind != target.Kind
            ? Judge(target, context).ToSummary() // a unit of another kind: the judgement names it
            : Verdict(target, context, series, out _, out _, out _).ToSummary();
    }

    /// <summary>
    /// The verdict and figures from the rows of the home series: <paramref name="subject"/> is the row of the current
    /// value (or of the partial baseline), <paramref name="other"/> the whole-period baseline's, <paramref name="third"/>
    /// the same-period baseline's; -1 for none.
    /// </summary>
    private static Judgement Verdict(ChangeTarget target, in EvaluationContext context, in ObservationSet.SeriesRange series, out int subject, out int other, out int third)
    {
        (subject, other, third) = (-1, -1, -1);
        var rows = series.Rows;
        ObservationSet.Bounds(series, target.BaselinePeriod.Start, EvaluationContext.Min(target.BaselinePeriod.End, context.AsOf), out var baselineStart, out var baselineEnd);
        ObservationSet.Bounds(series, target.Period.Start, EvaluationContext.Min(target.Period.End, context.AsOf), out var periodStart, out var periodEnd);
        var baseline = WholeBaseline(rows, baselineStart, baselineEnd, target.BaselinePeriod);
        if (baseline < 0)
        {
            if (periodEnd == periodStart && baselineEnd == baselineStart && !HasRowsUpTo(series, context.AsOf))
            {
                return context.NothingObservedJudgement(target, default, "change"); // nothing at all: no data, not a missing baseline
            }

            if (baselineEnd == baselineStart)
            {
                return new(EvaluationStatus.NotEvaluable, Finding.NoBaseline, default, "change");
            }

            subject = baselineEnd - 1;
            return new(EvaluationStatus.NotEvaluable, Finding.PartialBaseline, default, "change");
        }

        // Only readings from the start of the period count (a month's figure alone is not the period's).
        var currentIndex = periodEnd - 1;
        while (currentIndex >= periodStart && rows.Period(currentIndex) is { } p && p.Start > target.Period.Start)
        {
            currentIndex--;
        }

        if (currentIndex < periodStart)
        {
            return context.NothingObservedJudgement(target, default, "change");
        }

        (subject, other) = (currentIndex, baseline);
        var current = rows.Value(currentIndex);
        var currentDate = rows.Date(currentIndex);
        var value = current.BaseValue;
        var unit = current.Unit;
        var b = rows.BaseValue(baseline);
        var level = target.TargetLevel(b);
        var levelMeasure = Show.FromBase(level, unit);
        var tolerance = context.Tolerance;

        if (target.IsClosedAt(context.AsOf))
        {
            if (target.AccumulatesWithinPeriod && currentDate < target.Deadline)
            {
                return new(EvaluationStatus.NoData, Finding.Incomplete, default, "change") { Actual = current, TargetValue = levelMeasure };
            }

            var met = Satisfies(target, tolerance, value, level);
            return new(met ? EvaluationStatus.Met : EvaluationStatus.NotMet, met ? Finding.Reached : Finding.Missed, default, "change")
            {
                Actual = current,
                TargetValue = levelMeasure,
                Progress = Progress(b, level, value),
                Gap = Show.FromBase(level - value, unit),
                Completion = Progress(b, level, value),
            };
        }

        if (target.AccumulatesWithinPeriod && currentDate < target.Deadline
            && SamePeriodRow(target, rows, baselineStart, baselineEnd, currentDate) is var row and >= 0)
        {
            third = row;
            return SamePeriod(target, context, current, rows.BaseValue(row), levelMeasure);
        }

        var share = new ProgressInput(target.DayBeforeStart, 0, currentDate, 0, target.Deadline, 1).ElapsedShare;
        var projected = target.AccumulatesWithinPeriod ? value / share : value;
        var expected = target.AccumulatesWithinPeriod ? level * share : level;
        var progress = Progress(b, level, projected);
        var status = Satisfies(target, tolerance, projected, level) ? EvaluationStatus.OnTrack
            : progress is { } pr && pr >= context.Options.AtRiskShare ? EvaluationStatus.AtRisk
            : EvaluationStatus.OffTrack;
        return new(status, Finding.Assessed, default, target.AccumulatesWithinPeriod ? "change-projection" : "change")
        {
            Actual = current,
            TargetValue = levelMeasure,
            Expected = Show.FromBase(expected, unit),
            Progress = progress,
            Gap = Show.FromBase(level - projected, unit),
            Figure = projected,
            Completion = progress,
        };
    }

    /// <summary>The last row of the baseline window that covers the whole baseline period, or -1.</summary>
    private static int WholeBaseline(ObservationSet.Rows rows, int start, int end, NodaTime.DateInterval period)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (CoversWhole(rows, i, period))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>同比: the row of the same part of the baseline year as the current figure, when the data have it; else -1.</summary>
    private static int SamePeriodRow(ChangeTarget target, ObservationSet.Rows rows, int baselineStart, int baselineEnd, NodaTime.LocalDate currentDate)
    {
        var sameDay = currentDate.PlusYears(target.BaselinePeriod.Start.Year - target.Period.Start.Year);
        for (var i = baselineEnd - 1; i >= baselineStart; i--)
        {
            if (rows.Date(i) == sameDay && (rows.Period(i) is not { } p || p.Start <= target.BaselinePeriod.Start))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The verdict on a partial-year figure against the same part of the baseline year.</summary>
    private static Judgement SamePeriod(ChangeTarget target, in EvaluationContext context, Quantities.Measure current, double same, Quantities.Measure levelMeasure)
    {
        var value = current.BaseValue;
        var unit = current.Unit;
        var samePeriodLevel = target.TargetLevel(same);
        var progressSame = Progress(same, samePeriodLevel, value);
        var statusSame = Satisfies(target, context.Tolerance, value, samePeriodLevel) ? EvaluationStatus.OnTrack
            : progressSame is { } ps && ps >= context.Options.AtRiskShare ? EvaluationStatus.AtRisk
            : EvaluationStatus.OffTrack;
        return new(statusSame, Finding.Assessed, default, "change-same-period")
        {
            Actual = current,
            TargetValue = levelMeasure,
            Expected = Show.FromBase(samePeriodLevel, unit),
            Progress = progressSame,
            Gap = Show.FromBase(samePeriodLevel - value, unit),
            Figure = samePeriodLevel,
            Completion = progressSame,
        };
    }

    /// <summary>Whether the series has any row dated on or before a date.</summary>
    private static bool HasRowsUpTo(in ObservationSet.SeriesRange series, NodaTime.LocalDate date)
    {
        ObservationSet.Bounds(series, NodaTime.LocalDate.MinIsoValue, date, out var start, out var end);
        return end > start;
    }

    /// <summary>Whether a row covers the whole of a period (see <see cref="EvaluationContext.CoversWhole"/>).</summary>
    private static bool CoversWhole(ObservationSet.Rows rows, int row, NodaTime.DateInterval period)
        => rows.Keys[row] == ObservationSet.Key(period.End) && (rows.Period(row) is not { } p || p.Start <= period.Start);

    private static bool Satisfies(ChangeTarget target, Quantities.Tolerance tolerance, double value, double level)
        => target.IsReduction ? tolerance.Compare(value, level) <= 0 : tolerance.Compare(value, level) >= 0;

    private static double? Progress(double baseline, double level, double value) => level == baseline ? null : (value - baseline) / (level - baseline);

    internal static Evaluation Evaluate(ChangeTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (context.Shared(j, target, target.Kind) is { } shared)
        {
            return shared;
        }

        if (j.Finding == Finding.NoBaseline)
        {
            return context.Result(j, () => ReasonTexts.ChangeNoBaseline(target), () => ReasonTexts.ChangeNoBaselineChinese(target));
        }

        if (j.Finding == Finding.PartialBaseline)
        {
            var partial = j.Subject!;
            var covered = new NodaTime.DateInterval(partial.Period?.Start ?? target.BaselinePeriod.Start, partial.Date);
            return context.Result(j, () => ReasonTexts.ChangePartialBaseline(target, partial, covered), () => ReasonTexts.ChangePartialBaselineChinese(target, partial, covered));
        }

        var current = j.Subject!;
        var baseline = j.Other!;
        var level = j.TargetValue!.Value.BaseValue;
        var figure = j.Figure;
        Func<string> reason = j.Finding switch
        {
            Finding.Incomplete => () => ReasonTexts.ChangeIncomplete(target, current),
            Finding.Reached => () => ReasonTexts.ChangeJudged(target, current, baseline, level, met: true),
            Finding.Missed => () => ReasonTexts.ChangeJudged(target, current, baseline, level, met: false),
            _ when j.Third is { } same => () => ReasonTexts.ChangeSamePeriod(target, current, baseline, same, figure),
            _ => () => ReasonTexts.ChangeProgress(target, current, baseline, level, figure),
        };
        Func<string> reasonZh = j.Finding switch
        {
            Finding.Incomplete => () => ReasonTexts.ChangeIncompleteChinese(target, current),
            Finding.Reached => () => ReasonTexts.ChangeJudgedChinese(target, current, baseline, level, met: true),
            Finding.Missed => () => ReasonTexts.ChangeJudgedChinese(target, current, baseline, level, met: false),
            _ when j.Third is { } same => () => ReasonTexts.ChangeSamePeriodChinese(target, current, baseline, same, figure),
            _ => () => ReasonTexts.ChangeProgressChinese(target, current, baseline, level, figure),
        };
        IReadOnlyList<Observation> inputs = j.Third is { } third ? [baseline, third, current] : [baseline, current];
        return context.Result(j, reason, reasonZh, inputs);
    }
}
