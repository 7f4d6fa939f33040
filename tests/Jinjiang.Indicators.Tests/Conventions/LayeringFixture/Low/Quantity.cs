namespace Jinjiang.Indicators.Tests.Conventions.LayeringFixture.Low;

/// <summary>
/// The lower layer of the fixture, with one deliberate reference up the layers hidden in a method body (no
/// signature shows it): the layer check must find it.
/// </summary>
internal static class Quantity
{
    internal static bool IsPositive(int value) => value > 0;

    internal static bool Violates(int value) => High.Verdict.Of(value);
}
