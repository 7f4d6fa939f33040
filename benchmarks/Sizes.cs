namespace Jinjiang.Indicators.Benchmarks;

/// <summary>Input sizes: the full sizes of the documented run, or small ones in --quick mode.</summary>
public static class Sizes
{
    public static bool Quick { get; set; } = Environment.GetEnvironmentVariable("JJ_BENCH_QUICK") == "1";

    /// <summary>County-level units evaluated (China has about 2,800).</summary>
    public static int Units => Quick ? 50 : 2_800;

    /// <summary>Monitoring stations with a year of hourly data for the air benchmark.</summary>
    public static int Stations => Quick ? 5 : 1_000;

    /// <summary>Observation rows for the file benchmarks.</summary>
    public static int Rows => Quick ? 2_000 : 100_000;
}
