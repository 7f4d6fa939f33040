namespace Jinjiang.Indicators.Evaluation;

/// <summary>What a <see cref="ProgressMethod"/> concluded.</summary>
/// <param name="Status"><see cref="EvaluationStatus.OnTrack"/>, <see cref="EvaluationStatus.AtRisk"/>, <see cref="EvaluationStatus.OffTrack"/> or <see cref="EvaluationStatus.NoData"/> when the method cannot judge.</param>
/// <param name="Expected">The value expected by the current date on the method's path, in base units, if it defines one.</param>
/// <param name="Figure">The method's own figure (pace, CAGR ratio, projected progress).</param>
/// <param name="Explanation">One clause explaining the figure.</param>
public readonly record struct ProgressAssessment(EvaluationStatus Status, double? Expected, double? Figure, string Explanation);
