using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Office;

/// <summary>
/// One month of one promise in a ledger: whether its return is in and, when it is, the value reported, the completion
/// rate (完成率), the time elapsed (时间进度) and the grade as of the month end.
/// </summary>
public sealed class LedgerCell
{
    internal LedgerCell(LocalDate monthEnd, ReturnState state, Evaluation evaluation)
    {
        MonthEnd = monthEnd;
        State = state;
        Evaluation = evaluation;
    }

    /// <summary>The last day of the month.</summary>
    public LocalDate MonthEnd { get; }

    /// <summary>Whether the month's return is in, missing or not expected.</summary>
    public ReturnState State { get; }

    /// <summary>The evaluation as of the month end (on what was reported by then), for the audit trail.</summary>
    public Evaluation Evaluation { get; }

    /// <summary>The value reported and judged, when the month's return is in; null when it is missing or none was due.</summary>
    public Measure? Value => State == ReturnState.Received ? Evaluation.Actual : null;

    /// <summary>The completion rate (完成率) as of the month end, when the month's return is in.</summary>
    public double? Completion => State == ReturnState.Received ? Evaluation.Completion : null;

    /// <summary>The share of the promise's period elapsed at the month end (时间进度).</summary>
    public double? TimeElapsed => Evaluation.TimeElapsed;

    /// <summary>The grade as of the month end, when the month's return is in; null otherwise.</summary>
    public Grade? Grade => State == ReturnState.Received ? Evaluation.Grade : null;

    /// <inheritdoc/>
    public override string ToString() => $"{MonthEnd:uuuu-MM}: {State}" + (Value is { } v ? " " + v : string.Empty);
}
