namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// What a batch resolves once per promise and area for many as-of dates: the home series (no component) and, for
/// the kinds that read every component (classes, ranks), the home area's readings.
/// </summary>
internal sealed class PreparedSeries(SeriesRange series, IReadOnlyList<Observation>? homeList)
{
    internal SeriesRange Series { get; } = series;

    internal IReadOnlyList<Observation>? HomeList { get; } = homeList;
}
