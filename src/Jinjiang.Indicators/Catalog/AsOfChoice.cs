using System.Globalization;
using NodaTime;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// The as-of date an evaluation uses and where it came from. The library never reads the clock: a caller passes the
/// date, or takes the rule every front end of this library follows (<see cref="IndicatorCatalog.ChooseAsOf"/>): the
/// latest observation, else the day the catalog's report binds, else the first day one of its promises binds.
/// </summary>
/// <param name="Date">The as-of date.</param>
/// <param name="Source">Where it came from.</param>
public sealed record AsOfChoice(LocalDate Date, AsOfSource Source)
{
    /// <summary>The note a tool prints when it chose the date itself (<see langword="null"/> when the caller gave it), in English.</summary>
    public string? Describe() => Source switch
    {
        AsOfSource.LatestObservation => $"As-of date {Iso}: the latest observation (pass --as-of to choose).",
        AsOfSource.ReportBindsFrom => $"As-of date {Iso}: no observation, the day the report binds from (pass --as-of to choose).",
        AsOfSource.FirstPromiseBinds => $"As-of date {Iso}: no observation and no report, the first day a promise binds (pass --as-of to choose).",
        _ => null,
    };

    /// <summary>The same note in Chinese (<see langword="null"/> when the caller gave the date).</summary>
    public string? DescribeChinese() => Source switch
    {
        AsOfSource.LatestObservation => $"评估截止日{Iso}：取最新一期数据的日期（可用 --as-of 指定）。",
        AsOfSource.ReportBindsFrom => $"评估截止日{Iso}：尚无数据，取报告施行之日（可用 --as-of 指定）。",
        AsOfSource.FirstPromiseBinds => $"评估截止日{Iso}：尚无数据且未注明报告，取最早一项目标的起算日（可用 --as-of 指定）。",
        _ => null,
    };

    private string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
