using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Level targets (at least, at most, about, range, coverage), judged on their <see cref="TargetBasis"/>: the value
/// at the deadline, every reading throughout the period, or the figure of the whole period. Readings before the
/// period are never evidence; the latest of them is only the starting point of the progress path.
/// </summary>
internal static class ThresholdEvaluator
{
    /// <summary>The verdict and figures, without allocating.</summary>
    internal static Judgement Judge(ThresholdTarget target, EvaluationContext context)
    {
        var all = context.Home(null, null, out var uniform);
        if (EvaluationContext.FirstOfWrongKind(all, target.Kind, uniform) is { } wrong)
        {
            return EvaluationContext.WrongKindJudgement(all, wrong);
        }

        if (target is CoverageTarget)
        {
            for (var i = 0; i < all.Count; i++)
            {
                var o = all[i];
                if (o.Value.BaseValue > 1 + 1e-9 || o.Value.BaseValue < 0)
                {
                    return new(EvaluationStatus.NotEvaluable, Finding.OutOfRange, all.Slice(i, 1), "unit-check") { Subject = o };
                }
            }
        }

        // The readings dated within the period, up to the as-of date (and never after the deadline).
        var start = EvaluationContext.FirstOnOrAfter(all, target.Period.Start);
        var end = start;
        while (end < all.Count && all[end].Date <= target.Deadline)
        {
            end++;
        }

        var inPeriod = all.Slice(start, end - start);
        return target.Basis switch
        {
            TargetBasis.Throughout => Throughout(target, context, inPeriod),
            TargetBasis.OverPeriod => OverPeriod(target, context, inPeriod),
            _ => AtDeadline(target, context, all, start, inPeriod),
        };
    }

    /// <summary>Every reading from the day the promise binds must satisfy it; the first breach is final.</summary>
    private static Judgement Throughout(ThresholdTarget target, EvaluationContext context, ArraySegment<Observation> inPeriod)
    {
        var from = EvaluationContext.FirstOnOrAfter(inPeriod, context.BindsFrom);
        var binding = inPeriod.Slice(from);
        if (binding.Count == 0)
        {
            return context.NothingObservedJudgement(target, binding, "throughout");
        }

        for (var i = 0; i < binding.Count; i++)
        {
            var o = binding[i];
            if (!Satisfied(target, o.Value.BaseValue, context))
            {
                return Reading(new(EvaluationStatus.NotMet, Finding.Breach, binding.Slice(i, 1), "throughout"), target, o) with { Completion = null };
            }
        }

        var latest = binding[^1];
        return new(target.IsClosedAt(context.AsOf) ? EvaluationStatus.Met : EvaluationStatus.OnTrack, Finding.HeldThroughout, binding, "throughout")
        {
            Basically = IsBasically(target, latest.Value.BaseValue, context),
            Subject = latest,
            Other = binding[0],
            Actual = latest.Value,
            TargetValue = target.Reference,
            Gap = Gap(target, latest),
            Figure = binding.Count,
        };
    }

    /// <summary>
    /// A figure of the whole period decides (a part that contradicts it is a data question, warned of, not a verdict);
    /// without one, a part that makes the period's figure impossible beyond the published precision is final at once.
    /// </summary>
    private static Judgement OverPeriod(ThresholdTarget target, EvaluationContext context, ArraySegment<Observation> inPeriod)
    {
        for (var i = inPeriod.Count - 1; i >= 0; i--)
        {
            var whole = inPeriod[i];
            if (EvaluationContext.CoversWhole(whole, target.Period))
            {
                var met = Satisfied(target, whole.Value.BaseValue, context);
                return Reading(new(met ? EvaluationStatus.Met : EvaluationStatus.NotMet, met ? Finding.Reached : Finding.Missed, inPeriod.Slice(i, 1), "over-period"), target, whole)
                    with { Basically = met && IsBasically(target, whole.Value.BaseValue, context) };
            }
        }

        // For a 100% coverage, a part of the period low enough that the period's rate cannot round to 100%.
        if (target is CoverageTarget coverage && coverage.Required.BaseValue >= 1 - 1e-12)
        {
            var floor = coverage.Required.BaseValue - (context.Options.RatePrecision / 2);
            for (var i = 0; i < inPeriod.Count; i++)
            {
                var o = inPeriod[i];
                if (BestPeriodRate(o, target) < floor - 1e-12)
                {
                    return Reading(new(EvaluationStatus.NotMet, Finding.Impossible, inPeriod.Slice(i, 1), "over-period"), target, o);
                }
            }
        }

        if (inPeriod.Count == 0)
        {
            return context.NothingObservedJudgement(target, inPeriod, "over-period");
        }

        var latest = inPeriod[^1];
        if (target.IsClosedAt(context.AsOf))
        {
            return new(EvaluationStatus.NoData, Finding.NoWholePeriodFigure, inPeriod.Slice(inPeriod.Count - 1, 1), "over-period")
            {
                Subject = latest,
                Actual = latest.Value,
                TargetValue = target.Reference,
            };
        }

        var satisfied = Satisfied(target, latest.Value.BaseValue, context);
        return Reading(new(satisfied ? EvaluationStatus.OnTrack : EvaluationStatus.AtRisk, satisfied ? Finding.SoFarSatisfied : Finding.SoFarShort, inPeriod.Slice(inPeriod.Count - 1, 1), "over-period"), target, latest);
    }

    /// <summary>
    /// The highest rate the whole period can have given one part of it (the rest at 100%): 1 − f × (1 − rate), with f
    /// the share of the period the part covers (a reading without a period covers the period so far).
    /// </summary>
    internal static double BestPeriodRate(Observation part, ThresholdTarget target)
    {
        var period = target.Period;
        var start = part.Period is { } p && p.Start > period.Start ? p.Start : period.Start;
        var end = part.Date < period.End ? part.Date : period.End;
        var covered = NodaTime.Period.DaysBetween(start, end) + 1;
        var total = NodaTime.Period.DaysBetween(period.Start, period.End) + 1;
        var share = total <= 0 ? 1 : Math.Clamp(covered / (double)total, 0, 1);
        return 1 - (share * (1 - part.Value.BaseValue));
    }

    /// <summary>Whether a value satisfies the target: a coverage by a figure that rounds to it at the published precision.</summary>
    private static bool Satisfied(ThresholdTarget target, double value, in EvaluationContext context)
        => target is CoverageTarget coverage
            ? context.Tolerance.Compare(value, coverage.Required.BaseValue - (context.Options.RatePrecision / 2)) >= 0
            : target.IsSatisfiedBy(value, context.Tolerance);

    /// <summary>Whether a value that satisfies the target does so only as 基本实现 (an X左右 value on the bad side of X).</summary>
    private static bool IsBasically(ThresholdTarget target, double value, in EvaluationContext context)
        => target is AboutTarget about && about.IsShortOfCentre(value, context.Tolerance);

    /// <summary>The state at the deadline decides; before it, progress along the path from the baseline (序时进度 by default).</summary>
    private static Judgement AtDeadline(ThresholdTarget target, EvaluationContext context, ArraySegment<Observation> all, int start, ArraySegment<Observation> inPeriod)
    {
        if (inPeriod.Count == 0)
        {
            return context.NothingObservedJudgement(target, inPeriod, "threshold");
        }

        var latest = inPeriod[^1];
        var baselineIndex = start > 0 ? start - 1 : start;
        var baseline = all[baselineIndex];
        var hasPath = !ReferenceEquals(baseline, latest) && baseline.Date < latest.Date;
        var j = AtDeadlineVerdict(target, context, latest.Date, latest.Value, hasPath, baseline.Date, baseline.Value.BaseValue);
        return j with
        {
            Subject = latest,
            Other = j.Finding == Finding.Assessed ? baseline : null,
            Inputs = j.Finding is Finding.Reached or Finding.Missed ? inPeriod.Slice(inPeriod.Count - 1, 1) : all.Slice(baselineIndex, start + inPeriod.Count - baselineIndex),
        };
    }

    /// <summary>
    /// The summary of a level judged at its deadline, read from the set's columns (no observation made); other
    /// bases, coverages and readings of another kind take the judgement. The same as the judgement's.
    /// </summary>
    internal static EvaluationSummary Summarize(ThresholdTarget target, EvaluationContext context)
    {
        if (target.Basis != TargetBasis.AtDeadline || target is CoverageTarget)
        {
            return Judge(target, context).ToSummary();
        }

        // The rows up to the as-of date; those in the period from the period's start to the deadline.
        context.HomeRows(null, out var series, out var first, out var end);
        if (first < end && series.UniformKind != target.Kind)
        {
            return Judge(target, context).ToSummary(); // a unit of another kind: the judgement names it
        }

        ObservationSet.Bounds(series, target.Period.Start, EvaluationContext.Min(target.Deadline, context.AsOf), out var start, out var stop);
        if (start == stop)
        {
            return context.NothingObservedJudgement(target, ArraySegment<Observation>.Empty, "threshold").ToSummary();
        }

        var rows = series.Rows;
        var latest = stop - 1;
        var baseline = start > first ? start - 1 : start;
        var hasPath = baseline != latest && rows.Keys[baseline] < rows.Keys[latest];
        return AtDeadlineVerdict(target, context, series.DateAt(latest), rows.Value(latest), hasPath, series.DateAt(baseline), rows.BaseValue(baseline)).ToSummary();
    }

    /// <summary>The verdict on the latest reading of a level judged at its deadline, against the baseline (its figures; the caller adds the observations).</summary>
    private static Judgement AtDeadlineVerdict(ThresholdTarget target, in EvaluationContext context, LocalDate latestDate, Measure latest, bool hasPath, LocalDate baselineDate, double baseline)
    {
        var value = latest.BaseValue;
        var gap = Gap(target, value);
        var completion = Grading.LevelCompletion(target, value);
        var satisfied = Satisfied(target, value, context);
        if (target.IsClosedAt(context.AsOf))
        {
            return new(satisfied ? EvaluationStatus.Met : EvaluationStatus.NotMet, satisfied ? Finding.Reached : Finding.Missed, default, "threshold")
            {
                Actual = latest,
                TargetValue = target.Reference,
                Gap = gap,
                Completion = completion,
                Basically = satisfied && IsBasically(target, value, context),
            };
        }

        // The baseline: the latest reading before the period, else the first reading inside it. On the linear path
        // (序时进度) time counts from the period's start, as offices count, whatever day the first reading is of; the
        // growth-rate methods measure from the baseline reading's own date.
        var method = context.Options.SeriesMethod;
        var pathStart = method is LinearPathMethod ? target.DayBeforeStart : baselineDate;
        var progressInput = new ProgressInput(pathStart, baseline, latestDate, value, target.Deadline, Aim(target, value));
        double? progress = hasPath ? progressInput.Progress : null;
        if (satisfied)
        {
            return new(EvaluationStatus.OnTrack, Finding.AlreadySatisfied, default, "threshold") { Actual = latest, TargetValue = target.Reference, Progress = progress, Gap = gap, Completion = completion };
        }

        if (!hasPath)
        {
            return new(EvaluationStatus.AtRisk, Finding.NoTrend, default, "threshold") { Actual = latest, TargetValue = target.Reference, Gap = gap, Completion = completion };
        }

        var assessment = method.Assess(progressInput);
        return new(assessment.Status, Finding.Assessed, default, method.Name)
        {
            Actual = latest,
            TargetValue = target.Reference,
            Expected = assessment.Expected is { } e ? Show.FromBase(e, target.Reference.Unit) : null,
            Progress = progress,
            Gap = gap,
            Assessment = assessment,
            Completion = completion,
            OnSchedule = true,
        };
    }

    internal static Evaluation Evaluate(ThresholdTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        if (context.Shared(j, target, target.Kind) is { } shared)
        {
            return shared;
        }

        var unit = target.Reference.Unit;
        var o = j.Subject!;
        var compliance = j.Finding is Finding.Breach or Finding.HeldThroughout ? ThroughoutCompliance(target, context) : null;
        var binds = context.BindsFrom;
        var facts = new ReasonTexts.LevelFacts(target, o, unit, binds, j);
        return context.Result(
            j,
            j.Finding switch
            {
                Finding.OutOfRange => () => ReasonTexts.LevelOutOfRange(facts),
                Finding.Reached when target.Basis == TargetBasis.OverPeriod => () => ReasonTexts.LevelReachedOverPeriod(facts),
                Finding.Missed when target.Basis == TargetBasis.OverPeriod => () => ReasonTexts.LevelMissedOverPeriod(facts),
                Finding.Reached => () => ReasonTexts.LevelReached(facts),
                Finding.Missed => () => ReasonTexts.LevelMissed(facts),
                Finding.Breach => () => ReasonTexts.LevelBreach(facts),
                Finding.HeldThroughout => () => ReasonTexts.LevelHeldThroughout(facts),
                Finding.Impossible => () => ReasonTexts.LevelImpossible(facts),
                Finding.NoWholePeriodFigure => () => ReasonTexts.LevelNoWholePeriodFigure(facts),
                Finding.SoFarSatisfied => () => ReasonTexts.LevelSoFarSatisfied(facts),
                Finding.SoFarShort => () => ReasonTexts.LevelSoFarShort(facts),
                Finding.AlreadySatisfied => () => ReasonTexts.LevelAlreadySatisfied(facts),
                Finding.NoTrend => () => ReasonTexts.LevelNoTrend(facts),
                _ => () => ReasonTexts.LevelProgress(facts),
            },
            j.Finding switch
            {
                Finding.OutOfRange => () => ReasonTexts.LevelOutOfRangeChinese(facts),
                Finding.Reached when target.Basis == TargetBasis.OverPeriod => () => ReasonTexts.LevelReachedOverPeriodChinese(facts),
                Finding.Missed when target.Basis == TargetBasis.OverPeriod => () => ReasonTexts.LevelMissedOverPeriodChinese(facts),
                Finding.Reached => () => ReasonTexts.LevelReachedChinese(facts),
                Finding.Missed => () => ReasonTexts.LevelMissedChinese(facts),
                Finding.Breach => () => ReasonTexts.LevelBreachChinese(facts),
                Finding.HeldThroughout => () => ReasonTexts.LevelHeldThroughoutChinese(facts),
                Finding.Impossible => () => ReasonTexts.LevelImpossibleChinese(facts),
                Finding.NoWholePeriodFigure => () => ReasonTexts.LevelNoWholePeriodFigureChinese(facts),
                Finding.SoFarSatisfied => () => ReasonTexts.LevelSoFarSatisfiedChinese(facts),
                Finding.SoFarShort => () => ReasonTexts.LevelSoFarShortChinese(facts),
                Finding.AlreadySatisfied => () => ReasonTexts.LevelAlreadySatisfiedChinese(facts),
                Finding.NoTrend => () => ReasonTexts.LevelNoTrendChinese(facts),
                _ => () => ReasonTexts.LevelProgressChinese(facts),
            },
            compliance);
    }

    /// <summary>Every reading since the promise binds, up to the as-of date and the deadline: how many satisfy it, and the dates of those that do not.</summary>
    private static Compliance ThroughoutCompliance(ThresholdTarget target, in EvaluationContext context)
    {
        var readings = context.HomeBetween(context.BindsFrom, target.Deadline);
        var lapses = new List<LocalDate>();
        foreach (var o in readings)
        {
            if (!Satisfied(target, o.Value.BaseValue, context))
            {
                lapses.Add(o.Date);
            }
        }

        return new Compliance(readings.Count - lapses.Count, readings.Count, lapses);
    }

    /// <summary>A judgement about one reading: it is the subject and the actual value, with the target and the gap.</summary>
    private static Judgement Reading(Judgement judgement, ThresholdTarget target, Observation reading)
        => judgement with { Subject = reading, Actual = reading.Value, TargetValue = target.Reference, Gap = Gap(target, reading), Completion = Grading.LevelCompletion(target, reading.Value.BaseValue) };

    /// <summary>The value the series should move to: the nearest value that satisfies the target.</summary>
    private static double Aim(ThresholdTarget target, double current) => target switch
    {
        RangeTarget range => Math.Clamp(current, range.Minimum.BaseValue, range.Maximum.BaseValue),
        _ => target.Reference.BaseValue,
    };

    private static Measure Gap(ThresholdTarget target, Observation observation) => Gap(target, observation.Value.BaseValue);

    private static Measure Gap(ThresholdTarget target, double value) => Show.FromBase(Aim(target, value) - value, target.Reference.Unit);
}
