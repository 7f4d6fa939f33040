using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A named group of areas that a rank is taken among: 五城区 (the five central districts of Chengdu) or 全市 (the
/// units a city-wide ranking lists). Membership is data, dated and sourced: it changes from year to year and from
/// one ranking to another.
/// </summary>
public sealed class PeerGroup
{
    /// <summary>Creates a peer group.</summary>
    /// <param name="nameChinese">The Chinese name (五城区).</param>
    /// <param name="name">The English name.</param>
    /// <param name="members">The member areas' names, at least one, no duplicates.</param>
    public PeerGroup(string nameChinese, string name, IEnumerable<string> members)
    {
        NameChinese = Preconditions.CheckNotBlank(nameChinese);
        Name = Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckNotNull(members).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(members), "A peer group needs at least one member.");
        Preconditions.CheckArgument(list.Distinct(StringComparer.Ordinal).Count() == list.Length, nameof(members), "A peer group cannot list the same member twice.");
        Members = list;
    }

    private PeerGroup(string nameChinese, string name)
    {
        NameChinese = Preconditions.CheckNotBlank(nameChinese);
        Name = Preconditions.CheckNotBlank(name);
        Members = [];
    }

    /// <summary>
    /// A group named by a report (全市, 全省) whose members are not listed yet, as a draft catalog reads it: a rank
    /// among it can be judged on a reported rank only, not computed from the members' values.
    /// </summary>
    /// <param name="nameChinese">The Chinese name.</param>
    /// <param name="name">The English name.</param>
    /// <returns>The group.</returns>
    public static PeerGroup Unlisted(string nameChinese, string name) => new(nameChinese, name);

    /// <summary>Whether the members are listed (<see langword="false"/> for <see cref="Unlisted"/>).</summary>
    public bool IsListed => Members.Count > 0;

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The Chinese name.</summary>
    public string NameChinese { get; }

    /// <summary>The member areas, in the order given.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The day the membership was read from its source (memberships change: districts merge, zones are added).</summary>
    public NodaTime.LocalDate? AsOf { get; init; }

    /// <summary>Where the membership comes from and what it counts (a ranking's published list, an administrative division list).</summary>
    public string? SourceNote { get; init; }

    /// <summary>Whether an area belongs to the group.</summary>
    /// <param name="area">The area's name.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool Contains(string area)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (string.Equals(Members[i], area, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of members (0 when they are not listed).</summary>
    public int Count => Members.Count;

    /// <summary>The Chinese name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => NameChinese;
}
