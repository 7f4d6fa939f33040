using System.Collections.Frozen;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Standards.Water;

/// <summary>One sample of a section: its date and the measured parameters in mg/L. Immutable: the values are copied.</summary>
public sealed class WaterSample
{
    /// <summary>Creates a sample.</summary>
    /// <param name="date">The sampling date.</param>
    /// <param name="values">The measured parameters (mg/L): each a defined parameter with a finite, non-negative value.</param>
    /// <exception cref="ArgumentException">A parameter that is not defined, or a value that is negative or not finite.</exception>
    public WaterSample(LocalDate date, IEnumerable<KeyValuePair<WaterParameter, double>> values)
    {
        Date = date;
        var copy = new Dictionary<WaterParameter, double>();
        foreach (var (parameter, value) in Preconditions.CheckNotNull(values))
        {
            Preconditions.CheckArgument(Enum.IsDefined(parameter), nameof(values), $"{parameter} is not a water parameter.");
            Preconditions.CheckArgument(double.IsFinite(value) && value >= 0, nameof(values), $"The value of {parameter} must be a finite concentration of at least 0 mg/L, not {value}.");
            Preconditions.CheckArgument(copy.TryAdd(parameter, value), nameof(values), $"{parameter} is given twice.");
        }

        Values = copy.ToFrozenDictionary();
    }

    /// <summary>The sampling date.</summary>
    public LocalDate Date { get; }

    /// <summary>The measured parameters (mg/L).</summary>
    public IReadOnlyDictionary<WaterParameter, double> Values { get; }
}
