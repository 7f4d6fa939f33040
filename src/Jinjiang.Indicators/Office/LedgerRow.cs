namespace Jinjiang.Indicators.Office;

/// <summary>One line of a ledger: a promise (or one part of a composite promise), its lead unit, and one cell per month.</summary>
public sealed class LedgerRow
{
    internal LedgerRow(Indicator indicator, string? component, IReadOnlyList<LedgerCell> cells)
    {
        Indicator = indicator;
        Component = component;
        Cells = cells;
    }

    /// <summary>The promise.</summary>
    public Indicator Indicator { get; }

    /// <summary>The part of a composite promise this line follows; null for the promise as a whole.</summary>
    public string? Component { get; }

    /// <summary>The lead unit (牵头单位), where the breakdown names one.</summary>
    public string? Unit => Indicator.ResponsibleUnit;

    /// <summary>The line's name in English (the part's name after the promise's for a part).</summary>
    public string Name => Component is { } c ? Indicator.Name + ": " + Indicator.Target.ComponentName(c) : Indicator.Name;

    /// <summary>The line's name in Chinese.</summary>
    public string NameChinese => Component is { } c ? Indicator.NameChinese + "：" + Indicator.Target.ComponentNameChinese(c) : Indicator.NameChinese;

    /// <summary>One cell per month of the ledger, in order.</summary>
    public IReadOnlyList<LedgerCell> Cells { get; }

    /// <inheritdoc/>
    public override string ToString() => (Unit is null ? string.Empty : Unit + " ") + Indicator.Id + (Component is null ? string.Empty : "/" + Component);
}
