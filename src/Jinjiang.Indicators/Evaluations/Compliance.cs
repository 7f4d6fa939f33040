using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// How often a promise that must hold throughout its period, or keep a cadence, was kept: 45 of 46 weeks, 3-minute
/// arrival in 95.5% of incidents, with the dates of the lapses. It stands beside the status, which a single lapse
/// may already decide.
/// </summary>
public sealed class Compliance
{
    /// <summary>Creates a compliance record.</summary>
    /// <param name="kept">How many units (readings, weeks, incidents) kept the promise.</param>
    /// <param name="due">How many units were due.</param>
    /// <param name="lapses">The dates of the units that did not keep it, in order.</param>
    public Compliance(int kept, int due, IEnumerable<LocalDate> lapses)
    {
        Preconditions.CheckArgumentRange(due >= 0, nameof(due), "The number of units due cannot be negative.");
        Preconditions.CheckArgumentRange(kept >= 0 && kept <= due, nameof(kept), "The units kept must be between 0 and the units due.");
        Kept = kept;
        Due = due;
        Lapses = [.. Preconditions.CheckNotNull(lapses)];
    }

    /// <summary>How many units kept the promise.</summary>
    public int Kept { get; }

    /// <summary>How many units were due.</summary>
    public int Due { get; }

    /// <summary>Kept / due, as a fraction (0.955); <see langword="null"/> when nothing was due.</summary>
    public double? Rate => Due == 0 ? null : Kept / (double)Due;

    /// <summary>The dates of the lapses (the day of a reading, the last day of a missed week, the day of an incident).</summary>
    public IReadOnlyList<LocalDate> Lapses { get; }

    /// <summary>The record as invariant text: <c>45 of 46 (97.8%); lapses 2023-05-14</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Kept} of {Due}" + (Rate is { } r ? " (" + Show.Percent(r) + ")" : string.Empty)
           + (Lapses.Count > 0 ? "; lapses " + string.Join(", ", Lapses.Select(IsoDate.Format)) : string.Empty);
}
