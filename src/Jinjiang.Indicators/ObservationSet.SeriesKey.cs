namespace Jinjiang.Indicators;

/// <content>The column store of the set: the key of a series.</content>
public sealed partial class ObservationSet
{
    /// <summary>
    /// The key of one observation series (indicator, area, component) with its hash computed once: string hashing
    /// is a large share of an evaluation, so indicators keep the hash of their home series.
    /// </summary>
    internal readonly struct SeriesKey : IEquatable<SeriesKey>
    {
        private readonly IndicatorId _indicator;
        private readonly string _area;
        private readonly string _component;
        private readonly int _hash;

        private SeriesKey(IndicatorId indicator, string area, string component, int hash)
        {
            _indicator = indicator;
            _area = area;
            _component = component;
            _hash = hash;
        }

        /// <summary>The key, hashing its parts.</summary>
        internal static SeriesKey Create(IndicatorId indicator, string area, string? component)
            => new(indicator, area, component ?? string.Empty, Hash(indicator, area, component));

        /// <summary>The key with a hash computed before by <see cref="Hash"/>.</summary>
        internal static SeriesKey WithHash(IndicatorId indicator, string area, string? component, int hash)
            => new(indicator, area, component ?? string.Empty, hash);

        /// <summary>The hash of a key's parts.</summary>
        internal static int Hash(IndicatorId indicator, string area, string? component)
            => HashCode.Combine(indicator, area, component ?? string.Empty);

        public bool Equals(SeriesKey other)
            => _hash == other._hash && _indicator.Equals(other._indicator) && string.Equals(_area, other._area, StringComparison.Ordinal) && string.Equals(_component, other._component, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SeriesKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
