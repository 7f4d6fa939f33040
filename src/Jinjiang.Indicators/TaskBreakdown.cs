using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators;

/// <summary>
/// One promise's line of a task breakdown (目标任务分解表): its lead unit (牵头单位), cooperating units (配合单位),
/// responsible leader (责任领导), node targets (节点目标) and reporting calendar (报送要求). An office keeps the table;
/// applied to a catalog it gives each indicator its breakdown (<see cref="Indicator.WithBreakdown(TaskBreakdown)"/>).
/// </summary>
public sealed class TaskBreakdown
{
    /// <summary>An empty breakdown: no unit, leader, node or calendar.</summary>
    public static TaskBreakdown None { get; } = new();

    /// <summary>The lead unit (牵头单位), where named.</summary>
    public string? LeadUnit
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The cooperating units (配合单位).</summary>
    public IReadOnlyList<string> CooperatingUnits
    {
        get;
        init => field = [.. Preconditions.CheckNotNull(value).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim())];
    } = [];

    /// <summary>The responsible leader (责任领导), where named.</summary>
    public string? ResponsibleLeader
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The node targets, in order of their due dates.</summary>
    public IReadOnlyList<NodeTarget> Nodes
    {
        get;
        init => field = [.. Preconditions.CheckNotNull(value).Select(n => Preconditions.CheckNotNull(n)).OrderBy(n => n.Due)];
    } = [];

    /// <summary>How often and by when progress is reported; null where the breakdown does not say.</summary>
    public ReportingSchedule? Reporting { get; init; }

    /// <summary>Whether the breakdown says nothing.</summary>
    public bool IsEmpty => LeadUnit is null && CooperatingUnits.Count == 0 && ResponsibleLeader is null && Nodes.Count == 0 && Reporting is null;
}
