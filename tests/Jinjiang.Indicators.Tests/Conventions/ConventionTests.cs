using System.Reflection;
using System.Runtime.CompilerServices;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>The habits of STYLE.md, enforced by reflection over the package.</summary>
public class ConventionTests
{
    private static readonly Assembly Package = typeof(Indicator).Assembly;

    private static IEnumerable<Type> PublicTypes => Package.GetExportedTypes();

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
        var allowed = new[] { "Jinjiang.Indicators", "Jinjiang.Indicators.Quantities", "Jinjiang.Indicators.Targets", "Jinjiang.Indicators.Evaluations", "Jinjiang.Indicators.Catalog", "Jinjiang.Indicators.Reporting", "Jinjiang.Indicators.Text", "Jinjiang.Indicators.Serialization", "Jinjiang.Indicators.Standards", "Jinjiang.Indicators.Standards.Air", "Jinjiang.Indicators.Standards.Water" };
        Assert.All(PublicTypes, t => Assert.Contains(t.Namespace, allowed));
    }

    [Theory]
    [InlineData("Jinjiang.Indicators.Quantities", new[] { "Jinjiang.Indicators.Targets", "Jinjiang.Indicators.Evaluations", "Jinjiang.Indicators.Catalog", "Jinjiang.Indicators.Reporting" })]
    [InlineData("Jinjiang.Indicators.Targets", new[] { "Jinjiang.Indicators.Evaluations", "Jinjiang.Indicators.Catalog", "Jinjiang.Indicators.Reporting" })]
    [InlineData("Jinjiang.Indicators.Evaluations", new[] { "Jinjiang.Indicators.Catalog", "Jinjiang.Indicators.Reporting" })]
    public void Namespaces_DependOneWay(string ns, string[] forbidden)
    {
        // Public signatures of a namespace's types must not mention types of the namespaces that build on it.
        var offenders = PublicTypes.Where(t => t.Namespace == ns)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (t, m)))
            .SelectMany(x => SignatureTypes(x.m).Select(s => (x.t, x.m, s)))
            .Where(x => x.s.Namespace is { } n && forbidden.Contains(n))
            .Select(x => $"{x.t.Name}.{x.m.Name} uses {x.s.FullName}")
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        FieldInfo f => [f.FieldType],
        _ => [],
    };
}
