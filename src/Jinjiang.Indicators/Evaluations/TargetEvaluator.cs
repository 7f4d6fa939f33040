using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Dispatches each kind of the closed set of targets to its evaluator through <see cref="ITargetVisitor{TArgument, TResult}"/>
/// (a kind left out does not compile). Every evaluator has the same shape: one
/// <c>Judge</c> that reaches the verdict and its figures without allocating (what a summary is), and one
/// <c>Evaluate</c> that writes the reasons and the audit trail of that same judgement.
/// </summary>
internal static class TargetEvaluator
{
    /// <summary>The verdict and figures of a target, without allocating.</summary>
    internal static Judgement Judge(Target target, EvaluationContext context) => target.Accept(Judges.Instance, context);

    /// <summary>
    /// The summary of a target: for the common kinds read from the observation set's columns without making an
    /// observation (delivery, levels, classes and reported ranks judged at the deadline, milestones, cadences, changes), else the judgement's. Always equal to
    /// <c>Judge(target, context).ToSummary()</c>.
    /// </summary>
    internal static EvaluationSummary Summarize(Target target, EvaluationContext context)
        => Grading.Finish(NodeCheck.Apply(target.Accept(Summaries.Instance, context), target, context), target, context);

    /// <summary>The full evaluation of a whole promise: its judgement with the reasons, inputs, grade, closing clause and data warnings.</summary>
    internal static Evaluation Evaluate(Target target, EvaluationContext context)
        => Grading.Finish(NodeCheck.Apply(target.Accept(Evaluations.Instance, context), target, context), target, context, whole: true);

    /// <summary>The full evaluation of a part of a composite (graded, without the closing clause or the data warnings of the whole).</summary>
    internal static Evaluation EvaluatePart(Target target, EvaluationContext context)
        => Grading.Finish(target.Accept(Evaluations.Instance, context), target, context, whole: false);

    /// <summary>Each kind's judgement (the verdict and its figures, without allocating).</summary>
    private sealed class Judges : ITargetVisitor<EvaluationContext, Judgement>
    {
        internal static readonly Judges Instance = new();

        public Judgement Visit(DeliveryTarget target, EvaluationContext argument) => DeliveryEvaluator.Judge(target, argument);

        public Judgement Visit(AtLeastTarget target, EvaluationContext argument) => ThresholdEvaluator.Judge(target, argument);

        public Judgement Visit(AtMostTarget target, EvaluationContext argument) => ThresholdEvaluator.Judge(target, argument);

        public Judgement Visit(AboutTarget target, EvaluationContext argument) => ThresholdEvaluator.Judge(target, argument);

        public Judgement Visit(RangeTarget target, EvaluationContext argument) => ThresholdEvaluator.Judge(target, argument);

        public Judgement Visit(CoverageTarget target, EvaluationContext argument) => ThresholdEvaluator.Judge(target, argument);

        public Judgement Visit(ChangeTarget target, EvaluationContext argument) => ChangeEvaluator.Judge(target, argument);

        public Judgement Visit(RankTarget target, EvaluationContext argument) => RankEvaluator.Judge(target, argument);

        public Judgement Visit(ClassTarget target, EvaluationContext argument) => ClassEvaluator.Judge(target, argument);

        public Judgement Visit(CadenceTarget target, EvaluationContext argument) => CadenceEvaluator.Judge(target, argument);

        public Judgement Visit(ResponseTimeTarget target, EvaluationContext argument) => ResponseTimeEvaluator.Judge(target, argument);

        public Judgement Visit(MilestoneTarget target, EvaluationContext argument) => MilestoneEvaluator.Judge(target, argument);

        public Judgement Visit(DirectionTarget target, EvaluationContext argument) => DirectionEvaluator.Judge(target, argument);

        public Judgement Visit(FloorAndStretchTarget target, EvaluationContext argument) => CompositeEvaluator.Judge(target, argument);

        public Judgement Visit(AllOfTarget target, EvaluationContext argument) => CompositeEvaluator.Judge(target, argument);
    }

    /// <summary>
    /// Each kind's summary: read from the observation set's columns where the kind has that path, else its
    /// judgement's summary.
    /// </summary>
    private sealed class Summaries : ITargetVisitor<EvaluationContext, EvaluationSummary>
    {
        internal static readonly Summaries Instance = new();

        public EvaluationSummary Visit(DeliveryTarget target, EvaluationContext argument) => DeliveryEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(AtLeastTarget target, EvaluationContext argument) => ThresholdEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(AtMostTarget target, EvaluationContext argument) => ThresholdEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(AboutTarget target, EvaluationContext argument) => ThresholdEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(RangeTarget target, EvaluationContext argument) => ThresholdEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(CoverageTarget target, EvaluationContext argument) => ThresholdEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(ChangeTarget target, EvaluationContext argument) => ChangeEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(RankTarget target, EvaluationContext argument) => RankEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(ClassTarget target, EvaluationContext argument) => ClassEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(CadenceTarget target, EvaluationContext argument) => CadenceEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(ResponseTimeTarget target, EvaluationContext argument) => ResponseTimeEvaluator.Judge(target, argument).ToSummary();

        public EvaluationSummary Visit(MilestoneTarget target, EvaluationContext argument) => MilestoneEvaluator.Summarize(target, argument);

        public EvaluationSummary Visit(DirectionTarget target, EvaluationContext argument) => DirectionEvaluator.Judge(target, argument).ToSummary();

        public EvaluationSummary Visit(FloorAndStretchTarget target, EvaluationContext argument) => CompositeEvaluator.Judge(target, argument).ToSummary();

        public EvaluationSummary Visit(AllOfTarget target, EvaluationContext argument) => CompositeEvaluator.Judge(target, argument).ToSummary();
    }

    /// <summary>Each kind's evaluation: its judgement with the reasons and inputs.</summary>
    private sealed class Evaluations : ITargetVisitor<EvaluationContext, Evaluation>
    {
        internal static readonly Evaluations Instance = new();

        public Evaluation Visit(DeliveryTarget target, EvaluationContext argument) => DeliveryEvaluator.Evaluate(target, argument);

        public Evaluation Visit(AtLeastTarget target, EvaluationContext argument) => ThresholdEvaluator.Evaluate(target, argument);

        public Evaluation Visit(AtMostTarget target, EvaluationContext argument) => ThresholdEvaluator.Evaluate(target, argument);

        public Evaluation Visit(AboutTarget target, EvaluationContext argument) => ThresholdEvaluator.Evaluate(target, argument);

        public Evaluation Visit(RangeTarget target, EvaluationContext argument) => ThresholdEvaluator.Evaluate(target, argument);

        public Evaluation Visit(CoverageTarget target, EvaluationContext argument) => ThresholdEvaluator.Evaluate(target, argument);

        public Evaluation Visit(ChangeTarget target, EvaluationContext argument) => ChangeEvaluator.Evaluate(target, argument);

        public Evaluation Visit(RankTarget target, EvaluationContext argument) => RankEvaluator.Evaluate(target, argument);

        public Evaluation Visit(ClassTarget target, EvaluationContext argument) => ClassEvaluator.Evaluate(target, argument);

        public Evaluation Visit(CadenceTarget target, EvaluationContext argument) => CadenceEvaluator.Evaluate(target, argument);

        public Evaluation Visit(ResponseTimeTarget target, EvaluationContext argument) => ResponseTimeEvaluator.Evaluate(target, argument);

        public Evaluation Visit(MilestoneTarget target, EvaluationContext argument) => MilestoneEvaluator.Evaluate(target, argument);

        public Evaluation Visit(DirectionTarget target, EvaluationContext argument) => DirectionEvaluator.Evaluate(target, argument);

        public Evaluation Visit(FloorAndStretchTarget target, EvaluationContext argument) => CompositeEvaluator.Evaluate(target, argument);

        public Evaluation Visit(AllOfTarget target, EvaluationContext argument) => CompositeEvaluator.Evaluate(target, argument);
    }
}
