namespace Jinjiang.Indicators.Office;

/// <summary>Whether a month's return is in, in a ledger (台账).</summary>
public enum ReturnState
{
    /// <summary>The return is in: an observation dated within the month (已报送).</summary>
    Received,

    /// <summary>A return was expected for the month and none is there (未报送); the month shows no value, not the previous one.</summary>
    Missing,

    /// <summary>No return was expected for the month: outside the promise's period, or between the periods of a quarterly or yearly calendar.</summary>
    NotDue,
}
