using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization.Decoding;
using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Utility;
using NodaTime;
using Sylvan.Data.Csv;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Observations in CSV, the format offices export from Excel: a header with <c>indicator,date,value,unit</c> and
/// optional <c>period,area,component,status,source,note</c> columns in any order; UTF-8 with or without a BOM; <c>.</c>
/// decimals; ISO dates. For delivery targets the value is the cumulative amount at the date.
/// </summary>
public static class ObservationCsv
{
    private static readonly IReadOnlyList<string> Required = ObservationColumnNames.Required;
    private static readonly IReadOnlyList<string> Optional = ObservationColumnNames.Optional;

    /// <summary>The header line the writer produces.</summary>
    internal static string Header { get; } = string.Join(",", Required.Concat(Optional));

    /// <summary>Reads a CSV file; every valid row is kept and every problem reported with its line and column.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> ReadFile(string path, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options = ObservationReadOptions.For(catalog, options);
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

        TextReader Open()
        {
            stream.Position = source.BomLength;
            return new StreamReader(stream, source.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 65536, leaveOpen: true);
        }

        // The list is made about its size once rather than grown by copying: a row (id, date, value, unit, area) is
        // rarely under 40 bytes; a list much larger than the rows read is trimmed.
        var result = Read(Open, name, FileLoad.Lenient(options), (int)Math.Min(stream.Length / 40, 1 << 24));
        result = source.Note is { } note ? new ReadResult<IReadOnlyList<Observation>>(result.Value, result.Problems) { Notes = [note] } : result;
        return FileLoad.Finish(result, options);
    }

    /// <summary>Reads CSV text; every valid row is kept and every problem reported with its line and column.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in problems (usually the file name).</param>
    /// <param name="catalog">The indicators rows must belong to (unknown ids, units of the wrong dimension and coverage outside 0..100% are problems), or <see langword="null"/> to check only the format.</param>
    /// <param name="options">How to check rows, or <see langword="null"/> for <see cref="ObservationReadOptions.Default"/>.</param>
    /// <returns>The observations and the problems.</returns>
    /// <exception cref="InvalidDataException">In strict mode, when there is any problem.</exception>
    public static ReadResult<IReadOnlyList<Observation>> Read(TextReader reader, string sourceName, IndicatorCatalog? catalog, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(sourceName);

        // The text is kept so that reading can resume after a malformed record.
        options = ObservationReadOptions.For(catalog, options);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            return FileLoad.Finish(new([], [Undecodable(sourceName, e)]), options);
        }

        // One row per line at most: the list is made at its size once, not grown by copying (a vectorized count).
        return Read(() => new StringReader(text), sourceName, options, text.AsSpan().Count('\n'));
    }

    private static ReadResult<IReadOnlyList<Observation>> Read(Func<TextReader> open, string sourceName, ObservationReadOptions options, int expectedRows = 0)
    {
        var problems = new List<ReadProblem>();
        // Rows are appended to columns, not made into an object each: the list hands out each row's object when asked.
        var items = new ObservationSet.Columns(expectedRows);
        ReadResult<IReadOnlyList<Observation>> Result()
        {
            items.TrimExcess();

            return FileLoad.Finish(new ReadResult<IReadOnlyList<Observation>>(items, problems), options);
        }

        var parser = new ObservationFieldParser(options.Catalog, sourceName, problems);
        try
        {
            var resumeAfter = 0;
            var malformed = 0;
            do
            {
                using (var reader = open())
                {
                    if (Skip(reader, resumeAfter) is not { } rest)
                    {
                        break; // nothing after the malformed row
                    }

                    resumeAfter = ReadRows(rest, resumeAfter, sourceName, options, parser, items, problems);
                }

                if (resumeAfter != 0 && ++malformed > MaxMalformedRows)
                {
                    problems.Add(new ReadProblem(sourceName, Math.Abs(resumeAfter), null, null, ReadMessages.TooManyMalformed(MaxMalformedRows)));
                    break;
                }

                if (resumeAfter < 0)
                {
                    // The reader failed before the first record: the header itself, or the record after it.
                    var after = -1 - resumeAfter;
                    using var reader = open();
                    var header = reader.ReadLine() ?? string.Empty;
                    if (!HeaderReads(header, options))
                    {
                        problems.Add(new ReadProblem(sourceName, 1, null, null, ReadMessages.MalformedHeader));
                        resumeAfter = 0;
                    }
                    else
                    {
                        resumeAfter = Math.Max(after, 1) + 1;
                        problems.Add(MalformedRow(sourceName, resumeAfter));
                    }
                }
            }
            while (resumeAfter > 0);
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(Undecodable(sourceName, e));
        }

        return Result();
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
                o.IndicatorId.Value, IsoDate.Format(o.Date), value, o.Value.Unit.Symbol, o.Period is { } p ? SdmxPeriod.Format(p) : string.Empty,
                o.Area ?? string.Empty, o.Component ?? string.Empty, ObservationFieldParser.StatusText(o.Status), o.Source ?? string.Empty, o.Note ?? string.Empty,
            ];
            writer.Write(string.Join(",", cells.Select(Quote)));
            writer.Write('\n');
        }
    }

    private const int MaxMalformedRows = 100;

    /// <summary>Whether a header line alone reads as a header (no unclosed quote, not over 1 MiB).</summary>
    private static bool HeaderReads(string header, ObservationReadOptions options)
    {
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(header + "\n"), new CsvDataReaderOptions { HasHeaders = true, Delimiter = options.Separator, MaxBufferSize = 1 << 20 });
            return true;
        }
        catch (CsvFormatException)
        {
            return false;
        }
    }

    private static ReadProblem MalformedRow(string sourceName, int line)
        => new(sourceName, line, null, null, "Malformed row: a quoted cell is not closed (a \" without its closing \"), or the row is longer than 1 MiB; reading resumes on the next line.");

    private static ReadProblem Undecodable(string sourceName, DecoderFallbackException e)
        => new(sourceName, 0, null, null, $"The text cannot be decoded (byte 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2}); save it as UTF-8 or GB18030, or name its encoding.");

    /// <summary>
    /// The reader as it is, or the header line followed by the lines after <paramref name="skipThrough"/> (to resume
    /// after a malformed record); null when no line follows.
    /// </summary>
    private static TextReader? Skip(TextReader reader, int skipThrough)
    {
        if (skipThrough <= 0)
        {
            return reader;
        }

        var header = reader.ReadLine() ?? string.Empty;
        for (var line = 2; line <= skipThrough; line++)
        {
            if (reader.ReadLine() is null)
            {
                return null;
            }
        }

        return reader.Peek() < 0 ? null : new PrefixedReader(header + "\n", reader);
    }

    /// <summary>
    /// Reads the records; returns 0 when the text is read to its end, or the physical line of a malformed record
    /// (reported) after which reading resumes.
    /// </summary>
    private static int ReadRows(TextReader reader, int resumedAfter, string sourceName, ObservationReadOptions options, ObservationFieldParser parser, ObservationSet.Columns items, List<ReadProblem> problems)
    {
        if (reader.Peek() < 0)
        {
            if (resumedAfter == 0)
            {
                problems.Add(new ReadProblem(sourceName, 0, null, null, ReadMessages.FileEmpty(Required)));
            }

            return 0;
        }

        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = options.Separator, MaxBufferSize = 1 << 20 });
        }
        catch (CsvFormatException)
        {
            // The header or the first record after it (the reader reads ahead): the caller tells them apart.
            return -1 - resumedAfter;
        }

        using var disposeCsv = csv;
        if (HeaderColumns(csv, sourceName, resumedAfter == 0 ? problems : []) is not { } columns)
        {
            return 0;
        }

        int Ordinal(string name) => columns.TryGetValue(name, out var i) ? i : -1;
        var (cIndicator, cDate, cValue, cUnit) = (Ordinal("indicator"), Ordinal("date"), Ordinal("value"), Ordinal("unit"));
        var (cArea, cComponent, cStatus, cSource, cNote) = (Ordinal("area"), Ordinal("component"), Ordinal("status"), Ordinal("source"), Ordinal("note"));
        var cPeriod = Ordinal("period");
        string? Cell(int i) => i >= 0 && i < csv.RowFieldCount ? csv.GetString(i) : null;
        // Cells that repeat from row to row come from a pool; dates and values are mostly unique.
        var pool = new StringPool();
        var previous = new string?[csv.FieldCount]; // the column's cell on the previous row: the usual next value
        string? Pooled(int i)
        {
            if (i < 0 || i >= csv.RowFieldCount)
            {
                return null;
            }

            var span = csv.GetFieldSpan(i);
            return previous[i] is { } last && span.SequenceEqual(last) ? last : previous[i] = pool.Get(span);
        }

        Func<string?> dateText = () => Cell(cDate);
        Func<string?> valueText = () => Cell(cValue);
        // Physical line numbers: a quoted cell may span lines, so each record advances by its own line breaks.
        var next = resumedAfter + 1 < 2 ? 2 : resumedAfter + 1;
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    return 0;
                }
            }
            catch (CsvFormatException)
            {
                // The record starting here never ends well (a quote without its closing quote, or a row over 1 MiB):
                // it is reported at its first physical line, and reading resumes on the next line.
                problems.Add(MalformedRow(sourceName, next));
                return next;
            }

            var line = next;
            next += 1 + NewLines(csv);
            if (csv.RowFieldCount == 1 && csv.GetFieldSpan(0).IsWhiteSpace())
            {
                continue; // a blank line
            }

            if (csv.RowFieldCount > csv.FieldCount)
            {
                problems.Add(new ReadProblem(sourceName, line, null, null, ReadMessages.CellCount(csv.RowFieldCount, csv.FieldCount)));
                continue;
            }

            // The date and the number are read in place; their text is made only if a message or a class needs it.
            LocalDate? date = cDate < csv.RowFieldCount && IsoDate.TryParse(csv.GetFieldSpan(cDate), out var d) ? d : null;
            double? number = cValue < csv.RowFieldCount && double.TryParse(csv.GetFieldSpan(cValue), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
            var fields = new ObservationFields(Pooled(cIndicator), date is null ? Cell(cDate) : null, number is null ? Cell(cValue) : null, Pooled(cUnit), Pooled(cArea), Pooled(cComponent), Pooled(cStatus), Pooled(cSource), Pooled(cNote))
            {
                Period = Cell(cPeriod),
                ParsedDate = date,
                Number = number,
                DateText = date is null ? null : dateText,
                ValueText = number is null ? null : valueText,
            };
            parser.Append(fields, line, f => f, items);
        }
    }

    /// <summary>The header's columns by canonical name, its problems reported; null when a required column is missing.</summary>
    private static Dictionary<string, int>? HeaderColumns(CsvDataReader csv, string sourceName, List<ReadProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var written = csv.GetName(i).Trim().TrimStart('\uFEFF');
            var name = ObservationColumnNames.Canonical(written) ?? written;
            if (!Required.Contains(name, StringComparer.OrdinalIgnoreCase) && !Optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ReadProblem(sourceName, 1, written, null, ReadMessages.UnknownColumn(Required, Optional, string.Join("、", Required.Concat(Optional).Select(ObservationColumnNames.HeaderChinese)))));
                continue;
            }

            if (!columns.TryAdd(name, i))
            {
                problems.Add(new ReadProblem(sourceName, 1, name, null, ReadMessages.ColumnTwice));
            }
        }

        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ReadProblem(sourceName, 1, null, null, ReadMessages.MissingColumns(missing, Required, csv.FieldCount == 1)));
            return null;
        }

        return columns;
    }

    /// <summary>The line breaks inside the record's quoted cells (its raw text's, less the one that ends it).</summary>
    private static int NewLines(CsvDataReader csv)
    {
        // A record without quotes is its cells, the separators and the line break that ends it; only a quoted cell
        // can hold a line break, so the raw text is searched only when it is longer than that.
        var raw = csv.GetRawRecordSpan();
        var plain = csv.RowFieldCount - 1;
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            plain += csv.GetFieldSpan(i).Length;
        }

        plain += raw.EndsWith("\r\n") ? 2 : raw.Length > 0 && raw[^1] is '\n' or '\r' ? 1 : 0;
        if (raw.Length <= plain)
        {
            return 0;
        }

        var count = raw.Count('\n');
        return raw.Length > 0 && raw[^1] == '\n' ? count - 1 : count;
    }

    private static string Quote(string cell) => cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
