namespace Jinjiang.Indicators.Tests;

/// <summary>Files copied next to the test assembly (see the project file).</summary>
internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string ReportText => File.ReadAllText(Path("jinjiang-2023-work-report-excerpt.txt"));

    public static string Readme => File.ReadAllText(Path("README.md"));

    /// <summary>The repository's root (the folder of Indicators.sln above the test assembly), for checks of its own files.</summary>
    public static DirectoryInfo RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Indicators.sln")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException("The repository root (Indicators.sln) was not found above the test assembly.");
        }
    }
}
