using System.CommandLine;
using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Cli;

/// <summary>
/// The <c>outcomes</c> command: reads this year's review (过去一年), matches its statements to last year's catalog, and
/// writes the observations <c>evaluate</c> judges last year's promises on, with a table of matches for a person.
/// </summary>
internal static class OutcomesCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("review") { Description = "The review of the year (a report's 过去一年 / 工作回顾 section, or the whole report), as text." };
        var catalogFile = new Option<string>("--catalog") { Description = "Last year's catalog (extract --format catalog-json, edited), whose promises the review reports on.", Required = true };
        var format = CliOptions.FormatOption(["table", "json", "csv"], "table (the matches, for a person to check), json (matches and observations) or csv (the observations, for evaluate --observations).");
        var observations = new Option<string?>("--observations") { Description = "Also write the observations (CSV, for evaluate --observations) to this file." };
        var encoding = CliOptions.EncodingOption();
        var command = new Command("outcomes", "Reads a review's outcomes and matches them to last year's promises: evaluate --catalog LAST.json --observations OUT.csv then judges them.\n" + ExitCodes.Help)
        {
            file, catalogFile, format, observations, encoding,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(observations) is { } target && !OutputFile.Check(target, [parse.GetValue(file), parse.GetValue(catalogFile)], stderr))
            {
                return ExitCodes.InvalidInput;
            }

            if (CliOptions.ReadText(parse.GetValue(file)!, parse.GetValue(encoding), stderr) is not { } text
                || CliOptions.LoadCatalog(parse.GetValue(catalogFile)!, stderr, out var catalogProblems) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract(text));
            if (parse.GetValue(observations) is { } path)
            {
                if (!OutputFile.Write(path, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    ObservationCsv.Write(writer, result.Observations);
                }, stderr))
                {
                    return ExitCodes.InvalidInput;
                }

                stderr.WriteLine($"Wrote {result.Observations.Count} observation(s) to {path}.");
            }

            switch (parse.GetValue(format))
            {
                case "csv":
                    ObservationCsv.Write(stdout, result.Observations);
                    break;
                case "json":
                    stdout.WriteLine(OutcomeJson.ToJson(result));
                    break;
                default:
                    Table(result, stdout);
                    break;
            }

            return catalogProblems > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static void Table(OutcomeMatches result, TextWriter stdout)
    {
        stdout.WriteLine($"{result.Matches.Count} promise(s) matched ({result.Observations.Count} judgeable), {result.UnmatchedPromises.Count} without an outcome, {result.UnmatchedOutcomes.Count} statement(s) matching no promise.");
        foreach (var m in result.Matches)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Indicator.Id,-14} {m.Confidence:0.00} {(m.IsJudgeable ? "judge  " : "unclear")}  {m.Indicator.Source}  <-  {m.Outcome.Text}"));
            stdout.WriteLine($"{string.Empty,-14}      {m.Reason}");
        }

        if (result.UnmatchedPromises.Count > 0)
        {
            stdout.WriteLine("Promises without an outcome:");
            foreach (var p in result.UnmatchedPromises)
            {
                stdout.WriteLine($"  {p.Id,-14} {p.Source}");
            }
        }

        if (result.UnmatchedOutcomes.Count > 0)
        {
            stdout.WriteLine("Statements matching no promise:");
            foreach (var o in result.UnmatchedOutcomes)
            {
                stdout.WriteLine($"  {o.Text}{(o.IsMultiYear ? " (several years)" : string.Empty)}");
            }
        }
    }
}
