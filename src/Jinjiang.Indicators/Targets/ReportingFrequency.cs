namespace Jinjiang.Indicators.Targets;

/// <summary>How often a unit reports a promise's progress (报送频次).</summary>
public enum ReportingFrequency
{
    /// <summary>Every month (按月).</summary>
    Monthly,

    /// <summary>Every quarter (按季度).</summary>
    Quarterly,

    /// <summary>Every half year (按半年).</summary>
    HalfYearly,

    /// <summary>Once a year (按年).</summary>
    Yearly,
}
