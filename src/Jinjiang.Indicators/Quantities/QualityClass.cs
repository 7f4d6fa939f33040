using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// An ordinal quality class, as in surface water quality (GB 3838-2002): Ⅰ (best), Ⅱ, Ⅲ, Ⅳ, Ⅴ and 劣Ⅴ (worse
/// than Ⅴ). A class is not a number: only "at least as good as" comparisons make sense (<see cref="IsAtLeastAsGoodAs"/>).
/// </summary>
/// <remarks><c>default(QualityClass)</c> is class Ⅰ.</remarks>
public readonly struct QualityClass : IEquatable<QualityClass>
{
    private static readonly string[] Numerals = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ"];
    private static readonly string[] Latin = ["I", "II", "III", "IV", "V", "worse than V"];
    private readonly int _offset; // Ordinal - 1, so that default is class I.

    private QualityClass(int ordinal) => _offset = ordinal - 1;

    /// <summary>Class Ⅰ.</summary>
    public static QualityClass I => new(1);

    /// <summary>Class Ⅱ.</summary>
    public static QualityClass II => new(2);

    /// <summary>Class Ⅲ, the usual target for assessed river sections.</summary>
    public static QualityClass III => new(3);

    /// <summary>Class Ⅳ.</summary>
    public static QualityClass IV => new(4);

    /// <summary>Class Ⅴ.</summary>
    public static QualityClass V => new(5);

    /// <summary>劣Ⅴ: worse than class Ⅴ.</summary>
    public static QualityClass WorseThanV => new(6);

    /// <summary>The ordinal: 1 for Ⅰ up to 6 for 劣Ⅴ. Lower is better.</summary>
    public int Ordinal => _offset + 1;

    /// <summary>The class with a given ordinal.</summary>
    /// <param name="ordinal">1 (Ⅰ) to 6 (劣Ⅴ).</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside 1..6.</exception>
    public static QualityClass FromOrdinal(int ordinal)
    {
        Preconditions.CheckArgumentRange(ordinal is >= 1 and <= 6, nameof(ordinal), "A quality class ordinal must be between 1 (Ⅰ) and 6 (劣Ⅴ).");
        return new QualityClass(ordinal);
    }

    /// <summary>
    /// Reads a class written as a Roman numeral (Ⅲ, III), a digit (3), optionally followed by 类, or 劣Ⅴ / 劣V / 6.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The class read.</param>
    /// <returns>Whether the text is a class.</returns>
    public static bool TryParse(string? text, out QualityClass result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var t = text.Trim();
        if (t.EndsWith('类'))
        {
            t = t[..^1].Trim();
        }

        if (t.StartsWith("class", StringComparison.OrdinalIgnoreCase))
        {
            t = t[5..].Trim();
        }

        int ordinal = t.ToUpperInvariant() switch
        {
            "Ⅰ" or "I" or "1" => 1,
            "Ⅱ" or "II" or "2" => 2,
            "Ⅲ" or "III" or "3" => 3,
            "Ⅳ" or "IV" or "4" => 4,
            "Ⅴ" or "V" or "5" => 5,
            "劣Ⅴ" or "劣V" or "6" or ">V" => 6,
            _ => 0,
        };
        if (ordinal == 0)
        {
            return false;
        }

        result = new QualityClass(ordinal);
        return true;
    }

    /// <summary>Whether this class is the same as or better than <paramref name="required"/> (Ⅱ is at least as good as Ⅲ).</summary>
    /// <param name="required">The class to reach.</param>
    /// <returns><see langword="true"/> when this ordinal is not greater.</returns>
    public bool IsAtLeastAsGoodAs(QualityClass required) => Ordinal <= required.Ordinal;

    /// <summary>The class in Chinese notation (Ⅲ, 劣Ⅴ).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Numerals[_offset];

    /// <summary>The class in Latin letters (III, worse than V), for plain ASCII output.</summary>
    /// <returns>The text.</returns>
    public string ToLatinString() => Latin[_offset];

    /// <inheritdoc/>
    public bool Equals(QualityClass other) => _offset == other._offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is QualityClass other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _offset;

    /// <summary>Whether two classes are the same.</summary>
    /// <param name="left">The first class.</param>
    /// <param name="right">The second class.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(QualityClass left, QualityClass right) => left.Equals(right);

    /// <summary>Whether two classes differ.</summary>
    /// <param name="left">The first class.</param>
    /// <param name="right">The second class.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(QualityClass left, QualityClass right) => !left.Equals(right);
}
