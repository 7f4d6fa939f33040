using System.Globalization;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The linear path, the default for "deliver N by year end": expected(t) = baseline + (target - baseline) × elapsed
/// share. On track at or above the path; at risk at or above <see cref="AtRiskShare"/> of it; off track below.
/// </summary>
public sealed class LinearPathMethod : ProgressMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="atRiskShare">The share of the expected progress below which a target is off track rather than at risk (0..1).</param>
    public LinearPathMethod(double atRiskShare = 0.8)
    {
        Preconditions.CheckArgumentRange(atRiskShare is >= 0 and <= 1, nameof(atRiskShare), "The at-risk share must be between 0 and 1.");
        AtRiskShare = atRiskShare;
    }

    /// <summary>The method with an at-risk share of 80%.</summary>
    public static LinearPathMethod Default { get; } = new();

    /// <summary>The share of the expected progress that still counts as at risk rather than off track.</summary>
    public double AtRiskShare { get; }

    /// <inheritdoc/>
    public override string Name => "linear-path";

    /// <inheritdoc/>
    public override ProgressAssessment Assess(ProgressInput input)
    {
        var share = input.ElapsedShare;
        var expected = input.Baseline + ((input.Target - input.Baseline) * share);
        var expectedProgress = expected - input.Baseline;
        var actualProgress = input.Current - input.Baseline;
        if (expectedProgress == 0)
        {
            return new(EvaluationStatus.OnTrack, expected, null, "nothing is expected yet on the linear path", "按序时进度尚无应完成量");
        }

        var pace = actualProgress / expectedProgress;
        var status = pace >= 1 - 1e-9 ? EvaluationStatus.OnTrack : pace >= AtRiskShare ? EvaluationStatus.AtRisk : EvaluationStatus.OffTrack;
        return new(status, expected, pace, this, share);
    }

    /// <inheritdoc/>
    internal override string ExplainChinese(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"完成序时进度的{figure:0.##}倍（时间进度{detail * 100:0}%）");

    /// <inheritdoc/>
    internal override string Explain(double figure, double detail, string note)
        => string.Create(CultureInfo.InvariantCulture, $"{figure:0.##}x the progress expected on the linear path (序时进度: {detail:P0} of the time elapsed)");
}
