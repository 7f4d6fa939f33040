namespace Jinjiang.Indicators.Catalog;

/// <summary>The parts of the 2023 Jinjiang report the catalog's indicators come from.</summary>
public static class ReportSections
{
    /// <summary>破解生态环境基础不扎实问题: the ecological environment.</summary>
    public static Section Ecology { get; } = new("ecology", "生态环境", "Ecological environment");

    /// <summary>坚持夯实“三级公园体系”绿色本底: parks and greening.</summary>
    public static Section ParksAndGreening { get; } = new("parks-and-greening", "三级公园体系", "Parks and greening");

    /// <summary>坚定推进低碳绿色转型: the low-carbon transition.</summary>
    public static Section LowCarbonTransition { get; } = new("low-carbon-transition", "低碳绿色转型", "Low-carbon transition");

    /// <summary>统筹疫情防控与经济社会发展: the epidemic and health.</summary>
    public static Section EpidemicAndHealth { get; } = new("epidemic-and-health", "疫情防控与医疗服务", "Epidemic and health");

    /// <summary>统筹发展和安全: safety.</summary>
    public static Section Safety { get; } = new("safety", "发展和安全", "Development and safety");

    /// <summary>统筹人与自然和谐共生: green development.</summary>
    public static Section GreenDevelopment { get; } = new("green-development", "人与自然和谐共生", "Green development");

    /// <summary>The sections in the report's order.</summary>
    public static IReadOnlyList<Section> All { get; } = [Ecology, ParksAndGreening, LowCarbonTransition, EpidemicAndHealth, Safety, GreenDevelopment];
}
