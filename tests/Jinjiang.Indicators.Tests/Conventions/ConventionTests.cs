using System.Reflection;
using System.Runtime.CompilerServices;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>The habits of STYLE.md, enforced by reflection over the package.</summary>
public class ConventionTests
{
    private static readonly Assembly Package = typeof(Indicator).Assembly;

    private static IEnumerable<Type> PublicTypes => Package.GetExportedTypes();

    [Fact]
    public void ShippedPackages_UseOnlyThePublicApiOfTheCore()
    {
        // The Excel and Word packages are consumers like any other: no shipped assembly sees the core's internals.
        var friends = Package.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToArray();

        Assert.Equal(["Jinjiang.Indicators.Tests"], friends);
    }

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null).Select(t => t.FullName).ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSetters()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(setters);
    }

    [Fact]
    public void PublicTypes_LiveInTheNamespaceOfTheirFolder()
    {
        var allowed = new[] { "Jinjiang.Indicators", "Jinjiang.Indicators.Quantities", "Jinjiang.Indicators.Targets", "Jinjiang.Indicators.Evaluations", "Jinjiang.Indicators.Catalog", "Jinjiang.Indicators.Reporting", "Jinjiang.Indicators.Text", "Jinjiang.Indicators.Serialization", "Jinjiang.Indicators.Samples", "Jinjiang.Indicators.Office", "Jinjiang.Indicators.Standards", "Jinjiang.Indicators.Standards.Air", "Jinjiang.Indicators.Standards.Water" };
        Assert.All(PublicTypes, t => Assert.Contains(t.Namespace, allowed));
    }

    [Fact]
    public void BilingualMembers_FollowOneConvention()
    {
        // English is the library's language: a text member is English, and its Chinese counterpart is the same name
        // followed by "Chinese" (Name/NameChinese, Reason/ReasonChinese, Describe/DescribeChinese,
        // ToString/ToStringChinese). No "En"/"Zh" abbreviations, no "Chinese"/"English" prefixes. Identifiers are not
        // translated text: an area is keyed by its official name, and AreaEnglish is its English rendering.
        var members = PublicTypes.Where(t => !t.IsEnum).SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (t, m.Name))).ToList();
        var names = members.Select(x => x.t.FullName + "." + x.Name).ToHashSet();
        string[] identifierRenderings = ["Jinjiang.Indicators.WorkReport.AreaEnglish", "Jinjiang.Indicators.WorkReport.get_AreaEnglish", "Jinjiang.Indicators.WorkReport.set_AreaEnglish"];
        var offenders = members
            .Where(x => !identifierRenderings.Contains(x.t.FullName + "." + x.Name))
            .Where(x => x.Name.EndsWith("En", StringComparison.Ordinal) || x.Name.EndsWith("Zh", StringComparison.Ordinal) || x.Name.EndsWith("English", StringComparison.Ordinal)
                || x.Name.StartsWith("Chinese", StringComparison.Ordinal) || x.Name.StartsWith("English", StringComparison.Ordinal)
                || x.Name.Contains("ChineseString", StringComparison.Ordinal))
            .Select(x => x.t.Name + "." + x.Name)
            .ToList();
        var unpaired = members
            .Where(x => x.Name.EndsWith("Chinese", StringComparison.Ordinal) && !x.Name.StartsWith("set_", StringComparison.Ordinal))
            .Where(x => !names.Contains(x.t.FullName + "." + x.Name[..^"Chinese".Length]) && !x.t.IsSubclassOf(typeof(Jinjiang.Indicators.Targets.Target)))
            .Select(x => x.t.Name + "." + x.Name + " has no English counterpart")
            .ToList();
        Assert.Empty(offenders.Concat(unpaired));
    }

    [Fact]
    public void Namespaces_DependOneWay()
    {
        // Every type reference of the package (signatures, bodies, attributes, generic arguments) against the layer
        // order of docs/architecture.md.
        var violations = Layers.Violations(Package.Location, "Jinjiang.Indicators", Layers.Package);
        Assert.True(violations.Count == 0, $"{violations.Count} reference(s) against the layer order:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void ShippedData_IsNotADefaultOfTheGeneralCode()
    {
        // The Jinjiang catalog, its peer groups and the sample observations are data: only the catalog and sample
        // namespaces that hold them refer to them; readers, evaluators, renderers and the text layer take a catalog
        // as an argument.
        string[] data = ["Jinjiang.Indicators.Catalog.Jinjiang2023", "Jinjiang.Indicators.Catalog.ChengduPeerGroups", "Jinjiang.Indicators.Samples.SampleObservations"];
        string[] holders = ["Jinjiang.Indicators.Catalog", "Jinjiang.Indicators.Samples"];
        var offenders = TypeReferences.Of(Package.Location)
            .Where(r => data.Contains(r.ToType) && !holders.Contains(r.FromNamespace))
            .Select(r => $"{r.Where} refers to {r.ToType}")
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void LayerCheck_FindsAReferenceUpTheLayersInAMethodBody()
    {
        var fixture = "Jinjiang.Indicators.Tests.Conventions.LayeringFixture";
        var layers = new Dictionary<string, string[]> { ["Low"] = [], ["High"] = ["Low"] };
        var violations = Layers.Violations(typeof(ConventionTests).Assembly.Location, fixture, layers);
        var violation = Assert.Single(violations);
        Assert.Contains("Quantity.Violates", violation, StringComparison.Ordinal);
        Assert.Contains("(Low) refers to " + fixture + ".High.Verdict (High)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void LayerCheck_FindsANamespaceOutsideTheOrder()
    {
        var fixture = "Jinjiang.Indicators.Tests.Conventions.LayeringFixture";
        var violations = Layers.Violations(typeof(ConventionTests).Assembly.Location, fixture, new Dictionary<string, string[]> { ["High"] = ["Low"] });
        Assert.Contains(violations, v => v.Contains("'" + fixture + ".Low' has no place", StringComparison.Ordinal));
    }
}
