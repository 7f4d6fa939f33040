namespace Jinjiang.Indicators.Evaluations;

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

    /// <summary>The same explanation in Chinese, in the register of a 督查 report.</summary>
    internal abstract string ExplainChinese(double figure, double detail, string note);

    /// <summary>A fixed note of the growth-rate methods in Chinese.</summary>
    private protected static string NoteChinese(string note) => note switch
    {
        "" => string.Empty,
        "cannot assess a trend: the observations do not span any time" => "无法判断趋势：观测数据未跨越时间",
        "; a zero base was replaced by 0.001 as sdg-build does" => "；基数为零，按sdg-build的做法以0.001代替",
        "cannot assess a growth rate: a value is zero or negative" => "无法计算增长率：有数值为零或负数",
        "cannot assess a growth rate: the target equals the base" => "无法计算增长率：目标值等于基数",
        _ => note,
    };

    private protected static double YearsBetween(NodaTime.LocalDate from, NodaTime.LocalDate to) => NodaTime.Period.DaysBetween(from, to) / 365.25;
}
