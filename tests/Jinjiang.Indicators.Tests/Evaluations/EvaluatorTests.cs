using Jinjiang.Indicators.Evaluations;
using static Jinjiang.Indicators.Tests.Evaluations.Fixtures;

namespace Jinjiang.Indicators.Tests.Evaluations;

/// <summary>The evaluator's entry points: their preconditions name the argument, and the span overload fills the caller's buffer in order.</summary>
public class EvaluatorTests
{
    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        var set = ObservationSet.Create([]);
        var greenway = Greenway();
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => Evaluator.Default.Evaluate(null!, set, D(2023, 6, 30))).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => Evaluator.Default.Evaluate(greenway, (ObservationSet)null!, D(2023, 6, 30))).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => Evaluator.Default.Summarize(null!, set, D(2023, 6, 30))).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => Evaluator.Default.Summarize(greenway, (ObservationSet)null!, D(2023, 6, 30))).ParamName);
    }

    [Fact]
    public void Summarize_IntoASpan_FillsOneSummaryPerIndicatorInOrder_AndRefusesAShortBuffer()
    {
        var greenway = Greenway();
        var waste = WasteTreatment();
        var set = ObservationSet.Create([greenway.Observe(D(2023, 12, 31), UnitsNet.Length.FromKilometers(15))]);
        Indicator[] indicators = [greenway, waste];
        var summaries = new EvaluationSummary[3];
        Evaluator.Default.Summarize(indicators, set, D(2024, 1, 15), summaries);
        Assert.Equal(EvaluationStatus.Met, summaries[0].Status);
        Assert.Equal(EvaluationStatus.NoData, summaries[1].Status);
        Assert.Equal(default, summaries[2]);

        var e = Assert.Throws<ArgumentException>(() => Evaluator.Default.Summarize(indicators, set, D(2024, 1, 15), new EvaluationSummary[1]));
        Assert.Equal("destination", e.ParamName);
        Assert.StartsWith("The destination must hold one summary per indicator.", e.Message, StringComparison.Ordinal);
    }
}
