using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a class promise (水质达到Ⅲ类): the worst unit's latest class, the bases, the edges and the words.</summary>
public class ClassEvaluatorTests
{
    private static Indicator<QualityClass> Water(TargetBasis basis = TargetBasis.AtDeadline) => new(
        new IndicatorId("water-class"), "考核断面水质", "Assessed sections' water quality", new ClassTarget(QualityClass.III, Year2023) { Basis = basis });

    private static Observation At(Indicator<QualityClass> water, int month, QualityClass value, string? section)
        => water.Observe(D(2023, month, month == 2 ? 28 : 30), value, null, section);

    [Theory]
    [InlineData("2023-06-30", EvaluationStatus.OffTrack)]
    [InlineData("2023-12-31", EvaluationStatus.NotMet)]
    [InlineData("2024-01-15", EvaluationStatus.NotMet)]
    public void TheWorstUnitsLatestClass_Decides_AndTheWordsSayWhen(string asOf, EvaluationStatus expected)
    {
        var water = Water();
        var date = Iso(asOf);
        Observation[] readings =
        [
            At(water, 4, QualityClass.V, "沙河"), // superseded by its later reading
            At(water, 6, QualityClass.II, "沙河"),
            At(water, 6, QualityClass.IV, "府河"),
        ];
        var e = water.Evaluate(readings, date);
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, water.Summarize(readings, date).Status);
        Assert.Equal("class", e.Method);
        Assert.Equal(4, e.Actual!.Value.Value, 9);
        Assert.Equal(3, e.TargetValue!.Value.Value, 9);
        Assert.Equal(["府河", "沙河"], e.Inputs.Select(o => o.Component));
        Assert.StartsWith("Class Ⅳ at 府河 ", e.Reason, StringComparison.Ordinal);
        Assert.Contains(" (worst of 2 assessed units) is worse than the required class Ⅲ", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("府河断面", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("为Ⅳ类（2个考核断面中最差），劣于要求的Ⅲ类", e.ReasonChinese, StringComparison.Ordinal);
        var open = expected == EvaluationStatus.OffTrack;
        Assert.Equal(open, e.Reason.Contains("; it is judged at the deadline 2023-12-31.", StringComparison.Ordinal));
        Assert.Equal(open, e.ReasonChinese.Contains("；按期末类别考核，期限2023年12月31日。", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AClassAtOrBetterThanRequired_IsOnTrackThenMet(int ordinal)
    {
        var value = QualityClass.FromOrdinal(ordinal);
        var water = Water();
        Observation[] readings = [water.Observe(D(2023, 6, 30), value)];
        var before = water.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, before.Status);
        var after = water.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, after.Status);
        Assert.Equal(EvaluationStatus.Met, water.Summarize(readings, D(2024, 1, 15)).Status);
        Assert.StartsWith($"Class {value} ", after.Reason, StringComparison.Ordinal);
        Assert.Contains(" is at least as good as the required class Ⅲ", after.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("worst of", after.Reason, StringComparison.Ordinal);
        Assert.Contains($"为{value}类，达到要求的Ⅲ类或更好", after.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingsAfterTheAsOfDateOrOutsideThePeriod_AreNotCounted()
    {
        var water = Water();
        Observation[] readings =
        [
            water.Observe(D(2022, 12, 31), QualityClass.V),
            water.Observe(D(2023, 6, 30), QualityClass.II),
            water.Observe(D(2023, 9, 30), QualityClass.IV),
            water.Observe(D(2024, 3, 31), QualityClass.V),
        ];
        Assert.Equal(EvaluationStatus.OnTrack, water.Evaluate(readings, D(2023, 7, 31)).Status);
        Assert.Equal(EvaluationStatus.OnTrack, water.Summarize(readings, D(2023, 7, 31)).Status);
        var final = water.Evaluate(readings, D(2024, 6, 30));
        Assert.Equal(EvaluationStatus.NotMet, final.Status);
        Assert.Equal(D(2023, 9, 30), Assert.Single(final.Inputs).Date);
    }

    [Fact]
    public void NothingObserved_IsNotYetDueBeforeThePeriod_AndNoDataInIt()
    {
        foreach (var basis in new[] { TargetBasis.AtDeadline, TargetBasis.Throughout, TargetBasis.OverPeriod })
        {
            var water = Water(basis);
            Assert.Equal(EvaluationStatus.NotYetDue, water.Evaluate([], D(2022, 12, 1)).Status);
            Assert.Equal(EvaluationStatus.NoData, water.Evaluate([], D(2023, 3, 1)).Status);
            Assert.Equal(basis switch { TargetBasis.Throughout => "throughout", TargetBasis.OverPeriod => "over-period", _ => "class" }, water.Evaluate([], D(2023, 3, 1)).Method);
            Assert.Equal(EvaluationStatus.NoData, water.Summarize([water.Observe(D(2022, 12, 31), QualityClass.II)], D(2023, 3, 1)).Status);
        }
    }

    [Fact]
    public void OverThePeriod_AWorseClassBeforeTheDeadline_IsAtRisk_AndAfterItOnlyWholePeriodClassesCount()
    {
        var water = Water(TargetBasis.OverPeriod);
        Observation[] partial = [At(water, 6, QualityClass.IV, "沙河"), At(water, 6, QualityClass.II, "府河")];
        var before = water.Evaluate(partial, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.AtRisk, "over-period"), (before.Status, before.Method));
        Assert.Contains("; it is judged on the class of the whole period, due 2023-12-31.", before.Reason, StringComparison.Ordinal);
        Assert.Contains("按全期整体类别考核", before.ReasonChinese, StringComparison.Ordinal);

        var after = water.Evaluate(partial, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.NoData, after.Status);
        Assert.StartsWith("No class for the whole period", after.Reason, StringComparison.Ordinal);
        Assert.Contains("of 府河, 沙河; the class is judged over the period.", after.Reason, StringComparison.Ordinal);
        Assert.StartsWith("府河、沙河缺少", after.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("整体的类别；按全期整体类别考核。", after.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(2, after.Inputs.Count);
        Assert.Equal(EvaluationStatus.NoData, water.Summarize(partial, D(2024, 1, 15)).Status);

        Observation[] whole =
        [
            .. partial,
            new Observation(water.Id, Year2023, Measure.From(QualityClass.III)) { Component = "沙河" },
            new Observation(water.Id, Year2023, Measure.From(QualityClass.II)) { Component = "府河" },
        ];
        var judged = water.Evaluate(whole, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, judged.Status);
        Assert.Equal(3, judged.Actual!.Value.Value, 9);
    }

    [Fact]
    public void HeldThroughout_EveryReadingAtOrBetter_IsOnTrackThenMet_WithTheCounts()
    {
        var water = Water(TargetBasis.Throughout);
        Observation[] readings =
        [
            At(water, 3, QualityClass.II, "沙河"),
            At(water, 3, QualityClass.III, "府河"),
            At(water, 6, QualityClass.II, "沙河"),
        ];
        var before = water.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.OnTrack, "throughout"), (before.Status, before.Method));
        Assert.Equal(EvaluationStatus.OnTrack, water.Summarize(readings, D(2023, 6, 30)).Status);
        var after = water.Evaluate(readings, D(2024, 1, 15));
        Assert.Equal(EvaluationStatus.Met, after.Status);
        Assert.Equal(3, after.Actual!.Value.Value, 9); // the worst held
        Assert.Equal(3, after.Inputs.Count);
        Assert.StartsWith("All 3 reading(s) of 2 assessed unit(s) from 2023-03-30 to 2023-06-30 are class Ⅲ or better (worst Ⅲ), as required throughout", after.Reason, StringComparison.Ordinal);
        Assert.StartsWith("自2023年3月30日至2023年6月30日，2个考核断面的3次数据均达到Ⅲ类或更好（最差Ⅲ类），符合自2023年1月1日起在", after.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void HeldThroughout_ABreachIsFinal_EvenIfLaterReadingsRecover()
    {
        var water = Water(TargetBasis.Throughout);
        Observation[] readings =
        [
            water.Observe(D(2022, 12, 31), QualityClass.V, null, "沙河"), // before the period: not binding
            At(water, 3, QualityClass.II, "沙河"),
            At(water, 4, QualityClass.IV, "府河"),
            At(water, 6, QualityClass.II, "府河"),
        ];
        var e = water.Evaluate(readings, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.NotMet, "throughout"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.NotMet, water.Summarize(readings, D(2023, 6, 30)).Status);
        Assert.Equal(4, e.Actual!.Value.Value, 9);
        Assert.Equal(D(2023, 4, 30), Assert.Single(e.Inputs).Date);
        Assert.StartsWith("Class Ⅳ at 府河 ", e.Reason, StringComparison.Ordinal);
        Assert.Contains("is worse than the required class Ⅲ, which must hold throughout", e.Reason, StringComparison.Ordinal);
        Assert.Contains("a breach is final and later readings cannot repair it.", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("府河断面", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("为Ⅳ类，劣于要求的Ⅲ类。该承诺自2023年1月1日起须在", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("一经违反即不能挽回，后续数据不能弥补。", e.ReasonChinese, StringComparison.Ordinal);

        Assert.Equal(EvaluationStatus.OnTrack, water.Evaluate(readings.Where(o => o.Date != D(2023, 4, 30)), D(2023, 6, 30)).Status);
    }

    [Fact]
    public void AReadingOfTheWrongKind_IsNotEvaluable()
    {
        var water = Water();
        var wrong = new Observation(water.Id, D(2023, 6, 30), Measure.From(Count.Of(3))) { Component = "沙河" };
        var e = water.Evaluate([water.Observe(D(2023, 3, 31), QualityClass.II), wrong], D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.Equal(EvaluationStatus.NotEvaluable, water.Summarize([water.Observe(D(2023, 3, 31), QualityClass.II), wrong], D(2023, 9, 30)).Status);
        Assert.Equal("unit-check", e.Method);
        Assert.Same(wrong, Assert.Single(e.Inputs));
    }

    [Fact]
    public void AnotherAreasReadings_AreNotTheHomeAreas()
    {
        var water = new Indicator<QualityClass>(new IndicatorId("water-home"), "水质", "Water", new ClassTarget(QualityClass.III, Year2023)) { Area = "锦江区" };
        Observation[] readings = [water.Observe(D(2023, 6, 30), QualityClass.II, "锦江区"), water.Observe(D(2023, 6, 30), QualityClass.V, "青羊区")];
        Assert.Equal(EvaluationStatus.OnTrack, water.Evaluate(readings, D(2023, 9, 30)).Status);
        Assert.Equal(EvaluationStatus.OnTrack, water.Summarize(readings, D(2023, 9, 30)).Status);
    }
    [Fact]
    public void HeldThroughout_AReadingOnTheDayThePromiseBinds_Counts_AndOneBeforeItDoesNot()
    {
        var report = new WorkReport("某区人民政府", "某区", GovernmentLevel.County, 2023, D(2023, 2, 15));
        var water = new Indicator<QualityClass>(
            new IndicatorId("water-class"), "考核断面水质", "Assessed sections' water quality", new ClassTarget(QualityClass.III, Year2023) { Basis = TargetBasis.Throughout })
        { Report = report };
        var onTheDay = water.Evaluate([water.Observe(D(2023, 2, 15), QualityClass.IV, null, "府河")], D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.NotMet, "throughout"), (onTheDay.Status, onTheDay.Method));
        var dayBefore = water.Evaluate([water.Observe(D(2023, 2, 14), QualityClass.IV, null, "府河")], D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.NoData, "throughout"), (dayBefore.Status, dayBefore.Method));
    }
}
