using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators;

/// <summary>
/// A measured value of one indicator in one area over one period: what was observed, not what was promised.
/// <see cref="Date"/> is the last day of the period the value covers; <see cref="Period"/> says where it starts
/// when that is known (a month's figure, a year-to-date total, a whole year's rate).
/// </summary>
/// <remarks>
/// Without a <see cref="Period"/> an observation keeps the meaning of its date alone: for a delivery target, the
/// cumulative amount delivered in the target's period up to the date; for a level, the state at the date; for a
/// rate judged over a period, the rate from the start of that period up to the date (year to date); for a
/// change target, the running total of the year up to the date.
/// </remarks>
public sealed class Observation
{
    // The period, component, source and note are rare: kept apart, so that the usual observation is 64 bytes, not 88
    // (a national year is over a million of them).
    private Extra? _extra;

    /// <summary>Creates an observation dated at the end of the period it covers.</summary>
    /// <param name="indicator">The id of the indicator observed.</param>
    /// <param name="date">The date the value refers to (the end of the period it covers).</param>
    /// <param name="value">The value with its unit.</param>
    public Observation(IndicatorId indicator, LocalDate date, Measure value)
    {
        Preconditions.CheckArgument(indicator.Value.Length > 0, nameof(indicator), "An observation must name its indicator.");
        IndicatorId = indicator;
        Date = date;
        Value = value;
    }

    /// <summary>An observation read back from columns, its parts already checked: no check or trim repeated.</summary>
    internal Observation(IndicatorId indicator, LocalDate date, Measure value, string? area, ObservationStatus status, DateInterval? period, string? source, string? note, string? component)
    {
        IndicatorId = indicator;
        Date = date;
        Value = value;
        Area = area;
        Status = status;
        _extra = With(null, period, source, note, component);
    }

    /// <summary>Creates an observation of a stated period (a month, a quarter, the year to date, a whole year).</summary>
    /// <param name="indicator">The id of the indicator observed.</param>
    /// <param name="period">The period the value covers; its end is <see cref="Date"/>.</param>
    /// <param name="value">The value with its unit.</param>
    public Observation(IndicatorId indicator, DateInterval period, Measure value)
        : this(indicator, Preconditions.CheckNotNull(period).End, value) => Period = period;

    /// <summary>The id of the indicator observed (an observation names its indicator; it does not hold it).</summary>
    public IndicatorId IndicatorId { get; }

    /// <summary>The date the value refers to: the last day of the period it covers.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// The period the value covers, when stated (<c>2023-Q2</c>, <c>2023-01-01/2023-06-30</c>); its end is
    /// <see cref="Date"/>. <see langword="null"/> when only the date is known (see the remarks of <see cref="Observation"/>).
    /// </summary>
    public DateInterval? Period
    {
        get => _extra?.Period;
        init
        {
            Preconditions.CheckArgument(value is null || value.End == Date, nameof(value), "An observation's period must end on its date.");
            _extra = With(_extra, value, Source, Note, Component);
        }
    }

    /// <summary>The first day of the stated period, or <see cref="Date"/> when no period is stated.</summary>
    public LocalDate Start => Period?.Start ?? Date;

    /// <summary>The value with its unit.</summary>
    public Measure Value { get; }

    /// <summary>
    /// The area observed (青羊区, for a peer in a ranking), or <see langword="null"/> when the observation does not
    /// say: then it belongs to the home area of whichever report judges it.
    /// </summary>
    public string? Area
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The measured part, for composite targets and response tiers (<c>respond</c>); <see langword="null"/> for the whole.</summary>
    public string? Component
    {
        get => _extra?.Component;
        init => _extra = With(_extra, Period, Source, Note, string.IsNullOrWhiteSpace(value) ? null : value);
    }

    /// <summary>The quality flag.</summary>
    public ObservationStatus Status { get; init; }

    /// <summary>Where the value comes from (an office, a document), if known.</summary>
    public string? Source
    {
        get => _extra?.Source;
        init => _extra = With(_extra, Period, value, Note, Component);
    }

    /// <summary>A free note.</summary>
    public string? Note
    {
        get => _extra?.Note;
        init => _extra = With(_extra, Period, Source, value, Component);
    }

    /// <summary>Whether the observation belongs to an area: its own area is that one, or it names none (the home area).</summary>
    /// <param name="homeArea">The home area of the report judging it.</param>
    /// <returns><see langword="true"/> when it is an observation of <paramref name="homeArea"/>.</returns>
    public bool IsOf(string homeArea) => Area is null || string.Equals(Area, homeArea, StringComparison.Ordinal);

    /// <summary>The observation as text: <c>tianfu-greenway 2023-06-30 9 km</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{IndicatorId} {(Period is { } p ? IsoDate.Format(p.Start) + "/" : string.Empty)}{IsoDate.Format(Date)} {Value}"
           + (Area is null ? string.Empty : " @" + Area)
           + (Component is null ? string.Empty : " [" + Component + "]");

    private static Extra? With(Extra? extra, DateInterval? period, string? source, string? note, string? component)
        => period is null && source is null && note is null ? (component is null ? null : ComponentOnly(component))
            : extra is not null && ReferenceEquals(extra.Period, period) && ReferenceEquals(extra.Source, source) && ReferenceEquals(extra.Note, note) && ReferenceEquals(extra.Component, component) ? extra
            : new Extra(period, source, note, component);

    /// <summary>The parts of an observation that names only its component (a section's class): one per component, shared while few.</summary>
    private static Extra ComponentOnly(string component)
    {
        if (ComponentsOnly.TryGetValue(component, out var shared))
        {
            return shared;
        }

        var extra = new Extra(null, null, null, component);
        return ComponentsOnly.Count < 4096 ? ComponentsOnly.GetOrAdd(component, extra) : extra;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Extra> ComponentsOnly = new(StringComparer.Ordinal);

    /// <summary>The rarely stated parts of an observation.</summary>
    private sealed record Extra(DateInterval? Period, string? Source, string? Note, string? Component);
}
