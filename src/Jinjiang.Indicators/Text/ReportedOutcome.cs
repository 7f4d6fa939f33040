using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// A statement of what was achieved, read from the review that opens a work report (过去一年, 2025年工作回顾): its
/// object, its figure or status, and the traps a reader watches for (a stock or a flow, a five-year total, a
/// preliminary figure, another area's figure).
/// </summary>
public sealed class ReportedOutcome
{
    internal ReportedOutcome(int start, string text, string sentence, string @object, OutcomeKind kind)
    {
        Start = start;
        Text = text;
        Sentence = sentence;
        Object = @object;
        Kind = kind;
    }

    /// <summary>The character index of the statement in the review's text as read (traditional characters simplified, spaces inside numbers left out).</summary>
    public int Start { get; }

    /// <summary>The statement (<c>城镇新增就业1244万人</c>).</summary>
    public string Text { get; private set; }

    /// <summary>The sentence it stands in (at most 400 characters around the statement): the outcome's source.</summary>
    public string Sentence { get; }

    /// <summary>What the statement is about (<c>城镇新增就业</c>, <c>引大济岷工程</c>).</summary>
    public string Object { get; }

    /// <summary>What kind of statement it is.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>The figure, where there is one (a change or a completion rate as a percentage; a decrease is negative).</summary>
    public Measure? Quantity { get; init; }

    /// <summary>How far a project has come, for a <see cref="OutcomeKind.Status"/> statement.</summary>
    public ProjectStatus Status { get; init; }

    /// <summary>A stock (累计, 总, 突破, 达到…总量): not the year's new amount.</summary>
    public bool IsCumulative { get; init; }

    /// <summary>A flow of the year (新增, 新建).</summary>
    public bool IsNew { get; init; }

    /// <summary>A preliminary figure (预计): an observation of it is provisional.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>The figure is a floor the result passed (超过580公里, 突破, 逾, 以上): the result is above it.</summary>
    public bool IsLowerBound { get; init; }

    /// <summary>The figure is a ceiling the result came close to (近600公里, 不足, 不到): the result is below it.</summary>
    public bool IsUpperBound { get; init; }

    /// <summary>A result of several years (过去五年, 五年来, “十四五”期间), not of the year reviewed.</summary>
    public bool IsMultiYear { get; init; }

    /// <summary>The same statement, pointing at the clause that stands in the text (one of several a 分别 clause makes).</summary>
    internal ReportedOutcome WithText(string text)
    {
        var copy = (ReportedOutcome)MemberwiseClone();
        copy.Text = text;
        return copy;
    }

    /// <summary>The statement as text: its object, figure or status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Quantity is { } q ? $"{Object}: {Kind} {q}" : $"{Object}: {Status}";
}
