using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The UN Statistics Division progress chart: extrapolate the observed growth rate to the deadline,
/// v_T = v_t × (1 + CAGR)^(T - t), and take P = (v_T - v_base) / (target - v_base). P ≥ 0.95 on track; 0.10..0.95
/// fair progress (at risk); below 0.10 stagnation or regression (off track).
/// </summary>
public sealed class UnProgressChartMethod : ProgressMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="onTrack">P at or above which progress is on track.</param>
    /// <param name="fairProgress">P at or above which progress is fair (at risk).</param>
    public UnProgressChartMethod(double onTrack = 0.95, double fairProgress = 0.10)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(onTrack) && double.IsFinite(fairProgress) && fairProgress <= onTrack, nameof(fairProgress), "The fair-progress threshold must be finite and not above the on-track one.");
        OnTrack = onTrack;
        FairProgress = fairProgress;
    }

    /// <summary>The method with the UN's published thresholds.</summary>
    public static UnProgressChartMethod Default { get; } = new();

    /// <summary>P at or above which progress is on track.</summary>
    public double OnTrack { get; }

    /// <summary>P at or above which progress is fair.</summary>
    public double FairProgress { get; }

    /// <inheritdoc/>
    public override string Name => "un-progress-chart";

    /// <inheritdoc/>
    public override ProgressAssessment Assess(ProgressInput input)
    {
        var years = YearsBetween(input.BaselineDate, input.CurrentDate);
        if (years <= 0 || input.Baseline <= 0 || input.Current <= 0 || input.Target == input.Baseline)
        {
            return new(EvaluationStatus.NoData, null, null, "cannot extrapolate: the series spans no time, has a non-positive value, or the target equals the base", "无法外推：序列未跨越时间、有非正数值，或目标值等于基数");
        }

        var cagr = Math.Pow(input.Current / input.Baseline, 1 / years) - 1;
        var projected = input.Current * Math.Pow(1 + cagr, YearsBetween(input.CurrentDate, input.TargetDate));
        var p = (projected - input.Baseline) / (input.Target - input.Baseline);
        var status = p >= OnTrack ? EvaluationStatus.OnTrack : p >= FairProgress ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return new(status, null, p, this);
    }

    /// <inheritdoc/>
    internal override string ExplainChinese(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"按现有趋势外推至期限，可完成目标距离的{figure:0.##}倍");

    /// <inheritdoc/>
    internal override string Explain(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"the trend extrapolated to the deadline covers {figure:0.##} of the way to the target");
}
