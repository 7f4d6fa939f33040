namespace Jinjiang.Indicators.Utility;

/// <summary>
/// The attribute .NET Interactive (Polyglot Notebooks) recognises by name to find a type's formatters, declared
/// here so the package needs no dependency on the beta Microsoft.DotNet.Interactive packages.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    public Type FormatterSourceType { get; }

    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
