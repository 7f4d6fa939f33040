using System.Globalization;
using System.Text;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using NodaTime;

namespace Jinjiang.Indicators.Cli;

/// <summary>
/// <c>evaluate --by-area</c>: the catalog as a template judged in every area the observations name (a national
/// tracker's file: one row per county, promise and date), through one prepared <see cref="EvaluationBatch"/>.
/// </summary>
internal static class ByAreaScorecard
{
    internal static readonly string[] Formats = ["table", "csv"];

    /// <summary>Judges, writes the table (counts by status per promise) or the CSV (a row per area and promise, streamed), and returns the exit code.</summary>
    internal static int Run(IndicatorCatalog catalog, ObservationSet set, LocalDate asOf, string format, IReadOnlyCollection<EvaluationStatus> gate, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (!Formats.Contains(format))
        {
            stderr.WriteLine($"--by-area: writes table (the counts by status of each promise across the areas) or csv (a row per area and promise), not {format}.");
            return ExitCodes.InvalidInput;
        }

        var areas = set.Areas;
        if (areas.Count == 0)
        {
            stderr.WriteLine("--by-area: no observation names its area (the area column), so there is no area to judge the catalog in.");
            return ExitCodes.InvalidInput;
        }

        var template = catalog.All;
        var batch = EvaluationBatch.ForAreas(template, areas, set);
        var statuses = Enum.GetValues<EvaluationStatus>();
        var counts = new int[template.Count, statuses.Length];
        var summaries = new EvaluationSummary[template.Count];
        for (var a = 0; a < areas.Count; a++)
        {
            batch.Summarize(a * template.Count, template.Count, [asOf], summaries);
            for (var i = 0; i < template.Count; i++)
            {
                counts[i, (int)summaries[i].Status]++;
            }
        }

        void Render(TextWriter output)
        {
            if (format == "csv")
            {
                ScorecardRenderer.WriteCsv(output, Enumerable.Range(0, batch.Count).Select(item => batch.Evaluate(item, asOf)), withArea: true);
            }
            else
            {
                WriteTable(output, template, statuses, counts, areas.Count, asOf);
            }
        }

        if (outputPath is null)
        {
            Render(stdout);
        }
        else
        {
            // Streamed into a temporary file beside the target and moved into place when complete.
            if (!OutputFile.Write(outputPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                Render(writer);
            }, stderr))
            {
                return ExitCodes.InvalidInput;
            }

            stderr.WriteLine($"Wrote {outputPath}.");
        }

        var hits = Enumerable.Range(0, template.Count)
            .SelectMany(i => gate.Where(s => counts[i, (int)s] > 0).Select(s => $"{template[i].Id} ({s.ToKebabCase()} in {counts[i, (int)s].ToString(CultureInfo.InvariantCulture)} areas)"))
            .ToList();
        if (hits.Count > 0)
        {
            stderr.WriteLine("--fail-on: " + string.Join(", ", hits));
            return ExitCodes.FailOnTriggered;
        }

        return ExitCodes.Success;
    }

    /// <summary>One line per promise: how many areas have each status; then the totals.</summary>
    private static void WriteTable(TextWriter output, IReadOnlyList<Indicator> template, EvaluationStatus[] statuses, int[,] counts, int areas, LocalDate asOf)
    {
        output.WriteLine($"{template.Count} promises in {areas.ToString(CultureInfo.InvariantCulture)} areas at {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: the number of areas with each status.");
        var idWidth = Math.Max("promise".Length, template.Max(i => i.Id.Value.Length));
        string[] names = [.. statuses.Select(s => s.ToKebabCase())];
        var totals = new int[statuses.Length];
        for (var i = 0; i < template.Count; i++)
        {
            for (var s = 0; s < statuses.Length; s++)
            {
                totals[s] += counts[i, s];
            }
        }

        // A column is as wide as its name or its total, the widest of its numbers.
        int[] widths = [.. names.Select((n, s) => Math.Max(n.Length, totals[s].ToString(CultureInfo.InvariantCulture).Length))];
        string Row(string first, IEnumerable<string> cells) => first.PadRight(idWidth) + string.Concat(cells.Select((c, s) => "  " + c.PadLeft(widths[s])));
        output.WriteLine(Row("promise", names));
        for (var i = 0; i < template.Count; i++)
        {
            output.WriteLine(Row(template[i].Id.Value, statuses.Select(s => counts[i, (int)s].ToString(CultureInfo.InvariantCulture))));
        }

        output.WriteLine(Row("all", totals.Select(t => t.ToString(CultureInfo.InvariantCulture))));
    }
}
