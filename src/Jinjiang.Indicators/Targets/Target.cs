using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
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
    private TargetBasis _basis = Unset;

    private protected Target(DateInterval period)
    {
        Period = Preconditions.CheckNotNull(period);
        DayBeforeStart = period.Start == LocalDate.MinIsoValue ? period.Start : period.Start.PlusDays(-1);
        _totalDays = NodaTime.Period.DaysBetween(DayBeforeStart, period.End);
        if (Utility.IsoDate.IsMonthEnd(DayBeforeStart) && Utility.IsoDate.IsMonthEnd(period.End))
        {
            _startMonth = MonthIndex(DayBeforeStart);
            _totalMonths = MonthIndex(period.End) - _startMonth;
        }
    }

    private readonly int _totalDays;
    private readonly int _startMonth;
    private readonly int _totalMonths; // 0 when the period does not run from a month end to a month end

    /// <summary>
    /// The share of the period elapsed at a date (时间进度), counted from the period's start, by whole months when the
    /// period and the date are month-aligned: the same as <c>ProgressInput.ElapsedShare</c> from the day before the
    /// period to the deadline, without computing the period's figures again (summaries ask it for every promise).
    /// </summary>
    internal double ElapsedShare(LocalDate asOf)
    {
        if (asOf <= DayBeforeStart)
        {
            return _totalDays <= 0 ? 1 : 0;
        }

        if (asOf >= Period.End)
        {
            return 1;
        }

        return _totalMonths > 0 && Utility.IsoDate.IsMonthEnd(asOf)
            ? (MonthIndex(asOf) - _startMonth) / (double)_totalMonths
            : NodaTime.Period.DaysBetween(DayBeforeStart, asOf) / (double)_totalDays;
    }


    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month;

    /// <summary>The day before the period starts: where a delivery's progress path starts from zero (computed once, not per judgement).</summary>
    internal LocalDate DayBeforeStart { get; }

    /// <summary>The period within which the promise is judged; its end is the deadline (全年 = 2023-01-01..2023-12-31).</summary>
    public DateInterval Period { get; }

    /// <summary>The last day on which the promise can still be kept (inclusive).</summary>
    public LocalDate Deadline => Period.End;

    /// <summary>
    /// Whether a judgement at a date is final: from the deadline day itself on. An office judging "as of 31 December"
    /// on the year's figures signs the final verdict (met or not met), not a forecast; the one rule every evaluator uses.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns><see langword="true"/> on and after the deadline.</returns>
    public bool IsClosedAt(LocalDate asOf) => asOf >= Period.End;

    /// <summary>
    /// How the promise must hold over its period: at the deadline, throughout, or over the period as a whole. Each
    /// kind has its default (<see cref="TargetBasis.AtDeadline"/> for levels, <see cref="TargetBasis.Throughout"/>
    /// for cadences and response tiers); set it when creating the target (<c>new CoverageTarget(...) { Basis = TargetBasis.OverPeriod }</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The kind of target cannot be judged on that basis (a delivery is always cumulative to the deadline).</exception>
    public TargetBasis Basis
    {
        get => _basis == Unset ? DefaultBasis : _basis;
        init
        {
            Preconditions.CheckArgument(Supports(value), nameof(value), $"A {TypeName} target cannot be judged on the basis {value}.");
            _basis = value;
        }
    }

    /// <summary>
    /// Whether how the target must hold (期末达到, 全程保持, 全期整体) is part of its wording, so forms, labels and reporting
    /// templates show <see cref="Basis"/>: levels, classes, ranks, response times and cadences; not deliveries,
    /// changes or milestones, whose basis is fixed by their kind.
    /// </summary>
    public bool ShowsBasis => TargetTraits.ShowsBasis(this);

    /// <summary>A copy of this target judged on another basis (to override the catalog's reading with <c>indicator.WithTarget(indicator.Target.WithBasis(...))</c>).</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The kind of target cannot be judged on that basis.</exception>
    public Target WithBasis(TargetBasis basis)
    {
        Preconditions.CheckArgument(Supports(basis), nameof(basis), $"A {TypeName} target cannot be judged on the basis {basis}.");
        var copy = (Target)MemberwiseClone();
        copy._basis = basis;
        return copy;
    }

    /// <summary>The kind of measure the observations of this target carry.</summary>
    public abstract QuantityKind Kind { get; }

    /// <summary>
    /// The kinds of quantity an observation of this target may have: <see cref="Kind"/>, and for a rank target the
    /// ranked figure as well, for a composite its parts' kinds. What a target accepts is said here, once, for the
    /// readers, the typed indicators and the evaluators alike.
    /// </summary>
    public virtual IReadOnlyList<QuantityKind> AcceptedKinds => [Kind];

    /// <summary>
    /// Whether observations may repeat a date (response times: one row per incident); for every other kind a
    /// second reading of the same day, area and component is a duplicate.
    /// </summary>
    public virtual bool AcceptsSeveralReadingsPerDay => false;

    /// <summary>
    /// The named components observations of this target may carry (a composite's parts, a response target's tiers),
    /// empty when observations are of the whole (or, for <see cref="ClassTarget"/>, of any assessed unit).
    /// </summary>
    public virtual IReadOnlyList<string> Components => [];

    /// <summary>The target a reading of <paramref name="component"/> is judged against, or null when the target takes no such component.</summary>
    internal virtual Target? ForComponent(string? component) => component is null ? this : null;

    /// <summary>The English name of one of <see cref="Components"/>, as English sentences name it; the component itself when it has no other name.</summary>
    /// <param name="component">The component.</param>
    /// <returns>The name.</returns>
    public virtual string ComponentName(string component) => Preconditions.CheckNotNull(component);

    /// <summary>
    /// The Chinese name of one of <see cref="Components"/> (黑烟车抓拍系统 for <c>black-smoke-vehicle-capture</c>), as
    /// Chinese sentences name it; the component itself when it has no other name (a river section: 沙河).
    /// </summary>
    /// <param name="component">The component.</param>
    /// <returns>The name.</returns>
    public virtual string ComponentNameChinese(string component) => Preconditions.CheckNotNull(component);

    /// <summary>A stable kebab-case name of the target kind (<c>at-least</c>, <c>delivery</c>, <c>rank</c>), used in files.</summary>
    internal abstract string TypeName { get; }

    /// <summary>
    /// Calls the visitor's method for this target's kind: the one dispatch over the closed set of kinds (a new kind
    /// must implement it, and every visitor must handle the new kind, or the code does not compile).
    /// </summary>
    /// <typeparam name="TArgument">What the visit is given besides the target.</typeparam>
    /// <typeparam name="TResult">What the visit returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>What the visitor's method for this kind returned.</returns>
    public abstract TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument);

    /// <summary>The target as a short English sentence (<c>at least 5000 m2 by 2023-12-31</c>).</summary>
    /// <returns>The text.</returns>
    public abstract string Describe();

    /// <summary>The target as short Chinese text (<c>5000平方米以上</c>).</summary>
    /// <returns>The text.</returns>
    public abstract string DescribeChinese();

    /// <summary>The English description.</summary>
    /// <returns>The value of <see cref="Describe"/>.</returns>
    public override string ToString() => Describe();

    /// <summary>The basis a target of this kind has when none is set.</summary>
    private protected virtual TargetBasis DefaultBasis => TargetBasis.AtDeadline;

    private protected string By => " by " + IsoDate.Format(Deadline);

    private const TargetBasis Unset = (TargetBasis)(-1);

    /// <summary>Whether a target of this kind can be judged on a basis: by default only on its default basis.</summary>
    private protected virtual bool Supports(TargetBasis basis) => basis == DefaultBasis;

    /// <summary>Whether a basis is one of the three defined ones.</summary>
    private protected static bool IsDefined(TargetBasis basis) => basis is TargetBasis.AtDeadline or TargetBasis.Throughout or TargetBasis.OverPeriod;
}
