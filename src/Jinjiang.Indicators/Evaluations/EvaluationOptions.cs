using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>How evaluations judge progress: the tolerance of comparisons and the progress methods. Immutable.</summary>
public sealed class EvaluationOptions
{
    /// <summary>The defaults: <see cref="Tolerance.Default"/>, an at-risk share of 80%, and the linear path (序时进度) for deliveries and levels alike.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>How close two values must be to count as equal.</summary>
    public Tolerance Tolerance { get; init; } = Tolerance.Default;

    /// <summary>
    /// The share of what is expected by now below which a target is off track rather than at risk, for targets
    /// judged without a <see cref="ProgressMethod"/> (change, cadence, response tiers). Default 0.8.
    /// </summary>
    public double AtRiskShare
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(value is >= 0 and <= 1, nameof(value), "The at-risk share must be between 0 and 1.");
            field = value;
        }
    } = 0.8;

    /// <summary>
    /// 基本完成 for a plain promise: missed at its deadline with a completion rate at or above this share is graded
    /// <see cref="Grade.Yellow"/>, below it <see cref="Grade.Red"/>. Default 0.95 (offices use 90–95%; it is each
    /// office's rule).
    /// </summary>
    public double PlainBand
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(value is >= 0 and <= 1, nameof(value), "A grading band must be between 0 and 1.");
            field = value;
        }
    } = 0.95;

    /// <summary>
    /// 力争目标未实现 graded <see cref="Grade.Yellow"/>: a 力争 (stretch) promise missed with a completion rate at or
    /// above this share; below it <see cref="Grade.Red"/>. Default 0.90. A 确保 or 严格要求 promise missed is red at any completion.
    /// </summary>
    public double StretchBand
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(value is >= 0 and <= 1, nameof(value), "A grading band must be between 0 and 1.");
            field = value;
        }
    } = 0.90;

    /// <summary>
    /// The precision rates are published to, as a fraction (default 0.001: one decimal of a percentage, so 99.96% is
    /// published as 100.0%). A coverage target is met by a figure that rounds to it, and a part of the period below
    /// 100% makes a 100% period impossible only when the best period rate it leaves rounds below 100%.
    /// </summary>
    public double RatePrecision
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(value is >= 0 and < 0.1, nameof(value), "The published precision of rates must be between 0 and 0.1.");
            field = value;
        }
    } = 0.001;

    /// <summary>The method for delivery targets before their deadline (default: <see cref="LinearPathMethod.Default"/>).</summary>
    public ProgressMethod DeliveryMethod
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = LinearPathMethod.Default;

    /// <summary>
    /// The method for level targets before their deadline, from the baseline (the latest reading before the
    /// period, else the first inside it) to the latest reading. Default: <see cref="LinearPathMethod.Default"/>,
    /// 序时进度 ("时间过半、任务过半"), as Chinese reviews judge progress; the growth-rate methods
    /// (<see cref="CagrRatioMethod"/>, <see cref="EurostatMethod"/>, <see cref="UnProgressChartMethod"/>) are options
    /// for multi-year series.
    /// </summary>
    public ProgressMethod SeriesMethod
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = LinearPathMethod.Default;
}
