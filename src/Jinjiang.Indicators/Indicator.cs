using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// One measurable or checkable promise: what is measured, which way is better, how firmly it is promised, the
/// target, and the exact sentence of the report it comes from. Use <see cref="Indicator{TValue}"/> to create one
/// with a typed value (<c>Indicator&lt;Length&gt;</c> for a greenway).
/// </summary>
/// <remarks>Immutable and safe to share between threads. <see cref="WithTarget"/> makes a copy with another target.</remarks>
[Utility.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))] // rich display in .NET Interactive notebooks, by convention
public abstract class Indicator
{
    private long _homeSeriesHash;

    private string? _area;

    private long _unnamedSeriesHash;

    private Target _target;

    private protected Indicator(IndicatorId id, string nameChinese, string name, Target target)
    {
        Preconditions.CheckArgument(id.Value.Length > 0, nameof(id), "An indicator needs an id.");
        Id = id;
        NameChinese = Preconditions.CheckNotBlank(nameChinese);
        Name = Preconditions.CheckNotBlank(name);
        _target = Preconditions.CheckNotNull(target);
    }

    /// <summary>The stable identity.</summary>
    public IndicatorId Id { get; }

    /// <summary>The English name (New Tianfu greenway).</summary>
    public string Name { get; }

    /// <summary>The Chinese name, as the report words it (新建天府绿道).</summary>
    public string NameChinese { get; }

    /// <summary>What must be reached, and by when.</summary>
    public Target Target => _target;

    /// <summary>The kind of measure the indicator's observations carry.</summary>
    public QuantityKind Kind => Target.Kind;

    /// <summary>The CLR type of the indicator's values (<c>Length</c>, <c>Count</c>, <c>bool</c> for milestones).</summary>
    public abstract Type ValueType { get; }

    /// <summary>The report's part or theme.</summary>
    public Section Section
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = Section.General;

    /// <summary>Which way the value should move.</summary>
    public Direction Direction { get; init; }

    /// <summary>How firmly it is promised (确保, 严格要求, 力争, plain).</summary>
    public CommitmentLevel Commitment { get; init; }

    /// <summary>Binding (约束性) or anticipatory (预期性), as a Five-Year Plan states it, where known.</summary>
    public IndicatorNature Nature { get; init; }

    /// <summary>The unit responsible for delivery (牵头单位), where known.</summary>
    public string? ResponsibleUnit
    {
        get => _responsibleUnit;
        init => _responsibleUnit = value;
    }

    private string? _responsibleUnit;

    /// <summary>The work report the promise comes from, where known: it gives the home area and the day the promise binds from.</summary>
    /// <remarks>
    /// An indicator put into a catalog of a report (<c>new IndicatorCatalog(report, indicators)</c>) carries that report
    /// when it names none of its own. An indicator without a report is judged on the observations that name no area
    /// (or its <see cref="Area"/>), binds from its target's start (1 January for a year's target, not the day a report
    /// was delivered), and titles no scorecard.
    /// </remarks>
    public WorkReport? Report
    {
        get => _report;
        init => _report = value;
    }

    private WorkReport? _report;

    /// <summary>
    /// The area whose observations are judged: the one set here, else the <see cref="Report"/>'s area, else
    /// <see langword="null"/> (then only observations that name no area are judged).
    /// </summary>
    public string? Area
    {
        get => _area ?? Report?.Area;
        init => _area = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>
    /// The first day the promise binds: the later of the target's start and the day its report was delivered. A
    /// cadence's weeks before it are not required and a breach before it breaks nothing.
    /// </summary>
    public NodaTime.LocalDate BindsFrom
        => Report is { } report && report.BindsFrom > Target.Period.Start ? report.BindsFrom : Target.Period.Start;

    /// <summary>The home area as a series key part: empty when the indicator names none.</summary>
    internal string HomeArea => Area ?? string.Empty;

    /// <summary>The exact fragment of the report the promise comes from, character for character.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>How vague wording was read (前列 as top 2 of 5, 领先 as first), so a user can disagree and override it.</summary>
    public string? Interpretation { get; init; }

    /// <summary>
    /// The same reading in Chinese, as an office writes its 口径说明 (前列：按五城区前2位掌握。…): the first sentence is
    /// the short form Chinese scorecards show; <see langword="null"/> when none is written.
    /// </summary>
    public string? InterpretationChinese { get; init; }

    /// <summary>The units that cooperate with the <see cref="ResponsibleUnit"/> (配合单位), where known; empty when none are named.</summary>
    public IReadOnlyList<string> CooperatingUnits
    {
        get => _cooperatingUnits;
        init => _cooperatingUnits = [.. Preconditions.CheckNotNull(value).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim())];
    }

    private IReadOnlyList<string> _cooperatingUnits = [];

    /// <summary>The responsible leader (责任领导) of the task breakdown, where named.</summary>
    public string? ResponsibleLeader
    {
        get => _leader;
        init => _leader = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private string? _leader;

    /// <summary>
    /// The node targets (节点目标) of the task breakdown, in order of their due dates: before the deadline the promise is
    /// judged against the last node due (按节点推进 / 滞后节点). Empty when the breakdown sets none.
    /// </summary>
    public IReadOnlyList<NodeTarget> Nodes
    {
        get => _nodes;
        init => _nodes = CheckNodes(value, Target);
    }

    private IReadOnlyList<NodeTarget> _nodes = [];

    /// <summary>How often and by when the lead unit reports progress (报送要求); null where the breakdown does not say.</summary>
    public ReportingSchedule? Reporting
    {
        get => _reporting;
        init => _reporting = value;
    }

    private ReportingSchedule? _reporting;

    /// <summary>The indicator's line of the task breakdown: units, leader, nodes and reporting calendar.</summary>
    public TaskBreakdown Breakdown => new()
    {
        LeadUnit = ResponsibleUnit,
        CooperatingUnits = CooperatingUnits,
        ResponsibleLeader = ResponsibleLeader,
        Nodes = Nodes,
        Reporting = Reporting,
    };

    /// <summary>
    /// A copy of this indicator with a task breakdown applied: what the breakdown names replaces what the indicator
    /// had (a unit, leader or calendar the breakdown leaves out is kept; nodes are replaced when the breakdown has any).
    /// </summary>
    /// <param name="breakdown">The promise's line of the breakdown.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A node falls after the deadline, or its value is of another kind than the target's.</exception>
    public Indicator WithBreakdown(TaskBreakdown breakdown)
    {
        Preconditions.CheckNotNull(breakdown);
        var copy = (Indicator)MemberwiseClone();
        copy._responsibleUnit = breakdown.LeadUnit ?? _responsibleUnit;
        copy._cooperatingUnits = breakdown.CooperatingUnits.Count > 0 ? breakdown.CooperatingUnits : _cooperatingUnits;
        copy._leader = breakdown.ResponsibleLeader ?? _leader;
        copy._nodes = breakdown.Nodes.Count > 0 ? CheckNodes(breakdown.Nodes, Target) : _nodes;
        copy._reporting = breakdown.Reporting ?? _reporting;
        return copy;
    }

    private static IReadOnlyList<NodeTarget> CheckNodes(IReadOnlyList<NodeTarget> nodes, Target target)
    {
        Preconditions.CheckNotNull(nodes);
        foreach (var node in nodes)
        {
            Preconditions.CheckNotNull(node);
            Preconditions.CheckArgument(node.Due <= target.Deadline, nameof(nodes), $"The node '{node.Describe()}' falls after the deadline {target.Deadline:uuuu-MM-dd}.");
            Preconditions.CheckArgument(node.Value is not { } v || target.AcceptedKinds.Contains(v.Kind), nameof(nodes), $"The node '{node.Describe()}' is a {node.Value?.Kind.ToString().ToLowerInvariant()}, but the target is a {target.Kind.ToString().ToLowerInvariant()}.");
        }

        return [.. nodes.OrderBy(n => n.Due)];
    }

    /// <summary>A copy of this indicator with another target (to override an interpretation, or a deadline).</summary>
    /// <param name="target">The new target; its kind must match <see cref="ValueType"/>.</param>
    /// <returns>The copy.</returns>
    public Indicator WithTarget(Target target)
    {
        Preconditions.CheckNotNull(target);
        CheckTargetKind(target);
        var copy = (Indicator)MemberwiseClone();
        copy._target = target;
        return copy;
    }

    /// <summary>
    /// A copy of this indicator for another area: the same promise judged on that area's observations (one catalog
    /// template for every county, <c>IndicatorCatalog.ForArea</c>).
    /// </summary>
    /// <param name="area">The area, as observations name it; <see langword="null"/> for the report's.</param>
    /// <returns>The copy.</returns>
    public Indicator WithArea(string? area)
    {
        var copy = (Indicator)MemberwiseClone();
        copy._area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        copy._homeSeriesHash = 0;
        return copy;
    }

    /// <summary>A copy of this indicator with a lead unit (牵头单位) and cooperating units (配合单位): a task breakdown applied to a catalog.</summary>
    /// <param name="responsibleUnit">The lead unit, or <see langword="null"/> for none.</param>
    /// <param name="cooperatingUnits">The cooperating units.</param>
    /// <returns>The copy.</returns>
    public Indicator WithResponsibility(string? responsibleUnit, IEnumerable<string> cooperatingUnits)
    {
        Preconditions.CheckNotNull(cooperatingUnits);
        var copy = (Indicator)MemberwiseClone();
        copy._responsibleUnit = string.IsNullOrWhiteSpace(responsibleUnit) ? null : responsibleUnit.Trim();
        copy._cooperatingUnits = [.. cooperatingUnits.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim())];
        return copy;
    }

    /// <summary>A copy carrying a report (the one its catalog was built for), or this indicator when it already names one.</summary>
    internal Indicator WithReport(WorkReport report)
    {
        if (_report is not null)
        {
            return this;
        }

        var copy = (Indicator)MemberwiseClone();
        copy._report = report;
        copy._homeSeriesHash = 0;
        return copy;
    }

    /// <summary>The hash of the key of this indicator's whole series in its area (no component), computed once.</summary>
    internal int HomeSeriesHash => Hash(HomeArea, ref _homeSeriesHash);

    /// <summary>The hash of the key of its whole series of observations that name no area (the home area's too), computed once.</summary>
    internal int UnnamedSeriesHash => Hash(string.Empty, ref _unnamedSeriesHash);

    private int Hash(string area, ref long cache)
    {
        // One atomic 64-bit field: bit 0 says the hash (bits 1..32) is there. Threads racing compute the same value.
        var cached = Volatile.Read(ref cache);
        if ((cached & 1) == 0)
        {
            cached = ((long)ObservationSet.SeriesKey.Hash(Id, area, null) << 1) | 1;
            Volatile.Write(ref cache, cached);
        }

        return (int)(cached >> 1);
    }

    /// <summary>The indicator as text: id and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " (" + Name + ")";

    private protected abstract void CheckTargetKind(Target target);
}
