namespace Jinjiang.Indicators;

/// <summary>The Five-Year-Plan attribute of an indicator, where the source states it.</summary>
public enum IndicatorAttribute
{
    /// <summary>The source does not say.</summary>
    Unspecified = 0,

    /// <summary>约束性 (binding): the government must deliver it; judged pass/fail at the deadline.</summary>
    Binding,

    /// <summary>预期性 (anticipatory): an expected outcome, judged by its trend.</summary>
    Anticipatory,
}
