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

    /// <summary>Events required in each unit.</summary>
    public int MinimumEvents { get; }

    /// <summary>The calendar unit.</summary>
    public CadenceUnit Unit { get; }

    /// <inheritdoc/>
    public override QuantityKind Kind => QuantityKind.Count;

    /// <inheritdoc/>
    internal override string TypeName => "cadence";

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
}
