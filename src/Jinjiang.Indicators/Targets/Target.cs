using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// What a promise commits to, and by when: the rule an evaluation checks observations against. A target is not an
/// observation (a dated value) and not an evaluation (a verdict at an as-of date).
/// </summary>
/// <remarks>
/// The set of target kinds is closed: each sealed subclass models one wording of the report, documented with the
/// Chinese it stands for, and the evaluators know each of them. All targets are immutable.
/// </remarks>
public abstract class Target
{
    private protected Target(DateInterval period) => Period = Preconditions.CheckNotNull(period);

    /// <summary>The period within which the promise is judged; its end is the deadline (全年 = 2023-01-01..2023-12-31).</summary>
    public DateInterval Period { get; }

    /// <summary>The last day on which the promise can still be kept (inclusive).</summary>
    public LocalDate Deadline => Period.End;

    /// <summary>The kind of measure the observations of this target carry.</summary>
    public abstract QuantityKind Kind { get; }

    /// <summary>A stable kebab-case name of the target kind (<c>at-least</c>, <c>delivery</c>, <c>rank</c>), used in files.</summary>
    public abstract string TypeName { get; }

    /// <summary>The target as a short English sentence (<c>at least 5000 m2 by 2023-12-31</c>).</summary>
    /// <returns>The text.</returns>
    public abstract string Describe();

    /// <summary>The target as short Chinese text (<c>5000平方米以上</c>).</summary>
    /// <returns>The text.</returns>
    public abstract string DescribeChinese();

    /// <summary>The English description.</summary>
    /// <returns>The value of <see cref="Describe"/>.</returns>
    public override string ToString() => Describe();

    private protected string By => " by " + IsoDate.Format(Deadline);
}
