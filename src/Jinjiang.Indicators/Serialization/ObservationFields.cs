using System.Globalization;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jinjiang.Indicators.Serialization;

/// <summary>The text fields of one observation, as found in a CSV row or a JSON object.</summary>
internal readonly record struct ObservationFields(
    string? Indicator, string? Date, string? Value, string? Unit, string? Area, string? Component, string? Status, string? Source, string? Note);

/// <summary>Turns text fields into an observation, reporting each problem with its field; shared by CSV and JSON.</summary>
internal sealed class ObservationFieldParser
{
    private readonly IndicatorCatalog? _catalog;
    private readonly string _source;
    private readonly List<LoadProblem> _problems;
    private readonly Dictionary<(IndicatorId, LocalDate, string, string?), int> _seen = [];

    internal ObservationFieldParser(IndicatorCatalog? catalog, string source, List<LoadProblem> problems)
    {
        _catalog = catalog;
        _source = source;
        _problems = problems;
    }

    /// <summary>Parses one row; returns null (having reported every problem) when the row is invalid.</summary>
    /// <param name="fields">The text fields.</param>
    /// <param name="line">The line (CSV) or 0.</param>
    /// <param name="fieldName">Maps a field name to its location label (a CSV column name or a JSON path).</param>
    internal Observation? Parse(ObservationFields fields, int line, Func<string, string> fieldName)
    {
        var before = _problems.Count;
        void Problem(string field, string? text, string message) => _problems.Add(new LoadProblem(_source, line, fieldName(field), text, message));

        IndicatorId id = default;
        Indicator? indicator = null;
        if (string.IsNullOrWhiteSpace(fields.Indicator))
        {
            Problem("indicator", fields.Indicator, "An indicator id is required.");
        }
        else if (!IndicatorId.TryParse(fields.Indicator.Trim(), out id))
        {
            Problem("indicator", fields.Indicator, "Expected a kebab-case indicator id such as tianfu-greenway.");
        }
        else if (_catalog is not null && !_catalog.TryGet(id, out indicator))
        {
            Problem("indicator", fields.Indicator, "Unknown indicator id: it is not in the catalog.");
        }

        var dateResult = LocalDatePattern.Iso.Parse(fields.Date?.Trim() ?? string.Empty);
        if (!dateResult.Success)
        {
            Problem("date", fields.Date, "Expected an ISO date yyyy-MM-dd.");
        }

        var component = string.IsNullOrWhiteSpace(fields.Component) ? null : fields.Component.Trim();
        var target = indicator is null ? null : TargetFor(indicator.Target, component);
        if (indicator is not null && target is null)
        {
            Problem("component", fields.Component, $"Indicator {id} has no part named '{component}'; expected one of: {string.Join(", ", Components(indicator.Target))}.");
        }

        var measure = ParseValue(fields, target, Problem, out var completionDate);

        var status = ObservationStatus.Normal;
        if (!string.IsNullOrWhiteSpace(fields.Status) && !TryParseStatus(fields.Status.Trim(), out status))
        {
            Problem("status", fields.Status, "Expected normal, provisional, estimated or break (or A, P, E, B).");
        }

        if (_problems.Count > before || measure is null || !dateResult.Success)
        {
            return null;
        }

        var date = completionDate ?? dateResult.Value;
        var area = string.IsNullOrWhiteSpace(fields.Area) ? indicator?.Area ?? Observation.HomeArea : fields.Area.Trim();
        var key = (id, date, area, component);
        var incidents = indicator?.Target is Targets.ResponseTimeTarget; // one row per incident: several a day are normal
        if (!incidents && _seen.TryGetValue(key, out var firstLine))
        {
            Problem("date", fields.Date, firstLine > 0
                ? $"Duplicate observation: line {firstLine.ToString(CultureInfo.InvariantCulture)} already has {id} on this date for {area}."
                : $"Duplicate observation: {id} on this date for {area} appears twice.");
            return null;
        }

        _seen[key] = line;
        return new Observation(id, date, measure.Value)
        {
            Area = area,
            Component = component,
            Status = status,
            Source = string.IsNullOrWhiteSpace(fields.Source) ? null : fields.Source.Trim(),
            Note = string.IsNullOrWhiteSpace(fields.Note) ? null : fields.Note.Trim(),
        };
    }

    private static Measure? ParseValue(ObservationFields fields, Target? target, Action<string, string?, string> problem, out LocalDate? completionDate)
    {
        completionDate = null;
        var valueText = fields.Value?.Trim() ?? string.Empty;
        var unitText = fields.Unit?.Trim() ?? string.Empty;
        var expectedKinds = target is null ? null : ExpectedKinds(target);

        MeasureUnit? unit;
        if (unitText.Length == 0 && expectedKinds is { } kinds && kinds[0] is QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion)
        {
            unit = MeasureUnit.BaseOf(kinds[0]);
        }
        else if (!MeasureUnit.TryParse(unitText, out unit))
        {
            problem("unit", fields.Unit, "Unknown unit: expected a symbol (km, m2, %, CNY, count, class, rank, done) or a Chinese unit word (公里, 平方米, 万平方米, 亩, 个, 座, 元, 万元, 亿元, 百分点, 类, 名).");
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
                if (!QualityClass.TryParse(valueText, out var quality))
                {
                    problem("value", fields.Value, "Expected a quality class: Ⅰ..Ⅴ, I..V, 1..5, or 劣Ⅴ.");
                    return null;
                }

                return Measure.From(quality);
            case QuantityKind.Completion:
                switch (valueText.ToLowerInvariant())
                {
                    case "done" or "true" or "yes" or "1" or "完成" or "已完成":
                        return Measure.Completion(true);
                    case "not-done" or "not done" or "false" or "no" or "0" or "未完成":
                        return Measure.Completion(false);
                }

                var completed = LocalDatePattern.Iso.Parse(valueText);
                if (completed.Success)
                {
                    completionDate = completed.Value;
                    return Measure.Completion(true);
                }

                problem("value", fields.Value, "Expected done, true, false or a completion date yyyy-MM-dd.");
                return null;
            default:
                if (!double.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
                {
                    problem("value", fields.Value, "Expected a number with '.' as the decimal point.");
                    return null;
                }

                break;
        }

        if (!double.IsFinite(number))
        {
            problem("value", fields.Value, "Expected a finite number, not NaN or infinity.");
            return null;
        }

        if (number < 0 && unit.Kind is not (QuantityKind.Index or QuantityKind.PercentagePoints))
        {
            problem("value", fields.Value, $"A {unit.Kind} cannot be negative.");
            return null;
        }

        if (unit.Kind == QuantityKind.Rank && (number < 1 || number != Math.Floor(number)))
        {
            problem("value", fields.Value, "A rank is a whole number from 1.");
            return null;
        }

        var measure = new Measure(number, unit);
        if (target is CoverageTarget && measure.BaseValue > 1 + 1e-12)
        {
            problem("value", fields.Value, "A coverage must be between 0 and 100%.");
            return null;
        }

        return measure;
    }

    /// <summary>The target a row of an indicator's component is judged against (the part's, for composites).</summary>
    private static Target? TargetFor(Target target, string? component) => target switch
    {
        AllOfTarget all => component is null ? null : all.Parts.FirstOrDefault(p => p.Component == component)?.Target is { } t ? TargetFor(t, null) : null,
        ResponseTimeTarget response => component is null || response.Tiers.Any(t => t.Name == component) ? response : null,
        ClassTarget => target,
        _ => component is null ? target : null,
    };

    private static IEnumerable<string> Components(Target target) => target switch
    {
        AllOfTarget all => all.Parts.Select(p => p.Component),
        ResponseTimeTarget response => response.Tiers.Select(t => t.Name),
        _ => ["(none)"],
    };

    private static QuantityKind[] ExpectedKinds(Target target) => target switch
    {
        RankTarget rank => [QuantityKind.Rank, rank.RankedKind],
        FloorAndStretchTarget f => [f.Floor.Kind],
        _ => [target.Kind],
    };

    private static bool TryParseStatus(string text, out ObservationStatus status)
    {
        status = text.ToLowerInvariant() switch
        {
            "normal" or "a" => ObservationStatus.Normal,
            "provisional" or "p" => ObservationStatus.Provisional,
            "estimated" or "e" => ObservationStatus.Estimated,
            "break" or "b" => ObservationStatus.Break,
            _ => (ObservationStatus)(-1),
        };
        return (int)status >= 0;
    }
}
