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
        var language = CliOptions.LanguageOption();
        var command = new Command("validate", "Checks observation files against the catalog and prints every problem as file:line: message.\n" + ExitCodes.Help) { files, encoding, separator, maxSize, catalogFile, language };
        command.SetAction(parse =>
        {
            var total = 0;
            var catalogProblems = 0;
            // The built-in catalog is built only when no catalog file is named (its making is a sixth of a small run).
            if ((parse.GetValue(catalogFile) is { } catalogPath ? CliOptions.LoadCatalog(catalogPath, stderr, out catalogProblems) : Jinjiang2023.Catalog) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            if (CliOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), parse.GetValue(maxSize), stderr) is not { } options)
            {
                return ExitCodes.InvalidInput;
            }

            var chinese = CliOptions.Language(parse.GetValue(language)!) == Reporting.ReportLanguage.Chinese;
            foreach (var file in parse.GetValue(files)!)
            {
                var result = CliOptions.ReadObservations(file, catalog, options);
                foreach (var note in chinese ? result.NotesChinese : result.Notes)
                {
                    stdout.WriteLine($"{file}: {(chinese ? note : note)}");
                }

                foreach (var problem in result.Problems)
                {
                    stdout.WriteLine(chinese ? problem.ToStringChinese() : problem.ToString());
                }

                stdout.WriteLine(chinese
                    ? $"{file}：有效数据{result.Value.Count}条，问题{result.Problems.Count}个。"
                    : $"{file}: {result.Value.Count} valid observation(s), {result.Problems.Count} problem(s).");
                total += result.Problems.Count;
            }

            return total + catalogProblems == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
