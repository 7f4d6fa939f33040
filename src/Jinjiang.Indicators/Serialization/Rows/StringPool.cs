namespace Jinjiang.Indicators.Serialization.Rows;

/// <summary>
/// Turns the repeated cells of a file (indicator ids, units, areas, statuses) into one string each, so that reading
/// 100,000 rows does not allocate 100,000 copies of 锦江区. Bounded: past <see cref="Capacity"/> distinct values,
/// new values are returned as fresh strings and not kept.
/// </summary>
internal sealed class StringPool
{
    private const int Capacity = 1 << 16; // every county-level area of China, with room
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    internal string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (_bySpan.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = text.ToString();
        if (_strings.Count < Capacity)
        {
            _strings[created] = created;
        }

        return created;
    }
}
