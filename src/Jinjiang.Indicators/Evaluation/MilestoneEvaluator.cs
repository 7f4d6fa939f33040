using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>A milestone: done by the deadline or not; before the deadline an unfinished milestone is not yet due.</summary>
internal static class MilestoneEvaluator
{
    internal static Evaluation Evaluate(MilestoneTarget target, EvaluationContext context)
    {
        var observations = context.Home();
        if (context.CheckKinds(observations, QuantityKind.Completion) is { } mismatch)
        {
            return mismatch;
        }

        var done = observations.FirstOrDefault(o => o.Value.Value >= 0.5);
        var wanted = Measure.Completion(true);
        if (done is not null)
        {
            var onTime = done.Date <= target.Deadline;
            return context.Result(
                onTime ? EvaluationStatus.Met : EvaluationStatus.NotMet,
                () => onTime
                    ? $"Completed on {Show.Date(done.Date)}, by the deadline {Show.Date(target.Deadline)}."
                    : $"Completed on {Show.Date(done.Date)}, after the deadline {Show.Date(target.Deadline)}.",
                [done],
                "milestone",
                done.Value,
                wanted,
                progress: 1);
        }

        if (context.AsOf > target.Deadline)
        {
            return observations.Count == 0
                ? context.Result(EvaluationStatus.NoData, () => $"No report on the milestone due {Show.Date(target.Deadline)}.", observations, "milestone", target: wanted)
                : context.Result(EvaluationStatus.NotMet, () => $"Not reported done by the deadline {Show.Date(target.Deadline)}.", observations, "milestone", Measure.Completion(false), wanted, progress: 0);
        }

        return context.Result(
            EvaluationStatus.NotYetDue,
            () => $"Not reported done yet; due {Show.Date(target.Deadline)}.",
            observations,
            "milestone",
            observations.Count == 0 ? null : Measure.Completion(false),
            wanted);
    }
}
