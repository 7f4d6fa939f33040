using Jinjiang.Indicators.Serialization.Decoding;

namespace Jinjiang.Indicators.Serialization;

/// <summary>What every observation reader does around the format itself: the file checks and strict mode.</summary>
internal static class FileLoad
{
    /// <summary>A result with the one problem that stops a file from being read (missing, too large), or null to go on.</summary>
    internal static ReadResult<IReadOnlyList<Observation>>? Refuse(string path, ObservationReadOptions options)
        => options.RefuseFile(path) is { } problem ? Finish(new([], [problem]), options) : null;

    /// <summary>Reads a whole-document file (a catalog, a scorecard) with <paramref name="read"/>, or the one problem that stops it: missing, a directory.</summary>
    internal static ReadResult<T> ReadDocument<T>(string path, string what, Func<Stream, string, ReadResult<T>> read)
    {
        if (Unreadable(path, what) is { } problem)
        {
            return ReadResult<T>.Failure([problem]);
        }

        using var stream = File.OpenRead(path);
        return read(stream, Path.GetFileName(path));
    }

    /// <summary>The problem of a path that is not a file to read (a directory, or nothing), or null; the same words for every reader.</summary>
    internal static ReadProblem? Unreadable(string path, string what)
    {
        var name = Path.GetFileName(path);
        return Directory.Exists(path) ? new ReadProblem(name, 0, null, null, Rows.ReadMessages.IsDirectory(what))
            : !File.Exists(path) ? new ReadProblem(name, 0, null, null, Rows.ReadMessages.FileMissing)
            : null;
    }

    /// <summary>
    /// Opens a file as a seekable stream of at most <see cref="ObservationReadOptions.MaxBytes"/> bytes (a device or
    /// pipe is copied into memory up to the limit), or says why not.
    /// </summary>
    internal static Stream? OpenSeekable(string path, ObservationReadOptions options, out string? problem)
    {
        problem = null;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);
        if (stream.CanSeek && new FileInfo(path).Length > 0)
        {
            return stream;
        }

        using (stream)
        {
            var copy = TextDecoding.ReadAll(stream, options.MaxBytes);
            if (copy is null)
            {
                problem = $"The input is larger than {options.MaxBytes} bytes, the most accepted.";
            }

            return copy;
        }
    }

    /// <summary>The same options without strict mode (for a reader whose caller adds notes before finishing).</summary>
    internal static ObservationReadOptions Lenient(ObservationReadOptions options) => options.Strict
        ? new() { Catalog = options.Catalog, MaxBytes = options.MaxBytes, Encoding = options.Encoding, Separator = options.Separator }
        : options;

    /// <summary>A result with one problem for the whole input.</summary>
    internal static ReadResult<IReadOnlyList<Observation>> Refused(string name, string message, ObservationReadOptions options)
        => Finish(new([], [new ReadProblem(name, 0, null, null, message)]), options);

    /// <summary>The result as it is, or an exception listing every problem in strict mode.</summary>
    internal static ReadResult<IReadOnlyList<Observation>> Finish(ReadResult<IReadOnlyList<Observation>> result, ObservationReadOptions options)
    {
        if (options.Strict)
        {
            result.GetValueOrThrow();
        }

        return result;
    }
}
