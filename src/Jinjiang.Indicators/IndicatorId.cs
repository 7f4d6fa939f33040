using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// The stable identity of an indicator: lower-case kebab-case ASCII (<c>tianfu-greenway</c>), safe in file names,
/// URLs and CSV cells, and never changed once published.
/// </summary>
/// <remarks><c>default(IndicatorId)</c> is the empty identity; it names no indicator.</remarks>
public readonly struct IndicatorId : IEquatable<IndicatorId>, IComparable<IndicatorId>
{
    private readonly string? _value;

    /// <summary>Creates an identity.</summary>
    /// <param name="value">Lower-case letters and digits in words joined by single hyphens (<c>charging-piles</c>).</param>
    /// <exception cref="ArgumentException">The text is not kebab-case.</exception>
    public IndicatorId(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(IsValid(value), nameof(value), "An indicator id must be lower-case kebab-case ASCII, such as tianfu-greenway.");
        _value = value;
    }

    /// <summary>The text of the identity.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether a text is a valid identity.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for lower-case kebab-case ASCII of 1 to 100 characters.</returns>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads an identity without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identity.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? value, out IndicatorId id)
    {
        id = IsValid(value) ? new IndicatorId(value!) : default;
        return IsValid(value);
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The text of the identity.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two identities are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IndicatorId left, IndicatorId right) => left.Equals(right);

    /// <summary>Whether two identities differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IndicatorId left, IndicatorId right) => !left.Equals(right);

    /// <summary>Orders identities ordinally.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(IndicatorId left, IndicatorId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identities ordinally.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(IndicatorId left, IndicatorId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identities ordinally.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(IndicatorId left, IndicatorId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identities ordinally.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(IndicatorId left, IndicatorId right) => left.CompareTo(right) >= 0;
}
