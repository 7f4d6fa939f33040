using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// What every reader and parser of the library returns: the value read, with every problem found and notes on how
/// the input was read. Readers of files keep every valid row, so a file with problems still has a value (its valid
/// rows); a phrase or a document that cannot be read at all has none. Strict callers use
/// <see cref="GetValueOrThrow"/>. (Single tokens, such as an indicator id or a unit, use <c>TryParse</c>, as in the
/// base class library.)
/// </summary>
/// <typeparam name="T">The value: a list of observations, a catalog, a scorecard, a number.</typeparam>
public sealed class ReadResult<T>
{
    private readonly T _value;

    /// <summary>A result with a value (perhaps partial: the valid rows) and the problems found.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="problems">The problems found; empty when the input was valid.</param>
    public ReadResult(T value, IReadOnlyList<ReadProblem> problems)
    {
        _value = value;
        HasValue = true;
        Problems = Preconditions.CheckNotNull(problems);
    }

    private ReadResult(IReadOnlyList<ReadProblem> problems)
    {
        _value = default!;
        Problems = problems;
    }

    /// <summary>A result without a value: the input could not be read at all.</summary>
    /// <param name="problems">Why not: at least one problem.</param>
    /// <returns>The result.</returns>
    public static ReadResult<T> Failure(IReadOnlyList<ReadProblem> problems)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(problems).Count > 0, nameof(problems), "A failure needs at least one problem.");
        return new(problems);
    }

    /// <summary>Whether there is a value (for a file: its valid rows, perhaps none); false when nothing could be read.</summary>
    public bool HasValue { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">There is no value (<see cref="HasValue"/> is false).</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException(Problems[0].ToString());

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<ReadProblem> Problems { get; }

    /// <summary>How the input was read, where a person may want to know (the encoding detected, the sheet chosen).</summary>
    public IReadOnlyList<string> Notes
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = [];

    /// <summary>The same notes in Chinese (已按GB18030（GBK）编码读取…), a file's name before a note kept.</summary>
    public IReadOnlyList<string> NotesChinese => [.. Notes.Select(ReadProblem.ChineseOf)];

    /// <summary>Whether there is a value and no problem.</summary>
    public bool IsValid => HasValue && Problems.Count == 0;

    /// <summary>The value when the input was valid.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDataException">Any problem, all of them listed in the message.</exception>
    public T GetValueOrThrow() => IsValid
        ? _value
        : throw new InvalidDataException($"{Problems.Count} problem(s) in the input:{Environment.NewLine}{string.Join(Environment.NewLine, Problems)}");

    /// <summary>The value, or a fallback when there is none.</summary>
    /// <param name="fallback">The fallback.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    /// <summary>The result with notes added.</summary>
    internal ReadResult<T> WithNotes(IReadOnlyList<string> notes) => HasValue ? new(_value, Problems) { Notes = notes } : new(Problems) { Notes = notes };
}
