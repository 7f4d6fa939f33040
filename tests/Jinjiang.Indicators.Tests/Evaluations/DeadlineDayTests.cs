using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>The deadline day decides: a promise judged on its deadline day gets its final verdict, for every kind.</summary>
public class DeadlineDayTests
{
    public static TheoryData<string> EntriesDueAtYearEnd()
    {
        var data = new TheoryData<string>();
        foreach (var indicator in Jinjiang2023.Catalog.All.Where(i => i.Target.Deadline == new LocalDate(2023, 12, 31)))
        {
            data.Add(indicator.Id.Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EntriesDueAtYearEnd))]
    public void OnTheDeadlineDay_EveryKindGivesItsFinalVerdict_AsTheDayAfterDoes(string id)
    {
        var indicator = Jinjiang2023.Catalog[new IndicatorId(id)];
        var set = ObservationSet.Create(SampleObservations.Jinjiang2023);
        var onDeadline = Evaluator.Default.Evaluate(indicator, set, new LocalDate(2023, 12, 31));
        var dayAfter = Evaluator.Default.Evaluate(indicator, set, new LocalDate(2024, 1, 1));
        Assert.DoesNotContain(onDeadline.Status, new[] { EvaluationStatus.OnTrack, EvaluationStatus.AtRisk, EvaluationStatus.OffTrack });
        Assert.Equal(dayAfter.Status, onDeadline.Status);
        Assert.Equal(dayAfter.Grade, onDeadline.Grade);
        Assert.Equal(onDeadline.Summary, Evaluator.Default.Summarize(indicator, set, new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void TheKindsDueAtYearEnd_CoverEveryKindOfTheCatalog()
    {
        var kinds = Jinjiang2023.Catalog.All.Where(i => i.Target.Deadline == new LocalDate(2023, 12, 31)).Select(i => i.Target.GetType()).ToHashSet();
        Assert.Superset(new HashSet<Type> { typeof(DeliveryTarget), typeof(CoverageTarget), typeof(ChangeTarget), typeof(RankTarget), typeof(ClassTarget), typeof(CadenceTarget), typeof(MilestoneTarget), typeof(DirectionTarget), typeof(ResponseTimeTarget), typeof(AllOfTarget) }, kinds);
    }
}
