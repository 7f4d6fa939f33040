using System.Globalization;
using Jinjiang.Indicators.Utility;
using UnitsNet;

namespace Jinjiang.Indicators.Targets;

/// <summary>One tier of a <see cref="ResponseTimeTarget"/>: a named stage, its time limit and the share of incidents that must meet it.</summary>
public sealed class ResponseTier
{
    /// <summary>Creates a tier.</summary>
    /// <param name="name">The stage's name; observations for this tier carry it as their component (<c>respond</c>).</param>
    /// <param name="limit">The time limit (positive).</param>
    /// <param name="requiredShare">The share of incidents that must be within the limit (0..100%).</param>
    public ResponseTier(string name, Duration limit, Ratio requiredShare)
    {
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgumentRange(limit.Seconds > 0, nameof(limit), "A response time limit must be positive.");
        Preconditions.CheckArgumentRange(requiredShare.DecimalFractions is > 0 and <= 1, nameof(requiredShare), "A required share must be above 0% and at most 100%.");
        Name = name;
        Limit = limit;
        RequiredShare = requiredShare;
    }

    /// <summary>The stage's name, matched against observations' component.</summary>
    public string Name { get; }

    /// <summary>The stage's name in Chinese sentences (3分钟到达现场); <see cref="Name"/> when none is given.</summary>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string NameChinese
    {
        get => field ?? Name;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The time limit.</summary>
    public Duration Limit { get; }

    /// <summary>The share of incidents that must be within the limit.</summary>
    public Ratio RequiredShare { get; }

    /// <summary>The tier as text (<c>respond within 1 min (100%)</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Name} within {Limit.Minutes:0.##} min ({RequiredShare.Percent:0.##}%)");
}
