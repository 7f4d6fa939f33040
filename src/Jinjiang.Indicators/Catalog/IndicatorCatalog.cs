using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// An immutable, ordered set of indicators with unique ids: look one up by id, list them all or by section, or
/// make a copy with some indicators replaced (to override an interpretation). Safe to share between threads.
/// </summary>
[Utility.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))] // rich display in .NET Interactive notebooks, by convention
public sealed class IndicatorCatalog
{
    private readonly Indicator[] _indicators;
    private readonly FrozenDictionary<IndicatorId, Indicator> _byId;

    /// <summary>Creates a catalog.</summary>
    /// <param name="indicators">The indicators, with unique ids, in display order.</param>
    /// <exception cref="ArgumentException">Two indicators share an id.</exception>
    public IndicatorCatalog(IEnumerable<Indicator> indicators)
        : this(null, indicators)
    {
    }

    /// <summary>
    /// Creates the catalog of a report. Every indicator that names no report of its own is taken in carrying this one,
    /// so it is judged in the report's area, binds from the day the report was delivered, and its scorecard is titled
    /// by the report; an indicator that names another report keeps it.
    /// </summary>
    /// <param name="report">The report the promises come from; <see langword="null"/> when unknown.</param>
    /// <param name="indicators">The indicators, with unique ids, in display order.</param>
    /// <exception cref="ArgumentException">Two indicators share an id.</exception>
    public IndicatorCatalog(WorkReport? report, IEnumerable<Indicator> indicators)
    {
        Report = report;
        _indicators = Preconditions.CheckNotNull(indicators).ToArray();
        if (report is not null)
        {
            for (var i = 0; i < _indicators.Length; i++)
            {
                _indicators[i] = Preconditions.CheckNotNull(_indicators[i]).WithReport(report);
            }
        }

        var duplicate = _indicators.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(indicators), $"A catalog cannot hold two indicators with the id {duplicate?.Key}.");
        _byId = _indicators.ToFrozenDictionary(i => i.Id);
    }

    /// <summary>The report the promises come from, where known: its area is the home area and its title the scorecard's.</summary>
    public WorkReport? Report { get; }

    /// <summary>
    /// The as-of date to evaluate this catalog at: <paramref name="given"/> when there is one; else the date of the
    /// latest observation; else the day the catalog's report binds from; else the first day any promise binds.
    /// <see langword="null"/> only for an empty catalog with no observation and no report. Every front end (the
    /// command-line tool, the notebook, a script) takes the same rule from here; none reads the clock.
    /// </summary>
    /// <param name="given">The date the caller chose, if any.</param>
    /// <param name="observations">The observations to be evaluated.</param>
    public AsOfChoice? ChooseAsOf(LocalDate? given, ObservationSet observations)
    {
        Preconditions.CheckNotNull(observations);
        if (given is { } date)
        {
            return new(date, AsOfSource.Given);
        }

        if (observations.LatestDate is { } latest)
        {
            return new(latest, AsOfSource.LatestObservation);
        }

        if (Report is { } report)
        {
            return new(report.BindsFrom, AsOfSource.ReportBindsFrom);
        }

        return _indicators.Length == 0 ? null : new(_indicators.Min(i => i.BindsFrom), AsOfSource.FirstPromiseBinds);
    }

    /// <summary>The indicators, in display order.</summary>
    public IReadOnlyList<Indicator> All => _indicators;

    /// <summary>The sentences of the report left out of the catalog, each with the reason (excluded and why); empty when none are listed.</summary>
    public IReadOnlyList<ExcludedPromise> Excluded
    {
        get;
        init => field = [.. Preconditions.CheckNotNull(value)];
    } = [];

    /// <summary>
    /// This catalog as a template for another area: the same promises, each judged on that area's observations
    /// (<see cref="Indicator.WithArea"/>): one template for every county of a national tracker.
    /// </summary>
    /// <param name="area">The area, as observations name it.</param>
    /// <returns>The catalog of that area (its report stays the template's).</returns>
    public IndicatorCatalog ForArea(string area)
    {
        Preconditions.CheckNotBlank(area);
        return new IndicatorCatalog(Report, _indicators.Select(i => i.WithArea(area))) { Excluded = Excluded };
    }

    /// <summary>The number of indicators.</summary>
    public int Count => _indicators.Length;

    /// <summary>The sections used, in order of first appearance.</summary>
    public IReadOnlyList<Section> Sections => _indicators.Select(i => i.Section).Distinct().ToArray();

    /// <summary>The indicator with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has the id.</exception>
    public Indicator this[IndicatorId id] => _byId.TryGetValue(id, out var indicator)
        ? indicator
        : throw new KeyNotFoundException($"The catalog has no indicator with the id {id}.");

    /// <summary>Looks an indicator up by id without throwing.</summary>
    /// <param name="id">The id.</param>
    /// <param name="indicator">The indicator, if found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(IndicatorId id, [NotNullWhen(true)] out Indicator? indicator) => _byId.TryGetValue(id, out indicator);

    /// <summary>Whether an indicator has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it is in the catalog.</returns>
    public bool Contains(IndicatorId id) => _byId.ContainsKey(id);

    /// <summary>The indicators of a section, in display order.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The indicators.</returns>
    public IReadOnlyList<Indicator> BySection(Section section) => _indicators.Where(i => i.Section.Equals(section)).ToArray();

    /// <summary>A copy with indicators replaced (same id) or added (new id) — to override an interpretation.</summary>
    /// <param name="replacements">The indicators to put in.</param>
    /// <returns>The new catalog.</returns>
    public IndicatorCatalog With(params IEnumerable<Indicator> replacements)
    {
        var list = Preconditions.CheckNotNull(replacements).ToList();
        var map = list.ToDictionary(i => i.Id);
        var replaced = _indicators.Select(i => map.TryGetValue(i.Id, out var r) ? r : i).ToList();
        replaced.AddRange(list.Where(i => !_byId.ContainsKey(i.Id)));
        return new IndicatorCatalog(Report, replaced) { Excluded = Excluded };
    }
}
