using System.Collections.Frozen;

namespace Jinjiang.Indicators;

/// <summary>
/// An immutable set of observations indexed by indicator and sorted by date, so that evaluating many indicators
/// does not scan every observation each time. Build it once, share it between threads.
/// </summary>
public sealed class ObservationSet
{
    private static readonly Observation[] None = [];
    private readonly FrozenDictionary<IndicatorId, Observation[]> _byIndicator;
    private readonly FrozenDictionary<(IndicatorId, string), Observation[]> _byIndicatorAndArea;

    private ObservationSet(FrozenDictionary<IndicatorId, Observation[]> byIndicator, int count)
    {
        _byIndicator = byIndicator;
        _byIndicatorAndArea = byIndicator
            .SelectMany(p => p.Value.GroupBy(o => o.Area, StringComparer.Ordinal).Select(g => (Key: (p.Key, g.Key), Items: g.ToArray())))
            .ToFrozenDictionary(x => x.Key, x => x.Items);
        Count = count;
    }

    /// <summary>The empty set.</summary>
    public static ObservationSet Empty { get; } = new(FrozenDictionary<IndicatorId, Observation[]>.Empty, 0);

    /// <summary>The number of observations.</summary>
    public int Count { get; }

    /// <summary>The indicators that have observations.</summary>
    public IEnumerable<IndicatorId> Indicators => _byIndicator.Keys;

    /// <summary>Builds a set. Observations of one indicator keep their given order among equal dates.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The set.</returns>
    public static ObservationSet Create(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        var groups = new Dictionary<IndicatorId, List<Observation>>();
        var count = 0;
        foreach (var observation in observations)
        {
            Preconditions.CheckArgument(observation is not null, nameof(observations), "An observation set cannot hold a null observation.");
            if (!groups.TryGetValue(observation.Indicator, out var list))
            {
                groups[observation.Indicator] = list = [];
            }

            list.Add(observation);
            count++;
        }

        var frozen = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderBy(o => o.Date).ToArray());
        return new ObservationSet(frozen, count);
    }

    /// <summary>The observations of one indicator, sorted by date (earliest first).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The observations, possibly none.</returns>
    public IReadOnlyList<Observation> For(IndicatorId indicator)
        => _byIndicator.TryGetValue(indicator, out var list) ? list : None;

    /// <summary>The observations of one indicator in one area, sorted by date (earliest first).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="area">The area (锦江区 for the report's own district).</param>
    /// <returns>The observations, possibly none.</returns>
    public IReadOnlyList<Observation> For(IndicatorId indicator, string area)
        => _byIndicatorAndArea.TryGetValue((indicator, Preconditions.CheckNotNull(area)), out var list) ? list : None;

    /// <summary>This set with more observations added.</summary>
    /// <param name="observations">The observations to add.</param>
    /// <returns>A new set.</returns>
    public ObservationSet With(IEnumerable<Observation> observations)
        => Create(_byIndicator.Values.SelectMany(v => v).Concat(Preconditions.CheckNotNull(observations)));

    /// <summary>Every observation, by indicator then date.</summary>
    /// <returns>The observations.</returns>
    public IEnumerable<Observation> All() => _byIndicator.OrderBy(p => p.Key).SelectMany(p => p.Value);
}
