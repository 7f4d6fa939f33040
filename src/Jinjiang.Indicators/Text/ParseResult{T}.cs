using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Text;

/// <summary>The result of reading text: a value, or a message saying what was expected, never an exception (as NodaTime's).</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error, int length)
    {
        _value = value;
        Error = error;
        Length = length;
    }

    /// <summary>Whether the text was read.</summary>
    public bool Success => Error is null;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The text was not read; the message is <see cref="Error"/>.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException(Error);

    /// <summary>What was expected, when the text was not read.</summary>
    public string? Error { get; }

    /// <summary>How many characters the value was read from.</summary>
    public int Length { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    /// <param name="length">How many characters it was read from.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForValue(T value, int length) => new(value, null, length);

    /// <summary>A failed result.</summary>
    /// <param name="error">What was expected.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForError(string error) => new(default, Preconditions.CheckNotBlank(error), 0);

    /// <summary>The value, or <paramref name="fallback"/> when the text was not read.</summary>
    /// <param name="fallback">The value to use otherwise.</param>
    /// <returns>The value.</returns>
    public T GetValueOrDefault(T fallback) => Success ? _value! : fallback;
}
