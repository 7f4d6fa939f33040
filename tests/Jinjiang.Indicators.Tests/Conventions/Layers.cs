namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// The layer order of a library: which namespaces each namespace may refer to (besides itself), and the check of an
/// assembly's every type reference against it.
/// </summary>
internal static class Layers
{
    /// <summary>
    /// The attribute whose type argument may point up the layers: .NET Interactive finds a type's notebook formatters
    /// only through an attribute of this name on the type itself, so the core types name their formatter in
    /// Reporting. It is metadata read by the notebook host alone; no code path runs through it.
    /// </summary>
    internal const string Exception = "TypeFormatterSourceAttribute";

    /// <summary>
    /// The package's layers, bottom up. Relative namespace names; "" is the root (the nouns Indicator, Observation,
    /// WorkReport). Utility is internal and below everything.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Package = new Dictionary<string, string[]>
    {
        ["Utility"] = [],
        ["Quantities"] = ["Utility"],
        ["Targets"] = ["Quantities", "Utility"],
        ["Standards"] = ["Quantities", "Utility"],
        ["Standards.Air"] = ["Standards", "", "Targets", "Quantities", "Utility"],
        ["Standards.Water"] = ["Standards", "", "Targets", "Quantities", "Utility"],
        [""] = ["Targets", "Quantities", "Utility"],
        ["Evaluations"] = ["", "Targets", "Quantities", "Utility"],
        ["Text"] = ["", "Targets", "Quantities", "Utility"],
        ["Catalog"] = ["Text", "Evaluations", "", "Targets", "Quantities", "Standards", "Standards.Air", "Standards.Water", "Utility"],
        ["Office"] = ["Evaluations", "", "Targets", "Quantities", "Utility"],
        ["Serialization.Decoding"] = ["Utility"],
        ["Serialization.Rows"] = ["Catalog", "Text", "Evaluations", "", "Targets", "Quantities", "Standards", "Standards.Air", "Standards.Water", "Utility"],
        ["Serialization"] = ["Serialization.Rows", "Serialization.Decoding", "Catalog", "Text", "Evaluations", "", "Targets", "Quantities", "Standards", "Standards.Air", "Standards.Water", "Utility"],
        ["Samples"] = ["Office", "Serialization", "Serialization.Rows", "Serialization.Decoding", "Catalog", "Text", "Evaluations", "", "Targets", "Quantities", "Standards", "Standards.Air", "Standards.Water", "Utility"],
        ["Reporting"] = ["Office", "Serialization", "Serialization.Rows", "Serialization.Decoding", "Catalog", "Text", "Evaluations", "", "Targets", "Quantities", "Standards", "Standards.Air", "Standards.Water", "Utility"],
    };

    /// <summary>Every reference of the assembly's types that goes against <paramref name="layers"/>, as readable lines.</summary>
    internal static IReadOnlyList<string> Violations(string assemblyPath, string root, IReadOnlyDictionary<string, string[]> layers)
    {
        string? Relative(string ns) => ns == root ? string.Empty : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..] : null;

        var found = new List<string>();
        foreach (var r in TypeReferences.Of(assemblyPath))
        {
            if (Relative(r.FromNamespace) is not { } from || Relative(r.ToNamespace) is not { } to || from == to)
            {
                continue;
            }

            if (!layers.TryGetValue(from, out var allowed))
            {
                found.Add($"{r.FromType}: namespace '{r.FromNamespace}' has no place in the layer order");
            }
            else if (!allowed.Contains(to) && !r.Where.Contains("[attribute " + Exception, StringComparison.Ordinal))
            {
                found.Add($"{r.Where} ({from.Display()}) refers to {r.ToType} ({to.Display()})");
            }
        }

        return found.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static string Display(this string relative) => relative.Length == 0 ? "root" : relative;
}
