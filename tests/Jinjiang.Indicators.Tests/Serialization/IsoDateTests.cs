using CsCheck;
using Jinjiang.Indicators.Utility;
using NodaTime;
using NodaTime.Text;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The fast date text agrees with NodaTime's ISO pattern, both ways.</summary>
public class IsoDateTests
{
    [Fact]
    public void Format_AndTryParse_AgreeWithNodaTimesIsoPattern()
    {
        Gen.Int[-3_650_000, 2_900_000].Select(d => new LocalDate(1, 1, 1).PlusDays(d)).Sample(date =>
        {
            var text = IsoDate.Format(date);
            Assert.Equal(LocalDatePattern.Iso.Format(date), text);
            if (date.Year >= 1)
            {
                Assert.True(IsoDate.TryParse(text, out var back));
                Assert.Equal(date, back);
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2023-13-01")]
    [InlineData("2023-1-01")]
    [InlineData("２０２３-01-01")]
    [InlineData("2023/01/01")]
    [InlineData("+2023-01-01")]
    [InlineData("")]
    public void TryParse_RefusesWhatThePatternRefuses(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _));
        Assert.False(LocalDatePattern.Iso.Parse(text).Success);
    }
}
