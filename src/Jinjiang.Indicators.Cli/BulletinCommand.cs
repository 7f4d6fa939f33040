using System.CommandLine;
using System.Globalization;
using Jinjiang.Indicators.Office;
using Jinjiang.Indicators.Reporting;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>bulletin</c> command: the supervision bulletin (督查通报) at an as-of date, as Word, Markdown or HTML.</summary>
internal static class BulletinCommand
{
    internal static readonly string[] Formats = ["docx", "markdown", "html"];

    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var observations = OfficeInputs.ObservationsOption();
        var asOf = CliParsers.DateOption("--as-of", "The as-of date, yyyy-MM-dd. Default: the date of the latest observation (the tool never reads the clock).");
        var format = new Option<string?>("--format", "-f") { Description = "docx, markdown or html. Default: from the --output file's extension, else markdown." };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output") { Description = "Write the bulletin to this file (required for docx) instead of standard output." };
        var language = LedgerCommand.ChineseByDefault();
        var catalogFile = new Option<string?>("--catalog") { Description = "A catalog file (JSON) instead of the built-in 2023 catalog." };
        var breakdown = OfficeInputs.BreakdownOption();
        var encoding = CliOptions.EncodingOption();
        var separator = CliOptions.SeparatorOption();
        var maxSize = CliOptions.MaxSizeOption();
        var command = new Command("bulletin", "Writes the supervision bulletin (督查通报) at an as-of date: 总体情况, 亮点, 短板, 逾期未报送, 下步建议 and the ledger as an annex, every sentence drawn from a verdict.\n" + ExitCodes.Help)
        {
            observations, asOf, format, output, language, catalogFile, breakdown, encoding, separator, maxSize,
        };
        command.SetAction(parse =>
        {
            var date = parse.GetValue(asOf);
            var path = parse.GetValue(output);
            if (LedgerCommand.ResolveFormat(path, parse.GetValue(format), Formats, "docx", "a Word document", stderr) is not { } fmt
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
            var effective = inputs.AsOf(date, notes);
            var bulletin = Bulletin.Create(inputs.Catalog.All, inputs.Observations, effective);
            notes.ForEach(stderr.WriteLine);
            if (!LedgerCommand.Emit(fmt, path, stdout, stderr, stream => Word.BulletinDocument.Write(stream, bulletin, lang), () => fmt == "html" ? BulletinRenderer.ToHtml(bulletin, lang) : BulletinRenderer.ToMarkdown(bulletin, lang)))
            {
                return ExitCodes.InvalidInput;
            }

            var c = bulletin.Scorecard.Counts;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Bulletin as of {effective:yyyy-MM-dd}: {c.Total} promise(s); {bulletin.Highlights.Count} highlight(s), {bulletin.Shortfalls.Count} shortfall(s), {bulletin.Overdue.Count} overdue return(s)."));
            return inputs.Problems > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }
}
