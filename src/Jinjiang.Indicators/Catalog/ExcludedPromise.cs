using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// A sentence of a report that reads like a promise but is left out of its catalog, with the reason: no measure, no
/// scope, no date, a rule rather than a target. An office can check the list against its own reading and add what it
/// can measure. An excluded promise is not an indicator: nothing judges it.
/// </summary>
public sealed class ExcludedPromise
{
    /// <summary>Creates an entry.</summary>
    /// <param name="source">The exact fragment of the report, character for character.</param>
    /// <param name="reason">Why it is left out, in English.</param>
    /// <param name="reasonChinese">Why it is left out, in Chinese.</param>
    public ExcludedPromise(string source, string reason, string reasonChinese)
    {
        Source = Preconditions.CheckNotBlank(source);
        Reason = Preconditions.CheckNotBlank(reason);
        ReasonChinese = Preconditions.CheckNotBlank(reasonChinese);
    }

    /// <summary>The exact fragment of the report.</summary>
    public string Source { get; }

    /// <summary>Why it is left out.</summary>
    public string Reason { get; }

    /// <summary>Why it is left out, in Chinese (未纳入的原因).</summary>
    public string ReasonChinese { get; }

    /// <summary>The entry as <c>source — reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source + " — " + Reason;
}
