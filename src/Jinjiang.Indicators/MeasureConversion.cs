using Jinjiang.Indicators.Quantities;
using UnitsNet;

namespace Jinjiang.Indicators;

/// <summary>Turns a typed indicator value into a <see cref="Measure"/>, once per value type.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal static class MeasureConversion<TValue>
    where TValue : struct
{
    private static readonly Func<TValue, Measure>? Converter = Create();

    internal static bool IsSupported => Converter is not null;

    internal static QuantityKind Kind { get; } = KindOf(typeof(TValue));

    internal static Measure ToMeasure(TValue value) => Converter!(value);

    private static QuantityKind KindOf(Type type) => type switch
    {
        _ when type == typeof(Length) => QuantityKind.Length,
        _ when type == typeof(Area) => QuantityKind.Area,
        _ when type == typeof(Ratio) => QuantityKind.Ratio,
        _ when type == typeof(Mass) => QuantityKind.Mass,
        _ when type == typeof(Duration) => QuantityKind.Time,
        _ when type == typeof(Count) => QuantityKind.Count,
        _ when type == typeof(Money) => QuantityKind.Money,
        _ when type == typeof(QualityClass) => QuantityKind.QualityClass,
        _ when type == typeof(Rank) => QuantityKind.Rank,
        _ when type == typeof(PercentagePoints) => QuantityKind.PercentagePoints,
        _ when type == typeof(bool) => QuantityKind.Completion,
        _ => QuantityKind.Index,
    };

    private static Func<TValue, Measure>? Create()
    {
        object? f = typeof(TValue) switch
        {
            var t when t == typeof(Length) => (Func<Length, Measure>)Measure.From,
            var t when t == typeof(Area) => (Func<Area, Measure>)Measure.From,
            var t when t == typeof(Ratio) => (Func<Ratio, Measure>)Measure.From,
            var t when t == typeof(Mass) => (Func<Mass, Measure>)Measure.From,
            var t when t == typeof(Duration) => (Func<Duration, Measure>)Measure.From,
            var t when t == typeof(Count) => (Func<Count, Measure>)Measure.From,
            var t when t == typeof(Money) => (Func<Money, Measure>)Measure.From,
            var t when t == typeof(QualityClass) => (Func<QualityClass, Measure>)Measure.From,
            var t when t == typeof(Rank) => (Func<Rank, Measure>)Measure.From,
            var t when t == typeof(PercentagePoints) => (Func<PercentagePoints, Measure>)Measure.From,
            var t when t == typeof(bool) => (Func<bool, Measure>)Measure.Completion,
            var t when t == typeof(double) => (Func<double, Measure>)Measure.Index,
            _ => null,
        };
        return f as Func<TValue, Measure>;
    }
}
