using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization.Rows;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Turns records (<see cref="ObservationRecord"/>) into observations with the rules and messages of the CSV and JSON
/// readers: ids checked against the catalog, dates, numbers, units of the promise's dimension, classes and ranks,
/// coverage within 0..100%, duplicate rows. The seam for a reader of another container (the Excel package reads its
/// cells through it): the container finds the fields and names the places, this reader says what is wrong with them.
/// One instance reads one source (it remembers the rows seen, for duplicates); not safe to share between threads.
/// </summary>
public sealed class ObservationRecordReader
{
    private readonly List<ReadProblem> _problems = [];
    private readonly ObservationFieldParser _parser;

    /// <summary>Creates a reader for one source.</summary>
    /// <param name="catalog">The indicators rows must belong to, or <see langword="null"/> to check only the format.</param>
    /// <param name="source">The name problems carry (the file name).</param>
    public ObservationRecordReader(IndicatorCatalog? catalog, string source)
        => _parser = new ObservationFieldParser(catalog, Preconditions.CheckNotNull(source), _problems);

    /// <summary>Reads one record; <see langword="null"/> when it is not a valid observation, every problem then added to <paramref name="problems"/>.</summary>
    /// <param name="record">The fields.</param>
    /// <param name="place">Names where a field is (<c>indicator</c> → <c>Sheet1!A7 indicator</c>), for the problems.</param>
    /// <param name="problems">Where the problems of this record go, in the order found.</param>
    /// <returns>The observation, or <see langword="null"/>.</returns>
    public Observation? Read(in ObservationRecord record, Func<string, string> place, ICollection<ReadProblem> problems)
    {
        Preconditions.CheckNotNull(place);
        Preconditions.CheckNotNull(problems);
        var fields = new ObservationFields(record.Indicator, record.Date, record.Value, record.Unit, record.Area, record.Component, record.Status, record.Source, record.Note)
        {
            Number = record.Number,
            Period = record.Period,
        };
        var observation = _parser.Parse(in fields, 0, place);
        foreach (var problem in _problems)
        {
            problems.Add(problem);
        }

        _problems.Clear();
        return observation;
    }
}
