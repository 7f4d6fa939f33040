using System.CommandLine;

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
        var breakdown = OfficeInputs.BreakdownOption();
        var asOf = CliParsers.DateOption("--as-of", "Also list the returns overdue at this date (逾期未报送), by unit, from the reporting calendars of the breakdown.");
        var command = new Command("validate", "Checks observation files against the catalog and prints every problem as file:line: message; with --as-of, also the overdue returns.\n" + ExitCodes.Help) { files, encoding, separator, maxSize, catalogFile, language, breakdown, asOf };
        command.SetAction(parse =>
        {
            var total = 0;
            var date = parse.GetValue(asOf);

            // The breakdown named overlays the catalog (its calendars say which returns are overdue, its node stages may be reported).
            var notes = new List<string>();
            if (OfficeInputs.LoadCatalog(parse.GetValue(catalogFile), parse.GetValue(breakdown), sample: false, stderr, notes, out var catalogProblems) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            notes.ForEach(stderr.WriteLine);

            if (CliOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), parse.GetValue(maxSize), stderr) is not { } options)
            {
                return ExitCodes.InvalidInput;
            }

            var chinese = CliOptions.Language(parse.GetValue(language)!) == Reporting.ReportLanguage.Chinese;
            var read = new List<Observation>();
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
                read.AddRange(result.Value);
            }

            if (date is { } day)
            {
                var overdue = Office.ReturnCalendar.Overdue(catalog.All, ObservationSet.Create(read), day);
                stdout.WriteLine(chinese
                    ? $"截至{day.Year}年{day.Month}月{day.Day}日逾期未报送{overdue.Count}期："
                    : $"{overdue.Count} return(s) overdue at {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}:");
                foreach (var r in overdue)
                {
                    var period = r.Period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".." + r.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    var due = r.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    stdout.WriteLine(chinese
                        ? $"  {r.Unit ?? "（未明确牵头单位）"}　{r.Indicator.NameChinese}（{r.Indicator.Id}）　报送期{period}，截止{due}，逾期{r.DaysOverdue}天"
                        : $"  {r.Unit ?? "(no lead unit)"}: {r.Indicator.Id} for {period}, due {due}, {r.DaysOverdue} day(s) overdue");
                }
            }

            return total + catalogProblems == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
