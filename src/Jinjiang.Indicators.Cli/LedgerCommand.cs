using System.CommandLine;
using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Reporting;
using NodaTime;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>ledger</c> command: the monthly ledger (台账) of a catalog over a span of months.</summary>
internal static class LedgerCommand
{
    internal static readonly string[] Formats = ["markdown", "csv", "html", "xlsx"];

    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var observations = OfficeInputs.ObservationsOption();
        var from = CliParsers.MonthOption("--from", "The first month, yyyy-MM. Default: January of the year of the last month.");
        var to = CliParsers.MonthOption("--to", "The last month, yyyy-MM. Default: the month of the latest observation.");
        var format = new Option<string?>("--format", "-f") { Description = "markdown, csv, html or xlsx. Default: from the --output file's extension, else markdown." };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output") { Description = "Write the ledger to this file (required for xlsx) instead of standard output." };
        var language = ChineseByDefault();
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON) instead of the built-in 2023 catalog." };
        var breakdown = OfficeInputs.BreakdownOption();
        var encoding = CliOptions.EncodingOption();
        var separator = CliOptions.SeparatorOption();
        var maxSize = CliOptions.MaxSizeOption();
        var command = new Command("ledger", "Writes the monthly ledger (台账): one row per promise or part, lead unit first; per month end the value reported, completion rate (完成率), time elapsed (时间进度) and grade; a month whose return is missing reads 未报送.\n" + ExitCodes.Help)
        {
            observations, from, to, format, output, language, catalogFile, breakdown, encoding, separator, maxSize,
        };
        command.SetAction(parse =>
        {
            var (first, last) = (parse.GetValue(from), parse.GetValue(to));
            var path = parse.GetValue(output);
            if (ResolveFormat(path, parse.GetValue(format), Formats, "xlsx", "a workbook", stderr) is not { } fmt
                || (path is not null && !OutputFile.Check(path, [.. parse.GetValue(observations) ?? [], parse.GetValue(catalogFile), parse.GetValue(breakdown)], stderr)))
            {
                return ExitCodes.InvalidInput;
            }

            var lang = CliOptions.Language(parse.GetValue(language)!);
            if (OfficeInputs.Load(parse, catalogFile, breakdown, observations, encoding, separator, maxSize, stderr, lang == ReportLanguage.Chinese) is not { } inputs)
            {
                return ExitCodes.InvalidInput;
            }

            var notes = inputs.Notes.ToList();
            // The month of the latest observation; with none, December of the report's year (the whole year to fill in).
            var chosen = inputs.Catalog.ChooseAsOf(null, inputs.Observations);
            var lastWanted = last ?? (chosen is { Source: AsOfSource.LatestObservation } ? chosen.Date.ToYearMonth() : inputs.Catalog.Report is { } report ? new YearMonth(report.Year, 12) : chosen?.Date.ToYearMonth());
            if (lastWanted is not { } end)
            {
                stderr.WriteLine("--to: the catalog is empty and there is no observation to take the month from; pass --to.");
                return ExitCodes.InvalidInput;
            }

            var start = first ?? new YearMonth(end.Year, 1);
            if (start.CompareTo(end) > 0)
            {
                stderr.WriteLine($"--from {start.ToString("yyyy-MM", CultureInfo.InvariantCulture)} is after --to {end.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.");
                return ExitCodes.InvalidInput;
            }

            if (((end.Year - start.Year) * 12) + end.Month - start.Month >= 120)
            {
                stderr.WriteLine("A ledger spans at most 120 months; narrow --from and --to.");
                return ExitCodes.InvalidInput;
            }

            var ledger = Ledger.Create(inputs.Catalog.All, inputs.Observations, start, end);
            notes.ForEach(stderr.WriteLine);
            if (!Emit(fmt, path, stdout, stderr, stream => Excel.LedgerWorkbook.Write(stream, ledger, lang), () => fmt switch
            {
                "csv" => LedgerRenderer.ToCsv(ledger, lang),
                "html" => LedgerRenderer.ToHtml(ledger, lang),
                _ => LedgerRenderer.ToMarkdown(ledger, lang),
            }))
            {
                return ExitCodes.InvalidInput;
            }

            var missing = ledger.Rows.Sum(r => r.Cells.Count(c => c.State == ReturnState.Missing));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ledger {start:yyyy-MM}..{end:yyyy-MM}: {ledger.Rows.Count} row(s), {ledger.Months.Count} month(s), {missing} missing return(s)."));
            return inputs.Problems > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    internal static Option<string> ChineseByDefault()
    {
        var option = new Option<string>("--language", "-l") { Description = "Chinese (zh, the default for office documents) or English (en).", DefaultValueFactory = _ => "zh" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    /// <summary>
    /// The format of an office document's output: --format, else the --output file's extension, else markdown; null
    /// (with the reason printed) when the extension tells none of the allowed formats, or the binary one has no file.
    /// </summary>
    internal static string? ResolveFormat(string? path, string? format, string[] allowed, string binary, string what, TextWriter stderr)
    {
        var extensions = string.Join(", ", allowed.Select(f => f == "markdown" ? ".md" : "." + f));
        var fmt = format ?? (path is null ? "markdown" : FormatOf(path));
        if (fmt is null || !allowed.Contains(fmt))
        {
            stderr.WriteLine($"--output: the format cannot be told from '{Path.GetFileName(path)}'; name a {extensions} file, or pass --format.");
            return null;
        }

        if (fmt == binary && path is null)
        {
            stderr.WriteLine($"--format {binary}: {what} needs --output FILE.{binary}.");
            return null;
        }

        return fmt;
    }

    internal static string? FormatOf(string? path) => Path.GetExtension(path ?? string.Empty).ToLowerInvariant() switch
    {
        ".xlsx" => "xlsx",
        ".docx" => "docx",
        ".csv" => "csv",
        ".html" or ".htm" => "html",
        ".md" or ".markdown" => "markdown",
        _ => null,
    };

    /// <summary>Writes a binary format (through <paramref name="binary"/>) or text to a file or standard output.</summary>
    internal static bool Emit(string format, string? path, TextWriter stdout, TextWriter stderr, Action<Stream> binary, Func<string> text)
    {
        var isBinary = format is "xlsx" or "docx";
        if (path is null)
        {
            stdout.Write(text());
            return true;
        }

        var ok = isBinary
            ? OutputFile.Write(path, binary, stderr, binary: true)
            : OutputFile.Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text())), stderr);
        if (ok)
        {
            stderr.WriteLine($"Wrote {path}.");
        }

        return ok;
    }
}
