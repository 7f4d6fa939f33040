using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>The periods report wording refers to, as NodaTime intervals (inclusive of both ends).</summary>
public static class ReportPeriods
{
    /// <summary>全年: a calendar year (China's fiscal and statistical year), 1 January to 31 December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The interval.</returns>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>十四五: the 14th Five-Year Plan, 2021-01-01 to 2025-12-31; 十四五末 is its last day.</summary>
    public static DateInterval FourteenthFiveYearPlan { get; } = new(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));

    /// <summary>The interval from a start to a deadline, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="deadline">The last day.</param>
    /// <returns>The interval.</returns>
    public static DateInterval Between(LocalDate start, LocalDate deadline) => new(start, deadline);
}
