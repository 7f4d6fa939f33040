using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>The outcomes JSON (what <c>outcomes --format json</c> writes), from the library's source-generated context.</summary>
public class OutcomeJsonTests
{
    [Fact]
    public void Matches_FiguresAndStatuses_AndWhatMatchedNothing()
    {
        var report = WorkReport.ForArea("东湖区", 2025);
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract("2025年，新建城市绿道15公里，新增停车位3000个。", 2025), report).Value;
        var bridge = new Indicator<bool>(new IndicatorId("east-bridge"), "东湖大桥建成通车", "East Lake bridge open", new Jinjiang.Indicators.Targets.MilestoneTarget(Jinjiang.Indicators.Targets.ReportPeriods.Year(2025))) { Report = report };
        var result = OutcomeMatcher.Match(catalog.With([.. catalog.All, bridge]), OutcomeExtractor.Extract("预计全年新建城市绿道16公里，东湖大桥建成通车，新增公交线路12条。"));

        using var json = JsonDocument.Parse(OutcomeJson.ToJson(result));
        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);

        var greenway = matches.Values.Single(m => m.GetProperty("promise").GetString()!.Contains("绿道", StringComparison.Ordinal));
        Assert.Equal(16, greenway.GetProperty("value").GetDouble());
        Assert.Equal("km", greenway.GetProperty("unit").GetString());
        Assert.False(greenway.TryGetProperty("status", out _));
        Assert.True(greenway.GetProperty("provisional").GetBoolean());
        Assert.True(greenway.GetProperty("judgeable").GetBoolean());
        Assert.Equal(["id", "promise", "outcome", "object", "kind", "value", "unit", "confidence", "judgeable", "provisional", "reason", "source"], greenway.EnumerateObject().Select(p => p.Name));

        var done = matches["east-bridge"];
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.False(done.TryGetProperty("value", out _));

        Assert.Contains(json.RootElement.GetProperty("unmatchedPromises").EnumerateArray(), p => catalog.All.Any(i => i.Id.Value == p.GetString() && i.Source.Contains("停车位", StringComparison.Ordinal)));
        Assert.Contains(json.RootElement.GetProperty("unmatchedOutcomes").EnumerateArray(), o => o.GetString()!.Contains("公交线路", StringComparison.Ordinal));
    }
}
