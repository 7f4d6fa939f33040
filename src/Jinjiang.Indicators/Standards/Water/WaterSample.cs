using NodaTime;

namespace Jinjiang.Indicators.Standards.Water;

/// <summary>One sample of a section: its date and the measured parameters in mg/L.</summary>
/// <param name="Date">The sampling date.</param>
/// <param name="Values">The measured parameters (mg/L).</param>
public sealed record WaterSample(LocalDate Date, IReadOnlyDictionary<WaterParameter, double> Values);
