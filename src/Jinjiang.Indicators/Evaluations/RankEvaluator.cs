using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Rank among peers: a reported rank, or one computed from every peer's value (ties share a rank), on the target's
/// basis: the rank at the deadline, every rank throughout the period (保持: the first rank outside the top k is
/// final), or the rank on the figures of the whole period.
/// </summary>
internal static class RankEvaluator
{
    internal static Evaluation Evaluate(RankTarget target, EvaluationContext context)
    {
        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var home = context.Indicator.HomeArea;
        var inPeriod = context.Observations
            .Where(o => o.Date <= cutoff && target.Period.Contains(o.Date) && string.Equals(o.Component, context.Component, StringComparison.Ordinal))
            .ToList();
        var wrong = inPeriod.FirstOrDefault(o => o.Value.Kind != QuantityKind.Rank && o.Value.Kind != target.RankedKind);
        if (wrong is not null)
        {
            return context.Result(
                EvaluationStatus.NotEvaluable,
                () => $"The observation of {wrong.Area ?? home} on {Show.Date(wrong.Date)} is in {wrong.Value.Unit.Symbol} ({wrong.Value.Kind}), but the rank is taken on {target.RankedKind} values or reported ranks: a dimension mismatch.",
                () => $"{wrong.Area ?? home}{Zh.Date(wrong.Date)}的观测值单位为{wrong.Value.Unit.Symbol}（{Zh.Kind(wrong.Value.Kind)}），而排名依据的是{Zh.Kind(target.RankedKind)}数值或上报排名：量纲不符。",
                [wrong],
                "unit-check");
        }

        var lowerIsBetter = context.Indicator.Direction == Direction.LowerIsBetter;
        var period = Show.Period(target.Period);
        var periodZh = Zh.Period(target.Period);
        var peersZh = target.Peers.Name;
        if (target.Basis == TargetBasis.Throughout)
        {
            var binds = context.BindsFrom;
            var ranks = RanksByDate(target, inPeriod.Where(o => o.Date >= binds), home, lowerIsBetter, context.Tolerance);
            if (ranks.FirstOrDefault(r => r.Position > target.TopK) is { Inputs: not null } breach)
            {
                return context.Result(
                    EvaluationStatus.NotMet,
                    () => $"{Capital(breach.How)}: outside the top {target.TopK} of {target.Peers.Name}, which must hold throughout {period} from {Show.Date(binds)}: a breach is final and later ranks cannot repair it.",
                    () => $"{breach.HowZh}，未进入{peersZh}前{target.TopK}位。该承诺自{Zh.Date(binds)}起须在{periodZh}内全程保持，一经违反即不能挽回。",
                    breach.Inputs,
                    "throughout",
                    new Measure(breach.Position, MeasureUnit.RankPosition),
                    new Measure(target.TopK, MeasureUnit.RankPosition),
                    gap: new Measure(breach.Position - target.TopK, MeasureUnit.RankPosition));
            }

            if (ranks.Count > 0 && context.AsOf > target.Deadline)
            {
                var last = ranks[^1];
                return context.Result(
                    EvaluationStatus.Met,
                    () => $"All {ranks.Count} rank(s) from {Show.Date(ranks[0].Date)} to {Show.Date(last.Date)} are within the top {target.TopK} of {target.Peers.Name}, as required throughout {period}.",
                    () => $"自{Zh.Date(ranks[0].Date)}至{Zh.Date(last.Date)}的{ranks.Count}次排名均位于{peersZh}前{target.TopK}位，符合在{periodZh}内全程保持的要求。",
                    ranks.SelectMany(r => r.Inputs).ToList(),
                    "throughout",
                    new Measure(last.Position, MeasureUnit.RankPosition),
                    new Measure(target.TopK, MeasureUnit.RankPosition));
            }
        }

        var overPeriod = target.Basis == TargetBasis.OverPeriod;
        var usable = overPeriod && context.AsOf > target.Deadline
            ? inPeriod.Where(o => EvaluationContext.CoversWhole(o, target.Period)).ToList()
            : inPeriod;
        var reported = usable.LastOrDefault(o => o.Value.Kind == QuantityKind.Rank && o.IsOf(home));
        int position;
        string how;
        string howZh;
        IReadOnlyList<Observation> inputs;
        if (reported is not null)
        {
            position = (int)Math.Round(reported.Value.Value);
            how = $"reported rank {position} of {target.Peers.Count} {Show.Covering(reported)}";
            howZh = $"{Zh.Covering(reported)}上报排名第{position}位{OfZh(target.Peers)}";
            inputs = [reported];
        }
        else if (!target.Peers.IsListed)
        {
            if (usable.Count == 0)
            {
                return context.NothingObserved(target, inPeriod);
            }

            return context.Result(EvaluationStatus.NoData, () => $"No reported rank, and the members of {target.Peers.Name} are not listed to compute one.", () => $"没有上报排名，且{peersZh}的成员未列明，无法计算排名。", usable, "rank");
        }
        else
        {
            var latestByPeer = new Dictionary<string, Observation>(StringComparer.Ordinal);
            foreach (var o in usable)
            {
                var area = o.Area ?? home;
                if (o.Value.Kind == target.RankedKind && target.Peers.Contains(area))
                {
                    latestByPeer[area] = o; // sorted by date: the last one wins
                }
            }

            if (latestByPeer.Count == 0)
            {
                if (overPeriod && inPeriod.Count > 0)
                {
                    return context.Result(EvaluationStatus.NoData, () => $"No rank or value covers the whole period {period}; the rank is judged over the period.", () => $"没有覆盖{periodZh}全期的排名或数值；按全期整体排名考核。", inPeriod, "over-period");
                }

                return context.NothingObserved(target, inPeriod);
            }

            var missing = target.Peers.Members.Where(m => !latestByPeer.ContainsKey(m)).ToList();
            if (missing.Count > 0)
            {
                return context.Result(
                    EvaluationStatus.NoData,
                    () => $"Cannot rank among {target.Peers.Name}: no value for {string.Join(", ", missing)}.",
                    () => $"无法在{peersZh}中排名：缺少{string.Join("、", missing)}的数据。",
                    latestByPeer.Values.ToList(),
                    "rank");
            }

            if (!latestByPeer.TryGetValue(home, out var ownObservation))
            {
                return context.Result(
                    EvaluationStatus.NotEvaluable,
                    () => home.Length == 0
                        ? $"The indicator names no home area (no report, no area), so it cannot be found among {target.Peers.Name}."
                        : $"The home area {home} is not a member of {target.Peers.Name}.",
                    () => home.Length == 0 ? $"该指标没有本地区（无报告、无地区），无法在{peersZh}中排名。" : $"本地区{home}不是{peersZh}的成员。",
                    latestByPeer.Values.ToList(),
                    "rank");
            }

            var own = ownObservation.Value.BaseValue;
            position = Position(latestByPeer.Values, own, lowerIsBetter, context.Tolerance);
            how = $"rank {position} of {target.Peers.Count} by {Show.Measure(ownObservation.Value)} ({(lowerIsBetter ? "lower" : "higher")} is better)";
            howZh = $"按{Zh.Measure(ownObservation.Value)}排第{position}位（共{target.Peers.Count}个，越{(lowerIsBetter ? "低" : "高")}越好）";
            inputs = target.Peers.Members.Select(m => latestByPeer[m]).ToList();
        }

        var actual = new Measure(position, MeasureUnit.RankPosition);
        var wanted = new Measure(target.TopK, MeasureUnit.RankPosition);
        var gap = new Measure(position - target.TopK, MeasureUnit.RankPosition);
        var within = position <= target.TopK;
        var status = context.AsOf > target.Deadline
            ? (within ? EvaluationStatus.Met : EvaluationStatus.NotMet)
            : within ? EvaluationStatus.OnTrack : position == target.TopK + 1 ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        var verdict = within ? "within" : "outside";
        return context.Result(status, () => $"{Capital(how)}: {verdict} the top {target.TopK} of {target.Peers.Name}.", () => $"{howZh}，{(within ? "位于" : "未进入")}{peersZh}前{target.TopK}位{(within ? "以内" : string.Empty)}。", inputs, overPeriod ? "over-period" : "rank", actual, wanted, gap: gap);
    }

    /// <summary>The rank at each date that has a reported rank of the home area or a value of every peer, in date order.</summary>
    private static List<DatedRank> RanksByDate(RankTarget target, IEnumerable<Observation> observations, string home, bool lowerIsBetter, Tolerance tolerance)
    {
        var ranks = new List<DatedRank>();
        foreach (var day in observations.GroupBy(o => o.Date).OrderBy(g => g.Key))
        {
            if (day.LastOrDefault(o => o.Value.Kind == QuantityKind.Rank && o.IsOf(home)) is { } reported)
            {
                var p = (int)Math.Round(reported.Value.Value);
                ranks.Add(new(day.Key, p, $"reported rank {p} of {target.Peers.Count} {Show.Covering(reported)}", $"{Zh.Covering(reported)}上报排名第{p}位{OfZh(target.Peers)}", [reported]));
                continue;
            }

            var byPeer = new Dictionary<string, Observation>(StringComparer.Ordinal);
            foreach (var o in day)
            {
                var area = o.Area ?? home;
                if (o.Value.Kind == target.RankedKind && target.Peers.Contains(area))
                {
                    byPeer[area] = o;
                }
            }

            if (byPeer.Count == target.Peers.Count && byPeer.TryGetValue(home, out var own))
            {
                var p = Position(byPeer.Values, own.Value.BaseValue, lowerIsBetter, tolerance);
                ranks.Add(new(day.Key, p, $"rank {p} of {target.Peers.Count} by {Show.Measure(own.Value)} on {Show.Date(day.Key)}", $"{Zh.Date(day.Key)}按{Zh.Measure(own.Value)}排第{p}位（共{target.Peers.Count}个）", target.Peers.Members.Select(m => byPeer[m]).ToList()));
            }
        }

        return ranks;
    }

    private static int Position(IEnumerable<Observation> peers, double own, bool lowerIsBetter, Tolerance tolerance)
        => 1 + peers.Count(p =>
        {
            var c = tolerance.Compare(p.Value.BaseValue, own);
            return lowerIsBetter ? c < 0 : c > 0;
        });

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string OfZh(PeerGroup peers) => peers.IsListed ? $"（共{peers.Count}个）" : string.Empty;

    private readonly record struct DatedRank(NodaTime.LocalDate Date, int Position, string How, string HowZh, IReadOnlyList<Observation> Inputs);
}
