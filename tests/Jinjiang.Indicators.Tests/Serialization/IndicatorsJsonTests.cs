using System.Text.Json;
using CsCheck;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Serialization;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Serialization;

public class IndicatorsJsonTests
{
    internal sealed record Holder(
        IndicatorId Id, LocalDate Date, Measure Measure, Count Count, Money Money, QualityClass Class, Rank Rank,
        PercentagePoints Points, EvaluationStatus Status, Length Length, UnitsNet.Area Area, Ratio Ratio);

    private static readonly JsonSerializerOptions Options = IndicatorsJson.CreateOptions();

    [Fact]
    public void ValueTypes_RoundTrip_InReadableForm()
    {
        var holder = new Holder(
            new IndicatorId("tianfu-greenway"), new LocalDate(2023, 6, 30), new Measure(0.52, MeasureUnit.TenThousandSquareMetres), Count.Of(20, "座"),
            Money.FromHundredMillionYuan(40.25m), QualityClass.III, new Rank(2, 5), new PercentagePoints(1.5), EvaluationStatus.OnTrack,
            Length.FromKilometers(15), UnitsNet.Area.FromSquareMeters(5000), Ratio.FromPercent(5));
        var json = JsonSerializer.Serialize(holder, Options);
        Assert.Contains("\"date\":\"2023-06-30\"", json);
        Assert.Contains("\"measure\":{\"value\":0.52,\"unit\":\"10^4 m2\"}", json);
        Assert.Contains("\"money\":{\"value\":40.25,\"unit\":\"10^8 CNY\"}", json);
        Assert.Contains("\"class\":\"III\"", json);
        Assert.Contains("\"status\":\"on-track\"", json);
        var back = JsonSerializer.Deserialize<Holder>(json, Options)!;
        Assert.Equal(holder.Id, back.Id);
        Assert.Equal(holder.Measure, back.Measure);
        Assert.Equal(holder.Count, back.Count);
        Assert.Equal(holder.Money, back.Money);
        Assert.Equal((holder.Class, holder.Rank, holder.Points, holder.Status, holder.Date), (back.Class, back.Rank, back.Points, back.Status, back.Date));
        Assert.Equal(15, back.Length.Kilometers, 9);
        Assert.Equal(5000, back.Area.SquareMeters, 9);
        Assert.Equal(5, back.Ratio.Percent, 9);
    }

    [Fact]
    public void Measures_RoundTrip_Property()
    {
        var units = MeasureUnit.All.ToArray();
        Gen.Select(Gen.Double[-1e12, 1e12], Gen.Int[0, units.Length - 1]).Sample((v, u) =>
        {
            var m = new Measure(v, units[u]);
            return JsonSerializer.Deserialize<Measure>(JsonSerializer.Serialize(m, Options), Options) == m;
        });
        Gen.Decimal[-1_000_000_000m, 1_000_000_000m].Sample(d =>
        {
            var money = Money.FromTenThousandYuan(Math.Round(d, 4));
            return JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, Options), Options) == money;
        });
    }

    [Theory]
    [InlineData("{\"value\":1,\"unit\":\"furlong\"}", "Unknown unit 'furlong'.")]
    [InlineData("{\"unit\":\"km\"}", "A quantity needs a finite number \"value\".")]
    [InlineData("\"15 km\"", "Expected a quantity object")]
    public void BadMeasures_AreJsonExceptionsWithAPlainMessage(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Measure>(json, Options));
        Assert.StartsWith(message, ex.Message);
    }

    [Fact]
    public void LengthFromAnArea_IsRefused()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Length>("{\"value\":1,\"unit\":\"m2\"}", Options));
        Assert.StartsWith("Not a Length", ex.Message);
    }
}
