using Jinjiang.Indicators.Evaluations;
using NodaTime;

namespace Jinjiang.Indicators.Tests;

/// <summary>Shorthand for the tests: <c>greenway.Evaluate(observations, asOf)</c> is <see cref="Evaluator.Evaluate(Indicator, IEnumerable{Observation}, LocalDate)"/>.</summary>
internal static class IndicatorEvaluation
{
    internal static Evaluation Evaluate(this Indicator indicator, IEnumerable<Observation> observations, LocalDate asOf, EvaluationOptions? options = null)
        => (options is null ? Evaluator.Default : new Evaluator(options)).Evaluate(indicator, observations, asOf);
}
