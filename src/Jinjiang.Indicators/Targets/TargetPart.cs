using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Targets;

/// <summary>One named part of an <see cref="AllOfTarget"/>; observations for it carry the part's name as their component.</summary>
public sealed class TargetPart
{
    /// <summary>Creates a part.</summary>
    /// <param name="component">The part's name (kebab-case by convention).</param>
    /// <param name="target">What the part must reach.</param>
    public TargetPart(string component, Target target)
    {
        Component = Preconditions.CheckNotBlank(component);
        Target = Preconditions.CheckNotNull(target);
    }

    /// <summary>The part's name.</summary>
    public string Component { get; }

    /// <summary>The part's name in English sentences (black-smoke vehicle capture system); <see cref="Component"/> when none is given.</summary>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string Name
    {
        get => field ?? Component;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The part's name in Chinese sentences (黑烟车抓拍系统); <see cref="Component"/> when none is given.</summary>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string NameChinese
    {
        get => field ?? Component;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>What the part must reach.</summary>
    public Target Target { get; }
}
