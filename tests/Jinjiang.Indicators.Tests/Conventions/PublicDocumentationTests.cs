using System.Reflection;
using System.Xml.Linq;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// The XML documentation shipped in the packages describes the public API only (Directory.Build.targets takes the
/// internal members out after the compiler writes the file), and still describes all of it.
/// </summary>
public class PublicDocumentationTests
{
    public static TheoryData<string> Packages => ["Jinjiang.Indicators", "Jinjiang.Indicators.Excel", "Jinjiang.Indicators.Word"];

    private static (Assembly Assembly, XDocument Documentation) Load(string package)
    {
        var assembly = Assembly.Load(package);
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(file), file);
        return (assembly, XDocument.Load(file));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryDocumentedMember_IsPublic(string package)
    {
        var (assembly, documentation) = Load(package);
        var publicTypes = assembly.GetExportedTypes().ToDictionary(t => t.FullName!.Replace('+', '.'), StringComparer.Ordinal);
        var leaks = new List<string>();
        foreach (var id in documentation.Descendants("member").Select(m => (string)m.Attribute("name")!))
        {
            var kind = id[0];
            var name = id[2..];
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            name = paren < 0 ? name : name[..paren];
            if (kind == 'T')
            {
                if (!publicTypes.ContainsKey(name))
                {
                    leaks.Add(id);
                }

                continue;
            }

            var dot = name.LastIndexOf('.');
            var owner = name[..dot];
            var member = name[(dot + 1)..].Replace("#ctor", ".ctor", StringComparison.Ordinal);
            var generic = member.IndexOf("``", StringComparison.Ordinal);
            member = generic < 0 ? member : member[..generic];
            if (!publicTypes.TryGetValue(owner, out var type)
                || !type.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(m => m is not MethodBase method || method.IsPublic || method.IsFamily))
            {
                leaks.Add(id);
            }
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} internal member(s) documented, e.g. {string.Join(", ", leaks.Take(8))}");
    }

    [Fact]
    public void ThePublicApi_IsStillDocumented()
    {
        var (assembly, documentation) = Load("Jinjiang.Indicators");
        var ids = documentation.Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("T:Jinjiang.Indicators.Catalog.IndicatorCatalog", ids);
        Assert.Contains("M:Jinjiang.Indicators.Catalog.IndicatorCatalog.ChooseAsOf(System.Nullable{NodaTime.LocalDate},Jinjiang.Indicators.ObservationSet)", ids);
        Assert.Contains("P:Jinjiang.Indicators.Evaluations.Evaluation.ReasonChinese", ids);
        Assert.Contains("M:Jinjiang.Indicators.Serialization.ObservationRecordReader.#ctor(Jinjiang.Indicators.Catalog.IndicatorCatalog,System.String)", ids);
        var undocumented = assembly.GetExportedTypes().Select(t => "T:" + t.FullName!.Replace('+', '.')).Where(id => !ids.Contains(id)).ToList();
        Assert.True(undocumented.Count == 0, "public types without their summary: " + string.Join(", ", undocumented));
    }
}
