namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A named group of areas that a rank is taken among: 五城区 (the five central districts of Chengdu) or 全市 (all
/// county-level units of the city).
/// </summary>
public sealed class PeerGroup
{
    /// <summary>Creates a peer group.</summary>
    /// <param name="name">The Chinese name (五城区).</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="members">The member areas' names, at least one, no duplicates.</param>
    public PeerGroup(string name, string nameEn, IEnumerable<string> members)
    {
        Name = Preconditions.CheckNotBlank(name);
        NameEn = Preconditions.CheckNotBlank(nameEn);
        var list = Preconditions.CheckNotNull(members).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(members), "A peer group needs at least one member.");
        Preconditions.CheckArgument(list.Distinct(StringComparer.Ordinal).Count() == list.Length, nameof(members), "A peer group cannot list the same member twice.");
        Members = list;
    }

    /// <summary>The Chinese name.</summary>
    public string Name { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The member areas, in the order given.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>五城区: Chengdu's five central urban districts (锦江, 青羊, 金牛, 武侯, 成华).</summary>
    public static PeerGroup FiveCentralDistricts { get; } = new(
        "五城区", "Chengdu's five central districts", ["锦江区", "青羊区", "金牛区", "武侯区", "成华区"]);

    /// <summary>
    /// 全市: Chengdu's 20 county-level units (12 districts, 3 counties, 5 county-level cities) as of 2023.
    /// The membership changes over the years; build your own group for another year.
    /// </summary>
    public static PeerGroup Chengdu { get; } = new(
        "全市", "All of Chengdu (20 county-level units)",
        [
            "锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区", "温江区", "双流区", "郫都区", "新津区",
            "金堂县", "大邑县", "蒲江县", "都江堰市", "彭州市", "邛崃市", "崇州市", "简阳市",
        ]);

    /// <summary>Whether an area belongs to the group.</summary>
    /// <param name="area">The area's name.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool Contains(string area) => Members.Contains(area, StringComparer.Ordinal);

    /// <summary>The number of members.</summary>
    public int Count => Members.Count;

    /// <summary>The Chinese name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
