namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// What a batch resolves once per promise and area for many as-of dates: the home series (no component) and, for
/// the kinds that read every component (classes, ranks), the area's series by component (read as columns) and its
/// readings as observations, found (and made) only when a judgement first reads them.
/// </summary>
internal sealed class PreparedSeries
{
    private readonly ObservationSet _set;
    private readonly IndicatorId _indicator;
    private readonly string _area;
    private readonly bool _everyComponent;
    private IReadOnlyList<Observation>? _homeList;

    internal PreparedSeries(ObservationSet.SeriesRange series, ObservationSet set, IndicatorId indicator, string area, bool everyComponent)
    {
        (Series, _set, _indicator, _area, _everyComponent) = (series, set, indicator, area, everyComponent);
        if (everyComponent)
        {
            HasAreaSeries = set.TryAreaSeries(indicator, area, out var found);
            AreaSeries = found;
        }
    }

    internal ObservationSet.SeriesRange Series { get; }

    /// <summary>
    /// For the kinds that read every component, whether the area's series can be read as columns (see
    /// <see cref="ObservationSet.TryAreaSeries"/>), found once for all the as-of dates; null for the other kinds.
    /// </summary>
    internal bool? HasAreaSeries { get; }

    /// <summary>The area's series, one per component, when <see cref="HasAreaSeries"/>.</summary>
    internal ArraySegment<ObservationSet.SeriesRange> AreaSeries { get; }

    /// <summary>The home area's readings of every component, or null when the promise reads one series.</summary>
    internal IReadOnlyList<Observation>? HomeList => _everyComponent ? _homeList ??= _set.Home(_indicator, _area) : null;
}
