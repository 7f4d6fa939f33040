namespace Jinjiang.Indicators.Serialization;

/// <summary>What every observation reader does around the format itself: the file checks and strict mode.</summary>
internal static class FileLoad
{
    /// <summary>A result with the one problem that stops a file from being read (missing, too large), or null to go on.</summary>
    internal static LoadResult<Observation>? Refuse(string path, ObservationReadOptions options)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return Finish(new([], [new LoadProblem(name, 0, null, null, "The file does not exist.")]), options);
        }

        var length = new FileInfo(path).Length;
        return length > options.MaxBytes
            ? Finish(new([], [new LoadProblem(name, 0, null, null, $"The file is {length} bytes; at most {options.MaxBytes} are accepted.")]), options)
            : null;
    }

    /// <summary>The result as it is, or an exception listing every problem in strict mode.</summary>
    internal static LoadResult<Observation> Finish(LoadResult<Observation> result, ObservationReadOptions options)
    {
        if (options.Strict)
        {
            result.GetItemsOrThrow();
        }

        return result;
    }
}
