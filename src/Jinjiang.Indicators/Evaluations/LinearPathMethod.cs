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
        return new(status, expected, pace, this, share, IsCalendarYear(input) ? "全年" : string.Empty);
    }

    /// <summary>Whether the path runs over one calendar year (31 December to 31 December): its target is 全年目标.</summary>
    private static bool IsCalendarYear(ProgressInput input)
        => input.BaselineDate is { Month: 12, Day: 31 } && input.TargetDate == input.BaselineDate.PlusYears(1);

    /// <inheritdoc/>
    /// <remarks>完成全年目标的33.3%，滞后序时进度16.7个百分点（时间进度50%）: the share done is the pace times the time elapsed.</remarks>
    internal override string ExplainChinese(double figure, double detail, string note)
    {
        var done = figure * detail;
        var gap = Math.Round((done - detail) * 100, 1);
        var schedule = gap >= 0.05 ? $"超前序时进度{gap:0.#}个百分点" : gap <= -0.05 ? $"滞后序时进度{-gap:0.#}个百分点" : "与序时进度持平";
        return string.Create(CultureInfo.InvariantCulture, $"完成{note}目标的{done * 100:0.#}%，{schedule}（时间进度{detail * 100:0.#}%）");
    }

    /// <inheritdoc/>
    internal override string Explain(double figure, double detail, string note)
    {
        var done = figure * detail;
        var gap = Math.Round((done - detail) * 100, 1);
        var schedule = gap >= 0.05 ? $"{gap:0.#} points ahead of the schedule" : gap <= -0.05 ? $"{-gap:0.#} points behind the schedule" : "on the schedule";
        return string.Create(CultureInfo.InvariantCulture, $"{done * 100:0.#}% of the {(note.Length > 0 ? "year's " : string.Empty)}target done, {schedule} ({detail * 100:0.#}% of the time elapsed)");
    }
}
