namespace Jinjiang.Indicators;

/// <summary>The nature a Five-Year Plan gives an indicator (指标属性), where the source states it.</summary>
public enum IndicatorNature
{
    /// <summary>The source does not say.</summary>
    Unspecified = 0,

    /// <summary>约束性 (binding): the government must deliver it; judged pass/fail at the deadline.</summary>
    Binding,

    /// <summary>预期性 (anticipatory): an expected outcome, judged by its trend.</summary>
    Anticipatory,
}
