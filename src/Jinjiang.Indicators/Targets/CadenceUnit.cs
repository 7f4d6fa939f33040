namespace Jinjiang.Indicators.Targets;

/// <summary>The calendar unit a <see cref="CadenceTarget"/> repeats in.</summary>
public enum CadenceUnit
{
    /// <summary>每周, 一周: ISO weeks, Monday to Sunday.</summary>
    Week = 0,

    /// <summary>每月: calendar months.</summary>
    Month,

    /// <summary>每季度: calendar quarters.</summary>
    Quarter,
}
