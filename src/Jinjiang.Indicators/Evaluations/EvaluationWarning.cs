using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// Something in the data an office would question before signing a verdict (a cumulative total that fell, a series
/// that stopped reporting, a fractional count of whole things, readings after the as-of date, monthly and annual
/// figures that disagree). A warning does not change the status; it travels with the evaluation into every format.
/// </summary>
public sealed class EvaluationWarning
{
    private readonly Func<string>? _messageFactory;
    private readonly Func<string>? _messageChineseFactory;
    private string? _message;
    private string? _messageChinese;

    /// <summary>Creates a warning.</summary>
    /// <param name="code">A stable kebab-case code (<c>cumulative-fell</c>).</param>
    /// <param name="message">The warning in English.</param>
    /// <param name="messageChinese">The warning in Chinese.</param>
    public EvaluationWarning(string code, string message, string messageChinese)
    {
        Code = Preconditions.CheckNotBlank(code);
        _message = Preconditions.CheckNotBlank(message);
        _messageChinese = Preconditions.CheckNotBlank(messageChinese);
    }

    /// <summary>A warning whose messages are written on first read (a scorecard of a national file warns on every line, and most are never printed).</summary>
    internal EvaluationWarning(string code, Func<string> message, Func<string> messageChinese)
    {
        Code = code;
        _messageFactory = message;
        _messageChineseFactory = messageChinese;
    }

    /// <summary>
    /// The stable code: <c>cumulative-fell</c>, <c>stale-series</c>, <c>fractional-count</c>, <c>after-as-of</c>,
    /// <c>period-conflict</c>, <c>provisional-superseded</c>, <c>before-promise</c>.
    /// </summary>
    public string Code { get; }

    /// <summary>The warning in English.</summary>
    public string Message => _message ??= _messageFactory!();

    /// <summary>The warning in Chinese (月度数据与年度数据不一致，请核实).</summary>
    public string MessageChinese => _messageChinese ??= _messageChineseFactory!();

    /// <summary>The warning as <c>code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + ": " + Message;
}
