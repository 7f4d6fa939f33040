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
        Assert.EndsWith("progress 0.6, completion 60%, green)", summary.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Allocation, not time: a count of bytes that is exact on one thread, so it is no timing assertion. Every kind
    /// of target, each on indicators and readings that take it down its several paths (before, during and after
    /// its period; met, missed, breached; reported and computed ranks; parts and tiers).
    /// </summary>
    [Theory]
    [InlineData(typeof(Jinjiang.Indicators.Targets.DeliveryTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.AtLeastTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.AtMostTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.AboutTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.RangeTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.CoverageTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.FloorAndStretchTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.ChangeTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.RankTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.ClassTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.CadenceTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.ResponseTimeTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.MilestoneTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.DirectionTarget))]
    [InlineData(typeof(Jinjiang.Indicators.Targets.AllOfTarget))]
    public void Summarize_AllocatesNothing_ForEveryKindOfTarget(Type kind)
    {
        var (indicators, set) = EveryKind();
        var ofKind = indicators.Where(i => kind.IsInstanceOfType(i.Target)).ToArray();
        Assert.NotEmpty(ofKind);
        var buffer = new EvaluationSummary[ofKind.Length];
        LocalDate[] dates = [new(2022, 12, 31), new(2023, 2, 1), new(2023, 3, 31), new(2023, 6, 30), new(2023, 9, 30), new(2024, 1, 15), new(2026, 1, 15)];
        var statuses = new HashSet<EvaluationStatus>();
        foreach (var asOf in dates)
        {
            Evaluator.Default.Summarize(ofKind, set, asOf, buffer); // warm up
            statuses.UnionWith(buffer.Select(b => b.Status));
        }

        // The runtime itself may allocate once on this thread (a method moved to its optimized code): a summary that
        // allocates would allocate in every round, so the least of five rounds is what summarizing allocates.
        var least = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 4; i++)
            {
                foreach (var asOf in dates)
                {
                    Evaluator.Default.Summarize(ofKind, set, asOf, buffer);
                }
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
        Assert.True(statuses.Count >= 2, $"{kind.Name}: only {string.Join(", ", statuses)}");
        foreach (var asOf in dates)
        {
            foreach (var indicator in ofKind)
            {
                Assert.Equal(Evaluator.Default.Evaluate(indicator, set, asOf).Summary, Evaluator.Default.Summarize(indicator, set, asOf));
            }
        }
    }

    /// <summary>The catalog and the sample, plus hand-built indicators for paths the sample does not take.</summary>
    internal static (Indicator[] Indicators, ObservationSet Set) EveryKind()
    {
        var floor = new Jinjiang.Indicators.Targets.AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(40)), Fixtures.Year2023);
        var stretch = new Jinjiang.Indicators.Targets.AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(45)), Fixtures.Year2023);
        var sales = Fixtures.NewEnergySales().WithTarget(new Jinjiang.Indicators.Targets.FloorAndStretchTarget(floor, stretch));
        var rank = Fixtures.AirRank();
        var held = Fixtures.AirRank().WithTarget(new Jinjiang.Indicators.Targets.RankTarget(ChengduPeerGroups.FiveCentralDistricts, 3, Fixtures.Year2023, QuantityKind.Index) { Basis = Jinjiang.Indicators.Targets.TargetBasis.Throughout });
        var water = Fixtures.WaterSections();
        var heldWater = Fixtures.WaterSections().WithTarget(new Jinjiang.Indicators.Targets.ClassTarget(QualityClass.III, Fixtures.Year2023) { Basis = Jinjiang.Indicators.Targets.TargetBasis.Throughout });
        var observations = new List<Observation>(SampleObservations.Jinjiang2023)
        {
            sales.Observe(Fixtures.D(2023, 6, 30), Money.FromHundredMillionYuan(30)),
            sales.Observe(Fixtures.D(2023, 12, 31), Money.FromHundredMillionYuan(42)),
            water.Observe(Fixtures.D(2023, 3, 31), QualityClass.II, null, "沙河"),
            water.Observe(Fixtures.D(2023, 3, 31), QualityClass.III, null, "府河"),
            water.Observe(Fixtures.D(2023, 8, 31), QualityClass.IV, null, "沙河"),
        };
        var values = new[] { 3.1, 3.4, 3.3, 3.6, 3.5 };
        var peers = ChengduPeerGroups.FiveCentralDistricts.Members;
        for (var p = 0; p < peers.Count; p++)
        {
            observations.Add(rank.Observe(Fixtures.D(2023, 3, 31), values[p], peers[p]));
            observations.Add(rank.Observe(Fixtures.D(2023, 9, 30), values[(p + 2) % peers.Count], peers[p]));
        }

        var plain = Fixtures.NewEnergySales();
        var atMost = plain.WithTarget(new Jinjiang.Indicators.Targets.AtMostTarget(Measure.From(Money.FromHundredMillionYuan(35)), Fixtures.Year2023));
        var about = plain.WithTarget(new Jinjiang.Indicators.Targets.AboutTarget(Measure.From(Money.FromHundredMillionYuan(40)), Measure.From(Money.FromHundredMillionYuan(2)), Fixtures.Year2023));
        var range = plain.WithTarget(new Jinjiang.Indicators.Targets.RangeTarget(Measure.From(Money.FromHundredMillionYuan(38)), Measure.From(Money.FromHundredMillionYuan(44)), Fixtures.Year2023));
        var throughout = plain.WithTarget(new Jinjiang.Indicators.Targets.AtLeastTarget(Measure.From(Money.FromHundredMillionYuan(25)), Fixtures.Year2023) { Basis = Jinjiang.Indicators.Targets.TargetBasis.Throughout });
        Indicator[] extra = [sales, plain, atMost, about, range, throughout, rank, held, water, heldWater];
        var set = ObservationSet.Create(observations.Select(o => o.IndicatorId == water.Id && o.Component is null ? null : o).OfType<Observation>());
        return ([.. Jinjiang2023.Catalog.All.Where(i => i.Id != water.Id && i.Id != rank.Id), .. extra], set);
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
