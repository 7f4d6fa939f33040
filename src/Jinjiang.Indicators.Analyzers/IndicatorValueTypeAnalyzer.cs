using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Jinjiang.Indicators.Analyzers;

/// <summary>
/// JJI0001: <c>Indicator&lt;T&gt;</c> with a <c>T</c> the library cannot measure (<c>Indicator&lt;int&gt;</c>). The
/// supported types are read from the <c>IndicatorValueType</c> attributes on <c>Indicator&lt;TValue&gt;</c> in the
/// referenced library, so the analyzer never holds a list of its own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IndicatorValueTypeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's id.</summary>
    public const string Id = "JJI0001";

    private static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Unsupported indicator value type",
        "'{0}' is not an indicator value type; use one of: {1}",
        "Usage",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An Indicator<T> measures its values as a Measure: T must be one of the value types the library converts (UnitsNet Length, Area, Ratio, Mass, Power, Duration; Count, Money, QualityClass, Rank, PercentagePoints; double for an index; bool for a milestone).");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var indicator = start.Compilation.GetTypeByMetadataName("Jinjiang.Indicators.Indicator`1");
            if (indicator is null)
            {
                return;
            }

            var supported = indicator.GetAttributes()
                .Where(a => a.AttributeClass?.Name == "IndicatorValueTypeAttribute" && a.ConstructorArguments.Length == 1)
                .Select(a => a.ConstructorArguments[0].Value)
                .OfType<ITypeSymbol>()
                .ToImmutableArray();
            if (supported.IsEmpty)
            {
                return;
            }

            var names = string.Join(", ", supported.Select(t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var generic = (GenericNameSyntax)node.Node;
                    if (generic.Identifier.ValueText != "Indicator" || generic.TypeArgumentList.Arguments.Count != 1)
                    {
                        return;
                    }

                    if (node.SemanticModel.GetSymbolInfo(generic, node.CancellationToken).Symbol is not INamedTypeSymbol type
                        || !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, indicator))
                    {
                        return;
                    }

                    var argument = type.TypeArguments[0];
                    if (argument is ITypeParameterSymbol || argument.TypeKind == TypeKind.Error)
                    {
                        return; // generic code is checked where it is instantiated, at run time
                    }

                    if (!supported.Any(s => SymbolEqualityComparer.Default.Equals(s, argument)))
                    {
                        node.ReportDiagnostic(Diagnostic.Create(Rule, generic.TypeArgumentList.Arguments[0].GetLocation(), argument.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), names));
                    }
                },
                SyntaxKind.GenericName);
        });
    }
}
