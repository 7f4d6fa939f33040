namespace Jinjiang.Indicators.Tests.Conventions.LayeringFixture.High;

/// <summary>The upper layer of the fixture: it may use the lower one.</summary>
internal static class Verdict
{
    internal static bool Of(int value) => Low.Quantity.IsPositive(value);
}
