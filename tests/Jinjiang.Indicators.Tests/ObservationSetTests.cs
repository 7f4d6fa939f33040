using CsCheck;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Tests;

/// <summary>The set's lookups against a plain LINQ reading of the same observations, on random input.</summary>
public class ObservationSetTests
{
    private static readonly string[] Ids = ["b-indicator", "a-indicator", "c-indicator"];
    private static readonly string?[] Areas = [null, "青羊区", "锦江区", "county-0001"];
    private static readonly string?[] Components = [null, "section-1", "respond"];

    private static readonly Gen<Observation> AnObservation =
        Gen.Select(Gen.Int[0, Ids.Length - 1], Gen.Int[0, Areas.Length - 1], Gen.Int[0, Components.Length - 1], Gen.Int[0, 40], Gen.Int[0, 1000])
            .Select((i, a, c, d, v) => new Observation(new IndicatorId(Ids[i]), new LocalDate(2023, 1, 1).PlusDays(d * 9), new Measure(v, MeasureUnit.Item))
            {
                Area = Areas[a],
                Component = Components[c],
            });

    [Fact]
    public void Lookups_AreTheObservationsSortedByDate_TiesInTheirGivenOrder()
    {
        AnObservation.Array[0, 300].Sample(input =>
        {
            var set = ObservationSet.Create(input);
            Assert.Equal(input.Length, set.Count);
            Assert.Equal(input.Select(o => o.IndicatorId).Distinct().Order(), set.Indicators);
            foreach (var id in Ids.Select(i => new IndicatorId(i)))
            {
                Assert.Equal(input.Where(o => o.IndicatorId == id).OrderBy(o => o.Date), set.For(id));
                foreach (var area in Areas)
                {
                    Assert.Equal(input.Where(o => o.IndicatorId == id && o.Area == area).OrderBy(o => o.Date), set.For(id, area));
                }
            }

            Assert.Equal(input.OrderBy(o => o.IndicatorId).ThenBy(o => o.Date), set.All());
            Assert.Equal(input.Length * 2, set.With(input).Count);
        });
    }

    [Fact]
    public void Lookups_OfASetBuiltInSeriesOrder_AreViewsOfOneArray_NotCopies()
    {
        // A file written series by series (the national layout) needs no sorting: each series is a range of one array.
        var input = Areas.SelectMany(a => Enumerable.Range(1, 12).Select(m => new Observation(new IndicatorId("a-indicator"), new LocalDate(2023, m, 1), new Measure(m, MeasureUnit.Item)) { Area = a })).ToArray();
        var set = ObservationSet.Create(input);
        var area = set.For(new IndicatorId("a-indicator"), "青羊区");
        Assert.Equal(12, area.Count);
        Assert.Same(area, set.For(new IndicatorId("a-indicator"), "青羊区"));
        Assert.False(area is Observation[] or List<Observation>);
        Assert.Empty(set.For(new IndicatorId("a-indicator"), "nowhere"));
        Assert.Empty(set.For(new IndicatorId("unknown-indicator")));
    }
}
