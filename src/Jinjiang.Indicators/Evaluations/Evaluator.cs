using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Evaluates indicators' targets against observations at an as-of date. Never throws over data: a missing
/// observation, a unit of the wrong dimension or a missing baseline is a status with a reason. Immutable and safe
/// to share between threads.
/// </summary>
public sealed class Evaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">How to judge progress; <see langword="null"/> for <see cref="EvaluationOptions.Default"/>.</param>
    public Evaluator(EvaluationOptions? options = null) => Options = options ?? EvaluationOptions.Default;

    /// <summary>An evaluator with the default options.</summary>
    public static Evaluator Default { get; } = new();

    /// <summary>How progress is judged.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>Evaluates one indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="observations">Observations of any indicators; those of this one are used, up to <paramref name="asOf"/>.</param>
    /// <param name="asOf">The date of the judgement (no clock is read).</param>
    /// <returns>The evaluation.</returns>
    public Evaluation Evaluate(Indicator indicator, ObservationSet observations, LocalDate asOf)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(observations);
        var context = new EvaluationContext(indicator, observations, asOf, Options, null);
        return TargetEvaluator.Evaluate(indicator.Target, context);
    }

    /// <summary>
    /// The verdict and figures of one indicator without the reason or the audit trail: the same as
    /// <see cref="Evaluate(Indicator, ObservationSet, LocalDate)"/>'s <see cref="Evaluation.Summary"/>, reached by
    /// the same judgement, without allocating, for every kind of target: for bulk jobs.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="observations">Observations of any indicators; those of this one are used, up to <paramref name="asOf"/>.</param>
    /// <param name="asOf">The date of the judgement (no clock is read).</param>
    /// <returns>The summary.</returns>
    public EvaluationSummary Summarize(Indicator indicator, ObservationSet observations, LocalDate asOf)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(observations);
        return TargetEvaluator.Summarize(indicator.Target, new EvaluationContext(indicator, observations, asOf, Options, null));
    }

    /// <summary>Summarizes many indicators into a caller's buffer, in their order (see <see cref="Summarize(Indicator, ObservationSet, LocalDate)"/>).</summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="destination">Receives one summary per indicator; at least as long as <paramref name="indicators"/>.</param>
    public void Summarize(ReadOnlySpan<Indicator> indicators, ObservationSet observations, LocalDate asOf, Span<EvaluationSummary> destination)
    {
        Preconditions.CheckArgument(destination.Length >= indicators.Length, nameof(destination), "The destination must hold one summary per indicator.");
        for (var i = 0; i < indicators.Length; i++)
        {
            destination[i] = Summarize(indicators[i], observations, asOf);
        }
    }

    /// <summary>Evaluates one indicator against a list of observations.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="observations">Observations; those of other indicators are ignored.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <returns>The evaluation.</returns>
    public Evaluation Evaluate(Indicator indicator, IEnumerable<Observation> observations, LocalDate asOf)
        => Evaluate(indicator, ObservationSet.Create(Preconditions.CheckNotNull(observations)), asOf);

    /// <summary>Evaluates several indicators, in their order.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <returns>One evaluation per indicator.</returns>
    public IReadOnlyList<Evaluation> EvaluateAll(IEnumerable<Indicator> indicators, ObservationSet observations, LocalDate asOf)
        => Preconditions.CheckNotNull(indicators).Select(i => Evaluate(i, observations, asOf)).ToArray();
}
