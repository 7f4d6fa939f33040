using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Office;

/// <summary>Node targets (节点目标) judged before the deadline: 按节点推进 / 滞后节点, for milestones and quantities.</summary>
public class NodeTargetTests
{
    private static readonly IndicatorId SubstationId = new("substation-expansion");

    private static Indicator Substation(params NodeTarget[] nodes) => new Indicator<bool>(SubstationId, "变电站扩容项目", "Substation expansion", new MilestoneTarget(Year2023))
    {
        Nodes = nodes,
        ResponsibleUnit = "区发改局",
    };

    private static NodeTarget[] Stages() =>
    [
        new(D(2023, 3, 31), "前期手续"),
        new(D(2023, 6, 30), "开工"),
        new(D(2023, 9, 30), "主体完工"),
    ];

    private static Observation Stage(string stage, LocalDate date) => new(SubstationId, date, Measure.Completion(true)) { Component = stage };

    private static Evaluation Evaluate(Indicator indicator, LocalDate asOf, params Observation[] observations)
        => Evaluator.Default.Evaluate(indicator, ObservationSet.Create(observations), asOf);

    [Fact]
    public void AMilestone_WhoseNodeIsMissed_LagsItsNode_AndSaysWhichNode()
    {
        var e = Evaluate(Substation(Stages()), D(2023, 9, 30), Stage("前期手续", D(2023, 3, 20)), Stage("开工", D(2023, 5, 18)));
        Assert.Equal(EvaluationStatus.OffTrack, e.Status);
        Assert.Equal(Grade.Red, e.Grade);
        Assert.Equal("node", e.Method);
        Assert.Contains("滞后节点", e.ReasonChinese);
        Assert.Contains("主体完工", e.ReasonChinese);
        Assert.Contains("2023年9月30日", e.ReasonChinese);
        Assert.Contains("Behind its node", e.Reason);
    }

    [Fact]
    public void AMilestone_OnItsNode_IsOnTrack_NotNotYetDue()
    {
        var e = Evaluate(Substation(Stages()), D(2023, 7, 15), Stage("前期手续", D(2023, 3, 20)), Stage("开工", D(2023, 5, 18)));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
        Assert.Equal(Grade.Green, e.Grade);
        Assert.Contains("按节点推进", e.ReasonChinese);
        Assert.Contains("开工", e.ReasonChinese);
        Assert.Contains("2023年5月18日", e.ReasonChinese);
    }

    [Fact]
    public void ALaterStageReached_CountsForTheEarlierNode()
    {
        var e = Evaluate(Substation(Stages()), D(2023, 4, 30), Stage("开工", D(2023, 3, 25)));
        Assert.Equal(EvaluationStatus.OnTrack, e.Status);
    }

    [Fact]
    public void AStageReportedAfterTheAsOfDate_DoesNotCount()
    {
        var e = Evaluate(Substation(Stages()), D(2023, 7, 1), Stage("前期手续", D(2023, 3, 20)), Stage("开工", D(2023, 7, 2)));
        Assert.Equal(EvaluationStatus.OffTrack, e.Status);
    }

    [Fact]
    public void BeforeItsFirstNode_AMilestoneKeepsItsOwnVerdict()
    {
        var e = Evaluate(Substation(Stages()), D(2023, 3, 30));
        Assert.Equal(EvaluationStatus.NotYetDue, e.Status);
        Assert.Equal("milestone", e.Method);
    }

    [Fact]
    public void WithoutNodes_TheRulesOfTheKindHold()
    {
        var e = Evaluate(Substation(), D(2023, 9, 30));
        Assert.Equal(EvaluationStatus.NotYetDue, e.Status);
    }

    [Fact]
    public void AtTheDeadline_TheKindJudges_NotTheNodes()
    {
        var done = new Observation(SubstationId, D(2023, 11, 28), Measure.Completion(true));
        Assert.Equal(EvaluationStatus.Met, Evaluate(Substation(Stages()), D(2023, 12, 31), done).Status);
        Assert.Equal(EvaluationStatus.NotMet, Evaluate(Substation(Stages()), D(2023, 12, 31), Stage("开工", D(2023, 5, 1))).Status);
    }

    [Fact]
    public void AMilestoneDoneEarly_IsMet_WhateverItsNodes()
    {
        var done = new Observation(SubstationId, D(2023, 8, 1), Measure.Completion(true));
        Assert.Equal(EvaluationStatus.Met, Evaluate(Substation(Stages()), D(2023, 9, 30), done).Status);
    }

    [Theory]
    [InlineData(6.9, EvaluationStatus.OnTrack)] // the 6 km node is reached, though behind the linear schedule's 7.5
    [InlineData(5.0, EvaluationStatus.AtRisk)] // 83% of the node: at risk
    [InlineData(4.0, EvaluationStatus.OffTrack)] // 67% of the node: off track
    public void ADelivery_IsJudgedAgainstTheNodeDue_NotTheLinearSchedule(double km, EvaluationStatus expected)
    {
        var greenway = Greenway().WithBreakdown(new TaskBreakdown { Nodes = [new(D(2023, 6, 30), Measure.From(Length.FromKilometers(6))), new(D(2023, 9, 30), Measure.From(Length.FromKilometers(10)))] });
        var observations = new[] { new Observation(greenway.Id, D(2023, 6, 30), Measure.From(Length.FromKilometers(km))) };
        var e = Evaluate(greenway, D(2023, 6, 30), observations);
        Assert.Equal(expected, e.Status);
        Assert.Equal(6, e.Expected!.Value.ConvertTo(MeasureUnit.Kilometre).Value, 9);
        Assert.Equal(expected == EvaluationStatus.OnTrack ? "按节点推进" : "滞后节点", expected == EvaluationStatus.OnTrack ? e.ReasonChinese[e.ReasonChinese.IndexOf("按节点推进", StringComparison.Ordinal)..][..5] : e.ReasonChinese[e.ReasonChinese.IndexOf("滞后节点", StringComparison.Ordinal)..][..4]);
        if (expected != EvaluationStatus.OnTrack)
        {
            Assert.Equal(6 - km, e.Gap!.Value.ConvertTo(MeasureUnit.Kilometre).Value, 9);
            Assert.Contains($"差{6 - km:0.#}公里", e.ReasonChinese);
        }

        // The summary (the scorecard's fast path) says the same.
        var summary = Evaluator.Default.Summarize(greenway, ObservationSet.Create(observations), D(2023, 6, 30));
        Assert.Equal(e.Status, summary.Status);
        Assert.Equal(e.Grade, summary.Grade);
    }

    [Theory]
    [InlineData(1150, EvaluationStatus.OnTrack)]
    [InlineData(1300, EvaluationStatus.AtRisk)] // 1200 / 1300 = 92% of the node
    [InlineData(1600, EvaluationStatus.OffTrack)] // 75%
    public void ALowerIsBetterNode_IsReachedAtOrBelowItsValue(double complaints, EvaluationStatus expected)
    {
        var id = new IndicatorId("complaints-ceiling");
        var indicator = new Indicator<Count>(id, "投诉量", "Complaints", new AtMostTarget(new Measure(1000, MeasureUnit.ItemJian), Year2023))
        {
            Direction = Direction.LowerIsBetter,
            Nodes = [new(D(2023, 6, 30), new Measure(1200, MeasureUnit.ItemJian))],
        };
        var e = Evaluate(indicator, D(2023, 7, 31), new Observation(id, D(2023, 7, 31), new Measure(complaints, MeasureUnit.ItemJian)));
        Assert.Equal(expected, e.Status);
        Assert.Equal("node", e.Method);
    }

    [Fact]
    public void ANodeAfterTheDeadline_OrOfAnotherKind_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Greenway().WithBreakdown(new TaskBreakdown { Nodes = [new(D(2024, 3, 31), Measure.From(Length.FromKilometers(3)))] }));
        Assert.Throws<ArgumentException>(() => Greenway().WithBreakdown(new TaskBreakdown { Nodes = [new(D(2023, 3, 31), new Measure(3, MeasureUnit.Item))] }));
    }

    [Fact]
    public void AStageReading_IsReadFromAFile_WhenTheBreakdownNamesTheStage()
    {
        var catalog = new Jinjiang.Indicators.Catalog.IndicatorCatalog([Substation(Stages())]);
        var csv = "indicator,date,value,unit,component\nsubstation-expansion,2023-05-18,done,done,开工\nsubstation-expansion,2023-05-19,done,done,竣工\n";
        var read = ObservationCsv.Read(new StringReader(csv), "returns.csv", catalog);
        Assert.Single(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("component", problem.Field);
        Assert.Contains("前期手续, 开工, 主体完工", problem.Message);
    }

    [Fact]
    public void NodesAndCalendar_RoundTripThroughCatalogJson_AndBadOnesAreNamedByPath()
    {
        var indicator = Substation(Stages()).WithBreakdown(new TaskBreakdown { ResponsibleLeader = "分管副区长", Reporting = new ReportingSchedule(ReportingFrequency.Quarterly, 10) });
        var greenway = Greenway().WithBreakdown(new TaskBreakdown { Nodes = [new(D(2023, 6, 30), Measure.From(Length.FromKilometers(6)))], Reporting = ReportingSchedule.MonthlyByFifth });
        var json = CatalogJson.ToJson([indicator, greenway]);
        Assert.Contains("\"leader\": \"分管副区长\"", json);
        Assert.Contains("\"frequency\": \"quarterly\"", json);
        var back = CatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "catalog.json");
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(indicator.Nodes, back.Value.All[0].Nodes);
        Assert.Equal("分管副区长", back.Value.All[0].ResponsibleLeader);
        Assert.Equal(indicator.Reporting, back.Value.All[0].Reporting);
        Assert.Equal(greenway.Nodes, back.Value.All[1].Nodes);

        var bad = json.Replace("\"due\": \"2023-06-30\"", "\"due\": \"2024-06-30\"", StringComparison.Ordinal).Replace("\"quarterly\"", "\"weekly\"", StringComparison.Ordinal);
        var read = CatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bad)), "catalog.json");
        Assert.Contains(read.Problems, p => p.Field == "$.indicators[0].nodes[1].due" && p.Message.Contains("after the deadline", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Field == "$.indicators[0].reporting.frequency" && p.Text == "weekly");
        Assert.Contains(read.Problems, p => p.Field == "$.indicators[1].nodes[0].due");
    }
}

/// <summary>The README's catalog fields of a breakdown read as it says.</summary>
public class ReadmeBreakdownJsonTests
{
    [Fact]
    public void TheReadmesBreakdownFields_MergedIntoACatalogEntry_Read()
    {
        var readme = TestFiles.Readme;
        var section = readme[readme.IndexOf("## The office's year", StringComparison.Ordinal)..];
        var block = System.Text.RegularExpressions.Regex.Match(section, "```json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var fields = System.Text.Json.Nodes.JsonNode.Parse(block)!.AsObject();
        var catalog = System.Text.Json.Nodes.JsonNode.Parse(CatalogJson.ToJson(Jinjiang.Indicators.Catalog.Jinjiang2023.Catalog.All))!["indicators"]!.AsArray();
        var entry = catalog.Single(e => (string?)e!["id"] == (string?)fields["id"])!.AsObject();
        foreach (var (key, value) in fields.ToList())
        {
            entry[key] = value?.DeepClone();
        }

        var read = CatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(catalog.Parent!.ToJsonString())), "catalog.json");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var indicator = read.Value[new IndicatorId((string)fields["id"]!)];
        Assert.Equal(["开工", "主体完工"], indicator.Nodes.Select(n => n.Stage!));
        Assert.Equal(new ReportingSchedule(ReportingFrequency.Quarterly, 10), indicator.Reporting);
        Assert.Equal("区发改局", indicator.ResponsibleUnit);
    }
}
