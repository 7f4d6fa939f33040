using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Dispatches each kind of the closed set of targets to its evaluator.</summary>
internal static class TargetEvaluator
{
    internal static Evaluation Evaluate(Target target, EvaluationContext context) => target switch
    {
        DeliveryTarget delivery => DeliveryEvaluator.Evaluate(delivery, context),
        ThresholdTarget threshold => ThresholdEvaluator.Evaluate(threshold, context),
        ChangeTarget change => ChangeEvaluator.Evaluate(change, context),
        RankTarget rank => RankEvaluator.Evaluate(rank, context),
        ClassTarget quality => ClassEvaluator.Evaluate(quality, context),
        CadenceTarget cadence => CadenceEvaluator.Evaluate(cadence, context),
        ResponseTimeTarget response => ResponseTimeEvaluator.Evaluate(response, context),
        MilestoneTarget milestone => MilestoneEvaluator.Evaluate(milestone, context),
        DirectionTarget direction => DirectionEvaluator.Evaluate(direction, context),
        FloorAndStretchTarget floorAndStretch => CompositeEvaluator.Evaluate(floorAndStretch, context),
        AllOfTarget allOf => CompositeEvaluator.Evaluate(allOf, context),
        _ => context.Result(EvaluationStatus.NotEvaluable, () => $"The target kind {target.GetType().Name} has no evaluator.", () => "该类目标没有评估方法。", method: "none"),
    };
}
