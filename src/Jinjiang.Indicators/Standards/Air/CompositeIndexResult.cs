using System.Globalization;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>
/// The ambient air quality composite index (环境空气质量综合指数) of a period: I_sum = Σ C_i / S_i over the six
/// pollutants, rounded to 2 decimals, with each single-item index and the primary pollutant (the largest C_i / S_i).
/// Lower is better. When the data are insufficient the index is <see langword="null"/> and <see cref="Reason"/> says why.
/// </summary>
public sealed class CompositeIndexResult
{
    internal CompositeIndexResult(DateInterval? period, IReadOnlyList<PollutantStatistic> statistics)
    {
        Period = period;
        Statistics = statistics;
        var problems = statistics.Where(s => s.Problem is not null).Select(s => s.Problem!).ToList();
        if (problems.Count == 0)
        {
            Value = Math.Round(statistics.Sum(s => s.Index!.Value), 2, MidpointRounding.ToEven);
            PrimaryPollutant = statistics.MaxBy(s => s.Index!.Value)!.Pollutant;
            Reason = string.Create(CultureInfo.InvariantCulture, $"Composite index {Value:0.00}; primary pollutant {PrimaryPollutant}.");
        }
        else
        {
            Reason = "Insufficient data: " + string.Join("; ", problems) + ".";
        }
    }

    /// <summary>The period assessed, or <see langword="null"/> when the index was built from given statistics.</summary>
    public DateInterval? Period { get; }

    /// <summary>The six statistics, in the order SO2, NO2, PM10, PM2.5, CO, O3.</summary>
    public IReadOnlyList<PollutantStatistic> Statistics { get; }

    /// <summary>I_sum rounded to 2 decimals, or <see langword="null"/> when the data are insufficient.</summary>
    public double? Value { get; }

    /// <summary>The pollutant with the largest single-item index.</summary>
    public Pollutant? PrimaryPollutant { get; }

    /// <summary>Whether the index could be computed.</summary>
    public bool IsValid => Value is not null;

    /// <summary>One sentence: the index and primary pollutant, or what data are missing.</summary>
    public string Reason { get; }

    /// <summary>
    /// An observation of a rank indicator computed from peers' composite indices (the catalog's <c>air-quality-rank</c>):
    /// the index as a dimensionless value for an area.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="date">The date the index refers to (the end of the period).</param>
    /// <param name="area">The district.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="InvalidOperationException">The index could not be computed.</exception>
    public Observation ToObservation(IndicatorId indicator, LocalDate date, string area)
        => Value is { } v
            ? new Observation(indicator, date, Measure.Index(v)) { Area = area, Note = Reason }
            : throw new InvalidOperationException("An observation needs a composite index; " + Reason);

    /// <summary>The reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reason;
}
