using System.Text.RegularExpressions;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>The released surface is recorded: the version has a changelog entry and each package's shipped API is listed.</summary>
public class ReleaseTests
{
    private static readonly DirectoryInfo Root = TestFiles.RepositoryRoot;

    [Fact]
    public void TheVersion_HasAChangelogEntry_AndTheShippedApiIsRecorded()
    {
        var props = File.ReadAllText(Path.Combine(Root.FullName, "Directory.Build.props"));
        var version = Regex.Match(props, "<VersionPrefix>([^<]+)</VersionPrefix>").Groups[1].Value;
        Assert.Equal("0.2.0", version);
        var changelog = File.ReadAllText(Path.Combine(Root.FullName, "CHANGELOG.md"));
        Assert.Contains($"## [{version}] - ", changelog, StringComparison.Ordinal);
        foreach (var package in new[] { "Jinjiang.Indicators", "Jinjiang.Indicators.Excel", "Jinjiang.Indicators.Word" })
        {
            var shipped = File.ReadAllLines(Path.Combine(Root.FullName, "src", package, "PublicAPI.Shipped.txt"));
            Assert.Equal("#nullable enable", shipped[0]);
            Assert.Contains(shipped, l => l.StartsWith(package + ".", StringComparison.Ordinal));

        }

        // The core's shipped surface holds its front doors.
        var core = File.ReadAllText(Path.Combine(Root.FullName, "src", "Jinjiang.Indicators", "PublicAPI.Shipped.txt"));
        Assert.Contains("Jinjiang.Indicators.Evaluations.Evaluator.Evaluate(", core, StringComparison.Ordinal);
        Assert.Contains("static Jinjiang.Indicators.Serialization.ObservationFile.ReadAll(", core, StringComparison.Ordinal);

        // 0.2.0's surface: the one dispatch over target kinds and the office's year are shipped.
        Assert.Contains("Jinjiang.Indicators.Targets.ITargetVisitor<TArgument, TResult>", core, StringComparison.Ordinal);
        Assert.Contains("Jinjiang.Indicators.Office.Bulletin", core, StringComparison.Ordinal);
    }
}
