namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// What a batch resolves once per promise and area for many as-of dates: the home series (no component) and, for
/// the kinds that read every component (classes, ranks), the home area's readings, found (and their observations
/// made) only when a judgement first reads them: summaries read the columns where they can.
/// </summary>
internal sealed class PreparedSeries(SeriesRange series, ObservationSet set, IndicatorId indicator, string area, bool everyComponent)
{
    private IReadOnlyList<Observation>? _homeList;

    internal SeriesRange Series { get; } = series;

    /// <summary>The home area's readings of every component, or null when the promise reads one series.</summary>
    internal IReadOnlyList<Observation>? HomeList => everyComponent ? _homeList ??= set.Home(indicator, area) : null;
}
