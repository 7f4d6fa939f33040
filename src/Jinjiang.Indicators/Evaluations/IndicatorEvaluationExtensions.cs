using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Evaluation as a method of the indicator: <c>greenway.Evaluate(observations, asOf)</c>.</summary>
public static class IndicatorEvaluationExtensions
{
    /// <summary>Evaluates the indicator's target with the default options (or the given ones).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="observations">Observations; those of other indicators are ignored.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="options">How to judge progress, or <see langword="null"/> for the defaults.</param>
    /// <returns>The evaluation.</returns>
    public static Evaluation Evaluate(this Indicator indicator, IEnumerable<Observation> observations, LocalDate asOf, EvaluationOptions? options = null)
        => (options is null ? Evaluator.Default : new Evaluator(options)).Evaluate(indicator, observations, asOf);
}
