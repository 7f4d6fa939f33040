using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Targets;

/// <summary>
/// A node target (节点目标) of a task breakdown: what must be reached by a date before the deadline, either an interim
/// value of the promise's own quantity ("8 km by 30 June") or a named stage of a project (前期手续, 开工, 主体完工, 投运).
/// Before the deadline a promise with nodes is judged against the last node due (按节点推进 / 滞后节点).
/// </summary>
/// <remarks>
/// A stage is reported as an observation of the indicator whose <see cref="Observation.Component"/> is the stage's
/// name and whose value says done; reaching a later stage, or the whole promise, counts as reaching the earlier ones.
/// </remarks>
public sealed class NodeTarget : IEquatable<NodeTarget>
{
    /// <summary>A node with an interim value of the promise's quantity (a cumulative figure for a delivery).</summary>
    /// <param name="due">The day by which the value is to be reached.</param>
    /// <param name="value">The interim value.</param>
    public NodeTarget(LocalDate due, Measure value)
    {
        Preconditions.CheckArgument(double.IsFinite(value.Value), nameof(value), "A node's value must be a finite number.");
        Due = due;
        Value = value;
    }

    /// <summary>A node that is a named stage of a project (开工, 主体完工, 投运 …).</summary>
    /// <param name="due">The day by which the stage is to be reached.</param>
    /// <param name="stage">The stage's name, as the breakdown table writes it.</param>
    public NodeTarget(LocalDate due, string stage)
    {
        Due = due;
        Stage = Preconditions.CheckNotBlank(stage).Trim();
    }

    /// <summary>The day by which the node is to be reached.</summary>
    public LocalDate Due { get; }

    /// <summary>The interim value, for a node of the promise's quantity; null for a stage.</summary>
    public Measure? Value { get; }

    /// <summary>The stage's name, for a stage node; null for an interim value.</summary>
    public string? Stage { get; }

    /// <summary>Whether the node is a named stage rather than an interim value.</summary>
    public bool IsStage => Stage is not null;

    /// <summary>The node in English: "8 km by 2023-06-30" or "开工 by 2023-06-30" (the stage as the table names it).</summary>
    /// <returns>The description.</returns>
    public string Describe()
        => (Value is { } v ? v.ToString() : Stage!) + " by " + Due.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The node in Chinese: "2023年6月30日前达到8公里" or "2023年6月30日前开工".</summary>
    /// <returns>The description.</returns>
    public string DescribeChinese()
        => $"{Due.Year}年{Due.Month}月{Due.Day}日前" + (Value is { } v ? "达到" + v.ToStringChinese() : Stage!);

    /// <inheritdoc/>
    public bool Equals(NodeTarget? other)
        => other is not null && Due == other.Due && Nullable.Equals(Value, other.Value) && string.Equals(Stage, other.Stage, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NodeTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Due, Value, Stage);

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
