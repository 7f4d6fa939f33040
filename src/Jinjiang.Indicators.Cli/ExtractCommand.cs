using System.CommandLine;
using System.Globalization;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>extract</c> command: candidate promises of a report, or a draft catalog that carries its report.</summary>
internal static class ExtractCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A report's text (UTF-8)." };
        var format = CliOptions.FormatOption(["table", "json", "catalog-json"], "table, json (the candidates) or catalog-json (a draft catalog to edit, then load with evaluate --catalog).");
        var year = new Option<int?>("--year") { Description = "The year the report plans for (全年). Default: the title line's year, else the first year named in the text's first lines." };
        var area = new Option<string?>("--area") { Description = "The area the report governs, as observations name it (锦江区). Default: read from the title line (XX人民政府工作报告（2023年2月8日）)." };
        var encoding = CliOptions.EncodingOption();
        var projects = new Option<bool>("--projects") { Description = "Also list the named projects and tasks the plan promises to start, advance or finish (开工建设X, 加快实施A、B, 推动X竣工投产), one milestone each (a catalog-json draft always holds them: to judge them from next year's review with outcomes)." };
        var delivered = CliParsers.DateOption("--delivered", "The day the report was delivered, yyyy-MM-dd: its promises bind from it. Default: the title line's date.");
        var command = new Command("extract", "Finds candidate promises in a Chinese work report: quantities, ranks, classes, coverage, cadences, milestones.\n" + ExitCodes.Help)
        {
            file, format, year, area, delivered, encoding, projects,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (CliOptions.ReadText(path, parse.GetValue(encoding), stderr) is not { } text)
            {
                return ExitCodes.InvalidInput;
            }

            WorkReportTitle.TryRead(text, out var titled);
            var deliveredDate = parse.GetValue(delivered) ?? titled?.Delivered;

            if (parse.GetValue(year) is { } asked && asked is < 1949 or > 9999)
            {
                stderr.WriteLine($"--year: {asked} is not a plan year; expected a year from 1949 to 9999.");
                return ExitCodes.InvalidInput;
            }

            var reportYear = parse.GetValue(year) ?? titled?.Year ?? deliveredDate?.Year ?? PlanYear.Guess(text);
            if (reportYear is null)
            {
                stderr.WriteLine($"{path}: No plan year found (no title line, no 20XX年…目标, no session of the congress, no review of a year, no date); pass --year.");
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

            // A draft catalog is what a user judges: it holds the named projects by default; the listings add them on --projects.
            IReadOnlyList<CandidatePromise> candidates = parse.GetValue(projects) || parse.GetValue(format) == "catalog-json"
                ? [.. PromiseExtractor.Extract(text, reportYear.Value), .. PromiseExtractor.ExtractProjects(text, reportYear.Value)]
                : PromiseExtractor.Extract(text, reportYear.Value);
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
                        ? DraftCatalog.FromCandidates(candidates, reportYear.Value)
                        : DraftCatalog.FromCandidates(candidates, report);
                    foreach (var s in drafts.Problems)
                    {
                        stderr.WriteLine($"skipped: {s.Text}: {s.Message}");
                    }

                    stdout.WriteLine(CatalogJson.ToJson(drafts.Value.All));
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
}
