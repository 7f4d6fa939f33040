using System.Globalization;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;
using NodaTime.Text;

namespace Jinjiang.Indicators.Serialization;

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
            Problem("indicator", fields.Indicator, "An indicator id is required.");
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
            Problem("period", fields.Period, "Expected an SDMX period: 2023, 2023-S1, 2023-Q2, 2023-06, 2023-06-30 or 2023-01-01/2023-06-30.");
        }

        // The date may be left out when the period says where it ends.
        LocalDate parsedDate;
        bool dateOk;
        if (fields.ParsedDate is { } read)
        {
            parsedDate = read;
            dateOk = true;
        }
        else if (string.IsNullOrWhiteSpace(fields.Date) && period is not null)
        {
            parsedDate = period.End;
            dateOk = true;
        }
        else
        {
            dateOk = IsoDate.TryParse(fields.Date, out parsedDate);
        }

        if (!dateOk)
        {
            Problem("date", fields.DateAsWritten, "Expected an ISO date yyyy-MM-dd.");
        }
        else if (period is not null && period.End != parsedDate)
        {
            Problem("period", fields.Period, $"The period ends on {IsoDate.Format(period.End)}, but the date is {IsoDate.Format(parsedDate)}: the date is the last day of the period.");
        }

        var component = string.IsNullOrWhiteSpace(fields.Component) ? null : fields.Component.Trim();
        Target? target = null;
        IReadOnlyList<QuantityKind>? kinds = null;
        if (indicator is not null)
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

            (target, kinds) = _lastTarget.Result;
            if (target is null)
            {
                Problem("component", fields.Component, $"Indicator {id} has no part named '{component}'; expected one of: {string.Join(", ", Components(indicator))}.");
            }
        }

        var measure = ParseValue(fields, target, kinds, out var completionDate);

        var status = ObservationStatus.Normal;
        if (!string.IsNullOrWhiteSpace(fields.Status) && !TryParseStatus(fields.Status.Trim(), out status))
        {
            Problem("status", fields.Status, "Expected normal, provisional, estimated or break (or A, P, E, B; 正式, 预计, 快报, 初步, 估计).");
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
        var incidents = indicator?.Target.AcceptsSeveralReadingsPerDay == true; // one row per incident: several a day are normal
        var series = incidents && _into is not null ? _into.SeriesNumber(id, area, component) : 0;
        if (!incidents)
        {
            if (_into is not null)
            {
                series = _into.SeriesNumber(id, area, component);
            }

            var firstLine = _columnCheck is not null
                ? _columnCheck.Add(series, ObservationSet.Key(date), ObservationSet.Key(period?.Start ?? date), line, status.IsProvisional())
                : _seen.Add(id, area, component, date, period?.Start ?? date, line, status.IsProvisional());
            if (firstLine is { } first)
            {
                Problem("date", fields.DateAsWritten, first > 0
                    ? $"Duplicate observation: line {first.ToString(CultureInfo.InvariantCulture)} already has {id} on this date for {area ?? "the home area"}."
                    : $"Duplicate observation: {id} on this date for {area ?? "the home area"} appears twice.");
                return false;
            }
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
            result = (default, null, "Expected a kebab-case indicator id such as tianfu-greenway.");
        }
        else if (_catalog is not null && !_catalog.TryGet(id, out var indicator))
        {
            result = (id, null, "Unknown indicator id: it is not in the catalog.");
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
        void problem(string field, string? text, string message) => Problem(field, text, message);
        completionDate = null;
        // A JSON number arrives as a double with no text; its text is made only where a class, a milestone state or a
        // problem message needs it.
        string valueText() => fields.Value?.Trim() ?? fields.ValueText?.Invoke()?.Trim() ?? (fields.Number is { } n0 ? n0.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
        string rawValue() => fields.Value ?? fields.ValueText?.Invoke() ?? valueText();
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
            problem("unit", fields.Unit, "Unknown unit: expected a symbol (km, m2, %, CNY, count, class, rank, done) or a Chinese unit word (公里, 米, 平方米, 万平方米, 平方公里, 亩, 万亩, 公顷, 个, 座, 处, 件, 元, 万元, 亿元, 百分点, 类, 名).");
            return null;
        }

        if (expectedKinds is not null && !expectedKinds.Contains(unit.Kind))
        {
            problem("unit", fields.Unit, $"Unit {unit.Symbol} measures {unit.Kind}, but this indicator needs {string.Join(" or ", expectedKinds)}.");
            return null;
        }

        double number;
        switch (unit.Kind)
        {
            case QuantityKind.QualityClass:
                if (!QualityClass.TryParse(valueText(), out var quality))
                {
                    problem("value", rawValue(), "Expected a quality class: Ⅰ..Ⅴ, I..V, 1..5, or 劣Ⅴ.");
                    return null;
                }

                return Measure.From(quality);
            case QuantityKind.Completion:
                switch (valueText().ToLowerInvariant())
                {
                    case "done" or "true" or "yes" or "1" or "完成" or "已完成":
                        return Measure.Completion(true);
                    case "not-done" or "not done" or "false" or "no" or "0" or "未完成":
                        return Measure.Completion(false);
                }

                if (valueText() is { Length: 10 } dateText && IsoDate.TryParse(dateText, out var doneOn))
                {
                    completionDate = doneOn;
                    return Measure.Completion(true);
                }

                var completed = LocalDatePattern.Iso.Parse(valueText());
                if (completed.Success)
                {
                    completionDate = completed.Value;
                    return Measure.Completion(true);
                }

                problem("value", rawValue(), "Expected done, true, false or a completion date yyyy-MM-dd.");
                return null;
            default:
                if (fields.Number is { } n)
                {
                    number = n;
                }
                else if (!double.TryParse(valueText(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
                {
                    problem("value", rawValue(), NotANumber(valueText()));
                    return null;
                }

                break;
        }

        if (!double.IsFinite(number))
        {
            problem("value", rawValue(), "Expected a finite number, not NaN or infinity.");
            return null;
        }

        number = number == 0 ? 0 : number; // -0 is 0
        var baseValue = number * unit.FactorToBase;
        if (!double.IsFinite(baseValue) || Math.Abs(baseValue) > MaxPlausible || (unit.Kind == QuantityKind.Money && Math.Abs(baseValue) > (double)decimal.MaxValue))
        {
            problem("value", rawValue(), $"The value is too large to be a real figure: {valueText()} {unit.Symbol} is more than {MaxPlausible.ToString("0e0", CultureInfo.InvariantCulture)} in base units{(unit.Kind == QuantityKind.Money ? " (or more than an exact money amount can hold)" : string.Empty)}.");
            return null;
        }

        if (number < 0 && unit.Kind is not (QuantityKind.Index or QuantityKind.PercentagePoints))
        {
            problem("value", rawValue(), $"A {unit.Kind} cannot be negative.");
            return null;
        }

        if (unit.Kind == QuantityKind.Rank && (number < 1 || number != Math.Floor(number)))
        {
            problem("value", rawValue(), "A rank is a whole number from 1.");
            return null;
        }

        var measure = new Measure(number, unit);
        if (target is CoverageTarget && measure.BaseValue > 1 + 1e-12)
        {
            problem("value", rawValue(), "A coverage must be between 0 and 100%.");
            return null;
        }

        return measure;
    }

    /// <summary>The largest magnitude accepted, in base units: far beyond any real figure, far below where arithmetic overflows.</summary>
    private const double MaxPlausible = 1e200;

    /// <summary>What is wrong with a value that is not a plain number, in the terms of the person who typed it.</summary>
    private static string NotANumber(string text)
    {
        if (text.Length == 0)
        {
            return "The value is empty: expected a number.";
        }

        if (text.Any(c => c is >= '０' and <= '９' or '．' or '，'))
        {
            return "Found full-width digits or punctuation (as a Chinese input method types them): write the number with ASCII digits, 15 not １５.";
        }

        if (text.EndsWith('%') || text.EndsWith('％'))
        {
            return "Found a percent sign in the value: write the number (95) in value and % in unit.";
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            return text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal) && text.Length - text.IndexOf(',', StringComparison.Ordinal) - 1 != 3
                ? "Found a comma as the decimal point: write 1.5 not 1,5."
                : "Found a thousands separator ',': write 1234 not 1,234.";
        }

        if (text.Any(c => c is '万' or '亿' or '千' or '百'))
        {
            return "Found a Chinese magnitude word in the value: write the number in value and the unit word (万元, 万平方米) in unit.";
        }

        return "Expected a number with '.' as the decimal point.";
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
