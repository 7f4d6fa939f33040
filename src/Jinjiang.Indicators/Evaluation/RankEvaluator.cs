using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Rank among peers: a reported rank, or one computed from every peer's value (ties share a rank).</summary>
internal static class RankEvaluator
{
    internal static Evaluation Evaluate(RankTarget target, EvaluationContext context)
    {
        var cutoff = EvaluationContext.Min(context.AsOf, target.Deadline);
        var inPeriod = context.Observations
            .Where(o => o.Date <= cutoff && target.Period.Contains(o.Date) && string.Equals(o.Component, context.Component, StringComparison.Ordinal))
            .ToList();
        var wrong = inPeriod.FirstOrDefault(o => o.Value.Kind != QuantityKind.Rank && o.Value.Kind != target.RankedKind);
        if (wrong is not null)
        {
            return context.Result(
                EvaluationStatus.NotEvaluable,
                () => $"The observation of {wrong.Area} on {Show.Date(wrong.Date)} is in {wrong.Value.Unit.Symbol} ({wrong.Value.Kind}), but the rank is taken on {target.RankedKind} values or reported ranks: a dimension mismatch.",
                [wrong],
                "unit-check");
        }

        var home = context.Indicator.Area;
        var reported = inPeriod.LastOrDefault(o => o.Value.Kind == QuantityKind.Rank && string.Equals(o.Area, home, StringComparison.Ordinal));
        int position;
        string how;
        IReadOnlyList<Observation> inputs;
        if (reported is not null)
        {
            position = (int)Math.Round(reported.Value.Value);
            how = $"reported rank {position} of {target.Peers.Count} on {Show.Date(reported.Date)}";
            inputs = [reported];
        }
        else
        {
            var latestByPeer = new Dictionary<string, Observation>(StringComparer.Ordinal);
            foreach (var o in inPeriod)
            {
                if (o.Value.Kind == target.RankedKind && target.Peers.Contains(o.Area))
                {
                    latestByPeer[o.Area] = o; // sorted by date: the last one wins
                }
            }

            if (latestByPeer.Count == 0)
            {
                return context.NothingObserved(target, inPeriod);
            }

            var missing = target.Peers.Members.Where(m => !latestByPeer.ContainsKey(m)).ToList();
            if (missing.Count > 0)
            {
                return context.Result(
                    EvaluationStatus.NoData,
                    () => $"Cannot rank among {target.Peers.Name}: no value for {string.Join(", ", missing)}.",
                    latestByPeer.Values.ToList(),
                    "rank");
            }

            var own = latestByPeer[home].Value.BaseValue;
            var lowerIsBetter = context.Indicator.Direction == Direction.LowerIsBetter;
            position = 1 + latestByPeer.Values.Count(p =>
            {
                var c = context.Tolerance.Compare(p.Value.BaseValue, own);
                return lowerIsBetter ? c < 0 : c > 0;
            });
            how = $"rank {position} of {target.Peers.Count} by {Show.Number(own)} ({(lowerIsBetter ? "lower" : "higher")} is better)";
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
        return context.Result(status, () => $"{char.ToUpperInvariant(how[0])}{how[1..]}: {verdict} the top {target.TopK} of {target.Peers.Name}.", inputs, "rank", actual, wanted, gap: gap);
    }
}
