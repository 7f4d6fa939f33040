using System.CommandLine;
using System.Text;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>evaluate</c> command: the scorecard of a catalog against observations at an as-of date.</summary>
internal static class EvaluateCommand
{
    internal static readonly string[] ScorecardFormats = ["table", "json", "markdown", "html", "csv"];

    internal static Command Create(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var observations = new Option<string[]>("--observations", "-o")
        {
            Description = "Observation files (.csv or .json); repeat for several. Default: the built-in illustrative sample (not official data).",
            AllowMultipleArgumentsPerToken = true,
        };
        var asOf = CliParsers.DateOption("--as-of", "The as-of date, yyyy-MM-dd. Default: the date of the latest observation (the tool never reads the clock).");
        var format = CliOptions.FormatOption(ScorecardFormats, "table, json, markdown, html or csv.");
        var output = new Option<string?>("--output") { Description = "Write the scorecard to this file instead of standard output." };
        var failOn = CliParsers.StatusesOption("--fail-on", "Exit with code 2 when any evaluation has one of these statuses (comma-separated: met, not-met, on-track, at-risk, off-track, not-yet-due, no-data, not-evaluable).");
        var strict = new Option<bool>("--strict") { Description = "Refuse to evaluate when any observation file has a problem." };
        var language = CliOptions.LanguageOption();
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON, as catalog --format json or extract --format catalog-json writes it) instead of the built-in 2023 catalog." };
        var byArea = new Option<bool>("--by-area") { Description = "Judge the catalog as a template in every area the observations name (one row per area, promise and date, as a national file has them): table gives the number of areas with each status per promise, csv a row per area and promise." };
        var breakdown = OfficeInputs.BreakdownOption();
        var byUnit = new Option<bool>("--by-unit") { Description = "Roll the scorecard up by lead unit (牵头单位): per unit, its promises with their status and grade, and its counts by status and grade." };
        var encoding = CliOptions.EncodingOption();
        var separator = CliOptions.SeparatorOption();
        var maxSize = CliOptions.MaxSizeOption();
        var command = new Command("evaluate", "Evaluates the catalog against observations at an as-of date and prints the scorecard.\n" + ExitCodes.Help)
        {
            observations, asOf, format, output, failOn, strict, language, catalogFile, breakdown, byArea, byUnit, encoding, separator, maxSize,
        };
        var options = new Options(observations, asOf, format, output, failOn, strict, language, catalogFile, breakdown, byArea, byUnit, encoding, separator, maxSize);
        command.SetAction(parse => Run(parse, options, stdout, stderr, interactive));
        return command;
    }

    /// <summary>Reads the inputs, evaluates and reports; the exit code.</summary>
    private static int Run(ParseResult parse, Options o, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var gate = parse.GetValue(o.FailOn)!;
        var date = parse.GetValue(o.AsOf);
        if (parse.GetValue(o.Output) is { } target && !OutputFile.Check(target, [.. parse.GetValue(o.Observations) ?? [], parse.GetValue(o.CatalogFile)], stderr))
        {
            return ExitCodes.InvalidInput; // before anything is read
        }

        // The built-in catalog on the built-in sample comes with its illustrative task breakdown; else the one named, if any.
        var breakdownNotes = new List<string>();
        var builtIn = parse.GetValue(o.CatalogFile) is null;
        var files = parse.GetValue(o.Observations) ?? [];
        if (OfficeInputs.LoadCatalog(parse.GetValue(o.CatalogFile), parse.GetValue(o.Breakdown), files.Length == 0, stderr, breakdownNotes, out var catalogProblems) is not { } catalog)
        {
            return ExitCodes.InvalidInput;
        }

        if (CliOptions.ReadOptions(parse.GetValue(o.Encoding), parse.GetValue(o.Separator), parse.GetValue(o.MaxSize), stderr) is not { } readOptions)
        {
            return ExitCodes.InvalidInput;
        }

        var (loaded, problems, sourceNote) = InputLoader.Load(files, catalog, readOptions, stderr, interactive, CliOptions.Language(parse.GetValue(o.Language)!) == ReportLanguage.Chinese, builtInSample: builtIn && files.Length == 0);
        if (problems > 0 && parse.GetValue(o.Strict))
        {
            stderr.WriteLine($"{problems} problem(s) in the observations; nothing evaluated (--strict).");
            return ExitCodes.InvalidInput;
        }

        var set = ObservationSet.Create(loaded);
        if (catalog.ChooseAsOf(date, set) is not { } choice)
        {
            stderr.WriteLine("--as-of: the catalog is empty and there is no observation to take the date from; pass --as-of.");
            return ExitCodes.InvalidInput;
        }

        var effectiveAsOf = choice.Date;
        var asOfNote = choice.Describe();
        if (parse.GetValue(o.ByArea))
        {
            if (asOfNote is not null)
            {
                stderr.WriteLine(asOfNote);
            }

            var code = ByAreaScorecard.Run(catalog, set, effectiveAsOf, parse.GetValue(o.Format)!, gate, parse.GetValue(o.Output), stdout, stderr);
            return problems + catalogProblems > 0 && code == ExitCodes.Success ? ExitCodes.InvalidInput : code;
        }

        return Report(parse, o, Scorecard.Create(catalog.All, set, effectiveAsOf), [sourceNote, asOfNote], problems + catalogProblems, stdout, stderr);
    }

    /// <summary>Writes the scorecard in the format asked, with its notes; the exit code (problems in the inputs, --fail-on).</summary>
    private static int Report(ParseResult parse, Options o, Scorecard scorecard, string?[] notesGiven, int problems, TextWriter stdout, TextWriter stderr)
    {
        var gate = parse.GetValue(o.FailOn)!;
        var lang = CliOptions.Language(parse.GetValue(o.Language)!);
        var json = parse.GetValue(o.Format) == "json";
        var fmt = parse.GetValue(o.Format) switch
        {
            "markdown" => ScorecardFormat.Markdown,
            "html" => ScorecardFormat.Html,
            "csv" => ScorecardFormat.Csv,
            _ => ScorecardFormat.Text,
        };
        var text = parse.GetValue(o.ByUnit)
            ? (json ? ScorecardJson.ByUnitToJson(scorecard) + "\n" : ScorecardRenderer.RenderByUnit(scorecard, fmt, lang))
            : json ? ScorecardJson.ToJson(scorecard) : ScorecardRenderer.Render(scorecard, fmt, lang);
        var notes = notesGiven.Where(n => n is not null).Select(n => n!).ToList();
        if (!json && fmt is ScorecardFormat.Text or ScorecardFormat.Markdown)
        {
            text = string.Concat(notes.Select(n => (fmt == ScorecardFormat.Markdown ? "> " : string.Empty) + n + "\n")) + (notes.Count > 0 ? "\n" : string.Empty) + text;
        }
        else
        {
            notes.ForEach(stderr.WriteLine);
        }

        if (parse.GetValue(o.Output) is { } path)
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            if (!OutputFile.Write(path, stream => stream.Write(bytes), stderr))
            {
                return ExitCodes.InvalidInput;
            }

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
    }

    /// <summary>The options of the command.</summary>
    private sealed record Options(
        Option<string[]> Observations,
        Option<NodaTime.LocalDate?> AsOf,
        Option<string> Format,
        Option<string?> Output,
        Option<IReadOnlyList<EvaluationStatus>> FailOn,
        Option<bool> Strict,
        Option<string> Language,
        Option<string?> CatalogFile,
        Option<string?> Breakdown,
        Option<bool> ByArea,
        Option<bool> ByUnit,
        Option<string?> Encoding,
        Option<string?> Separator,
        Option<int?> MaxSize);
}
