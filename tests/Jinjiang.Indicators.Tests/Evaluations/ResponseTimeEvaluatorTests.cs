using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>Every branch of a response promise (1、3、5分钟): each tier's share, the 100% rule, the worst tier, the record and the words.</summary>
public class ResponseTimeEvaluatorTests
{
    private static Indicator<UnitsNet.Duration> Response(double share) => new(
        new IndicatorId("rapid-response"), "快速处置", "Rapid response", ResponseTimeTarget.OneThreeFiveMinutes(Ratio.FromPercent(share), Year2023));

    private static Observation[] Incidents(Indicator<UnitsNet.Duration> response, string tier, params double[] minutes)
        => minutes.Select((m, i) => response.Observe(D(2023, 3, 1).PlusDays(i), UnitsNet.Duration.FromMinutes(m), null, tier)).ToArray();

    [Fact]
    public void AtFullShare_OneIncidentOverTheLimit_BreaksThePromiseAtOnce()
    {
        var response = Response(100);
        Observation[] incidents = [.. Incidents(response, "respond", 0.5, 1, 0.9), .. Incidents(response, "arrive", 2, 3.2, 2.5, 4), .. Incidents(response, "reinforce", 4)];
        var e = response.Evaluate(incidents, D(2023, 6, 30));
        Assert.Equal((EvaluationStatus.NotMet, "response-time"), (e.Status, e.Method));
        Assert.Equal(EvaluationStatus.NotMet, response.Summarize(incidents, D(2023, 6, 30)).Status);
        var arrive = e.Parts.Single(p => p.Component == "arrive");
        Assert.Equal((EvaluationStatus.NotMet, "throughout"), (arrive.Status, arrive.Method));
        Assert.Equal(50, arrive.Actual!.Value.Value, 9);
        Assert.Equal(100, arrive.TargetValue!.Value.Value, 9);
        Assert.Equal(50, arrive.Gap!.Value.Value, 9);
        Assert.Equal(0.5, arrive.Progress!.Value, 9);
        Assert.Equal((2, 4), (arrive.Compliance!.Kept, arrive.Compliance.Due));
        Assert.Equal([D(2023, 3, 2), D(2023, 3, 4)], arrive.Compliance.Lapses);
        Assert.StartsWith("2 of 4 incidents over 3 min, the first on 2023-03-02 (3.2 min): every incident must be within the limit, so the promise is broken for the period", arrive.Reason, StringComparison.Ordinal);
        Assert.StartsWith("4起事件中有2起超过3分钟，首次在2023年3月2日（3.2分钟）：每起事件均须在时限内，本期承诺已不能实现", arrive.ReasonChinese, StringComparison.Ordinal);

        var respond = e.Parts.Single(p => p.Component == "respond");
        Assert.Equal((EvaluationStatus.OnTrack, "response-time"), (respond.Status, respond.Method));
        Assert.StartsWith("3 of 3 incidents (100%) within 1 min, 100% required", respond.Reason, StringComparison.Ordinal);
        Assert.StartsWith("3起事件中3起（100%）在1分钟内，要求100%", respond.ReasonChinese, StringComparison.Ordinal);

        // The whole promise's record: 8 incidents, 2 lapses, in date order.
        Assert.Equal((6, 8), (e.Compliance!.Kept, e.Compliance.Due));
        Assert.Equal([D(2023, 3, 2), D(2023, 3, 4)], e.Compliance.Lapses);
        Assert.Equal(8, e.Inputs.Count);
        Assert.Contains("respond: 3 of 3", e.Reason, StringComparison.Ordinal);
        Assert.Contains("; arrive: 2 of 4", e.Reason, StringComparison.Ordinal);
        Assert.Contains("1分钟响应处置：3起事件", e.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("；3分钟到达现场：4起事件", e.ReasonChinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-06-30", 9, EvaluationStatus.OnTrack)]
    [InlineData("2023-06-30", 8, EvaluationStatus.AtRisk)]
    [InlineData("2023-06-30", 7, EvaluationStatus.OffTrack)] // 70% is below 80% of the 90% asked (72%)
    [InlineData("2023-12-31", 9, EvaluationStatus.Met)]
    [InlineData("2023-12-31", 8, EvaluationStatus.NotMet)]
    [InlineData("2024-01-15", 9, EvaluationStatus.Met)]
    public void BelowFullShare_ATierIsJudgedOnItsShare_ByTheDate(string asOf, int within, EvaluationStatus expected)
    {
        var response = Response(90);
        var date = Iso(asOf);
        var minutes = Enumerable.Range(0, 10).Select(i => i < within ? 3.0 : 3.01).ToArray();
        Observation[] incidents = [.. Incidents(response, "arrive", minutes), .. Incidents(response, "respond", 1), .. Incidents(response, "reinforce", 5)];
        var e = response.Evaluate(incidents, date);
        var arrive = e.Parts.Single(p => p.Component == "arrive");
        Assert.Equal(expected, arrive.Status);
        Assert.Equal(expected, e.Status);
        Assert.Equal(expected, response.Summarize(incidents, date).Status);
        Assert.Equal(within * 10, arrive.Actual!.Value.Value, 9);
        Assert.Equal(90 - (within * 10), arrive.Gap!.Value.Value, 9);
        Assert.Equal(within / 9.0, arrive.Progress!.Value, 9);
        Assert.Equal((within, 10), (arrive.Compliance!.Kept, arrive.Compliance.Due));
        Assert.StartsWith($"{within} of 10 incidents ({within * 10}%) within 3 min, 90% required", arrive.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"10起事件中{within}起（{within * 10}%）在3分钟内，要求90%", arrive.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void ATierWithNoIncidents_IsNoData_AndTheWorstTierDecides()
    {
        var response = Response(90);
        Observation[] incidents = [.. Incidents(response, "arrive", 2, 2), .. Incidents(response, "respond", 1)];
        var e = response.Evaluate(incidents, D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NoData, e.Parts.Single(p => p.Component == "reinforce").Status);
        Assert.Equal(EvaluationStatus.NoData, e.Status);
        Assert.Equal(EvaluationStatus.NoData, response.Summarize(incidents, D(2023, 6, 30)).Status);

        Assert.Equal(EvaluationStatus.NotYetDue, response.Evaluate([], D(2022, 6, 30)).Status);
        Assert.Null(response.Evaluate([], D(2022, 6, 30)).Compliance);
    }

    [Fact]
    public void IncidentsAfterTheDeadlineOrTheAsOfDate_AreNotCounted()
    {
        var response = Response(100);
        Observation[] incidents =
        [
            .. Incidents(response, "respond", 1), .. Incidents(response, "arrive", 3), .. Incidents(response, "reinforce", 5),
            response.Observe(D(2024, 2, 1), UnitsNet.Duration.FromMinutes(9), null, "arrive"),
            response.Observe(D(2023, 9, 1), UnitsNet.Duration.FromMinutes(9), null, "respond"),
        ];
        Assert.Equal(EvaluationStatus.OnTrack, response.Evaluate(incidents, D(2023, 6, 30)).Status);
        var final = response.Evaluate(incidents, D(2024, 6, 30));
        Assert.Equal(EvaluationStatus.NotMet, final.Status);
        Assert.Equal(EvaluationStatus.Met, final.Parts.Single(p => p.Component == "arrive").Status);
        Assert.Equal(EvaluationStatus.NotMet, final.Parts.Single(p => p.Component == "respond").Status);
    }

    [Fact]
    public void AnIncidentOfTheWrongKind_IsNotEvaluable()
    {
        var response = Response(90);
        var wrong = new Observation(response.Id, D(2023, 3, 1), Measure.From(Count.Of(3))) { Component = "arrive" };
        var e = response.Evaluate([.. Incidents(response, "respond", 1), .. Incidents(response, "reinforce", 4), wrong], D(2023, 6, 30));
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Parts.Single(p => p.Component == "arrive").Status);
        Assert.Equal(EvaluationStatus.NotEvaluable, e.Status);
    }
}
