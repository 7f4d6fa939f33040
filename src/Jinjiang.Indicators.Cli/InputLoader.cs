using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Cli;

/// <summary>Loads the observations of an evaluation: the built-in sample, or files read as one input by <see cref="ObservationFile.ReadAll"/>.</summary>
internal static class InputLoader
{
    internal static (IReadOnlyList<Observation> Observations, int Problems, string? Note) Load(string[] files, IndicatorCatalog catalog, ObservationReadOptions options, TextWriter stderr, bool interactive, bool chinese = false, bool builtInSample = false)
    {
        if (files.Length == 0 && builtInSample)
        {
            return (SampleObservations.Jinjiang2023, 0, "Using the built-in illustrative sample observations and task breakdown (not official data); pass --observations FILE for real data.");
        }

        var result = ObservationFile.ReadAll(files, catalog, options, (file, c, o) =>
        {
            var large = interactive && File.Exists(file) && new FileInfo(file).Length > 4 * 1024 * 1024;
            if (large)
            {
                stderr.Write($"Reading {file} ({new FileInfo(file).Length / (1024 * 1024)} MiB)…");
            }

            var read = CliOptions.ReadObservations(file, c, o);
            if (large)
            {
                stderr.WriteLine($" {read.Value.Count} observations.");
            }

            return read;
        });
        foreach (var note in chinese ? result.NotesChinese : result.Notes)
        {
            stderr.WriteLine(chinese ? note : note);
        }

        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(chinese ? problem.ToStringChinese() : problem.ToString());
        }

        return (result.Value, result.Problems.Count, null);
    }
}
