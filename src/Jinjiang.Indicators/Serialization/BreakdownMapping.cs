using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>The task breakdown's node targets and reporting calendar to and from catalog JSON, every problem named by its JSON path.</summary>
internal static class BreakdownMapping
{
    /// <summary>The frequencies as the files write them.</summary>
    internal static readonly IReadOnlyList<(string Name, ReportingFrequency Frequency)> Frequencies =
        [("monthly", ReportingFrequency.Monthly), ("quarterly", ReportingFrequency.Quarterly), ("half-yearly", ReportingFrequency.HalfYearly), ("yearly", ReportingFrequency.Yearly)];

    internal static NodeDto ToDto(NodeTarget node)
        => node.Value is { } v ? new NodeDto(IsoDate.Format(node.Due), v.Value, v.Unit.Symbol) : new NodeDto(IsoDate.Format(node.Due), Stage: node.Stage);

    internal static ReportingDto ToDto(ReportingSchedule schedule)
        => new(Frequencies.First(f => f.Frequency == schedule.Frequency).Name, schedule.DueDay);

    /// <summary>The nodes of an entry; a node with a problem is named and left out (the entry is then left out by the caller's count).</summary>
    internal static List<NodeTarget> Nodes(List<NodeDto?>? dtos, Target? target, string path, Action<string, string?, string> problem)
    {
        var nodes = new List<NodeTarget>();
        for (var i = 0; dtos is not null && i < dtos.Count; i++)
        {
            var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (dtos[i] is not { } dto)
            {
                problem(at, "null", CatalogMessages.NodeShape);
                continue;
            }

            if (!IsoDate.TryParse(dto.Due, out var due))
            {
                problem(at + ".due", dto.Due, CatalogMessages.NodeDue);
                continue;
            }

            if (target is not null && due > target.Deadline)
            {
                problem(at + ".due", dto.Due, CatalogMessages.NodeAfterDeadline(IsoDate.Format(target.Deadline)));
                continue;
            }

            var hasStage = !string.IsNullOrWhiteSpace(dto.Stage);
            if (hasStage == dto.Value.HasValue)
            {
                problem(at, dto.Stage ?? dto.Value?.ToString(CultureInfo.InvariantCulture), CatalogMessages.NodeStageOrValue);
                continue;
            }

            if (hasStage)
            {
                nodes.Add(new NodeTarget(due, dto.Stage!));
                continue;
            }

            if (!double.IsFinite(dto.Value!.Value))
            {
                problem(at + ".value", null, CatalogMessages.NodeValueFinite);
                continue;
            }

            var unit = MeasureUnit.TryParse(dto.Unit, out var u) ? u : null;
            if (unit is null)
            {
                problem(at + ".unit", dto.Unit, CatalogMessages.NodeUnit);
                continue;
            }

            if (target is not null && !target.AcceptedKinds.Contains(unit.Kind))
            {
                problem(at + ".unit", dto.Unit, CatalogMessages.NodeKind(Kebab(unit.Kind), Kebab(target.Kind)));
                continue;
            }

            nodes.Add(new NodeTarget(due, new Measure(dto.Value.Value, unit)));
        }

        return nodes;
    }

    internal static ReportingSchedule? Reporting(ReportingDto dto, string path, Action<string, string?, string> problem)
    {
        var frequency = Frequencies.FirstOrDefault(f => string.Equals(f.Name, dto.Frequency?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (frequency.Name is null)
        {
            problem(path + ".frequency", dto.Frequency, CatalogMessages.FrequencyFormat);
            return null;
        }

        if (dto.DueDay is not { } day || day is < 1 or > 28)
        {
            problem(path + ".dueDay", dto.DueDay?.ToString(CultureInfo.InvariantCulture), CatalogMessages.DueDayRange);
            return null;
        }

        return new ReportingSchedule(frequency.Frequency, day);
    }

    private static string Kebab(QuantityKind kind) => JsonMapping.Kebab(kind.ToString());
}
