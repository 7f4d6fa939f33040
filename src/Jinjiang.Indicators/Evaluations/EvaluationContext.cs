using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// What one evaluation sees: the indicator, its observations up to the as-of date, and the options. A struct, so
/// that an allocation-free summary (<see cref="Evaluator.Summarize(Indicator, ObservationSet, LocalDate)"/>) stays so.
/// </summary>
internal readonly struct EvaluationContext
{
    internal EvaluationContext(Indicator indicator, ObservationSet set, LocalDate asOf, EvaluationOptions options, string? component)
        : this(indicator, indicator.HomeArea, set, asOf, options, component, prepared: null)
    {
    }

    /// <summary>A context for an indicator judged in another area than its own (a template for many areas), with its whole home series resolved once for many as-of dates.</summary>
    internal EvaluationContext(Indicator indicator, string homeArea, ObservationSet set, LocalDate asOf, EvaluationOptions options, string? component, PreparedSeries? prepared)
    {
        Indicator = indicator;
        HomeArea = homeArea;
        Set = set;
        AsOf = asOf;
        Options = options;
        Component = component;
        _prepared = prepared;
    }

    /// <summary>The series a batch resolved once (a reference: closures of the full path copy this struct).</summary>
    private readonly PreparedSeries? _prepared;

    internal Indicator Indicator { get; }

    /// <summary>The area judged: the indicator's own, or the area a template is judged for.</summary>
    internal string HomeArea { get; }

    internal ObservationSet Set { get; }

    /// <summary>The observations of the indicator's home area (and those naming no area), any component, sorted by date: one area's, found by key.</summary>
    internal IReadOnlyList<Observation> HomeObservations => _prepared?.HomeList ?? Set.Home(Indicator.Id, HomeArea);

    /// <summary>The same readings as <see cref="HomeObservations"/>, as a range of the set's array (looped over without interface calls).</summary>
    internal ArraySegment<Observation> HomeReadings => Segment(HomeObservations);

    /// <summary>A list of the set's as the range it is (the set's lists are all slices of its arrays).</summary>
    internal static ArraySegment<Observation> Segment(IReadOnlyList<Observation> list)
        => list is ObservationSet.ListView slice ? slice.Segment : new ArraySegment<Observation>([.. list]);

    internal LocalDate AsOf { get; }

    internal EvaluationOptions Options { get; }

    internal string? Component { get; }

    /// <summary>What Chinese sentences call the thing judged: the part's Chinese name for a part, else the indicator's.</summary>
    internal string NameChinese => Component is { } c ? Indicator.Target.ComponentNameChinese(c) : Indicator.NameChinese;

    /// <summary>The Chinese name of a component of the indicator's target (its own text when it has no other).</summary>
    internal string ComponentChinese(string? component) => component is null ? Indicator.NameChinese : Indicator.Target.ComponentNameChinese(component);

    internal Tolerance Tolerance => Options.Tolerance;

    internal EvaluationContext ForComponent(string? component) => new(Indicator, HomeArea, Set, AsOf, Options, component, _prepared);

    /// <summary>The home series of this context's component (its area's and those naming no area), resolved: once per batch, or by key.</summary>
    internal ObservationSet.SeriesRange HomeSeries()
    {
        if (Component is null)
        {
            return _prepared is { } prepared ? prepared.Series
                : ReferenceEquals(HomeArea, Indicator.HomeArea) ? Set.HomeSeries(Indicator.Id, HomeArea, null, Indicator.HomeSeriesHash, Indicator.UnnamedSeriesHash)
                : Set.HomeSeries(Indicator.Id, HomeArea, null, ObservationSet.SeriesKey.Hash(Indicator.Id, HomeArea, null), Indicator.UnnamedSeriesHash);
        }

        return Set.HomeSeries(Indicator.Id, HomeArea, Component, ObservationSet.SeriesKey.Hash(Indicator.Id, HomeArea, Component), ObservationSet.SeriesKey.Hash(Indicator.Id, string.Empty, Component));
    }

    /// <summary>
    /// The home area's observations of this context's component, dated on or before the as-of date, sorted by
    /// date: a slice of the set's own array, not a copy.
    /// </summary>
    /// <param name="within">Only observations dated within this interval, if given.</param>
    /// <param name="notAfter">Only observations dated on or before this date, if given.</param>
    internal ArraySegment<Observation> Home(DateInterval? within = null, LocalDate? notAfter = null) => Home(within, notAfter, out _);

    /// <inheritdoc cref="Home(DateInterval?, LocalDate?)"/>
    /// <param name="within">Only observations dated within this interval, if given.</param>
    /// <param name="notAfter">Only observations dated on or before this date, if given.</param>
    /// <param name="uniformKind">The kind of every observation of the whole series, or null when they differ.</param>
    internal ArraySegment<Observation> Home(DateInterval? within, LocalDate? notAfter, out QuantityKind? uniformKind)
    {
        var from = within?.Start ?? LocalDate.MinIsoValue;
        var to = AsOf;
        if (within is not null && within.End < to)
        {
            to = within.End;
        }

        if (notAfter is { } n && n < to)
        {
            to = n;
        }

        return ObservationSet.Slice(HomeSeries(), from, to, out uniformKind);
    }

    /// <summary>
    /// The series of the indicator in the home area, one per component, as columns: resolved once per batch, or by
    /// key. False when they cannot be read so (see <see cref="ObservationSet.TryAreaSeries"/>).
    /// </summary>
    internal bool TryAreaSeries(out ArraySegment<ObservationSet.SeriesRange> series)
    {
        if (_prepared is { HasAreaSeries: { } has } prepared)
        {
            series = prepared.AreaSeries;
            return has;
        }

        return Set.TryAreaSeries(Indicator.Id, HomeArea, out series);
    }

    /// <summary>
    /// The rows of <see cref="Home(DateInterval?, LocalDate?)"/> as indexes into the home series' columns, without
    /// making an observation: what summaries read.
    /// </summary>
    /// <param name="within">Only rows dated within this interval, if given.</param>
    /// <param name="series">The home series.</param>
    /// <param name="start">The first row.</param>
    /// <param name="end">The row after the last.</param>
    internal void HomeRows(DateInterval? within, out ObservationSet.SeriesRange series, out int start, out int end)
    {
        var from = within?.Start ?? LocalDate.MinIsoValue;
        var to = within is not null && within.End < AsOf ? within.End : AsOf;
        series = HomeSeries();
        ObservationSet.Bounds(series, from, to, out start, out end);
    }

    /// <summary>The home area's observations of this context's component dated from <paramref name="from"/> to <paramref name="to"/> and not after the as-of date, without allocating.</summary>
    internal ArraySegment<Observation> HomeBetween(LocalDate from, LocalDate to) => ObservationSet.Slice(HomeSeries(), from, Min(to, AsOf), out _);

    /// <summary>The first day the promise binds (the report's delivery date, or the target's start if later).</summary>
    internal LocalDate BindsFrom => Indicator.BindsFrom;

    /// <summary>Whether an observation covers the whole of a period: a stated period from its start, or a date-only reading on its last day (read as the figure up to that day).</summary>
    internal static bool CoversWhole(Observation o, DateInterval period)
        => o.Date == period.End && (o.Period is null || o.Period.Start <= period.Start);

    /// <summary>The index of the first observation of a sorted slice dated on or after a date (the slice's length when none).</summary>
    internal static int FirstOnOrAfter(ArraySegment<Observation> sorted, LocalDate date)
    {
        var i = 0;
        while (i < sorted.Count && sorted[i].Date < date)
        {
            i++;
        }

        return i;
    }

    internal Evaluation Result(
        EvaluationStatus status,
        Func<string> reason,
        Func<string> reasonChinese,
        IReadOnlyList<Observation>? inputs = null,
        string method = "threshold",
        Measure? actual = null,
        Measure? target = null,
        Measure? expected = null,
        double? progress = null,
        Measure? gap = null,
        AchievedLevel level = AchievedLevel.NotApplicable,
        IReadOnlyList<Evaluation>? parts = null,
        double? completion = null,
        bool basically = false,
        bool onSchedule = false,
        Compliance? compliance = null)
        => new(Indicator, AsOf, status, reason, reasonChinese)
        {
            Completion = completion,
            Basically = basically,
            OnSchedule = onSchedule,
            Compliance = compliance,
            Component = Component,
            Inputs = inputs switch
            {
                null => [],
                ArraySegment<Observation> slice => new ObservationSet.ListView(slice), // never the set's own array
                List<Observation> list => list.AsReadOnly(),
                Observation[] array => Array.AsReadOnly(array),
                _ => inputs,
            },
            Method = method,
            Actual = actual,
            TargetValue = target,
            Expected = expected,
            Progress = progress,
            Gap = gap,
            Level = level,
            Parts = parts ?? [],
        };

    /// <summary>The first observation whose kind is not the expected one, or null when all fit.</summary>
    internal static Observation? FirstOfWrongKind(ReadOnlySpan<Observation> observations, QuantityKind expected, QuantityKind? uniformKind)
        => uniformKind == expected ? null : FirstOfWrongKind(observations, expected);

    /// <summary>The first observation whose kind is not the expected one, or null when all fit.</summary>
    internal static Observation? FirstOfWrongKind(ReadOnlySpan<Observation> observations, QuantityKind expected)
    {
        foreach (var o in observations)
        {
            if (o.Value.Kind != expected)
            {
                return o;
            }
        }

        return null;
    }

    internal Evaluation WrongKind(Observation o, QuantityKind expected)
        => Result(
            EvaluationStatus.NotEvaluable,
            () => ReasonTexts.WrongKind(o, expected),
            () => ReasonTexts.WrongKindChinese(o, expected),
            inputs: [o],
            method: "unit-check");

    /// <summary>The judgement when an observation has the wrong kind.</summary>
    internal static Judgement WrongKindJudgement(ArraySegment<Observation> observations, Observation wrong)
        => new(EvaluationStatus.NotEvaluable, Finding.WrongKind, observations.Slice(observations.AsSpan().IndexOf(wrong), 1), "unit-check") { Subject = wrong };

    /// <summary>The judgement when nothing was observed: not yet due before the period, no data after its start.</summary>
    internal Judgement NothingObservedJudgement(Target target, ArraySegment<Observation> inputs, string method)
        => AsOf < BindsFrom
            ? new(EvaluationStatus.NotYetDue, Finding.NotYetDue, inputs, method)
            : new(EvaluationStatus.NoData, Finding.NoData, inputs, method);

    /// <summary>The evaluation of a judgement; <paramref name="reason"/> writes its sentence when first read.</summary>
    internal Evaluation Result(Judgement judgement, Func<string> reason, Func<string> reasonChinese, Compliance? compliance = null)
        => Result(judgement.Status, reason, reasonChinese, new ObservationSet.ListView(judgement.Inputs), judgement.Method, judgement.Actual, judgement.TargetValue, judgement.Expected, judgement.Progress, judgement.Gap, judgement.Level, null, judgement.Completion, judgement.Basically, judgement.OnSchedule, compliance);

    /// <summary>The evaluation of a judgement whose inputs are not one slice of the set (readings of several areas or units).</summary>
    internal Evaluation Result(Judgement judgement, Func<string> reason, Func<string> reasonChinese, IReadOnlyList<Observation> inputs, Compliance? compliance = null)
        => Result(judgement.Status, reason, reasonChinese, inputs, judgement.Method, judgement.Actual, judgement.TargetValue, judgement.Expected, judgement.Progress, judgement.Gap, judgement.Level, null, judgement.Completion, judgement.Basically, judgement.OnSchedule, compliance);

    /// <summary>The evaluation of the judgements every evaluator shares (wrong kind, nothing observed), or null.</summary>
    internal Evaluation? Shared(Judgement judgement, Target target, QuantityKind expected) => judgement.Finding switch
    {
        Finding.WrongKind => WrongKind(judgement.Subject!, expected),
        Finding.NotYetDue or Finding.NoData => NothingObserved(target, judgement.Inputs, judgement.Method),
        _ => null,
    };

    /// <summary>The evaluation when nothing was observed, under the method that found nothing.</summary>
    internal Evaluation NothingObserved(Target target, IReadOnlyList<Observation> inputs, string method)
    {
        var asOf = AsOf;
        var binds = BindsFrom;
        return AsOf < binds
            ? Result(
                EvaluationStatus.NotYetDue,
                () => binds == target.Period.Start ? ReasonTexts.NotYetStarted(binds) : ReasonTexts.NotYetBinding(binds),
                () => binds == target.Period.Start ? ReasonTexts.NotYetStartedChinese(binds) : ReasonTexts.NotYetBindingChinese(binds),
                inputs,
                method)
            : Result(
                EvaluationStatus.NoData,
                () => ReasonTexts.NoObservation(target.Period.Start, Min(asOf, target.Deadline)),
                () => ReasonTexts.NoObservationChinese(target.Period.Start, Min(asOf, target.Deadline)),
                inputs,
                method);
    }

    internal static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
