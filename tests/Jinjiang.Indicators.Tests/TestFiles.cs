namespace Jinjiang.Indicators.Tests;

/// <summary>Files copied next to the test assembly (see the project file).</summary>
internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string ReportText => File.ReadAllText(Path("jinjiang-2023-work-report-excerpt.txt"));

    public static string Readme => File.ReadAllText(Path("README.md"));
}
