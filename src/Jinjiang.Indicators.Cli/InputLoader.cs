using System.Globalization;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Cli;

/// <summary>Loads the observations of an evaluation: the built-in sample, or files checked against the catalog and against one another.</summary>
internal static class InputLoader
{
    internal static (List<Observation> Observations, int Problems, string? Note) Load(string[] files, IndicatorCatalog catalog, ObservationReadOptions options, TextWriter stderr, bool interactive)
    {
        if (files.Length == 0 && ReferenceEquals(catalog, Jinjiang2023.Catalog))
        {
            return ([.. SampleObservations.Jinjiang2023], 0, "Using the built-in illustrative sample observations (not official data); pass --observations FILE for real data.");
        }

        var all = new List<Observation>();
        var problems = 0;
        foreach (var file in files)
        {
            var large = interactive && File.Exists(file) && new FileInfo(file).Length > 4 * 1024 * 1024;
            if (large)
            {
                stderr.Write($"Reading {file} ({new FileInfo(file).Length / (1024 * 1024)} MiB)…");
            }

            var result = CliOptions.ReadObservations(file, options);
            if (large)
            {
                stderr.WriteLine($" {result.Items.Count} observations.");
            }

            foreach (var note in result.Notes)
            {
                stderr.WriteLine($"{Path.GetFileName(file)}: {note}");
            }

            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(problem);
            }

            problems += result.Problems.Count;
            all.AddRange(result.Items);
        }

        // Observations of several files must not repeat one another either.
        var duplicates = all.GroupBy(o => (o.Indicator, o.Date, o.Start, o.Area, o.Component)).Where(g => g.Count() > 1 && catalog.TryGet(g.Key.Indicator, out var i) && i.Target is not Targets.ResponseTimeTarget).ToList();
        foreach (var g in duplicates)
        {
            stderr.WriteLine($"{g.Key.Indicator} on {g.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} for {g.Key.Area ?? catalog.Report?.Area ?? "the home area"} appears in more than one file.");
        }

        return (all, problems + duplicates.Count, null);
    }
}
