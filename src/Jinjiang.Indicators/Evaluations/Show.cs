using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>Invariant formatting of the figures quoted in reasons.</summary>
internal static class Show
{
    /// <summary>yyyy-MM-dd: reasons format several dates per evaluation.</summary>
    internal static string Date(LocalDate date) => IsoDate.Format(date);

    /// <summary>A period as <c>2023-01-01..2023-12-31</c>.</summary>
    internal static string Period(DateInterval period) => Date(period.Start) + ".." + Date(period.End);

    /// <summary>What a reading covers: <c>for 2023-06 (2023-06-01..2023-06-30)</c> or <c>on 2023-06-30</c>.</summary>
    internal static string Covering(Observation o) => o.Period is { } p && p.Start != p.End ? "for " + Period(p) : "on " + Date(o.Date);

    internal static string Number(double value) => value.ToString(Math.Abs(value) >= 1 ? "0.##" : "0.####", CultureInfo.InvariantCulture);

    /// <summary>How far a value falls short: 2 percentage points for rates, 0.4 km for amounts (the magnitude).</summary>
    internal static string Shortfall(Measure gap)
        => gap.Kind == QuantityKind.Ratio
            ? Number(Math.Abs(gap.BaseValue) * 100) + " percentage point(s)"
            : Measure(new Measure(Math.Abs(gap.Value), gap.Unit));

    internal static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A measure in a given unit of its kind (so that 0.52 万平方米 reads as 5200 m2 against a 5000 m2 target).</summary>
    internal static string In(Measure measure, MeasureUnit unit)
        => measure.Kind == unit.Kind && measure.Kind is not (QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion or QuantityKind.Index)
            ? Number(measure.BaseValue / unit.FactorToBase) + " " + unit.DisplaySymbol
            : measure.ToString("0.####", CultureInfo.InvariantCulture);

    internal static string Measure(Measure measure) => Number(measure.Value) + (measure.Kind is QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion or QuantityKind.Index ? string.Empty : " " + measure.Unit.DisplaySymbol);

    /// <summary>A figure from base units; a figure beyond the range of <see cref="double"/> (extreme inputs) is shown at its edge, never thrown.</summary>
    internal static Measure FromBase(double baseValue, MeasureUnit unit)
    {
        var value = baseValue / unit.FactorToBase;
        if (double.IsFinite(value) && double.IsFinite(value * unit.FactorToBase))
        {
            return new(value, unit);
        }

        var edge = double.MaxValue / Math.Max(1, unit.FactorToBase);
        return new(double.IsNaN(value) ? 0 : Math.Sign(value) * edge, unit);
    }
}
