using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// 一周一暗访一曝光, 每周...开展: at least <see cref="MinimumEvents"/> events in every week (or month, quarter) of the
/// period. Observations are counts of events on their date. A missed week cannot be made up: it is a hard miss.
/// A week (month, quarter) cut by the period's start or end is judged only when most of its days lie in the period,
/// as an ISO week belongs to the year that holds its Thursday.
/// </summary>
public sealed class CadenceTarget : Target
{
    /// <summary>Creates the target.</summary>
    /// <param name="minimumEvents">Events required in each unit (at least 1).</param>
    /// <param name="unit">The calendar unit.</param>
    /// <param name="period">The period; its end is the deadline.</param>
    public CadenceTarget(int minimumEvents, CadenceUnit unit, DateInterval period)
        : base(period)
    {
        Preconditions.CheckArgumentRange(minimumEvents >= 1, nameof(minimumEvents), "A cadence needs at least one event per unit.");
        Preconditions.CheckArgumentRange(Enum.IsDefined(unit), nameof(unit), "The cadence unit is not a known calendar unit.");
        MinimumEvents = minimumEvents;
        Unit = unit;
    }

    private UnitTable? _units;

    /// <summary>Events required in each unit.</summary>
    public int MinimumEvents { get; }

    /// <summary>The calendar unit.</summary>
    public CadenceUnit Unit { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.Count;

    /// <inheritdoc/>
    internal override string TypeName => "cadence";

    /// <inheritdoc/>
    public override TResult Accept<TArgument, TResult>(ITargetVisitor<TArgument, TResult> visitor, TArgument argument)
        => Preconditions.CheckNotNull(visitor).Visit(this, argument);

    /// <summary>The first day of the calendar unit that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The Monday of its ISO week, the first of its month or quarter.</returns>
    public LocalDate UnitStart(LocalDate date) => Unit switch
    {
        CadenceUnit.Week => date.PlusDays(-((int)date.DayOfWeek - 1)),
        CadenceUnit.Month => new LocalDate(date.Year, date.Month, 1),
        _ => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
    };

    /// <summary>The first day of the next calendar unit after the one starting at <paramref name="unitStart"/>.</summary>
    /// <param name="unitStart">The first day of a unit.</param>
    /// <returns>The first day of the following unit.</returns>
    public LocalDate NextUnitStart(LocalDate unitStart) => Unit switch
    {
        CadenceUnit.Week => unitStart.PlusWeeks(1),
        CadenceUnit.Month => unitStart.PlusMonths(1),
        _ => unitStart.PlusMonths(3),
    };

    /// <inheritdoc/>
    public override string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"at least {MinimumEvents} event(s) every {Unit.ToString().ToLowerInvariant()}") + By;

    /// <inheritdoc/>
    public override string DescribeChinese() => Unit switch
    {
        CadenceUnit.Week => "每周",
        CadenceUnit.Month => "每月",
        _ => "每季度",
    } + MinimumEvents.ToString(CultureInfo.InvariantCulture) + "次以上";

    /// <summary>Every week (month, quarter) is a test: a cadence holds throughout its period.</summary>
    private protected override TargetBasis DefaultBasis => TargetBasis.Throughout;

    /// <summary>
    /// The units of the period from the first one required (the period's first, or the first that starts on or after
    /// the day the promise binds): each one's first day in the period, its last day, and whether most of its days lie
    /// in the period so that it is judged. Computed once for a binding day and kept: a national batch judges the same
    /// promise at every month end in thousands of areas.
    /// </summary>
    /// <param name="bindsFrom">The first day the promise binds.</param>
    internal UnitTable Units(LocalDate bindsFrom)
    {
        if (_units is { } cached && cached.BindsFrom == bindsFrom)
        {
            return cached;
        }

        var firstUnit = bindsFrom > Period.Start
            ? (UnitStart(bindsFrom) == bindsFrom ? bindsFrom : NextUnitStart(UnitStart(bindsFrom)))
            : UnitStart(Period.Start);

        var firsts = new List<LocalDate>();
        var ends = new List<LocalDate>();
        var judged = new List<bool>();
        for (var start = firstUnit; start <= Deadline; start = NextUnitStart(start))
        {
            var next = NextUnitStart(start);
            var end = next.PlusDays(-1) < Deadline ? next.PlusDays(-1) : Deadline;
            var first = start < Period.Start ? Period.Start : start;
            firsts.Add(first);
            ends.Add(end);
            judged.Add((NodaTime.Period.DaysBetween(first, end) + 1) * 2 > NodaTime.Period.DaysBetween(start, next));
        }

        var table = new UnitTable(bindsFrom, firstUnit, [.. firsts], [.. ends], [.. judged]);
        _units = table;
        return table;
    }

    /// <summary>The units of a period for a binding day: see <see cref="Units"/>.</summary>
    internal sealed class UnitTable(LocalDate bindsFrom, LocalDate firstUnit, LocalDate[] firsts, LocalDate[] ends, bool[] judged)
    {
        internal LocalDate BindsFrom { get; } = bindsFrom;

        /// <summary>The start of the first unit required.</summary>
        internal LocalDate FirstUnit { get; } = firstUnit;

        internal LocalDate[] Firsts { get; } = firsts;

        internal LocalDate[] Ends { get; } = ends;

        internal bool[] Judged { get; } = judged;

        /// <summary>The ends as date keys (<see cref="IsoDate.Key"/>), compared with a series' date column.</summary>
        internal int[] EndKeys { get; } = Array.ConvertAll(ends, IsoDate.Key);
    }
}
