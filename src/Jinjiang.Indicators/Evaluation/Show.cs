using System.Globalization;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Evaluation;

/// <summary>Invariant formatting of the figures quoted in reasons.</summary>
internal static class Show
{
    /// <summary>yyyy-MM-dd without NodaTime's pattern machinery: reasons format several dates per evaluation.</summary>
    internal static string Date(LocalDate date) => date.Year is >= 1 and <= 9999
        ? string.Create(10, date, static (span, d) =>
        {
            d.Year.TryFormat(span[..4], out _, "0000", CultureInfo.InvariantCulture);
            span[4] = '-';
            d.Month.TryFormat(span.Slice(5, 2), out _, "00", CultureInfo.InvariantCulture);
            span[7] = '-';
            d.Day.TryFormat(span.Slice(8, 2), out _, "00", CultureInfo.InvariantCulture);
        })
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Number(double value) => value.ToString(Math.Abs(value) >= 1 ? "0.##" : "0.####", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A measure in a given unit of its kind (so that 0.52 万平方米 reads as 5200 m2 against a 5000 m2 target).</summary>
    internal static string In(Measure measure, MeasureUnit unit)
        => measure.Kind == unit.Kind && measure.Kind is not (QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion or QuantityKind.Index)
            ? Number(measure.BaseValue / unit.FactorToBase) + " " + unit.DisplaySymbol
            : measure.ToString("0.####", CultureInfo.InvariantCulture);

    internal static string Measure(Measure measure) => Number(measure.Value) + (measure.Kind is QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion or QuantityKind.Index ? string.Empty : " " + measure.Unit.DisplaySymbol);

    internal static Measure FromBase(double baseValue, MeasureUnit unit) => new(baseValue / unit.FactorToBase, unit);
}
