using System.Globalization;
using System.Text.RegularExpressions;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// The code metrics analyzers are on for the shipped code with a stated threshold (docs/architecture.md): CA1502
/// (cyclomatic complexity of a method) at most 40, CA1506 (class coupling) at the stated limits, CA1505
/// (maintainability) at its default; the build fails above them, so every method under src/ is under them.
/// </summary>
public partial class CodeMetricsTests
{
    [GeneratedRegex(@"^(?<rule>CA\d{4}(\((?<scope>Method|Type)\))?):\s*(?<limit>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Threshold();

    private static string Root => TestFiles.RepositoryRoot.FullName;

    [Fact]
    public void Thresholds_AreStated_AndNoLooserThanTheRelease()
    {
        var limits = Threshold().Matches(File.ReadAllText(Path.Combine(Root, "CodeMetricsConfig.txt")))
            .ToDictionary(m => m.Groups["rule"].Value, m => int.Parse(m.Groups["limit"].Value, CultureInfo.InvariantCulture));

        Assert.True(limits["CA1502"] <= 40, "cyclomatic complexity");
        Assert.True(limits["CA1506(Method)"] <= 70, "coupling of a method");
        Assert.True(limits["CA1506(Type)"] <= 120, "coupling of a type");
    }

    [Fact]
    public void TheAnalyzers_AreOn_ForTheShippedCode_AndReadTheThresholds()
    {
        var editorConfig = File.ReadAllText(Path.Combine(Root, ".editorconfig"));
        var section = editorConfig[editorConfig.IndexOf("[src/**.cs]", StringComparison.Ordinal)..];
        foreach (var rule in new[] { "CA1502", "CA1505", "CA1506" })
        {
            Assert.Contains($"dotnet_diagnostic.{rule}.severity = warning", section, StringComparison.Ordinal);
        }

        var props = File.ReadAllText(Path.Combine(Root, "Directory.Build.props"));
        Assert.Contains("<AdditionalFiles Include=\"$(MSBuildThisFileDirectory)CodeMetricsConfig.txt\" />", props, StringComparison.Ordinal);
        Assert.Contains("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", props, StringComparison.Ordinal);
    }
}
