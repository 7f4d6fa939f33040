namespace Jinjiang.Indicators.Text;

/// <summary>
/// The texts of the problems the text readers report, one named template each (NodaTime's <c>TextErrorMessages</c> is
/// the model): the parsers and the draft catalog write them, tests name them.
/// </summary>
internal static class TextMessages
{
    /// <summary>A text that is not a number.</summary>
    internal const string NotANumber = "Expected a number: digits (15, 1.5), Chinese numerals (十二, 三百, 两) or either with 万/亿.";

    /// <summary>A text that is not a quantity.</summary>
    internal const string NotAQuantity = "Expected a quantity: a number followed by a unit word such as 公里, 平方米, 万平方米, 个, 亿元 or %.";

    /// <summary>A candidate promise whose wording yields no target.</summary>
    internal const string NoTargetFromWording = "No target can be built from the wording.";
}
