using System.Globalization;
using System.Text;
using CsCheck;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>
/// Summaries read from the observation set's columns (rows read from CSV, no object per row) against the full
/// evaluation of the same promise, which reads observations: on random files, for every kind of promise, in
/// several areas and at many as-of dates.
/// </summary>
public class ColumnSummaryTests
{
    private static readonly DateInterval Year = new(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
    private static readonly DateInterval Term = new(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly string[] Areas = ["county-a", "county-b", string.Empty];
    private static readonly string[] Sections = [string.Empty, "section-1", "section-2"];

    /// <summary>Every kind of target, with the settings that take its judgement down different paths.</summary>
    private static IReadOnlyList<Indicator> Template()
    {
        var report = WorkReport.ForArea("template", 2023, new LocalDate(2023, 3, 15));
        var list = new List<Indicator>();
        void Add<T>(string id, Target target) where T : struct => list.Add(new Indicator<T>(new IndicatorId(id), "承诺" + id, "Promise " + id, target) { Report = report });
        Add<Length>("delivery-year", new DeliveryTarget(Measure.From(Length.FromKilometers(15)), Year));
        Add<Length>("delivery-term", new DeliveryTarget(Measure.From(Length.FromKilometers(40)), Term));
        Add<Ratio>("at-least", new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Year));
        Add<Ratio>("at-least-exclusive", new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), Term, inclusive: false));
        Add<Ratio>("at-most", new AtMostTarget(Measure.From(Ratio.FromPercent(8)), Year));
        Add<Ratio>("at-most-throughout", new AtMostTarget(Measure.From(Ratio.FromPercent(8)), Year) { Basis = TargetBasis.Throughout });
        Add<Ratio>("about", new AboutTarget(Measure.From(Ratio.FromPercent(50)), Measure.From(Ratio.FromPercent(5)), Year));
        Add<Ratio>("range", new RangeTarget(Measure.From(Ratio.FromPercent(40)), Measure.From(Ratio.FromPercent(60)), Year));
        Add<Ratio>("coverage", new CoverageTarget(Ratio.FromPercent(95), Year));
        Add<Ratio>("coverage-over-period", new CoverageTarget(Ratio.FromPercent(100), Year) { Basis = TargetBasis.OverPeriod });
        Add<bool>("milestone", new MilestoneTarget(Year));
        Add<Count>("change", ChangeTarget.ReductionOnPreviousYear(Ratio.FromPercent(5), 2023, QuantityKind.Count));
        Add<QualityClass>("class", new ClassTarget(QualityClass.III, Year));
        Add<QualityClass>("class-throughout", new ClassTarget(QualityClass.III, Term) { Basis = TargetBasis.Throughout });
        Add<Rank>("rank", new RankTarget(PeerGroup.Unlisted("同类县", "Peer counties"), 3, Year));
        Add<Count>("cadence", new CadenceTarget(2, CadenceUnit.Quarter, Year));
        return list;
    }

    /// <summary>A row's value and unit for an indicator: mostly its own kind (in two units), sometimes another kind.</summary>
    private static (string Value, string Unit) Value(string id, int pick, double x) => (id, pick) switch
    {
        (_, 0) => (Format(x * 10), "km"), // a unit of another kind for most (a length)
        ("milestone", _) => (pick % 2 == 0 ? "done" : "not-done", "done"),
        ("class" or "class-throughout", _) => (((int)(x * 5) % 5 + 1).ToString(CultureInfo.InvariantCulture), "class"),
        ("rank", _) => (((int)(x * 6) + 1).ToString(CultureInfo.InvariantCulture), "rank"),
        ("change" or "cadence", _) => (((int)(x * 40)).ToString(CultureInfo.InvariantCulture), "count"),
        (_, _) when id.StartsWith("delivery", StringComparison.Ordinal) => pick % 2 == 0 ? (Format(x * 20), "km") : (Format(x * 20000), "m"),
        (_, _) => pick % 2 == 0 ? (Format(x * 100), "%") : (Format(x), "ratio"),
    };

    private static string Format(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A day from 2023-01-01: any day, or (as offices report) the end of a month from 2021 to 2026.</summary>
    private static readonly Gen<int> ADay = Gen.OneOf(
        Gen.Int[-500, 1400],
        Gen.Int[-24, 47].Select(m => Period.DaysBetween(new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1).PlusMonths(m + 1).PlusDays(-1))));

    private static readonly Gen<(int Indicator, int Area, int Day, int Pick, double X)> ARow =
        Gen.Select(Gen.Int[0, 15], Gen.Int[0, Areas.Length - 1], ADay, Gen.Int[0, 6], Gen.Double[0, 1.2]);

    [Fact]
    public void Summaries_FromColumns_EqualTheFullEvaluations_ForEveryKind()
    {
        // Random files: the summaries must equal the full evaluations, whatever statuses the samples reach. Which
        // statuses occur is left to chance here; that every status is reached is held by the fixed cases below, so
        // no round of bad luck can fail a good build. A failing sample prints its seed (CsCheck_Seed=… reproduces it).
        var template = Template();
        Gen.Select(ARow.Array[0, 120], Gen.Int[-200, 1300].Array[6]).Sample((rows, days) =>
        {
            var csv = new StringBuilder("indicator,date,value,unit,area,component\n");
            foreach (var (i, a, day, pick, x) in rows)
            {
                var id = template[i].Id.Value;
                var (value, unit) = Value(id, pick, x);
                // Classes are read per assessed unit (a section): some rows name one of two sections, some none.
                var component = id.StartsWith("class", StringComparison.Ordinal) ? Sections[pick % Sections.Length] : string.Empty;
                csv.Append(CultureInfo.InvariantCulture, $"{id},{new LocalDate(2023, 1, 1).PlusDays(day):yyyy-MM-dd},{value},{unit},{Areas[a]},{component}\n");
            }

            // Read without a catalog, so that readings in a unit of the wrong kind reach the judgement.
            var read = ObservationCsv.Read(new StringReader(csv.ToString()), "random.csv", catalog: null);
            var set = ObservationSet.Create(read.Value);
            AssertSummariesEqualFullEvaluations(EvaluationBatch.ForAreas(template, ["county-a", "county-b", "county-c"], set), days);
        }, iter: 400);
    }

    /// <summary>
    /// Fixed files built so that every kind reaches every status it can (before, during and after its period; met,
    /// short, breached; wrong units): the summaries equal the full evaluations on each, and every status occurs. No
    /// chance is involved.
    /// </summary>
    [Fact]
    public void Summaries_FromColumns_EqualTheFullEvaluations_OnCasesThatReachEveryStatus()
    {
        var template = Template();
        var seen = new HashSet<EvaluationStatus>();
        int[] days = [-200, 0, 180, 210, 364, 380, 1000, 1300];
        foreach (var csv in FixedFiles(template))
        {
            var read = ObservationCsv.Read(new StringReader(csv), "fixed.csv", catalog: null);
            var set = ObservationSet.Create(read.Value);
            seen.UnionWith(AssertSummariesEqualFullEvaluations(EvaluationBatch.ForAreas(template, ["county-a", "county-b"], set), days).Select(s => s.Status));
        }

        Assert.Equal(Enum.GetValues<EvaluationStatus>().ToHashSet(), seen);
    }

    /// <summary>For each kind, files of one area's readings at a few levels: none, low, middling, high, and in a unit of another kind.</summary>
    private static IEnumerable<string> FixedFiles(IReadOnlyList<Indicator> template)
    {
        string[] dates = ["2022-12-31", "2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31", "2024-06-30"];
        double[] levels = [0.05, 0.45, 0.62, 0.8, 0.97, 1.1];
        yield return "indicator,date,value,unit,area,component\n";
        foreach (var indicator in template)
        {
            var id = indicator.Id.Value;
            for (var pick = 0; pick < 7; pick++)
            {
                foreach (var level in levels)
                {
                    var csv = new StringBuilder("indicator,date,value,unit,area,component\n");
                    for (var d = 0; d < dates.Length; d++)
                    {
                        // A rising series up to the level, or one reading only (no trend), in each section for classes.
                        if (pick == 6 && d != 2)
                        {
                            continue;
                        }

                        var x = level * (d + 1) / dates.Length;
                        var (value, unit) = Value(id, pick, x);
                        var component = id.StartsWith("class", StringComparison.Ordinal) ? Sections[(d + pick) % Sections.Length] : string.Empty;
                        csv.Append(CultureInfo.InvariantCulture, $"{id},{dates[d]},{value},{unit},county-a,{component}\n");
                    }

                    yield return csv.ToString();
                }
            }
        }
    }

    [Fact]
    public void ClassSummaries_FromEachSectionsColumns_EqualTheFullEvaluations()
    {
        // Several sections of each area over 2023, many readings each: the latest of each section decides.
        var template = Template().Where(i => i.Target is ClassTarget).ToList();
        var aRow = Gen.Select(Gen.Int[0, template.Count - 1], Gen.Int[0, 1], Gen.Int[0, 2], Gen.Int[-2, 13], Gen.Int[1, 6]);
        Gen.Select(aRow.Array[0, 60], Gen.Bool, Gen.Int[-40, 420].Array[5]).Sample((rows, withUnnamed, days) =>
        {
            var csv = new StringBuilder("indicator,date,value,unit,area,component\n");
            foreach (var (i, a, section, month, value) in rows)
            {
                var date = new LocalDate(2023, 1, 1).PlusMonths(month).PlusDays(-1);
                var area = withUnnamed && value == 6 ? string.Empty : Areas[a];
                csv.Append(CultureInfo.InvariantCulture, $"{template[i].Id},{date:yyyy-MM-dd},{value},class,{area},{Sections[section]}\n");
            }

            var set = ObservationSet.Create(ObservationCsv.Read(new StringReader(csv.ToString()), "classes.csv", catalog: null).Value);
            AssertSummariesEqualFullEvaluations(EvaluationBatch.ForAreas(template, ["county-a", "county-b"], set), days);
        }, iter: 300);
    }

    /// <summary>Summarizes every item of a batch at each day from 2023-01-01 and checks each against the item's full evaluation; returns the summaries.</summary>
    private static EvaluationSummary[] AssertSummariesEqualFullEvaluations(EvaluationBatch batch, int[] days)
    {
        LocalDate[] dates = [.. days.Select(d => new LocalDate(2023, 1, 1).PlusDays(d))];
        var summaries = new EvaluationSummary[batch.Count * dates.Length];
        batch.Summarize(dates, summaries);
        for (var item = 0; item < batch.Count; item++)
        {
            for (var d = 0; d < dates.Length; d++)
            {
                Assert.Equal(batch.Evaluate(item, dates[d]).Summary, summaries[(item * dates.Length) + d]);
            }
        }

        return summaries;
    }

    [Fact]
    public void ReadRows_AreOneObjectEach_TheSameInTheListAndTheSet()
    {
        var csv = "indicator,date,value,unit,area,component,status,source,note,period\n"
                  + "tianfu-greenway,2023-06-30,9,km,锦江区,,provisional,城管局,半年,2023-S1\n"
                  + "tianfu-greenway,2023-03-31,4000,m,,,,,,\n"
                  + "water-sections-class,2023-05-31,II,class,,沙河,,,,\n";
        var read = ObservationCsv.Read(new StringReader(csv), "rows.csv", Jinjiang2023.Catalog);
        Assert.Empty(read.Problems);
        var list = read.Value;
        Assert.Equal(3, list.Count);
        Assert.Same(list[0], list[0]);
        var first = list[0];
        Assert.Equal((new LocalDate(2023, 6, 30), 9.0, MeasureUnit.Kilometre, "锦江区", ObservationStatus.Provisional, "城管局", "半年"), (first.Date, first.Value.Value, first.Value.Unit, first.Area, first.Status, first.Source, first.Note));
        Assert.Equal(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30)), first.Period);
        Assert.Null(list[1].Area);
        Assert.Equal(new Measure(4000, MeasureUnit.Metre), list[1].Value);
        Assert.Equal(("沙河", QualityClass.II), (list[2].Component, QualityClass.FromOrdinal((int)list[2].Value.Value)));

        var set = ObservationSet.Create(list);
        Assert.Same(list[1], set.For(Jinjiang2023.TianfuGreenway.Id, null)[0]);
        Assert.Same(list[0], set.For(Jinjiang2023.TianfuGreenway.Id)[1]);
        Assert.Equal(new LocalDate(2023, 6, 30), set.LatestDate);
        Assert.Equal(["锦江区"], set.Areas);
        Assert.Equal(list.ToArray(), list.Select((_, i) => list[i]));
    }
}
