namespace Jinjiang.Indicators.Utility;

/// <summary>
/// Names one value type an indicator may have, on <c>Indicator&lt;TValue&gt;</c>: the compile-time mirror of
/// <c>IndicatorValueTypes.All</c> that the package's analyzer reads from metadata to refuse other types
/// (<c>Indicator&lt;int&gt;</c>) before the program runs. A test keeps the mirror equal to the list.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class IndicatorValueTypeAttribute(Type valueType) : Attribute
{
    public Type ValueType { get; } = valueType;
}
