using System.Collections.Frozen;
using Jinjiang.Indicators.Quantities;
using UnitsNet;

namespace Jinjiang.Indicators;

/// <summary>
/// The one list of the value types an <see cref="Indicator{TValue}"/> may have: each with its name in files, the kind
/// of quantity it measures, its conversion to a <see cref="Measure"/> and its indicator factory. The analyzer shipped
/// with the package refuses any other type at compile time, reading the mirror of this list in the
/// <see cref="Utility.IndicatorValueTypeAttribute"/>s on <see cref="Indicator{TValue}"/> (a test keeps the two equal).
/// </summary>
internal static class IndicatorValueTypes
{
    internal static readonly Entry[] All =
    [
        new Entry<Length>("length", QuantityKind.Length, Measure.From),
        new Entry<UnitsNet.Area>("area", QuantityKind.Area, Measure.From),
        new Entry<Ratio>("ratio", QuantityKind.Ratio, Measure.From),
        new Entry<Mass>("mass", QuantityKind.Mass, Measure.From),
        new Entry<Power>("power", QuantityKind.Power, Measure.From),
        new Entry<UnitsNet.Duration>("duration", QuantityKind.Time, Measure.From),
        new Entry<Count>("count", QuantityKind.Count, Measure.From),
        new Entry<Money>("money", QuantityKind.Money, Measure.From),
        new Entry<QualityClass>("quality-class", QuantityKind.QualityClass, Measure.From),
        new Entry<Rank>("rank", QuantityKind.Rank, Measure.From),
        new Entry<PercentagePoints>("percentage-points", QuantityKind.PercentagePoints, Measure.From),
        new Entry<double>("index", QuantityKind.Index, Measure.Index),
        new Entry<bool>("completion", QuantityKind.Completion, Measure.Completion),
    ];

    private static readonly FrozenDictionary<Type, Entry> ByType = All.ToFrozenDictionary(e => e.Type);

    private static readonly FrozenDictionary<string, Entry> ByName = All.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>The entry of a value type, or null when it is not supported.</summary>
    internal static Entry? Of(Type type) => ByType.GetValueOrDefault(type);

    /// <summary>The entry of a value type's name in files (<c>length</c>), or null.</summary>
    internal static Entry? Named(string? name) => name is null ? null : ByName.GetValueOrDefault(name);

    /// <summary>One supported value type.</summary>
    internal abstract class Entry(Type type, string name, QuantityKind kind)
    {
        internal Type Type { get; } = type;

        internal string Name { get; } = name;

        internal QuantityKind Kind { get; } = kind;

        /// <summary>Calls the visitor with the value type as its type argument (no reflection).</summary>
        internal abstract TResult Accept<TResult>(IVisitor<TResult> visitor);
    }

    /// <summary>A supported value type and its conversion.</summary>
    internal sealed class Entry<TValue>(string name, QuantityKind kind, Func<TValue, Measure> convert) : Entry(typeof(TValue), name, kind)
        where TValue : struct
    {
        internal Func<TValue, Measure> Convert { get; } = convert;

        internal override TResult Accept<TResult>(IVisitor<TResult> visitor) => visitor.Visit<TValue>();
    }

    /// <summary>Does something with a value type known only at run time (building an indicator of a catalog file's type).</summary>
    internal interface IVisitor<out TResult>
    {
        TResult Visit<TValue>()
            where TValue : struct;
    }
}
