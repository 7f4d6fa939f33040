using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Rank among peers: a reported rank, or one computed from every peer's value (ties share a rank), on the target's
/// basis: the rank at the deadline, every rank throughout the period (保持: the first rank outside the top k is
/// final), or the rank on the figures of the whole period.
/// </summary>
internal static class RankEvaluator
{
    /// <summary>
    /// The verdict and figures, without allocating: <see cref="Judgement.Count"/> is the rank (or the number of ranks
    /// held throughout), <see cref="Judgement.Subject"/> the reading it rests on (a reported rank, or the home area's value).
    /// </summary>
    internal static Judgement Judge(RankTarget target, EvaluationContext context)
    {
        var all = Readings(target, context);
        var scope = new Scope(target, context, LocalDate.MinIsoValue, wholeOnly: false);
        for (var i = 0; i < all.Count; i++)
        {
            var o = all[i];
            if (scope.Includes(o) && o.Value.Kind != QuantityKind.Rank && o.Value.Kind != target.RankedKind)
            {
                return new(EvaluationStatus.NotEvaluable, Finding.WrongKind, default, "unit-check") { Subject = o };
            }
        }

        var wanted = new Measure(target.TopK, MeasureUnit.RankPosition);
        var after = target.IsClosedAt(context.AsOf);
        if (target.Basis == TargetBasis.Throughout)
        {
            var binding = new Scope(target, context, context.BindsFrom, wholeOnly: false);
            var count = 0;
            Observation? first = null;
            Observation? last = null;
            var lastPosition = 0;
            for (var start = 0; start < all.Count;)
            {
                var end = start + 1;
                while (end < all.Count && all[end].Date == all[start].Date)
                {
                    end++;
                }

                var (outcome, position, subject) = RankAt(all, start, end, binding);
                start = end;
                if (outcome is not (Outcome.Reported or Outcome.Computed))
                {
                    continue;
                }

                if (position > target.TopK)
                {
                    return Ranked(EvaluationStatus.NotMet, Finding.Breach, "throughout", position, subject!, target) with { Date = subject!.Date };
                }

                count++;
                first ??= subject;
                last = subject;
                lastPosition = position;
            }

            if (count > 0 && after)
            {
                return Ranked(EvaluationStatus.Met, Finding.HeldThroughout, "throughout", lastPosition, last!, target) with { Gap = null, Other = first, Count2 = count };
            }
        }

        var overPeriod = target.Basis == TargetBasis.OverPeriod;
        var usable = new Scope(target, context, LocalDate.MinIsoValue, wholeOnly: overPeriod && after);
        var (result, rank, own) = RankAt(all, 0, all.Count, usable);
        switch (result)
        {
            case Outcome.NoValues when !target.Peers.IsListed:
                return AnyIn(all, usable)
                    ? new(EvaluationStatus.NoData, Finding.PeersNotListed, default, "rank")
                    : context.NothingObservedJudgement(target, default, "rank");
            case Outcome.NoValues:
                return overPeriod && AnyIn(all, scope)
                    ? new(EvaluationStatus.NoData, Finding.NoWholePeriodFigure, default, "over-period")
                    : context.NothingObservedJudgement(target, default, "rank");
            case Outcome.PeersMissing:
                return new(EvaluationStatus.NoData, Finding.PeersMissing, default, "rank");
            case Outcome.NotAPeer:
                return new(EvaluationStatus.NotEvaluable, Finding.NotAPeer, default, "rank");
        }

        return Verdict(target, context, rank, overPeriod ? "over-period" : "rank") with { Subject = own };
    }

    /// <summary>
    /// The summary of a reported rank among unlisted peers judged at the deadline, read from the set's columns (the
    /// latest rank in the period, no observation made); listed peers, other bases and mixed readings take the
    /// judgement. The same as the judgement's.
    /// </summary>
    internal static EvaluationSummary Summarize(RankTarget target, EvaluationContext context)
    {
        if (target.Basis != TargetBasis.AtDeadline || target.Peers.IsListed || context.Component is not null)
        {
            return Judge(target, context).ToSummary();
        }

        context.HomeRows(target.Period, out var series, out var start, out var end);
        if (start == end)
        {
            return context.NothingObservedJudgement(target, default, "rank").ToSummary();
        }

        return series.UniformKind == QuantityKind.Rank
            ? Verdict(target, context, (int)Math.Round(series.Rows.Values[end - 1]), "rank").ToSummary()
            : Judge(target, context).ToSummary(); // values to rank, or readings of another kind
    }

    /// <summary>The verdict on a rank at the as-of date (the caller adds the reading it rests on).</summary>
    private static Judgement Verdict(RankTarget target, in EvaluationContext context, int rank, string method)
    {
        var within = rank <= target.TopK;
        var status = target.IsClosedAt(context.AsOf)
            ? (within ? EvaluationStatus.Met : EvaluationStatus.NotMet)
            : within ? EvaluationStatus.OnTrack : rank == target.TopK + 1 ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return Ranked(status, within ? Finding.Reached : Finding.Missed, method, rank, null, target);
    }

    internal static Evaluation Evaluate(RankTarget target, EvaluationContext context)
    {
        var j = Judge(target, context);
        var home = context.HomeArea;
        var all = Readings(target, context);
        var scope = new Scope(target, context, LocalDate.MinIsoValue, wholeOnly: false);
        var inPeriod = all.Where(scope.Includes).ToList();
        var binds = context.BindsFrom;
        var lowerIsBetter = context.Indicator.Direction == Direction.LowerIsBetter;
        switch (j.Finding)
        {
            case Finding.WrongKind:
            {
                var wrong = j.Subject!;
                return context.Result(
                    j.Status,
                    () => ReasonTexts.RankWrongKind(target, wrong, home),
                    () => ReasonTexts.RankWrongKindChinese(target, wrong, home),
                    [wrong],
                    j.Method);
            }

            case Finding.NotYetDue or Finding.NoData:
                return context.NothingObserved(target, inPeriod, j.Method);
            case Finding.PeersNotListed:
                return context.Result(j.Status, () => ReasonTexts.RankPeersNotListed(target), () => ReasonTexts.RankPeersNotListedChinese(target), Usable(), j.Method);
            case Finding.NoWholePeriodFigure:
                return context.Result(j.Status, () => ReasonTexts.RankNoWholePeriod(target), () => ReasonTexts.RankNoWholePeriodChinese(target), inPeriod, j.Method);
            case Finding.PeersMissing:
            {
                var latest = LatestByPeer(target, Usable(), home);
                var missing = target.Peers.Members.Where(m => !latest.ContainsKey(m)).ToList();
                return context.Result(
                    j.Status,
                    () => ReasonTexts.RankPeersMissing(target, missing),
                    () => ReasonTexts.RankPeersMissingChinese(target, missing),
                    latest.Values.ToList(),
                    j.Method);
            }

            case Finding.NotAPeer:
                return context.Result(
                    j.Status,
                    () => ReasonTexts.RankNotAPeer(target, home),
                    () => ReasonTexts.RankNotAPeerChinese(target, home),
                    LatestByPeer(target, Usable(), home).Values.ToList(),
                    j.Method);
            case Finding.Breach:
            {
                var (how, howZh) = How(j.Subject!, j.Count, target, dated: true, lowerIsBetter, Tied(j.Subject!, inPeriod));
                return context.Result(
                    j,
                    () => ReasonTexts.RankBreach(target, how, binds),
                    () => ReasonTexts.RankBreachChinese(target, howZh, binds),
                    Inputs(target, j.Subject!, inPeriod.Where(o => o.Date == j.Subject!.Date), home));
            }

            case Finding.HeldThroughout:
            {
                var (first, last, count) = (j.Other!, j.Subject!, j.Count2);
                var inputs = HeldInputs(target, all, new Scope(target, context, binds, wholeOnly: false), home);
                return context.Result(
                    j,
                    () => ReasonTexts.RankHeld(target, count, first.Date, last.Date),
                    () => ReasonTexts.RankHeldChinese(target, count, first.Date, last.Date),
                    inputs);
            }
        }

        var within = j.Finding == Finding.Reached;
        var usable = Usable();
        var (text, textZh) = How(j.Subject!, j.Count, target, dated: false, lowerIsBetter, Tied(j.Subject!, usable));
        return context.Result(
            j,
            () => ReasonTexts.RankPlace(target, text, within),
            () => ReasonTexts.RankPlaceChinese(target, textZh, within),
            Inputs(target, j.Subject!, usable, home));

        List<Observation> Usable()
        {
            var usable = new Scope(target, context, LocalDate.MinIsoValue, wholeOnly: target.Basis == TargetBasis.OverPeriod && target.IsClosedAt(context.AsOf));
            return all.Where(usable.Includes).ToList();
        }
    }

    /// <summary>The readings a rank held throughout rests on: at every date ranked, the subject's inputs.</summary>
    private static List<Observation> HeldInputs(RankTarget target, ArraySegment<Observation> all, in Scope binding, string home)
    {
        var inputs = new List<Observation>();
        for (var start = 0; start < all.Count;)
        {
            var end = start + 1;
            while (end < all.Count && all[end].Date == all[start].Date)
            {
                end++;
            }

            if (RankAt(all, start, end, binding) is { Outcome: Outcome.Reported or Outcome.Computed, Subject: { } subject })
            {
                inputs.AddRange(Inputs(target, subject, all.Skip(start).Take(end - start).Where(binding.Includes), home));
            }

            start = end;
        }

        return inputs;
    }

    /// <summary>Each peer's latest reading of the ranked kind (sorted by date: the last one wins).</summary>
    private static Dictionary<string, Observation> LatestByPeer(RankTarget target, IEnumerable<Observation> observations, string home)
    {
        var latest = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var o in observations.Where(o => o.Value.Kind == target.RankedKind && target.Peers.Contains(o.Area ?? home)))
        {
            latest[o.Area ?? home] = o;
        }

        return latest;
    }

    /// <summary>A reported rank rests on itself; a computed one on every peer's latest value.</summary>
    private static List<Observation> Inputs(RankTarget target, Observation subject, IEnumerable<Observation> observations, string home)
    {
        if (subject.Value.Kind == QuantityKind.Rank)
        {
            return [subject];
        }

        var latest = LatestByPeer(target, observations, home);
        return target.Peers.Members.Where(latest.ContainsKey).Select(m => latest[m]).ToList();
    }

    /// <summary>
    /// The readings a rank rests on: the home area's alone when the peers are not listed (a reported rank), the
    /// members' and the home area's when they are (the peers' values), each found by key.
    /// </summary>
    private static ArraySegment<Observation> Readings(RankTarget target, EvaluationContext context)
        => target.Peers.IsListed ? EvaluationContext.Segment(context.Set.Peers(context.Indicator.Id, context.HomeArea, target.Peers)) : context.HomeReadings;

    /// <summary>The judgement of a rank, with its figures.</summary>
    private static Judgement Ranked(EvaluationStatus status, Finding finding, string method, int position, Observation? subject, RankTarget target)
        => new(status, finding, default, method)
        {
            Subject = subject,
            Count = position,
            Actual = new Measure(position, MeasureUnit.RankPosition),
            TargetValue = new Measure(target.TopK, MeasureUnit.RankPosition),
            Gap = new Measure(position - target.TopK, MeasureUnit.RankPosition),
        };

    /// <summary>
    /// The rank the readings of <c>all[from..to)</c> in scope give: the home area's last reported rank, else the
    /// position of its latest value among every peer's latest value (ties share a rank), or why there is none.
    /// Allocation-free: the peers are scanned in place.
    /// </summary>
    private static (Outcome Outcome, int Position, Observation? Subject) RankAt(ArraySegment<Observation> all, int from, int to, in Scope scope)
    {
        var home = scope.Home;
        for (var i = to - 1; i >= from; i--)
        {
            var o = all[i];
            if (scope.Includes(o) && o.Value.Kind == QuantityKind.Rank && o.IsOf(home))
            {
                return (Outcome.Reported, (int)Math.Round(o.Value.Value), o);
            }
        }

        var peers = scope.Target.Peers;
        if (!peers.IsListed)
        {
            return (Outcome.NoValues, 0, null);
        }

        var found = 0;
        Observation? own = null;
        for (var m = 0; m < peers.Members.Count; m++)
        {
            if (LatestValue(all, from, to, scope, peers.Members[m]) is { } value)
            {
                found++;
                if (string.Equals(peers.Members[m], home, StringComparison.Ordinal))
                {
                    own = value;
                }
            }
        }

        if (found == 0)
        {
            return (Outcome.NoValues, 0, null);
        }

        if (found < peers.Count)
        {
            return (Outcome.PeersMissing, 0, null);
        }

        if (own is null)
        {
            return (Outcome.NotAPeer, 0, null);
        }

        var position = 1;
        var lowerIsBetter = scope.LowerIsBetter;
        for (var m = 0; m < peers.Members.Count; m++)
        {
            var c = scope.Tolerance.Compare(LatestValue(all, from, to, scope, peers.Members[m])!.Value.BaseValue, own.Value.BaseValue);
            if (lowerIsBetter ? c < 0 : c > 0)
            {
                position++;
            }
        }

        return (Outcome.Computed, position, own);
    }

    private static Observation? LatestValue(ArraySegment<Observation> all, int from, int to, in Scope scope, string area)
    {
        for (var i = to - 1; i >= from; i--)
        {
            var o = all[i];
            if (scope.Includes(o) && o.Value.Kind == scope.Target.RankedKind && string.Equals(o.Area ?? scope.Home, area, StringComparison.Ordinal))
            {
                return o;
            }
        }

        return null;
    }

    private static bool AnyIn(ArraySegment<Observation> all, in Scope scope)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (scope.Includes(all[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another peer has the same value on the same date as the subject (a computed rank shared: 并列).</summary>
    private static bool Tied(Observation subject, IEnumerable<Observation> readings)
        => subject.Value.Kind != QuantityKind.Rank
           && readings.Any(o => !ReferenceEquals(o, subject) && o.Date == subject.Date && o.Value.Kind == subject.Value.Kind
                                && !string.Equals(o.Area, subject.Area, StringComparison.Ordinal) && o.Value.BaseValue == subject.Value.BaseValue);

    private static (string How, string HowZh) How(Observation subject, int position, RankTarget target, bool dated, bool lowerIsBetter, bool tied)
    {
        var count = target.Peers.Count;
        if (subject.Value.Kind == QuantityKind.Rank)
        {
            return (ReasonTexts.RankReported(subject, position, count), ReasonTexts.RankReportedChinese(subject, position, target.Peers.IsListed ? count : 0));
        }

        return dated
            ? (ReasonTexts.RankComputedOn(subject, position, count, tied), ReasonTexts.RankComputedOnChinese(subject, position, count, tied))
            : (ReasonTexts.RankComputed(subject, position, count, tied, lowerIsBetter), ReasonTexts.RankComputedChinese(subject, position, count, tied, lowerIsBetter));
    }

    private enum Outcome
    {
        Reported,
        Computed,
        NoValues,
        PeersMissing,
        NotAPeer,
    }

    /// <summary>Which readings count: of the target's component, in its period up to the as-of date, from a day on, and (over the period, after it) only figures of the whole period.</summary>
    private readonly struct Scope(RankTarget target, EvaluationContext context, LocalDate from, bool wholeOnly)
    {
        internal RankTarget Target => target;

        internal string Home => context.HomeArea;

        internal bool LowerIsBetter => context.Indicator.Direction == Direction.LowerIsBetter;

        internal Tolerance Tolerance => context.Tolerance;

        internal bool Includes(Observation o)
            => o.Date >= from
                && o.Date <= context.AsOf
                && target.Period.Contains(o.Date)
                && string.Equals(o.Component, context.Component, StringComparison.Ordinal)
                && (!wholeOnly || EvaluationContext.CoversWhole(o, target.Period));
    }
}
