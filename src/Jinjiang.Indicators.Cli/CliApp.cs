using System.CommandLine;
using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluation;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;
using NodaTime;
using NodaTime.Text;

namespace Jinjiang.Indicators.Cli;

/// <summary>The command tree of <c>jinjiang-indicators</c>, runnable in-process with its own output writers (for tests).</summary>
internal static class CliApp
{
    private static readonly string[] ScorecardFormats = ["table", "json", "markdown", "html", "csv"];
    private static readonly string[] CatalogFormats = ["table", "json", "markdown"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var root = Build(stdout, stderr, interactive);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return root.Parse(args).Invoke(configuration);
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var root = new RootCommand(
            "Typed, evaluable targets from Chinese government work reports; built in: the 2023 report of Jinjiang District, Chengdu.\n" + ExitCodes.Help);
        root.Subcommands.Add(CatalogCommand(stdout));
        root.Subcommands.Add(EvaluateCommand(stdout, stderr, interactive));
        root.Subcommands.Add(ValidateCommand(stdout, stderr));
        root.Subcommands.Add(SchemaCommand(stdout));
        root.Subcommands.Add(ExtractCommand(stdout, stderr));
        root.Subcommands.Add(TemplateCommand(stderr));
        return root;
    }

    private static Option<string> FormatOption(string[] allowed, string description)
    {
        var option = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    private static Option<string> LanguageOption()
    {
        var option = new Option<string>("--language", "-l") { Description = "Labels in English (en) or Chinese (zh).", DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    private static Option<string?> EncodingOption() => new("--encoding")
    {
        Description = "The encoding of text files: utf-8, gb18030 (gbk, gb2312) or utf-16. Default: detected (byte order mark, else UTF-8, else GB18030), and said when it is not UTF-8.",
    };

    private static Option<string?> SeparatorOption() => new("--separator")
    {
        Description = "The separator of delimited text: comma, tab or semicolon (or the character itself). Default: detected from the header.",
    };

    /// <summary>The read options from --encoding and --separator, or null having said what is wrong.</summary>
    private static ObservationReadOptions? ReadOptions(string? encodingName, string? separatorName, IndicatorCatalog? catalog, TextWriter stderr)
    {
        System.Text.Encoding? encoding = null;
        if (encodingName is not null && !TextFile.TryGetEncoding(encodingName, out encoding))
        {
            stderr.WriteLine($"--encoding: '{encodingName}' is not an encoding this tool reads; expected utf-8, gb18030 (gbk, gb2312), utf-16 or utf-16be.");
            return null;
        }

        char? separator = separatorName?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "comma" or "," => ',',
            "tab" or "\\t" or "\t" => '\t',
            "semicolon" or ";" => ';',
            _ => (char)0,
        };
        if (separator == (char)0)
        {
            stderr.WriteLine($"--separator: '{separatorName}' is not a separator; expected comma, tab or semicolon.");
            return null;
        }

        return new ObservationReadOptions { Catalog = catalog, Encoding = encoding, Separator = separator };
    }

    private static ReportLanguage Language(string text) => text == "zh" ? ReportLanguage.Chinese : ReportLanguage.English;

    private static Command CatalogCommand(TextWriter stdout)
    {
        var format = FormatOption(CatalogFormats, "table, json (an array of indicators with id, name, nameEn, section, target, deadline, commitment, source) or markdown.");
        var language = LanguageOption();
        var command = new Command("catalog", "Lists the built-in catalog: every promise of the report, with its target, deadline, commitment and source sentence.") { format, language };
        command.SetAction(parse =>
        {
            var indicators = Jinjiang2023.Catalog.All;
            var text = parse.GetValue(format) switch
            {
                "json" => CatalogJson.ToJson(indicators) + "\n",
                "markdown" => CatalogRenderer.ToMarkdown(indicators),
                _ => CatalogRenderer.ToText(indicators, Language(parse.GetValue(language)!)),
            };
            stdout.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command EvaluateCommand(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var observations = new Option<string[]>("--observations", "-o")
        {
            Description = "Observation files (.csv or .json); repeat for several. Default: the built-in illustrative sample (not official data).",
            AllowMultipleArgumentsPerToken = true,
        };
        var asOf = new Option<string?>("--as-of") { Description = "The as-of date, yyyy-MM-dd. Default: the date of the latest observation (the tool never reads the clock)." };
        var format = FormatOption(ScorecardFormats, "table, json, markdown, html or csv.");
        var output = new Option<string?>("--output") { Description = "Write the scorecard to this file instead of standard output." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 2 when any evaluation has one of these statuses (comma-separated: met, not-met, on-track, at-risk, off-track, not-yet-due, no-data, not-evaluable)." };
        var strict = new Option<bool>("--strict") { Description = "Refuse to evaluate when any observation file has a problem." };
        var language = LanguageOption();
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON, as catalog --format json or extract --format catalog-json writes it) instead of the built-in 2023 catalog." };
        var encoding = EncodingOption();
        var separator = SeparatorOption();
        var command = new Command("evaluate", "Evaluates the catalog against observations at an as-of date and prints the scorecard.\n" + ExitCodes.Help)
        {
            observations, asOf, format, output, failOn, strict, language, catalogFile, encoding, separator,
        };
        command.SetAction(parse =>
        {
            var gate = new List<EvaluationStatus>();
            foreach (var part in (parse.GetValue(failOn) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!EvaluationStatusText.TryParse(part, out var status))
                {
                    stderr.WriteLine($"--fail-on: '{part}' is not a status; expected {string.Join(", ", EvaluationStatusText.All)}.");
                    return ExitCodes.InvalidInput;
                }

                gate.Add(status);
            }

            LocalDate? date = null;
            if (parse.GetValue(asOf) is { } asOfText)
            {
                var parsed = LocalDatePattern.Iso.Parse(asOfText);
                if (!parsed.Success)
                {
                    stderr.WriteLine($"--as-of: '{asOfText}' is not a date; expected yyyy-MM-dd.");
                    return ExitCodes.InvalidInput;
                }

                date = parsed.Value;
            }

            var catalog = Jinjiang2023.Catalog;
            if (parse.GetValue(catalogFile) is { } catalogPath)
            {
                if (LoadCatalog(catalogPath, stderr) is not { } fromFile)
                {
                    return ExitCodes.InvalidInput;
                }

                catalog = fromFile;
            }

            var files = parse.GetValue(observations) ?? [];
            if (ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), catalog, stderr) is not { } readOptions)
            {
                return ExitCodes.InvalidInput;
            }

            var (loaded, problems, sourceNote) = Load(files, catalog, readOptions, stderr, interactive);
            if (problems > 0 && parse.GetValue(strict))
            {
                stderr.WriteLine($"{problems} problem(s) in the observations; nothing evaluated (--strict).");
                return ExitCodes.InvalidInput;
            }

            var set = ObservationSet.Create(loaded);
            var effectiveAsOf = date ?? (loaded.Count > 0 ? loaded.Max(o => o.Date) : catalog.Report?.BindsFrom ?? Jinjiang2023.ReportDate);
            var asOfNote = date is null ? $"As-of date {effectiveAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: the latest observation (pass --as-of to choose)." : null;
            var scorecard = Scorecard.Create(catalog.All, set, effectiveAsOf);
            var lang = Language(parse.GetValue(language)!);
            var fmt = parse.GetValue(format) switch
            {
                "json" => ScorecardFormat.Json,
                "markdown" => ScorecardFormat.Markdown,
                "html" => ScorecardFormat.Html,
                "csv" => ScorecardFormat.Csv,
                _ => ScorecardFormat.Text,
            };
            var text = ScorecardRenderer.Render(scorecard, fmt, lang);
            var notes = new[] { sourceNote, asOfNote }.Where(n => n is not null).ToList();
            if (fmt is ScorecardFormat.Text or ScorecardFormat.Markdown)
            {
                text = string.Concat(notes.Select(n => (fmt == ScorecardFormat.Markdown ? "> " : string.Empty) + n + "\n")) + (notes.Count > 0 ? "\n" : string.Empty) + text;
            }
            else
            {
                notes.ForEach(stderr.WriteLine);
            }

            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
                stderr.WriteLine($"Wrote {path}.");
            }
            else
            {
                stdout.Write(text);
            }

            if (problems > 0)
            {
                return ExitCodes.InvalidInput;
            }

            if (gate.Count > 0 && scorecard.Any(gate))
            {
                var hits = scorecard.Evaluations.Where(e => gate.Contains(e.Status)).Select(e => e.Indicator.Id + " (" + e.Status.ToKebabCase() + ")");
                stderr.WriteLine("--fail-on: " + string.Join(", ", hits));
                return ExitCodes.FailOnTriggered;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static (List<Observation> Observations, int Problems, string? Note) Load(string[] files, IndicatorCatalog catalog, ObservationReadOptions options, TextWriter stderr, bool interactive)
    {
        if (files.Length == 0 && ReferenceEquals(catalog, Jinjiang2023.Catalog))
        {
            return ([.. SampleObservations.Jinjiang2023], 0, "Using the built-in illustrative sample observations (not official data); pass --observations FILE for real data.");
        }

        var all = new List<Observation>();
        var problems = 0;
        foreach (var file in files)
        {
            var large = interactive && File.Exists(file) && new FileInfo(file).Length > 4 * 1024 * 1024;
            if (large)
            {
                stderr.Write($"Reading {file} ({new FileInfo(file).Length / (1024 * 1024)} MiB)…");
            }

            var result = ReadObservations(file, options);
            if (large)
            {
                stderr.WriteLine($" {result.Items.Count} observations.");
            }

            foreach (var note in result.Notes)
            {
                stderr.WriteLine($"{Path.GetFileName(file)}: {note}");
            }

            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(problem);
            }

            problems += result.Problems.Count;
            all.AddRange(result.Items);
        }

        // Observations of several files must not repeat one another either.
        var duplicates = all.GroupBy(o => (o.Indicator, o.Date, o.Start, o.Area, o.Component)).Where(g => g.Count() > 1 && catalog.TryGet(g.Key.Indicator, out var i) && i.Target is not Targets.ResponseTimeTarget).ToList();
        foreach (var g in duplicates)
        {
            stderr.WriteLine($"{g.Key.Indicator} on {g.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} for {g.Key.Area ?? catalog.Report?.Area ?? "the home area"} appears in more than one file.");
        }

        return (all, problems + duplicates.Count, null);
    }

    /// <summary>An observation file of any kind the tool reads: delimited text, JSON, or an Excel workbook.</summary>
    private static LoadResult<Observation> ReadObservations(string file, ObservationReadOptions options)
        => Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Excel.ObservationWorkbook.ReadFile(file, options)
            : ObservationFile.Read(file, options);

    private static Command TemplateCommand(TextWriter stderr)
    {
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON) instead of the built-in 2023 catalog." };
        var output = new Option<string>("--output", "-o") { Description = "The .xlsx file to write.", Required = true };
        var command = new Command("template", "Writes the monthly reporting template (.xlsx) of a catalog: one sheet per section, one row per indicator, date and value left to fill; read the returns with evaluate or validate.\n" + ExitCodes.Help)
        {
            catalogFile, output,
        };
        command.SetAction(parse =>
        {
            var catalog = Jinjiang2023.Catalog;
            if (parse.GetValue(catalogFile) is { } catalogPath)
            {
                if (LoadCatalog(catalogPath, stderr) is not { } loaded)
                {
                    return ExitCodes.InvalidInput;
                }

                catalog = loaded;
            }

            var path = parse.GetValue(output)!;
            using (var stream = File.Create(path))
            {
                Excel.ReportingTemplate.Write(stream, catalog);
            }

            stderr.WriteLine($"Wrote {path}: {catalog.Count} indicator(s) in {catalog.Sections.Count} sheet(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A catalog file, or null having printed its problems.</summary>
    private static IndicatorCatalog? LoadCatalog(string catalogPath, TextWriter stderr)
    {
        if (!File.Exists(catalogPath))
        {
            stderr.WriteLine($"{catalogPath}: The file does not exist.");
            return null;
        }

        using var stream = File.OpenRead(catalogPath);
        var read = CatalogJson.Read(stream, Path.GetFileName(catalogPath));
        foreach (var problem in read.Problems)
        {
            stderr.WriteLine(problem);
        }

        return !read.IsValid || read.Items.Count == 0
            ? null
            : new IndicatorCatalog(read.Items.Select(i => i.Report).FirstOrDefault(r => r is not null), read.Items);
    }

    private static Command ValidateCommand(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Observation files (.csv, .tsv, .txt or .json).", Arity = ArgumentArity.OneOrMore };
        var encoding = EncodingOption();
        var separator = SeparatorOption();
        var command = new Command("validate", "Checks observation files against the catalog and prints every problem as file:line: message.\n" + ExitCodes.Help) { files, encoding, separator };
        command.SetAction(parse =>
        {
            var total = 0;
            if (ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), Jinjiang2023.Catalog, stderr) is not { } options)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var file in parse.GetValue(files)!)
            {
                var result = ReadObservations(file, options);
                foreach (var note in result.Notes)
                {
                    stdout.WriteLine($"{file}: {note}");
                }

                foreach (var problem in result.Problems)
                {
                    stdout.WriteLine(problem);
                }

                stdout.WriteLine($"{file}: {result.Items.Count} valid observation(s), {result.Problems.Count} problem(s).");
                total += result.Problems.Count;
            }

            return total == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static Command ExtractCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A report's text (UTF-8)." };
        var format = FormatOption(["table", "json", "catalog-json"], "table, json (the candidates) or catalog-json (a draft catalog to edit, then load with evaluate --catalog).");
        var year = new Option<int?>("--year") { Description = "The year the report plans for (全年). Default: the title line's year, else the first year named in the text's first lines." };
        var area = new Option<string?>("--area") { Description = "The area the report governs, as observations name it (锦江区). Default: read from the title line (XX人民政府工作报告（2023年2月8日）)." };
        var encoding = EncodingOption();
        var delivered = new Option<string?>("--delivered") { Description = "The day the report was delivered, yyyy-MM-dd: its promises bind from it. Default: the title line's date." };
        var command = new Command("extract", "Finds candidate promises in a Chinese work report: quantities, ranks, classes, coverage, cadences, milestones.\n" + ExitCodes.Help)
        {
            file, format, year, area, delivered, encoding,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            System.Text.Encoding? named = null;
            if (parse.GetValue(encoding) is { } encodingName && !TextFile.TryGetEncoding(encodingName, out named))
            {
                stderr.WriteLine($"--encoding: '{encodingName}' is not an encoding this tool reads; expected utf-8, gb18030 (gbk, gb2312), utf-16 or utf-16be.");
                return ExitCodes.InvalidInput;
            }

            var read = TextFile.Read(path, named);
            foreach (var problem in read.Problems)
            {
                stderr.WriteLine(problem);
            }

            if (!read.IsValid)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var note in read.Notes)
            {
                stderr.WriteLine($"{Path.GetFileName(path)}: {note}");
            }

            var text = read.Items[0];
            WorkReportTitle.TryRead(text, out var titled);
            LocalDate? deliveredDate = titled?.Delivered;
            if (parse.GetValue(delivered) is { } deliveredText)
            {
                var parsed = LocalDatePattern.Iso.Parse(deliveredText);
                if (!parsed.Success)
                {
                    stderr.WriteLine($"--delivered: '{deliveredText}' is not a date; expected yyyy-MM-dd.");
                    return ExitCodes.InvalidInput;
                }

                deliveredDate = parsed.Value;
            }

            var reportYear = parse.GetValue(year) ?? titled?.Year ?? deliveredDate?.Year ?? YearOf(text);
            if (reportYear is null)
            {
                stderr.WriteLine($"{path}: No year found in the first lines; pass --year.");
                return ExitCodes.InvalidInput;
            }

            var areaName = parse.GetValue(area) ?? titled?.Area;
            WorkReport? report = null;
            if (areaName is not null)
            {
                report = titled is not null && areaName == titled.Area
                    ? new WorkReport(titled.Issuer, areaName, titled.Level, reportYear.Value, deliveredDate) { Title = titled.Title, Source = Path.GetFileName(path) }
                    : WorkReport.ForArea(areaName, reportYear.Value, deliveredDate);
            }

            var candidates = PromiseExtractor.Extract(text, reportYear.Value);
            switch (parse.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(CandidateJson.ToJson(candidates));
                    break;
                case "catalog-json":
                    if (report is null)
                    {
                        stderr.WriteLine($"{path}: No title line (XX人民政府工作报告（yyyy年M月d日）) names the report's area; pass --area (and --delivered) so that the draft carries its report.");
                    }

                    var drafts = report is null
                        ? DraftCatalog.FromCandidates(candidates, reportYear.Value, out var skipped)
                        : DraftCatalog.FromCandidates(candidates, report, out skipped);
                    foreach (var s in skipped)
                    {
                        stderr.WriteLine("skipped: " + s);
                    }

                    stdout.WriteLine(CatalogJson.ToJson(drafts));
                    break;
                default:
                    stdout.WriteLine(report is null ? $"{candidates.Count} candidate promise(s) for {reportYear}:" : $"{candidates.Count} candidate promise(s) for {reportYear} in {report}:");
                    foreach (var c in candidates)
                    {
                        var quantity = c.QuantityText is null ? string.Empty : " " + c.QuantityText;
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Start,6}  {c.Kind,-12} {c.Commitment,-7} {c.Confidence:0.00}  {c.Text}{quantity}"));
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int? YearOf(string text)
    {
        var head = text.Length > 400 ? text[..400] : text;
        var match = System.Text.RegularExpressions.Regex.Match(head, "(20[0-9]{2})年");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static Command SchemaCommand(TextWriter stdout)
    {
        var kind = new Option<string>("--kind") { Description = "observations (default) or catalog.", DefaultValueFactory = _ => "observations" };
        kind.AcceptOnlyFromAmong("observations", "catalog");
        var command = new Command("schema", "Prints the JSON Schema of the observation file format (or of the catalog export).") { kind };
        command.SetAction(parse =>
        {
            stdout.Write(parse.GetValue(kind) == "catalog" ? JsonSchemas.Catalog : JsonSchemas.Observations);
            return ExitCodes.Success;
        });
        return command;
    }
}
