using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Text;

/// <summary>A promise found in report text: where it is, what it promises, how firmly, by when, and how sure the reader is.</summary>
public sealed class CandidatePromise
{
    internal CandidatePromise(int start, string text, string sentence, string @object, TargetPhrase phrase, double confidence)
    {
        Start = start;
        Text = text;
        Sentence = sentence;
        Object = @object;
        Kind = phrase.Kind!.Value;
        Commitment = phrase.Commitment;
        Quantity = phrase.Quantity?.Value;
        UpperQuantity = phrase.Quantity?.Upper;
        QuantityText = phrase.Quantity?.Text;
        Deadline = phrase.Deadline;
        DeadlineStated = phrase.DeadlineStated;
        TopK = phrase.TopK;
        Peers = phrase.Peers;
        Class = phrase.Class;
        IsDecrease = phrase.IsDecrease;
        Strict = phrase.Strict;
        Confidence = confidence;
    }

    /// <summary>The character index of the promise's clause in the text as given (before any reading normalization).</summary>
    public int Start { get; private set; }

    /// <summary>The clause's length in characters.</summary>
    public int Length => Text.Length;

    /// <summary>The same candidate placed in the original of a normalized text (its place and words there; its reading unchanged).</summary>
    /// <summary>The same promise with a stretch figure striven for (力争7%), its text running on to the stretch's.</summary>
    internal CandidatePromise WithStretch(Measure stretch, string text) => new(this) { Stretch = stretch, Text = text };

    private CandidatePromise(CandidatePromise other)
    {
        Start = other.Start;
        Text = other.Text;
        Sentence = other.Sentence;
        Object = other.Object;
        Kind = other.Kind;
        Commitment = other.Commitment;
        Quantity = other.Quantity;
        UpperQuantity = other.UpperQuantity;
        QuantityText = other.QuantityText;
        Deadline = other.Deadline;
        DeadlineStated = other.DeadlineStated;
        TopK = other.TopK;
        Peers = other.Peers;
        Class = other.Class;
        IsDecrease = other.IsDecrease;
        Strict = other.Strict;
        Confidence = other.Confidence;
        Stretch = other.Stretch;
    }

    internal CandidatePromise In(ReportText read)
    {
        var copy = (CandidatePromise)MemberwiseClone();
        copy.Start = read.Origin(Start);

        // Only a clause that stands in the text as it is (not one a reader put together, 开工建设 + a project's name)
        // takes the original's words.
        if (Start >= 0 && Start + Text.Length <= read.Text.Length && string.CompareOrdinal(read.Text, Start, Text, 0, Text.Length) == 0)
        {
            copy.Text = read.OriginalOf(Start, Text.Length);
        }

        return copy;
    }

    /// <summary>The clause (<c>力争全年新增立体绿化面积5000平方米</c>), as it stands in the text given.</summary>
    public string Text { get; private set; }

    /// <summary>The sentence the clause stands in, or up to 400 characters of it around the clause when it is longer (the output stays linear in the input).</summary>
    public string Sentence { get; }

    /// <summary>What is built or measured (<c>立体绿化面积</c>).</summary>
    public string Object { get; }

    /// <summary>The kind of target.</summary>
    public PromiseKind Kind { get; }

    /// <summary>The commitment level.</summary>
    public CommitmentLevel Commitment { get; }

    /// <summary>The quantity promised, if any.</summary>
    public Measure? Quantity { get; }

    /// <summary>The upper end of a range (3-5个), if any.</summary>
    public Measure? UpperQuantity { get; }

    /// <summary>The quantity as written (<c>5000平方米</c>).</summary>
    public string? QuantityText { get; }

    /// <summary>The deadline (stated, or the end of the report year).</summary>
    public LocalDate Deadline { get; }

    /// <summary>Whether the deadline was stated in the wording.</summary>
    public bool DeadlineStated { get; }

    /// <summary>For a rank: the top positions asked for (null for 前列).</summary>
    public int? TopK { get; }

    /// <summary>For a rank: the peer group named.</summary>
    public string? Peers { get; }

    /// <summary>For a class target: the class.</summary>
    public QualityClass? Class { get; }

    /// <summary>For a change: whether it is a cut.</summary>
    public bool? IsDecrease { get; }

    /// <summary>Whether the comparison is strict (超过, 低于).</summary>
    public bool Strict { get; }

    /// <summary>
    /// The figure striven for beyond the promised one (增长6%以上、力争7%: 7%), or null: the promise is then a floor
    /// (确保 or plain) and a stretch (力争).
    /// </summary>
    public Measure? Stretch { get; private init; }

    /// <summary>How sure the reader is that this is a measurable promise, 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>The candidate as one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} [{Commitment}] {Text}";
}
