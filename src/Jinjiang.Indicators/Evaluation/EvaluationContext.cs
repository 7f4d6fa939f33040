using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>What one evaluation sees: the indicator, its observations up to the as-of date, and the options.</summary>
internal sealed class EvaluationContext
{
    internal EvaluationContext(Indicator indicator, ObservationSet set, LocalDate asOf, EvaluationOptions options, string? component)
    {
        Indicator = indicator;
        Set = set;
        AsOf = asOf;
        Options = options;
        Component = component;
    }

    internal Indicator Indicator { get; }

    internal ObservationSet Set { get; }

    /// <summary>All observations of the indicator, sorted by date, any area, any component, any date.</summary>
    internal IReadOnlyList<Observation> Observations => Set.For(Indicator.Id);

    internal LocalDate AsOf { get; }

    internal EvaluationOptions Options { get; }

    internal string? Component { get; }

    internal Tolerance Tolerance => Options.Tolerance;

    internal EvaluationContext ForComponent(string? component) => new(Indicator, Set, AsOf, Options, component);

    /// <summary>The home area's observations of this context's component, dated on or before the as-of date.</summary>
    /// <param name="within">Only observations dated within this interval, if given.</param>
    /// <param name="notAfter">Only observations dated on or before this date, if given.</param>
    internal List<Observation> Home(DateInterval? within = null, LocalDate? notAfter = null)
    {
        var all = Set.For(Indicator.Id, Indicator.Area);
        var list = new List<Observation>(all.Count);
        foreach (var o in all)
        {
            if (o.Date <= AsOf && string.Equals(o.Component, Component, StringComparison.Ordinal)
                && (within is null || within.Contains(o.Date)) && (notAfter is null || o.Date <= notAfter.Value))
            {
                list.Add(o);
            }
        }

        return list;
    }

    internal Evaluation Result(
        EvaluationStatus status,
        Func<string> reason,
        IReadOnlyList<Observation>? inputs = null,
        string method = "threshold",
        Measure? actual = null,
        Measure? target = null,
        Measure? expected = null,
        double? progress = null,
        Measure? gap = null,
        AchievedLevel level = AchievedLevel.NotApplicable,
        IReadOnlyList<Evaluation>? parts = null)
        => new(Indicator, AsOf, status, reason)
        {
            Component = Component,
            Inputs = inputs ?? [],
            Method = method,
            Actual = actual,
            TargetValue = target,
            Expected = expected,
            Progress = progress,
            Gap = gap,
            Level = level,
            Parts = parts ?? [],
        };

    /// <summary>A NotEvaluable result when an observation has the wrong kind, or null when all fit.</summary>
    internal Evaluation? CheckKinds(IEnumerable<Observation> observations, QuantityKind expected)
    {
        foreach (var o in observations)
        {
            if (o.Value.Kind != expected)
            {
                return Result(
                    EvaluationStatus.NotEvaluable,
                    () => $"The observation of {Show.Date(o.Date)} is in {o.Value.Unit.Symbol} ({o.Value.Kind}), but the target measures {expected}: a dimension mismatch.",
                    inputs: [o],
                    method: "unit-check");
            }
        }

        return null;
    }

    internal Evaluation NothingObserved(Target target, IReadOnlyList<Observation> inputs)
        => AsOf < target.Period.Start
            ? Result(EvaluationStatus.NotYetDue, () => $"The period starts on {Show.Date(target.Period.Start)}, after the as-of date.", inputs)
            : Result(EvaluationStatus.NoData, () => $"No observation dated between {Show.Date(target.Period.Start)} and {Show.Date(Min(AsOf, target.Deadline))}.", inputs);

    internal static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
