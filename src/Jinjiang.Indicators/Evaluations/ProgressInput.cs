using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>The figures a <see cref="ProgressMethod"/> judges: a baseline point, the current point and the target point.</summary>
/// <param name="BaselineDate">The date of the baseline value (the day before the period for a delivery target).</param>
/// <param name="Baseline">The baseline value, in base units.</param>
/// <param name="CurrentDate">The date progress is judged at.</param>
/// <param name="Current">The current value, in base units.</param>
/// <param name="TargetDate">The deadline.</param>
/// <param name="Target">The value to reach, in base units.</param>
public readonly record struct ProgressInput(LocalDate BaselineDate, double Baseline, LocalDate CurrentDate, double Current, LocalDate TargetDate, double Target)
{
    /// <summary>
    /// The share of the time from baseline to deadline that has elapsed by the current date (0..1): by whole months
    /// when all three dates are month ends (31 December to 30 June of a year's target: 6 / 12, 时间过半), else by days.
    /// </summary>
    public double ElapsedShare
    {
        get
        {
            if (Utility.IsoDate.IsMonthEnd(BaselineDate) && Utility.IsoDate.IsMonthEnd(CurrentDate) && Utility.IsoDate.IsMonthEnd(TargetDate))
            {
                var months = Months(BaselineDate, TargetDate);
                return months <= 0 ? 1 : Math.Clamp(Months(BaselineDate, CurrentDate) / (double)months, 0, 1);
            }

            var total = Period.DaysBetween(BaselineDate, TargetDate);
            return total <= 0 ? 1 : Math.Clamp(Period.DaysBetween(BaselineDate, CurrentDate) / (double)total, 0, 1);
        }
    }


    private static int Months(LocalDate from, LocalDate to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    /// <summary>(current - baseline) / (target - baseline), or <see langword="null"/> when the target equals the baseline.</summary>
    public double? Progress => Target == Baseline ? null : (Current - Baseline) / (Target - Baseline);
}
