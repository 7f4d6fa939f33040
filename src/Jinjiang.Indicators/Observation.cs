using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators;

/// <summary>
/// A dated, measured value of one indicator in one area: what was observed, not what was promised. For delivery
/// targets the value is the cumulative amount delivered in the target's period up to <see cref="Date"/>.
/// </summary>
public sealed class Observation
{
    /// <summary>The area observations belong to unless they say otherwise: 锦江区, the report's own district.</summary>
    public const string HomeArea = "锦江区";

    /// <summary>Creates an observation for the home area.</summary>
    /// <param name="indicator">The indicator observed.</param>
    /// <param name="date">The date the value refers to (the end of the period it covers).</param>
    /// <param name="value">The value with its unit.</param>
    public Observation(IndicatorId indicator, LocalDate date, Measure value)
    {
        Preconditions.CheckArgument(indicator.Value.Length > 0, nameof(indicator), "An observation must name its indicator.");
        Indicator = indicator;
        Date = date;
        Value = value;
    }

    /// <summary>The indicator observed.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>The date the value refers to.</summary>
    public LocalDate Date { get; }

    /// <summary>The value with its unit.</summary>
    public Measure Value { get; }

    /// <summary>The area observed (默认 <see cref="HomeArea"/>; other districts for peer rankings).</summary>
    public string Area
    {
        get;
        init => field = Preconditions.CheckNotBlank(value);
    } = HomeArea;

    /// <summary>The measured part, for composite targets and response tiers (<c>respond</c>); <see langword="null"/> for the whole.</summary>
    public string? Component
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The quality flag.</summary>
    public ObservationStatus Status { get; init; }

    /// <summary>Where the value comes from (an office, a document), if known.</summary>
    public string? Source { get; init; }

    /// <summary>A free note.</summary>
    public string? Note { get; init; }

    /// <summary>The observation as text: <c>tianfu-greenway 2023-06-30 9 km</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Indicator} {IsoDate.Format(Date)} {Value}"
           + (Area == HomeArea ? string.Empty : " @" + Area)
           + (Component is null ? string.Empty : " [" + Component + "]");
}
