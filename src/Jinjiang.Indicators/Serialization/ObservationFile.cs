using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Reads an observation file by its extension: delimited text (<c>.csv</c>, <c>.tsv</c>, and <c>.txt</c> as Excel's
/// "Unicode text" export saves it; comma, tab or semicolon) or JSON (<c>.json</c>).
/// </summary>
public static class ObservationFile
{
    /// <summary>Reads observations from a <c>.csv</c>, <c>.tsv</c>, <c>.txt</c> or <c>.json</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems (an unknown extension is a problem).</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static LoadResult<Observation> Read(string path, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        if (Directory.Exists(path) && FileLoad.Refuse(path, options ?? ObservationReadOptions.Default) is { } directory)
        {
            return directory;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".tsv" or ".txt" => ObservationCsv.ReadFile(path, options),
            ".xlsx" or ".xls" => FileLoad.Refused(Path.GetFileName(path), "Excel workbooks are read by the Jinjiang.Indicators.Excel package (ObservationWorkbook.ReadFile), and by the command-line tool.", options ?? ObservationReadOptions.Default),
            ".json" => ObservationJson.ReadFile(path, options),
            _ => Unknown(path, options ?? ObservationReadOptions.Default),
        };
    }

    private static LoadResult<Observation> Unknown(string path, ObservationReadOptions options)
        => FileLoad.Finish(new LoadResult<Observation>([], [new LoadProblem(Path.GetFileName(path), 0, null, null, $"Expected a .csv, .tsv, .txt or .json observation file, not '{Path.GetExtension(path)}'.")]), options);
}
