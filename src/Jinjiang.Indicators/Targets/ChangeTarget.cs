using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 减少/下降/增长/提高 N%: the value in the period must change by a share of its value in a baseline period
/// (投诉减少5% against the previous year: at most 95% of the baseline). Needs the baseline's observation.
/// </summary>
public sealed class ChangeTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="change">The relative change: negative for a cut (-5%), positive for growth; not below -100%.</param>
    /// <param name="baselinePeriod">The period whose value is the baseline (usually the previous year).</param>
    /// <param name="period">The period judged; its end is the deadline.</param>
    /// <param name="accumulatesWithinPeriod">
    /// <see langword="true"/> when observations are running totals within their period (complaints so far this year),
    /// so a partial-year total is projected to the full period before comparison; <see langword="false"/> for levels.
    /// </param>
    /// <param name="kind">The kind of the observed values (complaints are a <see cref="QuantityKind.Count"/>).</param>
    public ChangeTarget(Ratio change, DateInterval baselinePeriod, DateInterval period, bool accumulatesWithinPeriod, QuantityKind kind)
        : base(period)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(change.DecimalFractions) && change.DecimalFractions >= -1, nameof(change), "A change cannot be below -100%.");
        Preconditions.CheckArgument(change.DecimalFractions != 0, nameof(change), "A change target needs a non-zero change.");
        Preconditions.CheckNotNull(baselinePeriod);
        Preconditions.CheckArgument(baselinePeriod.End < period.Start, nameof(baselinePeriod), "The baseline period must end before the judged period starts.");
        Change = change;
        BaselinePeriod = baselinePeriod;
        AccumulatesWithinPeriod = accumulatesWithinPeriod;
        ValueKind = kind;
    }

    /// <summary>A cut of <paramref name="share"/> against the previous calendar year (减少5%).</summary>
    /// <param name="share">The cut, positive (5% for 减少5%).</param>
    /// <param name="year">The year judged.</param>
    /// <param name="kind">The kind of the observed values.</param>
    /// <param name="accumulatesWithinPeriod">Whether observations are running totals within the year.</param>
    /// <returns>The target.</returns>
    public static ChangeTarget ReductionOnPreviousYear(Ratio share, int year, QuantityKind kind, bool accumulatesWithinPeriod = true)
        => new(-share, ReportPeriods.Year(year - 1), ReportPeriods.Year(year), accumulatesWithinPeriod, kind);

    /// <summary>The relative change required (negative for a cut).</summary>
    public Ratio Change { get; }

    /// <summary>The baseline period.</summary>
    public DateInterval BaselinePeriod { get; }

    /// <summary>Whether observations are running totals within their period.</summary>
    public bool AccumulatesWithinPeriod { get; }

    /// <summary>The kind of the observed values.</summary>
    public QuantityKind ValueKind { get; }

    /// <summary>Whether the target is a cut (lower is better).</summary>
    public bool IsReduction => Change.DecimalFractions < 0;

    /// <inheritdoc/>
    public override QuantityKind Kind => ValueKind;

    /// <inheritdoc/>
    internal override string TypeName => "change";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <summary>The level the value must reach given a baseline value: baseline × (1 + change).</summary>
    /// <param name="baseline">The baseline value.</param>
    /// <returns>The target level.</returns>
    public double TargetLevel(double baseline) => baseline * (1 + Change.DecimalFractions);

    /// <inheritdoc/>
    public override string Describe()
        => (IsReduction ? "cut by " : "raise by ") + Math.Abs(Change.Percent).ToString("0.####", CultureInfo.InvariantCulture)
           + "% against " + BaselinePeriod.Start.Year.ToString(CultureInfo.InvariantCulture) + By;

    /// <inheritdoc/>
    public override string DescribeChinese()
        => (IsReduction ? "减少" : "增长") + Math.Abs(Change.Percent).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
