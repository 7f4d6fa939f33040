using Jinjiang.Indicators.Quantities;

namespace Jinjiang.Indicators;

/// <summary>The conversion of one value type, found once per type.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal static class MeasureConversion<TValue>
    where TValue : struct
{
    private static readonly IndicatorValueTypes.Entry<TValue>? Entry = IndicatorValueTypes.Of(typeof(TValue)) as IndicatorValueTypes.Entry<TValue>;

    internal static bool IsSupported => Entry is not null;

    internal static QuantityKind Kind => Entry?.Kind ?? QuantityKind.Index;

    internal static Measure ToMeasure(TValue value) => Entry!.Convert(value);
}
