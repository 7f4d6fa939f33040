namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// The fields of one observation as text, as a reader of another container finds them (a workbook's row, a database
/// record, a form): the columns of the CSV format. <see cref="ObservationRecordReader"/> turns it into an
/// <see cref="Observation"/> with the rules and messages every reader of the library uses.
/// </summary>
/// <param name="Indicator">The indicator id (<c>tianfu-greenway</c>).</param>
/// <param name="Date">The date, yyyy-MM-dd (or 2023/6/30, 2023年6月30日).</param>
/// <param name="Value">The value as text (a number, a water class, a rank, true/false); <see langword="null"/> when <see cref="Number"/> holds it.</param>
/// <param name="Unit">The unit (<c>km</c>, <c>公里</c>, <c>%</c>, <c>个</c>).</param>
public readonly record struct ObservationRecord(string? Indicator, string? Date, string? Value, string? Unit)
{
    /// <summary>The value already read as a number (a numeric cell), so it is not formatted and parsed again.</summary>
    public double? Number { get; init; }

    /// <summary>The SDMX-style period the value covers (<c>2023-Q2</c>, <c>2023-01-01/2023-06-30</c>), if any.</summary>
    public string? Period { get; init; }

    /// <summary>The area (锦江区), if any.</summary>
    public string? Area { get; init; }

    /// <summary>The component of a composite promise or a stage of a task breakdown, if any.</summary>
    public string? Component { get; init; }

    /// <summary>The status (<c>final</c>, <c>provisional</c>, <c>estimate</c>, <c>revised</c>), if any.</summary>
    public string? Status { get; init; }

    /// <summary>Where the figure comes from, if said.</summary>
    public string? Source { get; init; }

    /// <summary>A note, if any.</summary>
    public string? Note { get; init; }
}
