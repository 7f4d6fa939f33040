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
        command.SetAction(parse =>
        {
            var gate = parse.GetValue(failOn)!;
            var date = parse.GetValue(asOf);
            if (parse.GetValue(output) is { } target && !OutputFile.Check(target, [.. parse.GetValue(observations) ?? [], parse.GetValue(catalogFile)], stderr))
            {
                return ExitCodes.InvalidInput; // before anything is read
            }

            // The built-in catalog on the built-in sample comes with its illustrative task breakdown; else the one named, if any.
            var breakdownNotes = new List<string>();
            var builtIn = parse.GetValue(catalogFile) is null;
            var files = parse.GetValue(observations) ?? [];
            if (OfficeInputs.LoadCatalog(parse.GetValue(catalogFile), parse.GetValue(breakdown), files.Length == 0, stderr, breakdownNotes, out var catalogProblems) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            if (CliOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), parse.GetValue(maxSize), stderr) is not { } readOptions)
            {
                return ExitCodes.InvalidInput;
            }

            var (loaded, problems, sourceNote) = InputLoader.Load(files, catalog, readOptions, stderr, interactive, CliOptions.Language(parse.GetValue(language)!) == ReportLanguage.Chinese, builtInSample: builtIn && files.Length == 0);
            if (problems > 0 && parse.GetValue(strict))
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
            if (parse.GetValue(byArea))
            {
                if (asOfNote is not null)
                {
                    stderr.WriteLine(asOfNote);
                }

                var code = ByAreaScorecard.Run(catalog, set, effectiveAsOf, parse.GetValue(format)!, gate, parse.GetValue(output), stdout, stderr);
                return problems + catalogProblems > 0 && code == ExitCodes.Success ? ExitCodes.InvalidInput : code;
            }

            var scorecard = Scorecard.Create(catalog.All, set, effectiveAsOf);
            var lang = CliOptions.Language(parse.GetValue(language)!);
            var json = parse.GetValue(format) == "json";
            var fmt = parse.GetValue(format) switch
            {
                "markdown" => ScorecardFormat.Markdown,
                "html" => ScorecardFormat.Html,
                "csv" => ScorecardFormat.Csv,
                _ => ScorecardFormat.Text,
            };
            var text = parse.GetValue(byUnit)
                ? (json ? ScorecardJson.ByUnitToJson(scorecard) + "\n" : ScorecardRenderer.RenderByUnit(scorecard, fmt, lang))
                : json ? ScorecardJson.ToJson(scorecard) : ScorecardRenderer.Render(scorecard, fmt, lang);
            var notes = new[] { sourceNote, asOfNote }.Where(n => n is not null).ToList();
            if (!json && fmt is ScorecardFormat.Text or ScorecardFormat.Markdown)
            {
                text = string.Concat(notes.Select(n => (fmt == ScorecardFormat.Markdown ? "> " : string.Empty) + n + "\n")) + (notes.Count > 0 ? "\n" : string.Empty) + text;
            }
            else
            {
                notes.ForEach(stderr.WriteLine);
            }

            if (parse.GetValue(output) is { } path)
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

            if (problems + catalogProblems > 0)
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
}
