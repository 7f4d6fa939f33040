using Jinjiang.Indicators.Evaluations;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>A prepared batch gives what one summary at a time gives, for every kind of target, in any area, without allocating.</summary>
public class EvaluationBatchTests
{
    private static readonly LocalDate[] Dates = [new(2022, 12, 31), new(2023, 2, 1), new(2023, 3, 31), new(2023, 6, 30), new(2023, 9, 30), new(2023, 12, 31), new(2024, 1, 15), new(2026, 1, 15)];

    [Fact]
    public void Create_SummarizesEachIndicatorInItsOwnArea_AsTheEvaluatorDoes()
    {
        var (indicators, set) = SummaryTests.EveryKind();
        var batch = EvaluationBatch.Create(indicators, set);
        Assert.Equal(indicators.Length, batch.Count);
        var buffer = new EvaluationSummary[batch.Count * Dates.Length];
        batch.Summarize(Dates, buffer);
        for (var item = 0; item < batch.Count; item++)
        {
            Assert.Same(indicators[item], batch.Indicator(item));
            for (var d = 0; d < Dates.Length; d++)
            {
                Assert.Equal(Evaluator.Default.Summarize(indicators[item], set, Dates[d]), buffer[(item * Dates.Length) + d]);
            }
        }
    }

    [Fact]
    public void ForAreas_JudgesTheTemplateOnEachAreasObservations_AsACopyForThatAreaWouldBe()
    {
        var (template, sample) = SummaryTests.EveryKind();
        string[] areas = ["county-a", "county-b", "county-c"];

        // Each area reports the sample's home readings under its name, some scaled, some left out; the readings that
        // name no area (none here for county-c's turn) and the peers' stay as they are.
        var observations = new List<Observation>();
        var n = 0;
        foreach (var o in sample.All())
        {
            if (o.Area is not null)
            {
                observations.Add(o);
                continue;
            }

            for (var a = 0; a < areas.Length; a++)
            {
                if (++n % (a + 3) == 0)
                {
                    continue;
                }

                observations.Add(new Observation(o.IndicatorId, o.Date, a == 1 && o.Value.Kind == Indicators.Quantities.QuantityKind.Length ? new Indicators.Quantities.Measure(o.Value.Value * 0.5, o.Value.Unit) : o.Value)
                {
                    Period = o.Period, Area = areas[a], Component = o.Component, Status = o.Status,
                });
            }

            if (n % 5 == 0)
            {
                observations.Add(o); // some stay unnamed: they belong to every area judging them
            }
        }

        var set = ObservationSet.Create(observations);
        var batch = EvaluationBatch.ForAreas(template, areas, set);
        Assert.Equal(template.Length * areas.Length, batch.Count);
        var buffer = new EvaluationSummary[batch.Count * Dates.Length];
        batch.Summarize(Dates, buffer);
        var statuses = new HashSet<EvaluationStatus>();
        for (var a = 0; a < areas.Length; a++)
        {
            for (var i = 0; i < template.Length; i++)
            {
                var item = (a * template.Length) + i;
                var copy = template[i].WithArea(areas[a]);
                Assert.Equal(areas[a], batch.Area(item));
                Assert.Equal(areas[a], batch.Indicator(item).Area);
                for (var d = 0; d < Dates.Length; d++)
                {
                    Assert.Equal(Evaluator.Default.Summarize(copy, set, Dates[d]), buffer[(item * Dates.Length) + d]);
                    statuses.Add(buffer[(item * Dates.Length) + d].Status);
                }

                Assert.Equal(Evaluator.Default.Evaluate(copy, set, Dates[3]).Summary, batch.Evaluate(item, Dates[3]).Summary);
            }
        }

        Assert.True(statuses.Count >= 5, string.Join(", ", statuses));
        Assert.Equal(batch.Count * Dates.Length, new StatusCounts(buffer).Total);
    }

    [Fact]
    public void Summarize_AllocatesNothing()
    {
        var (template, set) = SummaryTests.EveryKind();
        var batch = EvaluationBatch.ForAreas(template, ["county-a", "county-b"], set);
        var buffer = new EvaluationSummary[batch.Count * Dates.Length];
        batch.Summarize(Dates, buffer); // warm up
        batch.Summarize(Dates[0], buffer);

        // The runtime itself may allocate once on this thread (a method moved to its optimized code): a summary that
        // allocates would allocate in every round, so the least of five rounds is what the batch allocates.
        var least = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            batch.Summarize(Dates, buffer);
            batch.Summarize(Dates[3], buffer);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }

    [Fact]
    public void OneBatch_SharedBetweenThreads_GivesEachTheSameSummaries()
    {
        var (template, set) = SummaryTests.EveryKind();
        var batch = EvaluationBatch.ForAreas(template, ["county-a", "county-b", "county-c"], set);
        var serial = new EvaluationSummary[batch.Count * Dates.Length];
        batch.Summarize(Dates, serial);
        var results = new EvaluationSummary[4][];
        Parallel.For(0, 4, t =>
        {
            results[t] = new EvaluationSummary[batch.Count * Dates.Length];
            // Each thread walks the items from another starting point, one at a time.
            for (var done = 0; done < batch.Count; done++)
            {
                var item = ((t * 7) + done) % batch.Count;
                batch.Summarize(item, 1, Dates, results[t].AsSpan(item * Dates.Length, Dates.Length));
            }
        });
        Assert.All(results, r => Assert.Equal(serial, r));
    }

    [Fact]
    public void BadArguments_AreRefused()
    {
        var (template, set) = SummaryTests.EveryKind();
        var batch = EvaluationBatch.ForAreas(template, ["county-a"], set);
        Assert.Throws<ArgumentException>(() => batch.Summarize(Dates, new EvaluationSummary[batch.Count]));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Area(batch.Count));
        Assert.Throws<ArgumentException>(() => EvaluationBatch.ForAreas(template, [" "], set));
        Assert.Equal(0, EvaluationBatch.ForAreas([], ["county-a"], set).Count);
    }
}
