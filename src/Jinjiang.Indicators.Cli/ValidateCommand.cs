using System.CommandLine;
using Jinjiang.Indicators.Catalog;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>validate</c> command: every problem in observation files.</summary>
internal static class ValidateCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Observation files (.csv, .tsv, .txt, .json or .xlsx).", Arity = ArgumentArity.OneOrMore };
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON, as extract --format catalog-json writes it) to check against, instead of the built-in 2023 catalog." };
        var encoding = CliOptions.EncodingOption();
        var separator = CliOptions.SeparatorOption();
        var maxSize = CliOptions.MaxSizeOption();
        var command = new Command("validate", "Checks observation files against the catalog and prints every problem as file:line: message.\n" + ExitCodes.Help) { files, encoding, separator, maxSize, catalogFile };
        command.SetAction(parse =>
        {
            var total = 0;
            // The built-in catalog is built only when no catalog file is named (its making is a sixth of a small run).
            if ((parse.GetValue(catalogFile) is { } catalogPath ? CliOptions.LoadCatalog(catalogPath, stderr) : Jinjiang2023.Catalog) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            if (CliOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), parse.GetValue(maxSize), stderr) is not { } options)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var file in parse.GetValue(files)!)
            {
                var result = CliOptions.ReadObservations(file, catalog, options);
                foreach (var note in result.Notes)
                {
                    stdout.WriteLine($"{file}: {note}");
                }

                foreach (var problem in result.Problems)
                {
                    stdout.WriteLine(problem);
                }

                stdout.WriteLine($"{file}: {result.Value.Count} valid observation(s), {result.Problems.Count} problem(s).");
                total += result.Problems.Count;
            }

            return total == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
