using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>What loading a file gave: every valid item, and every problem with its place.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class LoadResult<T>
{
    /// <summary>Creates a result.</summary>
    /// <param name="items">The valid items, in file order.</param>
    /// <param name="problems">The problems, in file order.</param>
    public LoadResult(IReadOnlyList<T> items, IReadOnlyList<LoadProblem> problems)
    {
        Items = Preconditions.CheckNotNull(items);
        Problems = Preconditions.CheckNotNull(problems);
    }

    /// <summary>The valid items.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The problems.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }

    /// <summary>What the reader decided without being told that a person may want to know (the encoding used, when not UTF-8).</summary>
    public IReadOnlyList<string> Notes
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = [];

    /// <summary>Whether there is no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The items, or an exception listing every problem (strict mode).</summary>
    /// <returns>The items.</returns>
    /// <exception cref="InvalidDataException">There is at least one problem; the message lists them all.</exception>
    public IReadOnlyList<T> GetItemsOrThrow() => IsValid
        ? Items
        : throw new InvalidDataException($"{Problems.Count} problem(s) in the data:{Environment.NewLine}{string.Join(Environment.NewLine, Problems)}");
}
