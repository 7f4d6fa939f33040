using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

public class ChangeEvaluationTests
{
    [Fact]
    public void Evaluate_960ComplaintsAfter1000_IsNotMetAgainstA5PercentCut()
    {
        var complaints = Complaints();
        var obs = new[] { complaints.Observe(D(2022, 12, 31), Count.Of(1000)), complaints.Observe(D(2023, 12, 31), Count.Of(960)) };
        var e = complaints.Evaluate(obs, D(2024, 1, 10));

        Assert.Equal(EvaluationStatus.NotMet, e.Status);
        Assert.Equal(950, e.TargetValue!.Value.Value, 9);
        Assert.Equal(0.8, e.Progress!.Value, 9); // a 4% cut is 80% of the 5% promised
        Assert.Equal(-10, e.Gap!.Value.Value, 9);
    }

    [Fact]
    public void Evaluate_950ComplaintsAfter1000_IsMet_TheBoundaryIsInclusive()
    {
        var complaints = Complaints();
        var obs = new[] { complaints.Observe(D(2022, 12, 31), Count.Of(1000)), complaints.Observe(D(2023, 12, 31), Count.Of(950)) };
        Assert.Equal(EvaluationStatus.Met, complaints.Evaluate(obs, D(2024, 1, 10)).Status);
    }

    [Fact]
    public void Evaluate_MissingBaseline_IsNotEvaluable()
    {
        var complaints = Complaints();
        var e = complaints.Evaluate([complaints.Observe(D(2023, 12, 31), Count.Of(900))], D(2024, 1, 10));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
        Assert.StartsWith("Missing baseline", e.Reason);
    }

    [Fact]
    public void Evaluate_RunningTotalAtMidYear_IsProjectedToTheFullYear()
    {
        var complaints = Complaints();
        // 6 of 12 months: 460 so far projects to 920 for the year, under the 950 allowed.
        var obs = new[] { complaints.Observe(D(2022, 12, 31), Count.Of(1000)), complaints.Observe(D(2023, 6, 30), Count.Of(460)) };
        var e = complaints.Evaluate(obs, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(950 / 2.0, e.Expected!.Value.Value, 6);

        var behind = complaints.Evaluate([obs[0], complaints.Observe(D(2023, 6, 30), Count.Of(520))], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.OffTrack, behind.Status); // projects to 1040: more than the baseline
    }

    [Fact]
    public void Evaluate_ZeroBaseline_HasNoProgressShare()
    {
        var complaints = Complaints();
        var obs = new[] { complaints.Observe(D(2022, 12, 31), Count.Of(0)), complaints.Observe(D(2023, 12, 31), Count.Of(0)) };
        var e = complaints.Evaluate(obs, D(2024, 1, 10));
        Assert.Equal(EvaluationStatus.Met, e.Status);
        Assert.Null(e.Progress);
    }

    [Fact]
    public void Evaluate_PartialYearTotalAfterDeadline_IsNoData()
    {
        var complaints = Complaints();
        var obs = new[] { complaints.Observe(D(2022, 12, 31), Count.Of(1000)), complaints.Observe(D(2023, 11, 30), Count.Of(800)) };
        Assert.Equal(EvaluationStatus.NoData, complaints.Evaluate(obs, D(2024, 1, 10)).Status);
    }

    [Fact]
    public void Evaluate_StatedPeriods_ARunningTotalFromThePeriodsStartCounts_AMonthsFigureDoesNot()
    {
        var complaints = Complaints();
        var baseline = complaints.Observe(D(2022, 12, 31), Count.Of(1000));
        var firstHalf = new Observation(complaints.Id, new NodaTime.DateInterval(D(2023, 1, 1), D(2023, 6, 30)), new Measure(460, MeasureUnit.Item));
        var june = new Observation(complaints.Id, new NodaTime.DateInterval(D(2023, 6, 1), D(2023, 6, 30)), new Measure(80, MeasureUnit.Item));

        var e = complaints.Evaluate([baseline, firstHalf, june], D(2023, 7, 5));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status); // the half year's 460, not June's 80
        Assert.Equal(new Measure(460, MeasureUnit.Item), e.Actual);

        var monthOnly = complaints.Evaluate([baseline, june], D(2023, 7, 5));
        Assert.Equal(EvaluationStatus.NoData, monthOnly.Status);
    }
}
