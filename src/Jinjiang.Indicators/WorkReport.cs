using System.Globalization;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators;

/// <summary>
/// One government work report (政府工作报告): who delivered it, for which area, for which plan year, and when. A
/// catalog of promises belongs to a report; the report gives the area whose observations are judged (the home
/// area), the day from which its promises bind (the day it was delivered), and the title of its scorecards.
/// </summary>
/// <remarks>
/// A report is not a catalog (the promises read from it) and not a scorecard (a judgement of them at a date).
/// Immutable and safe to share between threads.
/// </remarks>
public sealed class WorkReport : IEquatable<WorkReport>
{
    /// <summary>Creates a report.</summary>
    /// <param name="issuer">The government that delivered it (成都市锦江区人民政府).</param>
    /// <param name="area">The area it governs, as observations name it (锦江区).</param>
    /// <param name="level">The level of the government.</param>
    /// <param name="year">The plan year (2023 for the report delivered in early 2023).</param>
    /// <param name="delivered">The day it was delivered, from which its promises bind; <see langword="null"/> when unknown (then they bind from 1 January of <paramref name="year"/>).</param>
    public WorkReport(string issuer, string area, GovernmentLevel level, int year, LocalDate? delivered)
    {
        Issuer = Preconditions.CheckNotBlank(issuer).Trim();
        Area = Preconditions.CheckNotBlank(area).Trim();
        Preconditions.CheckArgumentRange(year is >= 1949 and <= 9999, nameof(year), "A plan year must be between 1949 and 9999.");
        Preconditions.CheckArgumentRange(Enum.IsDefined(level), nameof(level), "The government level is not a known level.");
        Level = level;
        Year = year;
        Delivered = delivered;
    }

    /// <summary>The government that delivered the report (成都市锦江区人民政府).</summary>
    public string Issuer { get; }

    /// <summary>The area it governs, as observations name it (锦江区): the home area of its catalog.</summary>
    public string Area { get; }

    /// <summary>An English name of the area for English scorecards (Jinjiang District), where known.</summary>
    public string? AreaEnglish
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The level of the government.</summary>
    public GovernmentLevel Level { get; }

    /// <summary>The plan year: 全年 in the report means this calendar year.</summary>
    public int Year { get; }

    /// <summary>The day the report was delivered, where known.</summary>
    public LocalDate? Delivered { get; }

    /// <summary>The title as published; by default <c>{Issuer}工作报告</c>.</summary>
    public string Title
    {
        get => field ?? Issuer + "工作报告";
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Where the text was taken from (an address or a document), where known.</summary>
    public string? Source
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>
    /// The first day a promise of this report binds: the day it was delivered, or 1 January of the plan year when
    /// that is unknown. A promise cannot be broken before it is made.
    /// </summary>
    public LocalDate BindsFrom => Delivered ?? new LocalDate(Year, 1, 1);

    /// <summary>
    /// A report known only by its area and year (a draft read from text without a title line): the issuer is
    /// <c>{area}人民政府</c> and the level is unspecified.
    /// </summary>
    /// <param name="area">The area.</param>
    /// <param name="year">The plan year.</param>
    /// <param name="delivered">The delivery date, if known.</param>
    /// <returns>The report.</returns>
    public static WorkReport ForArea(string area, int year, LocalDate? delivered = null)
        => new(Preconditions.CheckNotBlank(area).Trim() + "人民政府", area, GovernmentLevel.Unspecified, year, delivered);

    /// <summary>The scorecard title: <c>锦江区2023年政府工作报告目标评估</c> in Chinese.</summary>
    /// <returns>The text.</returns>
    public string ScorecardTitleChinese() => string.Create(CultureInfo.InvariantCulture, $"{Area}{Year}年政府工作报告目标评估");

    /// <summary>The scorecard title in English: <c>Jinjiang District 2023 work report: scorecard</c>.</summary>
    /// <returns>The text.</returns>
    public string ScorecardTitle() => string.Create(CultureInfo.InvariantCulture, $"{AreaEnglish ?? Area} {Year} work report: scorecard");

    /// <inheritdoc/>
    public bool Equals(WorkReport? other)
        => other is not null
           && string.Equals(Issuer, other.Issuer, StringComparison.Ordinal)
           && string.Equals(Area, other.Area, StringComparison.Ordinal)
           && Level == other.Level && Year == other.Year && Delivered == other.Delivered
           && string.Equals(Title, other.Title, StringComparison.Ordinal)
           && string.Equals(AreaEnglish, other.AreaEnglish, StringComparison.Ordinal)
           && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Issuer, Area, Year, Delivered);

    /// <summary>The title with the delivery date: <c>成都市锦江区人民政府工作报告（2023-02-08）</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title + (Delivered is { } d ? "（" + IsoDate.Format(d) + "）" : string.Empty);
}
