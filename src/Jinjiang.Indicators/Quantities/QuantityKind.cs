namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// The dimension of a <see cref="Measure"/>: two measures can be compared or converted only when their kinds are
/// equal (15 公里 and 15,000 m are both <see cref="Length"/>; a length is never compared with an area).
/// </summary>
public enum QuantityKind
{
    /// <summary>A pure number with no unit, such as the ambient air quality composite index (综合指数).</summary>
    Index = 0,

    /// <summary>A length (UnitsNet <c>Length</c>): 公里, 米. Base unit: metre.</summary>
    Length,

    /// <summary>An area (UnitsNet <c>Area</c>): 平方米, 万平方米, 亩. Base unit: square metre.</summary>
    Area,

    /// <summary>A share of a whole (UnitsNet <c>Ratio</c>): 5%, 100%. Base unit: decimal fraction (1 = 100%).</summary>
    Ratio,

    /// <summary>A difference between two percentages (百分点), not itself a percentage. Base unit: one point.</summary>
    PercentagePoints,

    /// <summary>A number of things counted with a classifier (个, 座, 处, 项, 件). Base unit: one item.</summary>
    Count,

    /// <summary>An amount of money in yuan (元, 万元, 亿元). Base unit: yuan.</summary>
    Money,

    /// <summary>A mass (UnitsNet <c>Mass</c>): 吨. Base unit: kilogram.</summary>
    Mass,

    /// <summary>A span of time (UnitsNet <c>Duration</c>), such as a response time. Base unit: second.</summary>
    Time,

    /// <summary>An ordinal quality class such as water quality Ⅰ..Ⅴ and 劣Ⅴ; the value is the class ordinal (1 best).</summary>
    QualityClass,

    /// <summary>A position within a peer group (第1位); the value is the position (1 best).</summary>
    Rank,

    /// <summary>Whether a milestone is done: 1 for done, 0 for not done.</summary>
    Completion,

    /// <summary>The kind of a composite target whose parts measure different things.</summary>
    Composite,

    /// <summary>A power (UnitsNet <c>Power</c>), such as installed generating capacity: 千瓦, 万千瓦. Base unit: watt.</summary>
    Power,
}
