using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Eurostat's EU SDG monitoring: the same ratio of observed to required growth as <see cref="CagrRatioMethod"/>,
/// read with the bands 95% (significant progress: on track), 60% (moderate progress: at risk), 0 (insufficient
/// progress: off track) and below 0 (movement away: off track).
/// </summary>
public sealed class EurostatMethod : ProgressMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="significantProgress">The ratio at or above which progress is significant.</param>
    /// <param name="moderateProgress">The ratio at or above which progress is moderate.</param>
    public EurostatMethod(double significantProgress = 0.95, double moderateProgress = 0.60)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(significantProgress) && double.IsFinite(moderateProgress) && moderateProgress <= significantProgress, nameof(moderateProgress), "The moderate band must be finite and not above the significant band.");
        SignificantProgress = significantProgress;
        ModerateProgress = moderateProgress;
    }

    /// <summary>The method with Eurostat's published bands.</summary>
    public static EurostatMethod Default { get; } = new();

    /// <summary>The ratio at or above which progress is significant (on track).</summary>
    public double SignificantProgress { get; }

    /// <summary>The ratio at or above which progress is moderate (at risk).</summary>
    public double ModerateProgress { get; }

    /// <inheritdoc/>
    public override string Name => "eurostat";

    /// <inheritdoc/>
    public override ProgressAssessment Assess(ProgressInput input)
    {
        if (!CagrRatioMethod.TryRatio(input, out var ratio, out var note))
        {
            return new(EvaluationStatus.NoData, null, null, note, NoteChinese(note));
        }

        var (status, _) = Band(ratio);
        return new(status, null, ratio, this, note: note);
    }

    /// <inheritdoc/>
    internal override string Explain(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"{Band(figure).Name} (growth ratio {figure:0.##}){note}");

    /// <inheritdoc/>
    internal override string ExplainChinese(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"{Band(figure).Name switch { "significant progress" => "进展显著", "moderate progress" => "进展一般", "insufficient progress" => "进展不足", _ => "偏离目标" }}（增速比{figure:0.##}）{NoteChinese(note)}");

    private (EvaluationStatus Status, string Name) Band(double ratio)
        => ratio >= SignificantProgress ? (EvaluationStatus.OnTrack, "significant progress")
            : ratio >= ModerateProgress ? (EvaluationStatus.AtRisk, "moderate progress")
            : ratio >= 0 ? (EvaluationStatus.OffTrack, "insufficient progress")
            : (EvaluationStatus.OffTrack, "movement away from the target");
}
