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

    /// <summary>
    /// The longest a method, constructor, accessor or local function body under src/ may be, in lines
    /// (docs/architecture.md): 100 today, a ratchet towards the goal of 60 (about 30 bodies are between 61 and 100).
    /// </summary>
    internal const int MaxMethodLines = 100;

    [Fact]
    public void NoMethodUnderSrc_IsLongerThanTheLimit()
    {
        var tooLong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var body = node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax m => (Microsoft.CodeAnalysis.SyntaxNode?)m.Body ?? m.ExpressionBody,
                    Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax f => (Microsoft.CodeAnalysis.SyntaxNode?)f.Body ?? f.ExpressionBody,
                    Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax a => (Microsoft.CodeAnalysis.SyntaxNode?)a.Body ?? a.ExpressionBody,
                    _ => null,
                };
                if (body is null)
                {
                    continue;
                }

                var span = body.GetLocation().GetLineSpan();
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (lines > MaxMethodLines)
                {
                    tooLong.Add($"{Path.GetRelativePath(Root, file)}:{span.StartLinePosition.Line + 1} ({lines} lines)");
                }
            }
        }

        Assert.True(tooLong.Count == 0, "Methods over " + MaxMethodLines.ToString(CultureInfo.InvariantCulture) + " lines:\n" + string.Join("\n", tooLong));
    }
}
