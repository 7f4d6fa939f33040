namespace Jinjiang.Indicators.Text;

/// <summary>The kind of target a promise's wording describes (the catalog's target types).</summary>
public enum PromiseKind
{
    /// <summary>新建/新增/完成/打造 N: an amount delivered within the period.</summary>
    Delivery = 0,

    /// <summary>N以上, 不低于N, 不少于N, 超过N: a level at least N.</summary>
    AtLeast,

    /// <summary>N以下, N以内, 不超过N, 控制在N: a level at most N.</summary>
    AtMost,

    /// <summary>N左右: about N.</summary>
    About,

    /// <summary>减少/下降/增长/提高 N% or N个百分点: a change against a baseline.</summary>
    Change,

    /// <summary>100%, 全覆盖, 应...尽..., 所有...全部: full coverage.</summary>
    Coverage,

    /// <summary>第N位, 前列, 领先, 前N名: a rank among peers.</summary>
    Rank,

    /// <summary>达到Ⅲ类: a quality class.</summary>
    Class,

    /// <summary>每周, 一周一...: an event in every week.</summary>
    Cadence,

    /// <summary>"1、3、5分钟": response-time tiers.</summary>
    ResponseTime,

    /// <summary>完成...项目 (no number): a milestone.</summary>
    Milestone,

    /// <summary>逐步扩大...比例: direction only.</summary>
    Direction,

    /// <summary>居民收入增长与经济增长基本同步: a growth that keeps pace with another (no figure of its own).</summary>
    Pace,
}
