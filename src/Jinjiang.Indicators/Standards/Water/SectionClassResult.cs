using System.Globalization;
using Jinjiang.Indicators.Quantities;
using NodaTime;

namespace Jinjiang.Indicators.Standards.Water;

/// <summary>
/// A section's water quality class by the single-factor rule (the worst class among its parameters), with the class
/// of each parameter and the deciding parameter(s), so an analyst can check it.
/// </summary>
public sealed class SectionClassResult
{
    internal SectionClassResult(string section, IReadOnlyDictionary<WaterParameter, double> values, IReadOnlyDictionary<WaterParameter, QualityClass> classes, int samples)
    {
        Section = section;
        Values = values;
        ParameterClasses = classes;
        Samples = samples;
        if (classes.Count > 0)
        {
            var worst = classes.Values.Max(c => c.Ordinal);
            Class = QualityClass.FromOrdinal(worst);
            DecidingParameters = classes.Where(c => c.Value.Ordinal == worst).Select(c => c.Key).Order().ToArray();
        }
        else
        {
            DecidingParameters = [];
        }
    }

    /// <summary>The section's name.</summary>
    public string Section { get; }

    /// <summary>The values classified (annual means when built from samples), mg/L.</summary>
    public IReadOnlyDictionary<WaterParameter, double> Values { get; }

    /// <summary>The class of each parameter.</summary>
    public IReadOnlyDictionary<WaterParameter, QualityClass> ParameterClasses { get; }

    /// <summary>The section's class, or <see langword="null"/> when no parameter was measured.</summary>
    public QualityClass? Class { get; }

    /// <summary>The parameter(s) whose class decided the section's class.</summary>
    public IReadOnlyList<WaterParameter> DecidingParameters { get; }

    /// <summary>The number of samples behind the values (1 for a single assessment).</summary>
    public int Samples { get; }

    /// <summary>Whether the section is at least as good as a class (达到Ⅲ类).</summary>
    /// <param name="required">The class to reach.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Meets(QualityClass required) => Class is { } c && c.IsAtLeastAsGoodAs(required);

    /// <summary>An observation of a class indicator (the catalog's <c>water-sections-class</c>) for this section, as a component.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="date">The date the class refers to.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="InvalidOperationException">No parameter was measured.</exception>
    public Observation ToObservation(IndicatorId indicator, LocalDate date)
        => Class is { } c
            ? new Observation(indicator, date, Measure.From(c)) { Component = Section, Note = ToString() }
            : throw new InvalidOperationException($"Section {Section} has no measured parameter to classify.");

    /// <summary>The result as text: <c>沙河: class Ⅳ (deciding: AmmoniaNitrogen 1.2 mg/L)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Class is { } c
        ? $"{Section}: class {c} (deciding: {string.Join(", ", DecidingParameters.Select(p => p + " " + Values[p].ToString("0.###", CultureInfo.InvariantCulture) + " mg/L"))})"
        : $"{Section}: no measured parameter";
}
