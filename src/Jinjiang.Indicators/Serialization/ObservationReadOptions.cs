using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>How observation files are read and checked.</summary>
public sealed class ObservationReadOptions
{
    /// <summary>The defaults: lenient (problems reported beside the valid rows), encoding and separator detected, at most 64 MiB.</summary>
    public static ObservationReadOptions Default { get; } = new();

    /// <summary>The catalog a reader was given (its own argument, carried with the options inside the readers).</summary>
    internal IndicatorCatalog? Catalog { get; init; }

    /// <summary>Whether any problem fails the whole load (an <see cref="InvalidDataException"/>) instead of being reported beside the valid rows.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The encoding of text files, or <see langword="null"/> to detect it: a byte order mark (UTF-8, UTF-16 LE/BE),
    /// else UTF-8 when the bytes are valid UTF-8, else GB18030 (GBK, GB2312), as Chinese Excel and WPS save CSV.
    /// </summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>The separator of delimited text (<c>,</c>, tab, <c>;</c>), or <see langword="null"/> to detect it from the header.</summary>
    public char? Separator { get; init; }

    /// <summary>The largest input accepted, in bytes (default 64 MiB), against hostile or mistaken input.</summary>
    public long MaxBytes
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(value > 0, nameof(value), "The maximum size must be positive.");
            field = value;
        }
    } = 64L * 1024 * 1024;

    /// <summary>
    /// The largest part of a compressed workbook once unpacked, in bytes (default 256 MiB): a workbook whose sheet or
    /// shared-strings table inflates beyond it (a compressed bomb, or far more than a return) is refused with a problem
    /// naming the part, never read into memory.
    /// </summary>
    public long MaxUnpackedBytes
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(value > 0, nameof(value), "The maximum unpacked size must be positive.");
            field = value;
        }
    } = 256L * 1024 * 1024;

    /// <summary>Whether hidden and very hidden sheets of a workbook are read (default: skipped, with a note naming them).</summary>
    public bool ReadHiddenSheets { get; init; }

    /// <summary>
    /// The one problem that stops a file from being read at all, or <see langword="null"/> to go on: it does not
    /// exist, it is a directory, or it is larger than <see cref="MaxBytes"/>. Every reader, in this package or another,
    /// checks a path with it first, so the same input gets the same words.
    /// </summary>
    /// <param name="path">The file.</param>
    public ReadProblem? RefuseFile(string path)
    {
        if (FileLoad.Unreadable(Preconditions.CheckNotNull(path), "an observation file") is { } problem)
        {
            return problem;
        }

        // A regular file's size is known at once; devices and pipes are counted as they are read.
        var length = new FileInfo(path).Length;
        return length > MaxBytes ? new ReadProblem(Path.GetFileName(path), 0, null, null, Rows.ReadMessages.FileTooLarge(length, MaxBytes)) : null;
    }

    /// <summary>The options with the catalog a reader was given.</summary>
    internal static ObservationReadOptions For(IndicatorCatalog? catalog, ObservationReadOptions? options)
    {
        options ??= Default;
        return ReferenceEquals(options.Catalog, catalog)
            ? options
            : new()
            {
                Catalog = catalog, Strict = options.Strict, Encoding = options.Encoding, Separator = options.Separator, MaxBytes = options.MaxBytes,
                MaxUnpackedBytes = options.MaxUnpackedBytes, ReadHiddenSheets = options.ReadHiddenSheets,
            };
    }
}
