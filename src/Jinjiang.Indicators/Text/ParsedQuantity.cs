using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Text;

/// <summary>A quantity read from Chinese text: the value with its typed unit, the upper end of a range (3-5个), and where it stood.</summary>
public sealed class ParsedQuantity
{
    internal ParsedQuantity(Measure value, Measure? upper, int start, int length, string text)
    {
        Value = value;
        Upper = upper;
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>The value (the lower end of a range).</summary>
    public Measure Value { get; }

    /// <summary>The upper end of a range (3-5个, 3至5个), or <see langword="null"/>.</summary>
    public Measure? Upper { get; }

    /// <summary>The character index where the quantity starts in the text read.</summary>
    public int Start { get; }

    /// <summary>How many characters it spans.</summary>
    public int Length { get; }

    /// <summary>The text of the quantity (<c>11万平方米</c>).</summary>
    public string Text { get; }

    /// <summary>The kind of the value.</summary>
    public QuantityKind Kind => Value.Kind;

    /// <summary>The text.</summary>
    /// <returns>The quantity as it was written.</returns>
    public override string ToString() => Text;

    /// <summary>A span of time (3年, 15分钟), which a plan names as a period or a slogan rather than promises; an age (80岁) is a figure.</summary>
    internal bool IsSpan => Kind == QuantityKind.Time && Value.Unit != MeasureUnit.YearOfAge;
}
