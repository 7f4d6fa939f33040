using System.Globalization;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;
using NodaTime.Text;

namespace Jinjiang.Indicators.Serialization.Rows;

/// <summary>The text fields of one observation, as found in a CSV row or a JSON object.</summary>
internal readonly record struct ObservationFields(
    string? Indicator, string? Date, string? Value, string? Unit, string? Area, string? Component, string? Status, string? Source, string? Note)
{
    /// <summary>The optional SDMX-style period the value covers (<c>2023-Q2</c>, <c>2023-01-01/2023-06-30</c>).</summary>
    public string? Period { get; init; }

    /// <summary>The value already read as a number (a JSON number, a CSV cell read in place), so it is not formatted and parsed again.</summary>
    public double? Number { get; init; }

    /// <summary>The date already read (a CSV cell read in place), so no string is made for it.</summary>
    public LocalDate? ParsedDate { get; init; }

    /// <summary>The text of the date cell, made only when a message quotes it (with <see cref="ParsedDate"/>).</summary>
    public Func<string?>? DateText { get; init; }

    /// <summary>The text of the value cell, made only when a message or a class quotes it (with <see cref="Number"/>).</summary>
    public Func<string?>? ValueText { get; init; }

    /// <summary>The date as written, for messages.</summary>
    public string? DateAsWritten => Date ?? DateText?.Invoke();
}

/// <summary>Turns text fields into an observation, reporting each problem with its field; shared by CSV and JSON.</summary>
internal sealed class ObservationFieldParser
{
    private readonly IndicatorCatalog? _catalog;
    private readonly string _source;
    private readonly List<ReadProblem> _problems;
    private readonly DuplicateCheck _seen = new();
    private (string? Text, (IndicatorId Id, Indicator? Indicator, string? Problem) Result) _lastId;
    private (string? Id, string? Component, (Target? Target, IReadOnlyList<QuantityKind>? Kinds) Result) _lastTarget;
    private (string? Text, MeasureUnit? Unit) _lastUnit;
    private readonly Dictionary<string, (IndicatorId Id, Indicator? Indicator, string? Problem)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(IndicatorId, string?), (Target? Target, IReadOnlyList<QuantityKind>? Kinds)> _targets = [];
    private int _line;
    private Func<string, string>? _fieldName;
    private Func<int, string, string>? _indexedFieldName;
    private int _index;

    internal ObservationFieldParser(IndicatorCatalog? catalog, string source, List<ReadProblem> problems)
    {
        _catalog = catalog;
        _source = source;
        _problems = problems;
    }

    /// <summary>Parses one row; returns null (having reported every problem) when the row is invalid.</summary>
    /// <param name="fields">The text fields.</param>
    /// <param name="line">The line (CSV) or 0.</param>
    /// <param name="fieldName">Maps a field name to its location label (a CSV column name or a JSON path).</param>
    internal Observation? Parse(in ObservationFields fields, int line, Func<string, string> fieldName)
    {
        _fieldName = fieldName;
        _indexedFieldName = null;
        return Parse(in fields, line);
    }

    /// <summary>Parses one row into columns; returns false (having reported every problem) when the row is invalid.</summary>
    /// <param name="fields">The text fields.</param>
    /// <param name="line">The line (CSV) or 0.</param>
    /// <param name="fieldName">Maps a field name to its location label (a CSV column name or a JSON path).</param>
    /// <param name="into">The columns the row is added to.</param>
    internal bool Append(in ObservationFields fields, int line, Func<string, string> fieldName, ObservationSet.Columns into)
    {
        _fieldName = fieldName;
        _indexedFieldName = null;
        return Append(in fields, line, into);
    }

    /// <summary>Parses the row at <paramref name="index"/> of an array into columns; its location is written only if there is a problem.</summary>
    /// <param name="fields">The text fields.</param>
    /// <param name="index">The row's index, passed to <paramref name="fieldName"/>.</param>
    /// <param name="fieldName">Maps the index and a field name to a location label (a JSON path); best static.</param>
    /// <param name="into">The columns the row is added to.</param>
    internal bool Append(in ObservationFields fields, int index, Func<int, string, string> fieldName, ObservationSet.Columns into)
    {
        _fieldName = null;
        _indexedFieldName = fieldName;
        _index = index;
        return Append(in fields, 0, into);
    }

    private bool Append(in ObservationFields fields, int line, ObservationSet.Columns into)
    {
        if (!ReferenceEquals(_into, into))
        {
            (_into, _columnCheck) = (into, new DuplicateCheck(into));
        }

        if (!TryParse(in fields, line, out var row))
        {
            return false;
        }

        into.Add(row.Series, row.Date, row.Value, row.Status, row.Period, row.Source, row.Note);
        return true;
    }

    // The columns rows are appended to, and their duplicate check (which reads the rows kept there).
    private ObservationSet.Columns? _into;
    private DuplicateCheck? _columnCheck;

    private Observation? Parse(in ObservationFields fields, int line)
        => TryParse(in fields, line, out var row)
            ? new Observation(row.Id, row.Date, row.Value)
            {
                Period = row.Period,
                Area = row.Area,
                Component = row.Component,
                Status = row.Status,
                Source = row.Source,
                Note = row.Note,
            }
            : null;

    /// <summary>A row's parts, checked.</summary>
    private readonly record struct Row(IndicatorId Id, LocalDate Date, Measure Value, DateInterval? Period, string? Area, string? Component, ObservationStatus Status, string? Source, string? Note)
    {
        /// <summary>The row's series in the columns it is appended to.</summary>
        public int Series { get; init; }
    }

    private bool TryParse(in ObservationFields fields, int line, out Row row)
    {
        row = default;
        var before = _problems.Count;
        _line = line;

        IndicatorId id = default;
        Indicator? indicator = null;
        if (string.IsNullOrWhiteSpace(fields.Indicator))
        {
            Problem("indicator", fields.Indicator, ReadMessages.IndicatorRequired);
        }
        else
        {
            (id, indicator, var idProblem) = Identify(fields.Indicator);
            if (idProblem is not null)
            {
                Problem("indicator", fields.Indicator, idProblem);
            }
        }

        DateInterval? period = null;
        if (!string.IsNullOrWhiteSpace(fields.Period) && !SdmxPeriod.TryParse(fields.Period, out period))
        {
            Problem("period", fields.Period, ReadMessages.PeriodFormat);
        }

        var dateOk = TryDate(fields, period, out var parsedDate);
        var component = string.IsNullOrWhiteSpace(fields.Component) ? null : fields.Component.Trim();
        var (target, kinds) = indicator is null ? default : TargetOf(indicator, id, component, fields.Component);
        var measure = ParseValue(fields, target, kinds, out var completionDate);

        var status = ObservationStatus.Normal;
        if (!string.IsNullOrWhiteSpace(fields.Status) && !TryParseStatus(fields.Status.Trim(), out status))
        {
            Problem("status", fields.Status, ReadMessages.StatusFormat);
        }

        if (_problems.Count > before || measure is null || !dateOk)
        {
            return false;
        }

        var date = completionDate ?? parsedDate;
        if (completionDate is not null)
        {
            period = null; // a completion is dated by the day it happened
        }

        var area = string.IsNullOrWhiteSpace(fields.Area) ? null : fields.Area.Trim();
        var series = _into is not null ? _into.SeriesNumber(id, area, component) : 0;
        var incidents = indicator?.Target.AcceptsSeveralReadingsPerDay == true; // one row per incident: several a day are normal
        if (!incidents && IsDuplicate(fields, id, area, component, (series, date, period?.Start ?? date), line, status.IsProvisional()))
        {
            return false;
        }

        row = new Row(
            id,
            date,
            measure.Value,
            period,
            area,
            component,
            status,
            string.IsNullOrWhiteSpace(fields.Source) ? null : fields.Source.Trim(),
            string.IsNullOrWhiteSpace(fields.Note) ? null : fields.Note.Trim()) { Series = series };
        return true;
    }


    /// <summary>The row's date: read, or the period's end when the date is left out; false (with the problem) when it is neither or disagrees with the period.</summary>
    private bool TryDate(in ObservationFields fields, DateInterval? period, out LocalDate date)
    {
        bool ok;
        if (fields.ParsedDate is { } read)
        {
            (date, ok) = (read, true);
        }
        else if (string.IsNullOrWhiteSpace(fields.Date) && period is not null)
        {
            (date, ok) = (period.End, true); // the date may be left out when the period says where it ends
        }
        else
        {
            ok = IsoDate.TryParse(fields.Date, out date);
        }

        if (!ok)
        {
            Problem("date", fields.DateAsWritten, ReadMessages.DateFormat);
        }
        else if (period is not null && period.End != date)
        {
            Problem("period", fields.Period, ReadMessages.PeriodEnd(period.End, date));
        }

        return ok;
    }

    /// <summary>The target a row is read against (the promise's, or its part's) and the kinds it accepts; a part not there is a problem.</summary>
    private (Target? Target, IReadOnlyList<QuantityKind>? Kinds) TargetOf(Indicator indicator, IndicatorId id, string? component, string? written)
    {
        // Rows of one series follow each other: the previous row's target is tried first, by reference.
        if (!ReferenceEquals(_lastTarget.Id, id.Value) || !ReferenceEquals(_lastTarget.Component, component))
        {
            if (!_targets.TryGetValue((id, component), out var cached))
            {
                var t = TargetFor(indicator, component);
                _targets[(id, component)] = cached = (t, t is null ? null : ExpectedKinds(t));
            }

            _lastTarget = (id.Value, component, cached);
        }

        if (_lastTarget.Result.Target is null)
        {
            Problem("component", written, ReadMessages.UnknownPart(id, component, Components(indicator)));
        }

        return _lastTarget.Result;
    }

    /// <summary>Whether the row repeats an earlier one (the one duplicate rule, <see cref="DuplicateCheck"/>), reported with the earlier row's line.</summary>
    private bool IsDuplicate(in ObservationFields fields, IndicatorId id, string? area, string? component, (int Series, LocalDate Date, LocalDate Start) row, int line, bool provisional)
    {
        var firstLine = _columnCheck is not null
            ? _columnCheck.Add(row.Series, ObservationSet.Key(row.Date), ObservationSet.Key(row.Start), line, provisional)
            : _seen.Add(id, area, component, row.Date, row.Start, line, provisional);
        if (firstLine is not { } first)
        {
            return false;
        }

        Problem("date", fields.DateAsWritten, ReadMessages.Duplicate(first, id, area));
        return true;
    }

    private void Problem(string field, string? text, string message)
        => _problems.Add(new ReadProblem(_source, _line, _indexedFieldName?.Invoke(_index, field) ?? _fieldName?.Invoke(field) ?? field, text, message));

    private (IndicatorId Id, Indicator? Indicator, string? Problem) Identify(string text)
    {
        if (ReferenceEquals(text, _lastId.Text))
        {
            return _lastId.Result;
        }

        if (_ids.TryGetValue(text, out var known))
        {
            _lastId = (text, known);
            return known;
        }

        (IndicatorId, Indicator?, string?) result;
        if (!IndicatorId.TryParse(text.Trim(), out var id))
        {
            result = (default, null, ReadMessages.IndicatorIdFormat);
        }
        else if (_catalog is not null && !_catalog.TryGet(id, out var indicator))
        {
            result = (id, null, ReadMessages.UnknownIndicator);
        }
        else
        {
            result = (id, _catalog is null ? null : _catalog[id], null);
        }

        if (_ids.Count < 10_000)
        {
            _ids[text] = result;
        }

        _lastId = (text, result);
        return result;
    }

    private Measure? ParseValue(ObservationFields fields, Target? target, IReadOnlyList<QuantityKind>? expectedKinds, out LocalDate? completionDate)
    {
        completionDate = null;
        if (UnitOf(fields, target, expectedKinds) is not { } unit)
        {
            return null;
        }

        // A JSON number arrives as a double with no text; its text is made only where a class, a milestone state or a
        // problem message needs it.
        var value = new ValueText(fields);
        switch (unit.Kind)
        {
            case QuantityKind.QualityClass:
                if (!QualityClass.TryParse(value.Trimmed, out var quality))
                {
                    Problem("value", value.Raw, ReadMessages.QualityClassFormat);
                    return null;
                }

                return Measure.From(quality);
            case QuantityKind.Completion:
                return Completion(value, out completionDate);
            default:
                return Number(fields, value, unit, target);
        }
    }

    /// <summary>The text of a value cell, made only when asked for (a JSON number has none).</summary>
    private readonly struct ValueText(ObservationFields fields)
    {
        /// <summary>The text trimmed (a number formatted in the invariant culture when there was no text).</summary>
        public string Trimmed => fields.Value?.Trim() ?? fields.ValueText?.Invoke()?.Trim() ?? (fields.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : string.Empty);

        /// <summary>The text as written, for messages.</summary>
        public string Raw => fields.Value ?? fields.ValueText?.Invoke() ?? Trimmed;
    }

    /// <summary>The unit of a row: written, or implied by a class, rank, completion or index target; null (with the problem) when unknown or of the wrong kind.</summary>
    private MeasureUnit? UnitOf(ObservationFields fields, Target? target, IReadOnlyList<QuantityKind>? expectedKinds)
    {
        var unitText = fields.Unit?.Trim() ?? string.Empty;
        MeasureUnit? unit;
        if (unitText.Length == 0 && target is RankTarget { RankedKind: QuantityKind.Index })
        {
            // A dimensionless composite index (3.80) has no unit; a reported rank says rank, 名 or 位.
            unit = MeasureUnit.One;
        }
        else if (unitText.Length == 0 && expectedKinds is { } kinds && kinds[0] is QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion)
        {
            unit = MeasureUnit.BaseOf(kinds[0]);
        }
        else if (ReferenceEquals(unitText, _lastUnit.Text) && _lastUnit.Unit is not null)
        {
            unit = _lastUnit.Unit; // the previous row's unit, found by reference
        }
        else if (MeasureUnit.TryParse(unitText, out unit))
        {
            _lastUnit = (unitText, unit);
        }
        else
        {
            Problem("unit", fields.Unit, ReadMessages.UnknownUnit);
            return null;
        }

        if (expectedKinds is not null && !expectedKinds.Contains(unit.Kind))
        {
            Problem("unit", fields.Unit, ReadMessages.UnitOfAnotherKind(unit, expectedKinds));
            return null;
        }

        return unit;
    }

    /// <summary>A milestone's state: done, not done, or done on a date (the completion date then dates the row).</summary>
    private Measure? Completion(ValueText value, out LocalDate? completionDate)
    {
        completionDate = null;
        var text = value.Trimmed;
        switch (text.ToLowerInvariant())
        {
            case "done" or "true" or "yes" or "1" or "完成" or "已完成":
                return Measure.Completion(true);
            case "not-done" or "not done" or "false" or "no" or "0" or "未完成":
                return Measure.Completion(false);
        }

        if (text is { Length: 10 } dateText && IsoDate.TryParse(dateText, out var doneOn))
        {
            completionDate = doneOn;
            return Measure.Completion(true);
        }

        var completed = LocalDatePattern.Iso.Parse(text);
        if (completed.Success)
        {
            completionDate = completed.Value;
            return Measure.Completion(true);
        }

        Problem("value", value.Raw, ReadMessages.CompletionFormat);
        return null;
    }

    /// <summary>A number in its unit, checked: finite, plausible, not negative where it cannot be, a whole rank, a coverage within 100%.</summary>
    private Measure? Number(ObservationFields fields, ValueText value, MeasureUnit unit, Target? target)
    {
        double number;
        if (fields.Number is { } n)
        {
            number = n;
        }
        else if (!double.TryParse(value.Trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
        {
            Problem("value", value.Raw, NotANumber(value.Trimmed));
            return null;
        }

        if (NumberProblem(number, unit, value, target) is { } message)
        {
            Problem("value", value.Raw, message);
            return null;
        }

        var measure = new Measure(number == 0 ? 0 : number, unit); // -0 is 0
        if (target is CoverageTarget && measure.BaseValue > 1 + 1e-12)
        {
            Problem("value", value.Raw, ReadMessages.CoverageRange);
            return null;
        }

        return measure;
    }

    /// <summary>
    /// What is wrong with a parsed number in its unit, or null. A ratio may be negative (a growth rate that fell:
    /// 增长-2.3%, 能耗降低3% as −3%), except a coverage's share.
    /// </summary>
    private static string? NumberProblem(double number, MeasureUnit unit, ValueText value, Target? target)
    {
        if (!double.IsFinite(number))
        {
            return ReadMessages.NotFinite;
        }

        var baseValue = number * unit.FactorToBase;
        if (!double.IsFinite(baseValue) || Math.Abs(baseValue) > MaxPlausible || (unit.Kind == QuantityKind.Money && Math.Abs(baseValue) > (double)decimal.MaxValue))
        {
            return ReadMessages.TooLarge(value.Trimmed, unit, MaxPlausible);
        }

        if (number < 0 && unit.Kind is not (QuantityKind.Index or QuantityKind.PercentagePoints) && (unit.Kind != QuantityKind.Ratio || target is CoverageTarget))
        {
            return ReadMessages.Negative(unit.Kind);
        }

        return unit.Kind == QuantityKind.Rank && (number < 1 || number != Math.Floor(number)) ? ReadMessages.RankFormat : null;
    }

    /// <summary>The largest magnitude accepted, in base units: far beyond any real figure, far below where arithmetic overflows.</summary>
    private const double MaxPlausible = 1e200;

    /// <summary>What is wrong with a value that is not a plain number, in the terms of the person who typed it.</summary>
    private static string NotANumber(string text)
    {
        if (text.Length == 0)
        {
            return ReadMessages.ValueEmpty;
        }

        if (text.Any(c => c is >= '０' and <= '９' or '．' or '，'))
        {
            return ReadMessages.FullWidthDigits;
        }

        if (text.EndsWith('%') || text.EndsWith('％'))
        {
            return ReadMessages.PercentInValue;
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            return text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal) && text.Length - text.IndexOf(',', StringComparison.Ordinal) - 1 != 3
                ? ReadMessages.DecimalComma
                : ReadMessages.ThousandsSeparator;
        }

        if (text.Any(c => c is '万' or '亿' or '千' or '百'))
        {
            return ReadMessages.MagnitudeWord;
        }

        return ReadMessages.NotANumber;
    }

    /// <summary>The target a row of an indicator's component is judged against (the part's, for composites).</summary>
    /// <summary>The target a row of a component is read against: a part's, or for a node stage of the breakdown a milestone (done or not).</summary>
    private static Target? TargetFor(Indicator indicator, string? component)
        => indicator.Target.ForComponent(component)
            ?? (component is not null && indicator.Nodes.Any(n => string.Equals(n.Stage, component, StringComparison.Ordinal)) ? new MilestoneTarget(indicator.Target.Period) : null);

    private static List<string> Components(Indicator indicator)
    {
        var names = indicator.Target.Components.Concat(indicator.Nodes.Where(n => n.IsStage).Select(n => n.Stage!)).ToList();
        return names.Count == 0 ? ["(none)"] : names;
    }

    private static IReadOnlyList<QuantityKind> ExpectedKinds(Target target) => target.AcceptedKinds;

    /// <summary>A status as the files write it (<c>normal</c>, <c>provisional</c>, <c>estimated</c>, <c>break</c>); <see cref="TryParseStatus"/> reads it back.</summary>
    internal static string StatusText(ObservationStatus status) => status switch
    {
        ObservationStatus.Normal => "normal",
        ObservationStatus.Provisional => "provisional",
        ObservationStatus.Estimated => "estimated",
        ObservationStatus.Break => "break",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static bool TryParseStatus(string text, out ObservationStatus status)
    {
        status = text.ToLowerInvariant() switch
        {
            "normal" or "a" or "final" or "正式" or "最终" or "终核" => ObservationStatus.Normal,
            "provisional" or "p" or "预计" or "快报" or "初步" or "初步核算" => ObservationStatus.Provisional,
            "estimated" or "e" or "估计" or "估算" => ObservationStatus.Estimated,
            "break" or "b" => ObservationStatus.Break,
            _ => (ObservationStatus)(-1),
        };
        return (int)status >= 0;
    }
}
