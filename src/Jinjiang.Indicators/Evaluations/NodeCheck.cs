using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Node targets (节点目标) judged: before the deadline, a promise whose breakdown sets nodes is judged against the last
/// node due by the as-of date, whatever its kind: reached, it is on track (按节点推进); not reached, it lags its node
/// (滞后节点: at risk when an interim value is reached to the at-risk share, else off track). A promise already met, one
/// closed at its deadline, or one with no node due yet keeps the verdict of its kind.
/// </summary>
internal static class NodeCheck
{
    /// <summary>The method an evaluation judged against a node names.</summary>
    internal const string Method = "node";

    /// <summary>The summary against the node due, or the summary as it was.</summary>
    internal static EvaluationSummary Apply(EvaluationSummary summary, Target target, in EvaluationContext context)
    {
        if (context.Indicator.Nodes.Count == 0 || !Judge(target, context, summary.Status, summary.Actual, out var verdict))
        {
            return summary;
        }

        return verdict.Closed
            ? summary with { Status = EvaluationStatus.NotMet, Actual = Measure.Completion(false), Progress = 0 }
            : summary with { Status = verdict.Status, Expected = verdict.Expected ?? summary.Expected, Gap = verdict.Gap, OnSchedule = false };
    }

    /// <summary>The evaluation against the node due (its reasons say which node and whether it was reached), or the evaluation as it was.</summary>
    internal static Evaluation Apply(Evaluation evaluation, Target target, in EvaluationContext context)
    {
        if (context.Indicator.Nodes.Count == 0 || !Judge(target, context, evaluation.Status, evaluation.Actual, out var verdict))
        {
            return evaluation;
        }

        var asOf = context.AsOf;
        var node = verdict.Node;
        var reachedOn = verdict.ReachedOn;
        var actual = evaluation.Actual;
        if (verdict.Closed)
        {
            var deadline = target.Deadline;
            var name = context.Indicator.NameChinese;
            return evaluation.Rejudged(
                EvaluationStatus.NotMet,
                () => ReasonTexts.NodeClosedAtStage(deadline, node.Stage!, reachedOn!.Value),
                () => ReasonTexts.NodeClosedAtStageChinese(name, deadline, node.Stage!, reachedOn!.Value),
                null,
                null,
                Method,
                Measure.Completion(false),
                0);
        }

        string English()
        {
            var reason = evaluation.Reason;
            var said = verdict.Reached ? ReasonTexts.NodeReached(node, reachedOn, actual) : ReasonTexts.NodeBehind(node, asOf, actual, verdict.Gap);
            return Grading.Close(reason, " " + said, chinese: false);
        }

        string Chinese()
        {
            var reason = evaluation.ReasonChinese;
            var said = verdict.Reached ? ReasonTexts.NodeReachedChinese(node, reachedOn, actual) : ReasonTexts.NodeBehindChinese(node, asOf, actual, verdict.Gap);
            return Grading.Close(reason, said, chinese: true);
        }

        return evaluation.Rejudged(verdict.Status, English, Chinese, verdict.Expected ?? evaluation.Expected, verdict.Gap, Method);
    }

    /// <summary>The node due by the as-of date and whether it is reached; false when the kind's verdict stands.</summary>
    private static bool Judge(Target target, in EvaluationContext context, EvaluationStatus status, Measure? actual, out NodeVerdict verdict)
    {
        verdict = default;
        if (context.Component is null && target.IsClosedAt(context.AsOf) && status == EvaluationStatus.NoData)
        {
            return Closed(context, out verdict); // at the deadline a milestone's stages are reports: not done, not "no data"
        }

        if (context.Component is not null || target.IsClosedAt(context.AsOf)
            || status is not (EvaluationStatus.NotYetDue or EvaluationStatus.OnTrack or EvaluationStatus.AtRisk or EvaluationStatus.OffTrack or EvaluationStatus.NoData))
        {
            return false;
        }

        var nodes = context.Indicator.Nodes;
        var due = -1;
        for (var i = 0; i < nodes.Count && nodes[i].Due <= context.AsOf; i++)
        {
            due = i;
        }

        if (due < 0)
        {
            return false;
        }

        var node = nodes[due];
        if (node.IsStage)
        {
            var reachedOn = StageReached(nodes, due, context);
            verdict = new NodeVerdict(node, reachedOn is not null, reachedOn is null ? EvaluationStatus.OffTrack : EvaluationStatus.OnTrack, reachedOn, null, null);
            return true;
        }

        if (actual is not { } a || node.Value is not { } wanted || a.Kind != wanted.Kind)
        {
            return false; // nothing to hold against the node: the kind's verdict (no data, a wrong unit) stands
        }

        var lowerIsBetter = context.Indicator.Direction == Direction.LowerIsBetter;
        var shortBy = lowerIsBetter ? a.BaseValue - wanted.BaseValue : wanted.BaseValue - a.BaseValue;
        var comparison = context.Tolerance.Compare(a.BaseValue, wanted.BaseValue);
        var reached = lowerIsBetter ? comparison <= 0 : comparison >= 0;
        var share = lowerIsBetter ? (a.BaseValue > 0 ? wanted.BaseValue / a.BaseValue : 1) : (wanted.BaseValue > 0 ? a.BaseValue / wanted.BaseValue : 1);
        var s = reached ? EvaluationStatus.OnTrack : share >= context.Options.AtRiskShare ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        var gap = reached ? (Measure?)null : new Measure(Math.Abs(shortBy) / wanted.Unit.FactorToBase, wanted.Unit);
        verdict = new NodeVerdict(node, reached, s, null, wanted, gap);
        return true;
    }

    /// <summary>The last stage reported done by a closed milestone's deadline, if any.</summary>
    private static bool Closed(in EvaluationContext context, out NodeVerdict verdict)
    {
        verdict = default;
        var nodes = context.Indicator.Nodes;
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i].Stage is { } name && FirstDone(context.ForComponent(name).Home()) is { } on)
            {
                verdict = new NodeVerdict(nodes[i], true, EvaluationStatus.NotMet, on, null, null) { Closed = true };
                return true;
            }
        }

        return false;
    }

    private static LocalDate? FirstDone(ArraySegment<Observation> observations)
    {
        LocalDate? first = null;
        foreach (var o in observations)
        {
            if (o.Value.Value >= 0.5)
            {
                first = first is { } f && f <= o.Date ? f : o.Date;
            }
        }

        return first;
    }

    /// <summary>The day a stage (or a later stage, or the whole promise) was reported done, by the as-of date; null if none was.</summary>
    private static LocalDate? StageReached(IReadOnlyList<NodeTarget> nodes, int stage, in EvaluationContext context)
    {
        LocalDate? first = null;
        foreach (var o in context.Home())
        {
            if (o.Value.Kind == QuantityKind.Completion && o.Value.Value >= 0.5)
            {
                first = first is { } f && f <= o.Date ? f : o.Date;
            }
        }

        for (var i = stage; i < nodes.Count; i++)
        {
            if (nodes[i].Stage is not { } name)
            {
                continue;
            }

            foreach (var o in context.ForComponent(name).Home())
            {
                if (o.Value.Value >= 0.5)
                {
                    first = first is { } f && f <= o.Date ? f : o.Date;
                }
            }
        }

        return first;
    }

    private readonly record struct NodeVerdict(NodeTarget Node, bool Reached, EvaluationStatus Status, LocalDate? ReachedOn, Measure? Expected, Measure? Gap)
    {
        /// <summary>A milestone closed at its deadline with stages reported but not done.</summary>
        internal bool Closed { get; init; }
    }
}
