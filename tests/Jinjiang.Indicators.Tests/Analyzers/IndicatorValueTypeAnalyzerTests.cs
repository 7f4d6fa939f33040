using System.Collections.Immutable;
using System.Reflection;
using Jinjiang.Indicators.Analyzers;
using Jinjiang.Indicators.Utility;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Jinjiang.Indicators.Tests.Analyzers;

/// <summary>An unsupported value type does not compile: the analyzer shipped in the package refuses it.</summary>
public class IndicatorValueTypeAnalyzerTests
{
    private const string Usings = "using Jinjiang.Indicators; using Jinjiang.Indicators.Quantities; using Jinjiang.Indicators.Targets; using UnitsNet;\n";

    [Theory]
    [InlineData("var i = new Indicator<int>(new IndicatorId(\"x\"), \"新建\", \"New\", new DeliveryTarget(Measure.From(Count.Of(1)), ReportPeriods.Year(2023)));", "int")]
    [InlineData("Indicator<decimal>? i = null;", "decimal")]
    [InlineData("System.Type t = typeof(Indicator<System.DateTime>);", "DateTime")]
    [InlineData("static void M(System.Collections.Generic.List<Indicator<Temperature>> list) { }", "Temperature")]
    public void AnUnsupportedValueType_IsAnError(string code, string type)
    {
        var diagnostic = Assert.Single(Analyze(code));
        Assert.Equal(IndicatorValueTypeAnalyzer.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{type}' is not an indicator value type", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var i = new Indicator<Length>(new IndicatorId(\"x\"), \"新建\", \"New\", new DeliveryTarget(Measure.From(Length.FromKilometers(1)), ReportPeriods.Year(2023)));")]
    [InlineData("Indicator<Count>? a = null; Indicator<bool>? b = null; Indicator<double>? c = null; Indicator<QualityClass>? d = null;")]
    [InlineData("static Indicator<T>? M<T>() where T : struct => null;")] // generic code is checked at run time
    public void SupportedValueTypes_AndGenericCode_Compile(string code)
        => Assert.Empty(Analyze(code));

    [Fact]
    public void TheAnalyzersMirror_IsTheListOfSupportedTypes()
    {
        var mirror = typeof(Indicator<>).GetCustomAttributes<IndicatorValueTypeAttribute>().Select(a => a.ValueType).ToHashSet();
        Assert.Equal(IndicatorValueTypes.All.Select(e => e.Type).ToHashSet(), mirror);
        Assert.Equal(IndicatorValueTypes.All.Length, IndicatorValueTypes.All.Select(e => e.Name).Distinct().Count());
    }

    private static ImmutableArray<Diagnostic> Analyze(string statements)
    {
        var source = Usings + "public static class Program { public static void Main() { " + (statements.StartsWith("static", StringComparison.Ordinal) ? string.Empty : statements) + " } " + (statements.StartsWith("static", StringComparison.Ordinal) ? statements : string.Empty) + " }";
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Select(a => MetadataReference.CreateFromFile(a.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Indicator).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(UnitsNet.Length).Assembly.Location));
        var compilation = CSharpCompilation.Create("check", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors)); // the code itself compiles; only the analyzer may refuse it
        return compilation.WithAnalyzers([new IndicatorValueTypeAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
