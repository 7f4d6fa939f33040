using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Statistics Canada / Open SDG (sdg-build <c>ProgressMeasure</c>): R = observed CAGR / required CAGR, where
/// CAGR = (y_t / y_0)^(1/years) - 1. R ≥ 0.95 on track; 0.60..0.95 needs acceleration (at risk); below 0.60
/// limited progress or deterioration (off track). The default for indicators judged on a series.
/// </summary>
/// <remarks>A zero or negative base is replaced by 0.001 as sdg-build does, and the explanation says so.</remarks>
public sealed class CagrRatioMethod : ProgressMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="onTrackRatio">R at or above which progress is on track.</param>
    /// <param name="atRiskRatio">R at or above which progress is at risk rather than off track.</param>
    public CagrRatioMethod(double onTrackRatio = 0.95, double atRiskRatio = 0.60)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(onTrackRatio) && double.IsFinite(atRiskRatio) && atRiskRatio <= onTrackRatio, nameof(atRiskRatio), "The at-risk ratio must be finite and not above the on-track ratio.");
        OnTrackRatio = onTrackRatio;
        AtRiskRatio = atRiskRatio;
    }

    /// <summary>The method with the published thresholds 0.95 and 0.60.</summary>
    public static CagrRatioMethod Default { get; } = new();

    /// <summary>R at or above which progress is on track.</summary>
    public double OnTrackRatio { get; }

    /// <summary>R at or above which progress is at risk rather than off track.</summary>
    public double AtRiskRatio { get; }

    /// <inheritdoc/>
    public override string Name => "cagr-ratio";

    /// <inheritdoc/>
    public override ProgressAssessment Assess(ProgressInput input)
    {
        if (!TryRatio(input, out var ratio, out var note))
        {
            return new(EvaluationStatus.NoData, null, null, note, NoteChinese(note));
        }

        var status = ratio >= OnTrackRatio ? EvaluationStatus.OnTrack : ratio >= AtRiskRatio ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return new(status, null, ratio, this, note: note);
    }

    /// <inheritdoc/>
    internal override string Explain(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"observed growth is {figure:0.##} of the growth required (CAGR ratio){note}");

    /// <inheritdoc/>
    internal override string ExplainChinese(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"实际年均增速为所需增速的{figure:0.##}倍（年均增速比）{NoteChinese(note)}");

    internal static bool TryRatio(ProgressInput input, out double ratio, out string note)
    {
        ratio = 0;
        note = string.Empty;
        var years = YearsBetween(input.BaselineDate, input.CurrentDate);
        var totalYears = YearsBetween(input.BaselineDate, input.TargetDate);
        if (years <= 0 || totalYears <= 0)
        {
            note = "cannot assess a trend: the observations do not span any time";
            return false;
        }

        var baseline = input.Baseline;
        if (baseline <= 0)
        {
            baseline = 0.001;
            note = "; a zero base was replaced by 0.001 as sdg-build does";
        }

        if (input.Current <= 0 || input.Target <= 0)
        {
            note = "cannot assess a growth rate: a value is zero or negative";
            return false;
        }

        var observed = Math.Pow(input.Current / baseline, 1 / years) - 1;
        var required = Math.Pow(input.Target / baseline, 1 / totalYears) - 1;
        if (required == 0)
        {
            note = "cannot assess a growth rate: the target equals the base";
            return false;
        }

        ratio = observed / required;
        return double.IsFinite(ratio);
    }
}
