using CsCheck;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Reliability;

/// <summary>Invariants of the evaluators, checked on random inputs (CsCheck shrinks any counterexample).</summary>
public class PropertyTests
{
    private static readonly LocalDate Start = new(2023, 1, 1);
    private static readonly Gen<LocalDate> DateIn2023 = Gen.Int[0, 364].Select(d => Start.PlusDays(d));

    /// <summary>Goodness of a verdict for comparing progress: lower is better.</summary>
    private static int Badness(EvaluationStatus s) => s switch
    {
        EvaluationStatus.Met => 0,
        EvaluationStatus.OnTrack => 1,
        EvaluationStatus.AtRisk => 2,
        EvaluationStatus.OffTrack => 3,
        EvaluationStatus.NotMet => 4,
        _ => throw new InvalidOperationException($"unexpected {s}"),
    };

    [Fact]
    public void Delivery_MoreProgress_NeverGivesAWorseStatus()
    {
        var greenway = Jinjiang2023.TianfuGreenway;
        Gen.Select(Gen.Double[0, 20], Gen.Double[0, 20], DateIn2023, Gen.Int[0, 400]).Sample((a, b, date, asOfOffset) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var asOf = date.PlusDays(asOfOffset);
            var sLow = greenway.Evaluate([greenway.Observe(date, Length.FromKilometers(low))], asOf).Status;
            var sHigh = greenway.Evaluate([greenway.Observe(date, Length.FromKilometers(high))], asOf).Status;
            return Badness(sHigh) <= Badness(sLow);
        });
    }

    [Fact]
    public void Reduction_FewerComplaints_NeverGiveAWorseStatus()
    {
        var complaints = Jinjiang2023.FumeAndNoiseComplaints;
        Gen.Select(Gen.Int[1, 20_000], Gen.Int[0, 20_000], Gen.Int[0, 20_000], DateIn2023).Sample((baseline, a, b, date) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var basis = complaints.Observe(new LocalDate(2022, 12, 31), Count.Of(baseline));
            var asOf = date;
            var sLow = complaints.Evaluate([basis, complaints.Observe(date, Count.Of(low))], asOf).Status;
            var sHigh = complaints.Evaluate([basis, complaints.Observe(date, Count.Of(high))], asOf).Status;
            return Badness(sLow) <= Badness(sHigh);
        });
    }

    [Fact]
    public void Verdict_DoesNotDependOnTheUnit()
    {
        var greening = Jinjiang2023.VerticalGreening;
        var greenway = Jinjiang2023.TianfuGreenway;
        Gen.Select(Gen.Double[0, 10_000], DateIn2023, Gen.Int[0, 400]).Sample((squareMetres, date, offset) =>
        {
            var asOf = date.PlusDays(offset);
            var m2 = greening.Evaluate([new Observation(greening.Id, date, new Measure(squareMetres, MeasureUnit.SquareMetre))], asOf);
            var wan = greening.Evaluate([new Observation(greening.Id, date, new Measure(squareMetres / 10_000, MeasureUnit.TenThousandSquareMetres))], asOf);
            var mu = greening.Evaluate([new Observation(greening.Id, date, new Measure(squareMetres / (10_000d / 15), MeasureUnit.Mu))], asOf);
            var km = greenway.Evaluate([new Observation(greenway.Id, date, new Measure(squareMetres / 500, MeasureUnit.Kilometre))], asOf);
            var m = greenway.Evaluate([new Observation(greenway.Id, date, new Measure(squareMetres * 2, MeasureUnit.Metre))], asOf);
            return m2.Status == wan.Status && m2.Status == mu.Status && km.Status == m.Status;
        });
    }

    [Fact]
    public void AfterTheDeadline_OnlyMetOrNotMet_WhenThereIsData()
    {
        var indicators = Jinjiang2023.Catalog.All;
        var observations = ObservationSet.Create(SampleObservations.Jinjiang2023);
        Gen.Int[1, 2000].Sample(daysAfter =>
        {
            foreach (var indicator in indicators)
            {
                var e = Evaluator.Default.Evaluate(indicator, observations, indicator.Target.Deadline.PlusDays(daysAfter));
                if (e.Status is not (EvaluationStatus.Met or EvaluationStatus.NotMet or EvaluationStatus.NoData or EvaluationStatus.NotEvaluable))
                {
                    return false;
                }
            }

            return true;
        }, iter: 20);
    }

    [Fact]
    public void Rank_IsInvariantToTheOrderOfPeers()
    {
        var air = Jinjiang2023.AirQualityRank;
        var districts = Jinjiang.Indicators.Catalog.ChengduPeerGroups.FiveCentralDistricts.Members.ToArray();
        Gen.Select(Gen.Double[2, 5].Array[5], Gen.Int[0, 119]).Sample((values, permutation) =>
        {
            var observations = districts.Select((d, i) => air.Observe(new LocalDate(2023, 12, 31), Math.Round(values[i], 2), d, null)).ToArray();
            var shuffled = Permute(observations, permutation);
            var a = air.Evaluate(observations, new LocalDate(2024, 1, 10));
            var b = air.Evaluate(shuffled, new LocalDate(2024, 1, 10));
            return a.Status == b.Status && a.Actual == b.Actual;
        });
    }

    [Fact]
    public void Csv_RoundTripsRandomObservations()
    {
        var units = new[] { MeasureUnit.Kilometre, MeasureUnit.Metre, MeasureUnit.SquareMetre, MeasureUnit.TenThousandSquareMetres, MeasureUnit.Percent, MeasureUnit.Item, MeasureUnit.HundredMillionYuan, MeasureUnit.One };
        var gen = Gen.Select(Gen.Int[0, 3000], Gen.Double[0, 1e9], Gen.Int[0, units.Length - 1], Gen.String[Gen.Char.AlphaNumeric, 0, 10], Gen.OneOfConst("锦江区", "青羊区", "x,\"y\"", "two\nlines"))
            .Select((day, value, unit, note, area) => new Observation(new IndicatorId("custom-" + (day % 7)), new LocalDate(2020, 1, 1).PlusDays(day), new Measure(value, units[unit]))
            {
                Area = area,
                Note = note.Length == 0 ? null : note,
            })
            .List[0, 30]
            .Select(list => list.DistinctBy(o => (o.IndicatorId, o.Date, o.Area)).ToList());
        gen.Sample(observations =>
        {
            var writer = new StringWriter();
            ObservationCsv.Write(writer, observations);
            var back = ObservationCsv.Read(new StringReader(writer.ToString()), "p.csv", null);
            var stream = new MemoryStream();
            ObservationJson.Write(stream, observations);
            var json = ObservationJson.Read(new MemoryStream(stream.ToArray()), "p.json", null);
            static object Key(Observation o) => (o.IndicatorId, o.Date, o.Value, o.Area, o.Note);
            return back.IsValid && json.IsValid
                && back.Value.Select(Key).SequenceEqual(observations.Select(Key))
                && json.Value.Select(Key).SequenceEqual(observations.Select(Key));
        }, iter: 200);
    }

    [Fact]
    public void Evaluator_NeverThrows_OnRandomObservationsOfAnyKind()
    {
        var units = MeasureUnit.All.ToArray();
        var indicators = Jinjiang2023.Catalog.All;
        var gen = Gen.Select(Gen.Int[0, indicators.Count - 1], Gen.Int[0, units.Length - 1], Gen.Double[-1e6, 1e6], Gen.Int[-800, 1500], Gen.OneOfConst<string?>(null, "respond", "open", "沙河", "inspection"))
            .Select((i, u, v, d, c) => new Observation(indicators[i].Id, new LocalDate(2023, 1, 1).PlusDays(d), new Measure(v, units[u])) { Component = c })
            .List[0, 40];
        gen.Sample(observations =>
        {
            var set = ObservationSet.Create(observations);
            foreach (var indicator in indicators)
            {
                var e = Evaluator.Default.Evaluate(indicator, set, new LocalDate(2023, 7, 1));
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            }
        }, iter: 200);
    }

    private static T[] Permute<T>(T[] items, int seed)
    {
        var list = items.ToList();
        var result = new List<T>();
        for (var n = list.Count; n > 0; n--)
        {
            var i = seed % n;
            seed /= n;
            result.Add(list[i]);
            list.RemoveAt(i);
        }

        return [.. result];
    }
}
