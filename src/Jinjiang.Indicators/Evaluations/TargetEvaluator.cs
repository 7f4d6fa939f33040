using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Dispatches each kind of the closed set of targets to its evaluator. Every evaluator has the same shape: one
/// <c>Judge</c> that reaches the verdict and its figures without allocating (what a summary is), and one
/// <c>Evaluate</c> that writes the reasons and the audit trail of that same judgement.
/// </summary>
internal static class TargetEvaluator
{
    /// <summary>The verdict and figures of a target, without allocating.</summary>
    internal static Judgement Judge(Target target, EvaluationContext context) => target switch
    {
        DeliveryTarget delivery => DeliveryEvaluator.Judge(delivery, context),
        ThresholdTarget threshold => ThresholdEvaluator.Judge(threshold, context),
        ChangeTarget change => ChangeEvaluator.Judge(change, context),
        RankTarget rank => RankEvaluator.Judge(rank, context),
        ClassTarget quality => ClassEvaluator.Judge(quality, context),
        CadenceTarget cadence => CadenceEvaluator.Judge(cadence, context),
        ResponseTimeTarget response => ResponseTimeEvaluator.Judge(response, context),
        MilestoneTarget milestone => MilestoneEvaluator.Judge(milestone, context),
        DirectionTarget direction => DirectionEvaluator.Judge(direction, context),
        FloorAndStretchTarget floorAndStretch => CompositeEvaluator.Judge(floorAndStretch, context),
        AllOfTarget allOf => CompositeEvaluator.Judge(allOf, context),
        _ => throw new System.Diagnostics.UnreachableException("Targets are a closed set: every kind has an evaluator."),
    };

    /// <summary>
    /// The summary of a target: for the common kinds read from the observation set's columns without making an
    /// observation (delivery, levels, classes and reported ranks judged at the deadline, milestones, cadences, changes), else the judgement's. Always equal to
    /// <c>Judge(target, context).ToSummary()</c>.
    /// </summary>
    internal static EvaluationSummary Summarize(Target target, EvaluationContext context)
        => Grading.Finish(SummarizeKind(target, context), target, context);

    /// <summary>The full evaluation of a whole promise: its judgement with the reasons, inputs, grade, closing clause and data warnings.</summary>
    internal static Evaluation Evaluate(Target target, EvaluationContext context)
        => Grading.Finish(EvaluateKind(target, context), target, context, whole: true);

    /// <summary>The full evaluation of a part of a composite (graded, without the closing clause or the data warnings of the whole).</summary>
    internal static Evaluation EvaluatePart(Target target, EvaluationContext context)
        => Grading.Finish(EvaluateKind(target, context), target, context, whole: false);

    private static EvaluationSummary SummarizeKind(Target target, EvaluationContext context) => target switch
    {
        DeliveryTarget delivery => DeliveryEvaluator.Summarize(delivery, context),
        ThresholdTarget threshold => ThresholdEvaluator.Summarize(threshold, context),
        MilestoneTarget milestone => MilestoneEvaluator.Summarize(milestone, context),
        CadenceTarget cadence => CadenceEvaluator.Summarize(cadence, context),
        ChangeTarget change => ChangeEvaluator.Summarize(change, context),
        ClassTarget quality => ClassEvaluator.Summarize(quality, context),
        RankTarget rank => RankEvaluator.Summarize(rank, context),
        _ => Judge(target, context).ToSummary(),
    };

    /// <summary>The evaluation of a target by its kind's evaluator: its judgement with the reasons and inputs.</summary>
    private static Evaluation EvaluateKind(Target target, EvaluationContext context) => target switch
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
        _ => throw new System.Diagnostics.UnreachableException("Targets are a closed set: every kind has an evaluator."),
    };
}
