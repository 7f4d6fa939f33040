using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Observations in CSV, the format offices export from Excel: a header with <c>indicator,date,value,unit</c> and
/// optional <c>period,area,component,status,source,note</c> columns in any order; UTF-8 with or without a BOM; <c>.</c>
/// decimals; ISO dates. For delivery targets the value is the cumulative amount at the date.
/// </summary>
public static class ObservationCsv
{
    private static readonly string[] Required = ["indicator", "date", "value", "unit"];
    private static readonly string[] Optional = ["period", "area", "component", "status", "source", "note"];

    /// <summary>The header line the writer produces.</summary>
    public static string Header { get; } = string.Join(",", Required.Concat(Optional));

    /// <summary>Reads a CSV file; every valid row is kept and every problem reported with its line and column.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static LoadResult<Observation> ReadFile(string path, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= ObservationReadOptions.Default;
        if (FileLoad.Refuse(path, options) is { } refused)
        {
            return refused;
        }

        var name = Path.GetFileName(path);
        using var stream = FileLoad.OpenSeekable(path, options, out var tooLarge);
        if (stream is null)
        {
            return FileLoad.Refused(name, tooLarge!, options);
        }

        if (TextDecoding.Detect(stream, options.Encoding, options.MaxBytes, out var problem) is not { } source)
        {
            return FileLoad.Refused(name, problem!, options);
        }

        stream.Position = source.BomLength;
        using var reader = new StreamReader(stream, source.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 65536);
        var result = Read(reader, name, FileLoad.Lenient(options));
        result = source.Note is { } note ? new LoadResult<Observation>(result.Items, result.Problems) { Notes = [note] } : result;
        return FileLoad.Finish(result, options);
    }

    /// <summary>Reads CSV text; every valid row is kept and every problem reported with its line and column.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in problems (usually the file name).</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static LoadResult<Observation> Read(TextReader reader, string sourceName, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(sourceName);
        options ??= ObservationReadOptions.Default;
        var problems = new List<LoadProblem>();
        var items = new List<Observation>();
        try
        {
            ReadRows(reader, sourceName, options, items, problems);
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(new LoadProblem(sourceName, 0, null, null, $"The text cannot be decoded (byte 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2}); save it as UTF-8 or GB18030, or name its encoding."));
        }
        catch (CsvFormatException e)
        {
            problems.Add(new LoadProblem(sourceName, e.RowNumber, null, null, "Malformed CSV: " + e.Message));
        }

        return FileLoad.Finish(new LoadResult<Observation>(items, problems), options);
    }

    /// <summary>Writes observations as CSV with the full header, invariant culture, ISO dates.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="observations">The observations.</param>
    public static void Write(TextWriter writer, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(observations);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var o in observations)
        {
            var value = o.Value.Kind switch
            {
                Quantities.QuantityKind.QualityClass => Quantities.QualityClass.FromOrdinal((int)o.Value.Value).ToLatinString(),
                Quantities.QuantityKind.Completion => o.Value.Value >= 0.5 ? "done" : "not-done",
                _ => o.Value.Value.ToString("R", CultureInfo.InvariantCulture),
            };
            string[] cells =
            [
                o.Indicator.Value, IsoDate.Format(o.Date), value, o.Value.Unit.Symbol, o.Period is { } p ? SdmxPeriod.Format(p) : string.Empty,
                o.Area ?? string.Empty, o.Component ?? string.Empty, ObservationFieldParser.StatusText(o.Status), o.Source ?? string.Empty, o.Note ?? string.Empty,
            ];
            writer.Write(string.Join(",", cells.Select(Quote)));
            writer.Write('\n');
        }
    }

    private static void ReadRows(TextReader reader, string sourceName, ObservationReadOptions options, List<Observation> items, List<LoadProblem> problems)
    {
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = options.Separator, MaxBufferSize = 1 << 20 });
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetName(i).Trim().TrimStart('\uFEFF');
            if (!Required.Contains(name, StringComparer.OrdinalIgnoreCase) && !Optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new LoadProblem(sourceName, 1, name, null, $"Unknown column; expected {string.Join(", ", Required)} and optionally {string.Join(", ", Optional)}."));
                continue;
            }

            if (!columns.TryAdd(name, i))
            {
                problems.Add(new LoadProblem(sourceName, 1, name, null, "The column appears twice in the header."));
            }
        }

        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new LoadProblem(sourceName, 1, null, null, $"The header lacks the required column(s) {string.Join(", ", missing)}; expected {string.Join(",", Required)}."));
            return;
        }

        var parser = new ObservationFieldParser(options.Catalog, sourceName, problems);
        int Ordinal(string name) => columns.TryGetValue(name, out var i) ? i : -1;
        var (cIndicator, cDate, cValue, cUnit) = (Ordinal("indicator"), Ordinal("date"), Ordinal("value"), Ordinal("unit"));
        var (cArea, cComponent, cStatus, cSource, cNote) = (Ordinal("area"), Ordinal("component"), Ordinal("status"), Ordinal("source"), Ordinal("note"));
        var cPeriod = Ordinal("period");
        string? Cell(int i) => i >= 0 && i < csv.RowFieldCount ? csv.GetString(i) : null;
        // Cells that repeat from row to row come from a pool; dates and values are mostly unique.
        var pool = new StringPool();
        string? Pooled(int i) => i >= 0 && i < csv.RowFieldCount ? pool.Get(csv.GetFieldSpan(i)) : null;
        // Physical line numbers: a quoted cell may span lines, so each record advances by its own line breaks.
        var next = 2;
        while (csv.Read())
        {
            var line = next;
            next += 1 + NewLines(csv);
            if (csv.RowFieldCount == 1 && csv.GetFieldSpan(0).IsWhiteSpace())
            {
                continue; // a blank line
            }

            if (csv.RowFieldCount > csv.FieldCount)
            {
                problems.Add(new LoadProblem(sourceName, line, null, null, $"The row has {csv.RowFieldCount} cells; the header has {csv.FieldCount}."));
                continue;
            }

            var fields = new ObservationFields(Pooled(cIndicator), Cell(cDate), Cell(cValue), Pooled(cUnit), Pooled(cArea), Pooled(cComponent), Pooled(cStatus), Pooled(cSource), Pooled(cNote)) { Period = Cell(cPeriod) };
            if (parser.Parse(fields, line, f => f) is { } observation)
            {
                items.Add(observation);
            }
        }
    }

    /// <summary>The line breaks inside the record's quoted cells (its raw text's, less the one that ends it).</summary>
    private static int NewLines(CsvDataReader csv)
    {
        var raw = csv.GetRawRecordSpan();
        var count = raw.Count('\n');
        return raw.Length > 0 && raw[^1] == '\n' ? count - 1 : count;
    }

    private static string Quote(string cell) => cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
