namespace Jinjiang.Indicators.Evaluation;

/// <summary>
/// A published way of judging whether progress before a deadline is enough: the linear path
/// (<see cref="LinearPathMethod"/>), the Statistics Canada / Open SDG growth-rate ratio (<see cref="CagrRatioMethod"/>),
/// Eurostat's bands (<see cref="EurostatMethod"/>) or the UN progress chart's extrapolation
/// (<see cref="UnProgressChartMethod"/>). Each is an immutable options object whose thresholds default to the
/// published ones.
/// </summary>
public abstract class ProgressMethod
{
    private protected ProgressMethod()
    {
    }

    /// <summary>The method's kebab-case name, shown in evaluations (<c>linear-path</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Judges progress; never throws over data (an undefined figure gives <see cref="EvaluationStatus.NoData"/>).</summary>
    /// <param name="input">The baseline, current and target points.</param>
    /// <returns>The assessment.</returns>
    public abstract ProgressAssessment Assess(ProgressInput input);

    /// <summary>Writes the explanation of an assessment made lazily: from the method's figure, one detail and a fixed note.</summary>
    internal abstract string Explain(double figure, double detail, string note);

    private protected static double YearsBetween(NodaTime.LocalDate from, NodaTime.LocalDate to) => NodaTime.Period.DaysBetween(from, to) / 365.25;
}
