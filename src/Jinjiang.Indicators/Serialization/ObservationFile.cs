using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization.Rows;
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
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems (an unknown extension is a problem).</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> Read(string path, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        if (Directory.Exists(path) && FileLoad.Refuse(path, options ?? ObservationReadOptions.Default) is { } directory)
        {
            return directory;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".tsv" or ".txt" => ObservationCsv.ReadFile(path, catalog, options),
            ".xlsx" or ".xls" => FileLoad.Refused(Path.GetFileName(path), "Excel workbooks are read by the Jinjiang.Indicators.Excel package (ObservationWorkbook.ReadFile), and by the command-line tool.", options ?? ObservationReadOptions.Default),
            ".json" => ObservationJson.ReadFile(path, catalog, options),
            _ => Unknown(path, options ?? ObservationReadOptions.Default),
        };
    }

    /// <summary>
    /// Reads several observation files as one input: each file as <see cref="Read"/> reads it, then the files
    /// checked against one another. An observation that another file already has (the same indicator, date,
    /// period, area and component) is a problem naming both files, and the first file's is kept; targets that take
    /// several readings a day (response times, one row per incident) may repeat.
    /// </summary>
    /// <param name="paths">The files, in order.</param>
    /// <param name="catalog">The indicators rows must belong to, or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <param name="readFile">
    /// Reads one file, for formats other packages read (the Excel package's <c>ObservationWorkbook.ReadFile</c>);
    /// <see langword="null"/> for <see cref="Read"/>.
    /// </param>
    /// <returns>The observations of every file, every file's problems, and their notes prefixed with the file's name.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> ReadAll(
        IEnumerable<string> paths,
        IndicatorCatalog? catalog,
        ObservationReadOptions? options = null,
        Func<string, IndicatorCatalog?, ObservationReadOptions, ReadResult<IReadOnlyList<Observation>>>? readFile = null)
    {
        Preconditions.CheckNotNull(paths);
        options ??= ObservationReadOptions.Default;
        var lenient = FileLoad.Lenient(ObservationReadOptions.For(catalog, options));
        readFile ??= static (path, c, o) => Read(path, c, o);
        var problems = new List<ReadProblem>();
        var notes = new List<string>();
        var files = Preconditions.CheckNotNull(paths).ToList();
        var results = new List<ReadResult<IReadOnlyList<Observation>>>(files.Count);
        foreach (var path in files)
        {
            var name = Path.GetFileName(Preconditions.CheckNotNull(path));
            var result = readFile(path, catalog, lenient);
            problems.AddRange(result.Problems);
            notes.AddRange(result.Notes.Select(n => name + ": " + n));
            results.Add(result);
        }

        if (results.Count == 1)
        {
            // One file: its rows were checked for duplicates as they were read; its list is the result, not copied.
            return FileLoad.Finish(new ReadResult<IReadOnlyList<Observation>>(results[0].Value, problems) { Notes = notes }, options);
        }

        // Several files: a row that repeats one of an earlier file is a problem, and the earlier file's is kept.
        if (results.TrueForAll(r => r.Value is ObservationSet.Columns))
        {
            return FileLoad.Finish(new ReadResult<IReadOnlyList<Observation>>(MergeColumns(files, results, catalog, problems), problems) { Notes = notes }, options);
        }

        var items = new List<Observation>(results.Sum(r => r.Value.Count));
        var seen = new DuplicateCheck();
        for (var f = 0; f < results.Count; f++)
        {
            foreach (var o in results[f].Value)
            {
                if (!RepeatsAnotherFile(seen, files, f, catalog, problems, (o.IndicatorId, o.Area, o.Component, o.Date, o.Start), o.Status.IsProvisional()))
                {
                    items.Add(o);
                }
            }
        }

        return FileLoad.Finish(new ReadResult<IReadOnlyList<Observation>>(items, problems) { Notes = notes }, options);
    }

    /// <summary>Several files' columns as one, without making an observation per row; a row another file already has is a problem.</summary>
    private static ObservationSet.Columns MergeColumns(List<string> files, List<ReadResult<IReadOnlyList<Observation>>> results, IndicatorCatalog? catalog, List<ReadProblem> problems)
    {
        var merged = new ObservationSet.Columns(results.Sum(r => r.Value.Count));
        var seen = new DuplicateCheck();
        for (var f = 0; f < results.Count; f++)
        {
            var columns = (ObservationSet.Columns)results[f].Value;
            for (var row = 0; row < columns.Count; row++)
            {
                if (!RepeatsAnotherFile(seen, files, f, catalog, problems, columns.Identity(row), columns.StatusOf(row).IsProvisional()))
                {
                    merged.AddFrom(columns, row);
                }
            }
        }

        return merged;
    }

    /// <summary>
    /// Whether a row of file <paramref name="file"/> repeats one of an earlier file (the same indicator, date, period,
    /// area and component), reported as a problem naming both files; targets that take several readings a day may repeat.
    /// </summary>
    private static bool RepeatsAnotherFile(DuplicateCheck seen, List<string> files, int file, IndicatorCatalog? catalog, List<ReadProblem> problems, (IndicatorId Id, string? Area, string? Component, NodaTime.LocalDate Date, NodaTime.LocalDate Start) row, bool provisional)
    {
        var (id, area, component, date, start) = row;
        var several = catalog is not null && catalog.TryGet(id, out var indicator) && indicator.Target.AcceptsSeveralReadingsPerDay;
        if (several || seen.Add(id, area, component, date, start, file, provisional) is not { } firstIndex || firstIndex == file)
        {
            return false;
        }

        var first = Path.GetFileName(files[firstIndex]);
        var where = area ?? catalog?.Report?.Area ?? "the home area";
        problems.Add(new ReadProblem(Path.GetFileName(files[file]), 0, "date", IsoDate.Format(date), ReadMessages.DuplicateAcrossFiles(first, id, where, component)));
        return true;
    }

    private static ReadResult<IReadOnlyList<Observation>> Unknown(string path, ObservationReadOptions options)
        => FileLoad.Finish(new ReadResult<IReadOnlyList<Observation>>([], [new ReadProblem(Path.GetFileName(path), 0, null, null, ReadMessages.FileExtension(Path.GetExtension(path)))]), options);
}
