using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Samples;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Reliability;

public class ConcurrencyTests
{
    [Fact]
    public async Task Catalog_EvaluatedFromManyThreads_EqualsTheSingleThreadedResult()
    {
        var observations = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var dates = Enumerable.Range(0, 24).Select(i => new LocalDate(2023, 1, 15).PlusDays(i * 16)).ToArray();
        string Fingerprint(LocalDate asOf) => string.Join("\n", Evaluator.Default.EvaluateAll(Jinjiang2023.Catalog.All, observations, asOf)
            .Select(e => $"{e.Indicator.Id}|{e.Status}|{e.Reason}|{e.Progress}|{e.Actual}"));
        var expected = dates.Select(Fingerprint).ToArray();

        var tasks = Enumerable.Range(0, 16).Select(t => Task.Run(() =>
        {
            var results = new string[dates.Length];
            for (var i = 0; i < dates.Length; i++)
            {
                var k = (i + t) % dates.Length; // each thread walks the dates in a different order
                results[k] = Fingerprint(dates[k]);
            }

            return results;
        }));
        foreach (var results in await Task.WhenAll(tasks))
        {
            Assert.Equal(expected, results);
        }
    }
}
