using System.Globalization;
using ExcelDataReader;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using NodaTime.Text;

namespace Jinjiang.Indicators.Excel;

/// <summary>
/// Observations in an Excel workbook (<c>.xlsx</c>), as offices keep them and as the reporting template comes back:
/// on any sheet, a header row with the columns of the CSV format (<c>indicator</c>, <c>date</c>, <c>value</c>,
/// <c>unit</c>, and optionally <c>period</c>, <c>area</c>, <c>component</c>, <c>status</c>, <c>source</c>,
/// <c>note</c>), in any order, then one row per observation. Dates may be Excel dates or ISO text; numbers are
/// numbers. Every problem names the sheet and the cell (<c>Sheet1!C7</c>); every valid row is kept. The template's
/// own columns (<c>name</c>, <c>target</c>, <c>deadline</c>) are read over, and a row with neither date nor value is
/// a row not filled in.
/// </summary>
public static class ObservationWorkbook
{
    private static readonly string[] Required = ["indicator", "date", "value", "unit"];

    // ExcelDataReader's configuration asks for code page 1252 even for .xlsx; the framework's code-page provider
    // (part of .NET) supplies it. Registering it adds encodings and changes nothing else.
    static ObservationWorkbook() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    private static readonly string[] Optional = ["period", "area", "component", "status", "source", "note"];
    private static readonly string[] TemplateColumns = ["name", "target", "deadline", "basis", "名称", "目标", "期限"];

    /// <summary>Reads a workbook file.</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> ReadFile(string path, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ObservationReadOptions.Default;
        if (options.RefuseFile(path) is { } refused)
        {
            return Finish(new([], [refused]), options); // missing, a directory, or too large: the same checks and words as every reader
        }

        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), catalog, options);
    }

    /// <summary>Reads a workbook from a stream.</summary>
    /// <param name="stream">The <c>.xlsx</c> content.</param>
    /// <param name="sourceName">The name used in problems (the file name).</param>
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> Read(Stream stream, string sourceName, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ObservationReadOptions.Default;
        var problems = new List<ReadProblem>();
        var notes = new List<string>();
        var items = new List<Observation>();
        try
        {
            // The parts are looked at first (unpacked sizes, shared strings), then read; a pipe is read into memory.
            var seekable = stream.CanSeek ? stream : Buffered(stream);
            if (WorkbookParts.Problem(seekable, options.MaxUnpackedBytes) is { } partProblem)
            {
                problems.Add(new ReadProblem(sourceName, 0, null, null, partProblem));
                return Finish(new(items, problems) { Notes = notes }, options);
            }

            using var reader = ExcelReaderFactory.CreateOpenXmlReader(seekable);
            var parser = new ObservationRecordReader(catalog, sourceName);
            var sheetsWithHeader = 0;
            do
            {
                // Hidden and very hidden sheets (a 草稿 sheet, last year's data) are skipped and named, unless asked for.
                if (!options.ReadHiddenSheets && reader.VisibleState is { } state && !string.Equals(state, "visible", StringComparison.OrdinalIgnoreCase))
                {
                    notes.Add($"Sheet '{reader.Name}' is {(string.Equals(state, "veryhidden", StringComparison.OrdinalIgnoreCase) ? "very hidden" : "hidden")}: skipped (set ObservationReadOptions.ReadHiddenSheets to read it).");
                    continue;
                }

                if (ReadSheet(reader, sourceName, parser, items, problems))
                {
                    sheetsWithHeader++;
                }
            }
            while (reader.NextResult());

            if (sheetsWithHeader == 0)
            {
                problems.Add(new ReadProblem(sourceName, 0, null, null, WorkbookMessages.NoObservationHeader(Required)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            problems.Add(new ReadProblem(sourceName, 0, null, null, WorkbookMessages.Unreadable(e.Message)));
        }

        return Finish(new(items, problems) { Notes = notes }, options);
    }

    private static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Reads one sheet; false when it has no header row (a sheet of notes, say).</summary>
    private static bool ReadSheet(IExcelDataReader reader, string sourceName, ObservationRecordReader parser, List<Observation> items, List<ReadProblem> problems)
    {
        var sheet = reader.Name;
        Dictionary<string, int>? columns = null;
        var row = 0;
        while (reader.Read())
        {
            row++;
            if (columns is null)
            {
                // The header is the first row that names the required columns (a title may stand above it).
                // English or Chinese headers, or both (数值 (value), as the Chinese template writes them).
                var written = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))?.Trim() ?? string.Empty).ToArray();
                var names = written.Select(w => ObservationColumnNames.Canonical(w) ?? w.ToLowerInvariant()).ToArray();
                if (Required.All(r => names.Contains(r)))
                {
                    columns = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var i = 0; i < names.Length; i++)
                    {
                        if (names[i].Length == 0 || TemplateColumns.Contains(names[i]))
                        {
                            continue;
                        }

                        if (!Required.Contains(names[i]) && !Optional.Contains(names[i]))
                        {
                            problems.Add(new ReadProblem(sourceName, 0, Cell(sheet, i, row), written[i], WorkbookMessages.UnknownColumn(Required, Optional)));
                        }
                        else if (!columns.TryAdd(names[i], i))
                        {
                            problems.Add(new ReadProblem(sourceName, 0, Cell(sheet, i, row), written[i], WorkbookMessages.ColumnTwice));
                        }
                    }
                }

                continue;
            }

            string? Get(string column) => columns.TryGetValue(column, out var i) && i < reader.FieldCount ? Text(reader.GetValue(i)) : null;
            var date = reader.GetValue(columns["date"]) is DateTime excelDate ? LocalDatePattern.Iso.Format(NodaTime.LocalDate.FromDateTime(excelDate)) : Get("date");
            var valueCell = columns["value"] < reader.FieldCount ? reader.GetValue(columns["value"]) : null;
            var indicator = Get("indicator");
            if (string.IsNullOrWhiteSpace(date) && (valueCell is null || Text(valueCell) is not { Length: > 0 }))
            {
                continue; // a row not filled in (or blank)
            }

            if (string.IsNullOrWhiteSpace(indicator) && string.IsNullOrWhiteSpace(date) && string.IsNullOrWhiteSpace(Get("unit")))
            {
                continue;
            }

            var record = new ObservationRecord(indicator, date, valueCell is double ? null : Text(valueCell), Get("unit"))
            {
                Number = valueCell is double number ? number : null,
                Period = Get("period"),
                Area = Get("area"),
                Component = Get("component"),
                Status = Get("status"),
                Source = Get("source"),
                Note = Get("note"),
            };
            var at = row;
            if (parser.Read(record, field => Cell(sheet, columns.TryGetValue(field, out var c) ? c : 0, at) + " " + field, problems) is { } observation)
            {
                items.Add(observation);
            }
        }

        return columns is not null;
    }

    /// <summary>A cell's text: numbers in the invariant culture, dates as ISO dates, booleans as true/false.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => LocalDatePattern.Iso.Format(NodaTime.LocalDate.FromDateTime(t)),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A cell's name: <c>Sheet1!C7</c>.</summary>
    internal static string Cell(string sheet, int column, int row) => sheet + "!" + ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A column's letters: 0 is A, 26 is AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    private static ReadResult<IReadOnlyList<Observation>> Finish(ReadResult<IReadOnlyList<Observation>> result, ObservationReadOptions options)
        => options.Strict ? new(result.GetValueOrThrow(), []) : result;
}
