using CsCheck;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Samples;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>The allocation-free summary agrees with the full evaluation, and does not allocate.</summary>
public class SummaryTests
{
    [Fact]
    public void Summarize_EqualsTheFullEvaluationsSummary_ForEveryCatalogEntryOverTheYear()
    {
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var checkedKinds = new HashSet<EvaluationStatus>();
        for (var date = new LocalDate(2022, 12, 15); date <= new LocalDate(2026, 1, 15); date = date.PlusDays(17))
        {
            foreach (var indicator in Jinjiang2023.Catalog.All)
            {
                var full = Evaluator.Default.Evaluate(indicator, set, date);
                var summary = Evaluator.Default.Summarize(indicator, set, date);
                Assert.Equal(full.Summary, summary);
                checkedKinds.Add(summary.Status);
            }
        }

        Assert.Superset(new HashSet<EvaluationStatus> { EvaluationStatus.Met, EvaluationStatus.NotMet, EvaluationStatus.OnTrack, EvaluationStatus.NotYetDue }, checkedKinds);
    }

    [Fact]
    public void Summarize_EqualsTheFullEvaluationsSummary_OnRandomObservations()
    {
        var units = MeasureUnit.All.ToArray();
        var indicators = Jinjiang2023.Catalog.All;
        var gen = Gen.Select(Gen.Int[0, indicators.Count - 1], Gen.Int[0, units.Length - 1], Gen.Double[-1e6, 1e6], Gen.Int[-800, 1500], Gen.OneOfConst<string?>(null, null, "respond", "沙河"))
            .Select((i, u, v, d, c) => new Observation(indicators[i].Id, new LocalDate(2023, 1, 1).PlusDays(d), new Measure(v, units[u])) { Component = c })
            .List[0, 40];
        Gen.Select(gen, Gen.Int[-400, 1200]).Sample((observations, offset) =>
        {
            var set = ObservationSet.Create(observations);
            var asOf = new LocalDate(2023, 1, 1).PlusDays(offset);
            foreach (var indicator in indicators)
            {
                Assert.Equal(Evaluator.Default.Evaluate(indicator, set, asOf).Summary, Evaluator.Default.Summarize(indicator, set, asOf));
            }
        }, iter: 300);
    }

    [Fact]
    public void Summarize_ManyIntoABuffer_KeepsTheOrder()
    {
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var indicators = Jinjiang2023.Catalog.All.ToArray();
        var buffer = new EvaluationSummary[indicators.Length];
        var asOf = new LocalDate(2023, 9, 30);
        Evaluator.Default.Summarize(indicators, set, asOf, buffer);
        Assert.Equal(indicators.Select(i => Evaluator.Default.Evaluate(i, set, asOf).Summary), buffer);
        Assert.Throws<ArgumentException>(() => Evaluator.Default.Summarize(indicators, set, asOf, new EvaluationSummary[1]));
    }

    [Fact]
    public void Summary_Text_IsInvariant()
    {
        var indicator = Jinjiang2023.TianfuGreenway;
        var set = ObservationSet.Create([indicator.Observe(new LocalDate(2023, 6, 30), Length.FromKilometers(9))]);
        var summary = Evaluator.Default.Summarize(indicator, set, new LocalDate(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, summary.Status);
        Assert.False(summary.IsFinal);
        Assert.StartsWith("on-track (actual 9 km, target 15 km, expected 7.", summary.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("progress 0.6)", summary.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Allocation, not time: a count of bytes that is exact on one thread, so it is no timing assertion.</summary>
    [Theory]
    [InlineData("2023-06-30")] // before the deadline: linear path
    [InlineData("2024-01-15")] // after the deadline: final
    public void Summarize_TargetsWithAnAllocationFreeJudgement_AllocateNothing(string date)
    {
        var asOf = LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var indicators = Jinjiang2023.Catalog.All.Where(i => i.Target is Targets.DeliveryTarget or Targets.ThresholdTarget or Targets.ChangeTarget or Targets.MilestoneTarget or Targets.DirectionTarget).ToArray();
        Assert.True(indicators.Length >= 10);
        var buffer = new EvaluationSummary[indicators.Length];
        for (var warm = 0; warm < 50; warm++)
        {
            Evaluator.Default.Summarize(indicators, set, asOf, buffer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Evaluator.Default.Summarize(indicators, set, asOf, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Contains(buffer, s => s.Status is EvaluationStatus.Met or EvaluationStatus.OnTrack or EvaluationStatus.NotMet or EvaluationStatus.AtRisk or EvaluationStatus.OffTrack);
    }

    [Fact]
    public void Inputs_AndSetLookups_NeverHandOutAWritableArrayOrList()
    {
        // Evaluations see slices of the set's own arrays; none may be reachable for writing.
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        foreach (var indicator in Jinjiang2023.Catalog.All)
        {
            Assert.False(set.For(indicator.Id) is Observation[] or List<Observation>);
            Assert.False(set.For(indicator.Id, indicator.Area) is Observation[] or List<Observation>);
            foreach (var date in new[] { new LocalDate(2023, 3, 31), new LocalDate(2023, 9, 30), new LocalDate(2024, 1, 15) })
            {
                var evaluation = Evaluator.Default.Evaluate(indicator, set, date);
                foreach (var e in evaluation.Parts.Append(evaluation))
                {
                    Assert.False(e.Inputs is Observation[] or List<Observation> or ArraySegment<Observation>, $"{indicator.Id}: {e.Inputs.GetType()}");
                    Assert.Equal(e.Inputs.Count, e.Inputs.ToList().Count);
                }
            }
        }
    }
}
