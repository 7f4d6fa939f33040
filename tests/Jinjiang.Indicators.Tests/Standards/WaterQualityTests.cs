using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Standards.Water;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Standards;

public class WaterQualityTests
{
    private static readonly SurfaceWaterStandard Std = SurfaceWaterStandard.Gb3838Of2002;

    [Theory]
    [InlineData(WaterParameter.AmmoniaNitrogen, 0.15, 1)] // equal to the class I limit: class I
    [InlineData(WaterParameter.AmmoniaNitrogen, 0.16, 2)]
    [InlineData(WaterParameter.AmmoniaNitrogen, 1.0, 3)]
    [InlineData(WaterParameter.AmmoniaNitrogen, 1.01, 4)]
    [InlineData(WaterParameter.AmmoniaNitrogen, 2.0, 5)]
    [InlineData(WaterParameter.AmmoniaNitrogen, 2.01, 6)] // 劣Ⅴ
    [InlineData(WaterParameter.DissolvedOxygen, 7.5, 1)]  // higher is better
    [InlineData(WaterParameter.DissolvedOxygen, 5.0, 3)]
    [InlineData(WaterParameter.DissolvedOxygen, 4.9, 4)]
    [InlineData(WaterParameter.DissolvedOxygen, 1.9, 6)]
    [InlineData(WaterParameter.ChemicalOxygenDemand, 15, 1)] // Ⅰ and Ⅱ share a limit: the better class
    [InlineData(WaterParameter.BiochemicalOxygenDemand, 3.5, 3)]
    [InlineData(WaterParameter.PermanganateIndex, 6, 3)]
    public void ClassOf_RiverParameters(WaterParameter parameter, double value, int ordinal)
    {
        Assert.Equal(QualityClass.FromOrdinal(ordinal), Std.ClassOf(parameter, value, WaterBody.River));
    }

    [Fact]
    public void ClassOf_PhosphorusDependsOnTheWaterBody()
    {
        Assert.Equal(QualityClass.II, Std.ClassOf(WaterParameter.TotalPhosphorus, 0.1, WaterBody.River));
        Assert.Equal(QualityClass.IV, Std.ClassOf(WaterParameter.TotalPhosphorus, 0.1, WaterBody.LakeOrReservoir));
        Assert.Equal(QualityClass.III, Std.ClassOf(WaterParameter.TotalPhosphorus, MassConcentration.FromMilligramsPerLiter(0.2), WaterBody.River));
    }

    [Fact]
    public void Assess_SingleFactorRule_NamesTheDecidingParameter()
    {
        var result = Std.Assess("沙河", new Dictionary<WaterParameter, double>
        {
            [WaterParameter.DissolvedOxygen] = 6.2, [WaterParameter.AmmoniaNitrogen] = 1.2, [WaterParameter.TotalPhosphorus] = 0.15,
        });
        Assert.Equal(QualityClass.IV, result.Class);
        Assert.Equal([WaterParameter.AmmoniaNitrogen], result.DecidingParameters);
        Assert.False(result.Meets(QualityClass.III));
        Assert.Equal("沙河: class Ⅳ (deciding: AmmoniaNitrogen 1.2 mg/L)", result.ToString());
    }

    [Fact]
    public void AssessYear_UsesAnnualMeans()
    {
        var samples = Enumerable.Range(1, 12).Select(m => new WaterSample(new LocalDate(2023, m, 15), new Dictionary<WaterParameter, double>
        {
            [WaterParameter.AmmoniaNitrogen] = m == 7 ? 1.8 : 0.8, // one bad month does not decide the year
        }));
        var result = Std.AssessYear("府河", samples);
        Assert.Equal(QualityClass.III, result.Class);
        Assert.Equal(12, result.Samples);
        Assert.Equal((0.8 * 11 + 1.8) / 12, result.Values[WaterParameter.AmmoniaNitrogen], 12);
    }

    [Fact]
    public void WaterSample_CopiesItsValues_AndRefusesImpossibleOnes()
    {
        var values = new Dictionary<WaterParameter, double> { [WaterParameter.AmmoniaNitrogen] = 0.8 };
        var sample = new WaterSample(new LocalDate(2023, 5, 15), values);
        values[WaterParameter.AmmoniaNitrogen] = 9;
        Assert.Equal(0.8, sample.Values[WaterParameter.AmmoniaNitrogen]); // the caller's dictionary no longer reaches it
        Assert.Throws<ArgumentException>(() => new WaterSample(new LocalDate(2023, 5, 15), [new(WaterParameter.AmmoniaNitrogen, -1)]));
        Assert.Throws<ArgumentException>(() => new WaterSample(new LocalDate(2023, 5, 15), [new(WaterParameter.AmmoniaNitrogen, double.NaN)]));
        Assert.Throws<ArgumentException>(() => new WaterSample(new LocalDate(2023, 5, 15), [new((WaterParameter)99, 1)]));
    }

    [Fact]
    public void ShareMeeting_CountsSectionsAtLeastAsGood()
    {
        var sections = new[]
        {
            Std.Assess("a", new Dictionary<WaterParameter, double> { [WaterParameter.AmmoniaNitrogen] = 0.4 }),
            Std.Assess("b", new Dictionary<WaterParameter, double> { [WaterParameter.AmmoniaNitrogen] = 1.0 }),
            Std.Assess("c", new Dictionary<WaterParameter, double> { [WaterParameter.AmmoniaNitrogen] = 1.4 }),
            Std.Assess("d", new Dictionary<WaterParameter, double>()),
        };
        Assert.Equal(2 / 3.0, SurfaceWaterStandard.ShareMeeting(sections, QualityClass.III).DecimalFractions, 12);
    }

    [Fact]
    public void Sections_FeedTheCatalogWaterIndicator()
    {
        var indicator = Jinjiang2023.WaterSectionsClass;
        var date = new LocalDate(2023, 12, 31);
        var observations = new[]
        {
            Std.Assess("沙河", new Dictionary<WaterParameter, double> { [WaterParameter.AmmoniaNitrogen] = 0.9 }).ToObservation(indicator.Id, date),
            Std.Assess("府河", new Dictionary<WaterParameter, double> { [WaterParameter.AmmoniaNitrogen] = 1.3 }).ToObservation(indicator.Id, date),
        };
        var evaluation = Evaluator.Default.Evaluate(indicator, ObservationSet.Create(observations), new LocalDate(2024, 1, 10));
        Assert.Equal(EvaluationStatus.NotMet, evaluation.Status);
        Assert.Contains("府河", evaluation.Reason);
    }
}
