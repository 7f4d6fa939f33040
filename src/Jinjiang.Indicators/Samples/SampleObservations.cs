using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Samples;

/// <summary>
/// Illustrative observations for the 2023 catalog — <b>not official data</b> — so that a scorecard, a notebook or a
/// test shows something meaningful without files of its own. Every observation says so in its
/// <see cref="Observation.Source"/>.
/// </summary>
public static class SampleObservations
{
    private static readonly Lazy<IReadOnlyList<Observation>> Items = new(Load);

    /// <summary>The name the sample is known by in messages and reports.</summary>
    public const string Name = "sample-observations-2023.csv";

    /// <summary>The illustrative 2023 observations of every catalog indicator.</summary>
    public static IReadOnlyList<Observation> Jinjiang2023 => Items.Value;

    /// <summary>The sample as CSV text, in the format <see cref="ObservationCsv"/> reads.</summary>
    public static string Csv
    {
        get
        {
            using var reader = Open();
            return reader.ReadToEnd();
        }
    }

    private static IReadOnlyList<Observation> Load()
    {
        using var reader = Open();
        return ObservationCsv.Read(reader, Name, Catalog.Jinjiang2023.Catalog, new ObservationReadOptions { Strict = true }).Value;
    }

    private static StreamReader Open()
    {
        var stream = typeof(SampleObservations).Assembly.GetManifestResourceStream("Jinjiang.Indicators.Samples." + Name)
            ?? throw new InvalidOperationException("The sample observations are missing from the package.");
        return new StreamReader(stream);
    }
}
