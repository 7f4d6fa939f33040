using System.CommandLine;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Samples;
using NodaTime;

namespace Jinjiang.Indicators.Cli;

/// <summary>
/// What the office's commands (ledger, bulletin) share: the catalog (a file, or the built-in one with its illustrative
/// task breakdown), a breakdown workbook overlaid on it, the observations, and the as-of date.
/// </summary>
internal sealed class OfficeInputs
{
    private OfficeInputs(IndicatorCatalog catalog, ObservationSet observations, int problems, IReadOnlyList<string> notes)
    {
        Catalog = catalog;
        Observations = observations;
        Problems = problems;
        Notes = notes;
    }

    internal IndicatorCatalog Catalog { get; }

    internal ObservationSet Observations { get; }

    /// <summary>Problems in the catalog, breakdown or observation files (printed already; the command ends with exit 1).</summary>
    internal int Problems { get; }

    internal IReadOnlyList<string> Notes { get; }

    internal static Option<string?> BreakdownOption() => new("--breakdown")
    {
        Description = "A filled task breakdown workbook (.xlsx, as template --breakdown writes it): lead units, leaders, node targets and reporting calendars overlaid on the catalog. Default for the built-in catalog: its illustrative breakdown.",
    };

    internal static Option<string[]> ObservationsOption() => new("--observations", "-o")
    {
        Description = "Observation files (.csv, .json or .xlsx); repeat for several. Default: the built-in illustrative sample (not official data).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>
    /// The catalog: the file named, or the built-in one; then the breakdown workbook named, or, for the built-in catalog
    /// judged on the built-in sample (<paramref name="sample"/>), its illustrative breakdown. Real observations are never
    /// judged against illustrative nodes.
    /// </summary>
    internal static IndicatorCatalog? LoadCatalog(string? catalogPath, string? breakdownPath, bool sample, TextWriter stderr, List<string> notes, out int problems)
    {
        problems = 0;
        var builtIn = catalogPath is null;
        if ((builtIn ? Jinjiang2023.Catalog : CliOptions.LoadCatalog(catalogPath!, stderr, out problems)) is not { } catalog)
        {
            return null;
        }

        if (breakdownPath is null)
        {
            if (builtIn && sample)
            {
                notes.Add("Using the built-in illustrative task breakdown (lead units, leaders, nodes, reporting calendars: not an official assignment); pass --breakdown FILE for the office's own.");
                return SampleBreakdown.Apply(catalog);
            }

            return catalog;
        }

        if (!File.Exists(breakdownPath))
        {
            stderr.WriteLine($"{breakdownPath}: The file does not exist.");
            return null;
        }

        var read = Excel.BreakdownWorkbook.ReadFile(breakdownPath, catalog);
        foreach (var note in read.Notes)
        {
            stderr.WriteLine($"{Path.GetFileName(breakdownPath)}: {note}");
        }

        foreach (var problem in read.Problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        problems += read.Problems.Count;
        return read.Value;
    }

    /// <summary>Everything a command of the office's year needs; null (with the reason printed) when it cannot go on.</summary>
    internal static OfficeInputs? Load(ParseResult parse, Option<string?> catalogFile, Option<string?> breakdown, Option<string[]> observations, Option<string?> encoding, Option<string?> separator, Option<int?> maxSize, TextWriter stderr, bool chinese)
    {
        var notes = new List<string>();
        var files = parse.GetValue(observations) ?? [];
        if (LoadCatalog(parse.GetValue(catalogFile), parse.GetValue(breakdown), files.Length == 0, stderr, notes, out var problems) is not { } catalog)
        {
            return null;
        }

        if (CliOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(separator), parse.GetValue(maxSize), stderr) is not { } readOptions)
        {
            return null;
        }

        IReadOnlyList<Observation> loaded;
        if (files.Length == 0 && parse.GetValue(catalogFile) is null)
        {
            loaded = SampleObservations.Jinjiang2023;
            notes.Insert(0, "Using the built-in illustrative sample observations (not official data); pass --observations FILE for real data.");
        }
        else
        {
            var (read, readProblems, _) = InputLoader.Load(files, catalog, readOptions, stderr, interactive: false, chinese);
            loaded = read;
            problems += readProblems;
        }

        return new OfficeInputs(catalog, ObservationSet.Create(loaded), problems, notes);
    }

    /// <summary>The as-of date a command uses: the one given, else the latest observation, else the day the catalog's report binds.</summary>
    internal LocalDate AsOf(LocalDate? given, List<string> notes)
    {
        if (given is { } date)
        {
            return date;
        }

        // The library's rule (latest observation, else the report's first day, else the first promise's); an empty
        // catalog without observations has nothing to judge, and its date does not matter.
        var chosen = Catalog.ChooseAsOf(null, Observations) ?? new AsOfChoice(Catalog.Report?.BindsFrom ?? default, AsOfSource.FirstPromiseBinds);
        notes.Add(chosen.Describe()!);
        return chosen.Date;
    }
}
