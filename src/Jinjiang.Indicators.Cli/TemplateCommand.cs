using System.CommandLine;
using Jinjiang.Indicators.Catalog;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>template</c> command: the monthly reporting template (.xlsx) of a catalog.</summary>
internal static class TemplateCommand
{
    internal static Command Create(TextWriter stderr)
    {
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON) instead of the built-in 2023 catalog." };
        var output = new Option<string>("--output", "-o") { Description = "The .xlsx file to write.", Required = true };
        var language = CliOptions.LanguageOption();
        var breakdown = new Option<bool>("--breakdown") { Description = "Write the task breakdown form (目标任务分解表) instead: one row per promise with its lead unit, cooperating units, leader, reporting calendar and node targets to fill (the built-in catalog's illustrative breakdown filled in); read it back with --breakdown FILE on ledger, bulletin, evaluate and validate." };
        var command = new Command("template", "Writes the monthly reporting template (.xlsx) of a catalog: one sheet per section, one row per indicator, date and value left to fill; read the returns with evaluate or validate. With --breakdown, the task breakdown form.\n" + ExitCodes.Help)
        {
            catalogFile, output, language, breakdown,
        };
        command.SetAction(parse =>
        {
            var catalogProblems = 0;
            if ((parse.GetValue(catalogFile) is { } catalogPath ? CliOptions.LoadCatalog(catalogPath, stderr, out catalogProblems) : Jinjiang2023.Catalog) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            var path = parse.GetValue(output)!;
            if (parse.GetValue(breakdown))
            {
                var filled = parse.GetValue(catalogFile) is null ? Samples.SampleBreakdown.Apply(catalog) : catalog;
                if (!OutputFile.Check(path, [parse.GetValue(catalogFile)], stderr)
                    || !OutputFile.Write(path, stream => Excel.BreakdownWorkbook.Write(stream, filled), stderr, binary: true))
                {
                    return ExitCodes.InvalidInput;
                }

                stderr.WriteLine($"Wrote {path}: the task breakdown form of {catalog.Count} promise(s)" + (parse.GetValue(catalogFile) is null ? ", with the built-in illustrative breakdown filled in (not an official assignment)." : "."));
                return catalogProblems > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
            }

            if (!OutputFile.Check(path, [parse.GetValue(catalogFile)], stderr)
                || !OutputFile.Write(path, stream => Excel.ReportingTemplate.Write(stream, catalog, CliOptions.Language(parse.GetValue(language)!)), stderr, binary: true))
            {
                return ExitCodes.InvalidInput;
            }

            stderr.WriteLine($"Wrote {path}: {catalog.Count} indicator(s) in {catalog.Sections.Count} sheet(s).");
            return catalogProblems > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }
}
