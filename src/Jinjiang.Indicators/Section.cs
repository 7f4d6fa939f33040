using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// The part of the report (theme) an indicator belongs to, used to group scorecards. Sections are compared by
/// <see cref="Id"/>.
/// </summary>
public sealed class Section : IEquatable<Section>
{
    /// <summary>Creates a section.</summary>
    /// <param name="id">A stable kebab-case id (<c>ecology</c>).</param>
    /// <param name="nameChinese">The Chinese name.</param>
    /// <param name="name">The English name.</param>
    public Section(string id, string nameChinese, string name)
    {
        Preconditions.CheckArgument(IndicatorId.IsValid(id), nameof(id), "A section id must be lower-case kebab-case ASCII.");
        Id = id;
        NameChinese = Preconditions.CheckNotBlank(nameChinese);
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The Chinese name.</summary>
    public string NameChinese { get; }

    /// <summary>A section for indicators that name none.</summary>
    public static Section General { get; } = new("general", "综合", "General");

    /// <inheritdoc/>
    public bool Equals(Section? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Section);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
