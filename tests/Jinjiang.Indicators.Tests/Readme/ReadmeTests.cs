using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Jinjiang.Indicators.Tests.Readme;

/// <summary>The README never lies: each C# block compiles, runs, and prints what its comments say.</summary>
public partial class ReadmeTests
{
    public static TheoryData<int> Blocks()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < CSharpBlocks().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    internal static IReadOnlyList<string> CSharpBlocks()
        => BlockPattern().Matches(TestFiles.Readme).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void Readme_HasCSharpBlocks()
    {
        Assert.NotEmpty(CSharpBlocks());
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task Readme_CSharpBlock_RunsAndPrintsWhatItsCommentsSay(int index)
    {
        var code = CSharpBlocks()[index];
        var output = await RunAsync(code);
        var expected = ExpectedOutputs(code);
        var printed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(expected.Count, printed.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (text, prefix) = expected[i];
            if (prefix)
            {
                Assert.StartsWith(text, printed[i], StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(text, printed[i]);
            }
        }
    }

    /// <summary>Runs a block as a C# script against the package and its dependencies, capturing the console.</summary>
    internal static async Task<string> RunAsync(string code)
    {
        var options = ScriptOptions.Default
            .WithReferences(
                typeof(Indicator).Assembly,
                typeof(NodaTime.LocalDate).Assembly,
                typeof(UnitsNet.Length).Assembly)
            .WithImports("System", "System.Linq", "System.Collections.Generic");
        // Each block runs on its own, with the usings it declares.
        var writer = new StringWriter();
        var original = Console.Out;
        await ConsoleLock.WaitAsync();
        try
        {
            Console.SetOut(writer);
            await CSharpScript.RunAsync(code, options);
        }
        finally
        {
            Console.SetOut(original);
            ConsoleLock.Release();
        }

        return writer.ToString();
    }

    internal static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    /// <summary>
    /// A comment after a <c>Console.WriteLine</c> (same line, or the line below) is the expected output;
    /// a trailing "..." makes it a prefix.
    /// </summary>
    private static List<(string Text, bool Prefix)> ExpectedOutputs(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var result = new List<(string, bool)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("Console.WriteLine(", StringComparison.Ordinal))
            {
                continue;
            }

            var sameLine = lines[i].IndexOf("); // ", StringComparison.Ordinal);
            string? comment = sameLine >= 0 ? lines[i][(sameLine + 6)..]
                : i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith("// ", StringComparison.Ordinal) ? lines[i + 1].TrimStart()[3..] : null;
            if (comment is null)
            {
                continue;
            }

            var prefix = comment.EndsWith("...", StringComparison.Ordinal);
            result.Add((prefix ? comment[..^3] : comment, prefix));
        }

        return result;
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
