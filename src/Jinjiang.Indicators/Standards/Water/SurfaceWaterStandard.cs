using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using UnitsNet;

namespace Jinjiang.Indicators.Standards.Water;

/// <summary>
/// The surface water quality standard GB 3838-2002: the class of a parameter from its value (a value equal to a
/// limit belongs to that class; dissolved oxygen is higher-is-better; Ⅰ and Ⅱ share some limits; phosphorus differs
/// for rivers and lakes), the section's class by the single-factor rule (worse than Ⅴ on any parameter is 劣Ⅴ),
/// annual classes from monthly samples, and the share of sections meeting a class.
/// </summary>
public sealed class SurfaceWaterStandard
{
    private readonly Dictionary<(WaterParameter, WaterBody), double[]> _limits;

    private SurfaceWaterStandard(string name, Dictionary<(WaterParameter, WaterBody), double[]> limits)
    {
        Name = name;
        _limits = limits;
    }

    /// <summary>GB 3838-2002, table 1 (the parameters of <see cref="WaterParameter"/>).</summary>
    public static SurfaceWaterStandard Gb3838Of2002 { get; } = new("GB 3838-2002", new()
    {
        [(WaterParameter.DissolvedOxygen, WaterBody.River)] = [7.5, 6, 5, 3, 2],
        [(WaterParameter.PermanganateIndex, WaterBody.River)] = [2, 4, 6, 10, 15],
        [(WaterParameter.ChemicalOxygenDemand, WaterBody.River)] = [15, 15, 20, 30, 40],
        [(WaterParameter.BiochemicalOxygenDemand, WaterBody.River)] = [3, 3, 4, 6, 10],
        [(WaterParameter.AmmoniaNitrogen, WaterBody.River)] = [0.15, 0.5, 1.0, 1.5, 2.0],
        [(WaterParameter.TotalPhosphorus, WaterBody.River)] = [0.02, 0.1, 0.2, 0.3, 0.4],
        [(WaterParameter.TotalPhosphorus, WaterBody.LakeOrReservoir)] = [0.01, 0.025, 0.05, 0.1, 0.2],
    });

    /// <summary>The standard's name.</summary>
    public string Name { get; }

    /// <summary>The class limits of a parameter (Ⅰ to Ⅴ), mg/L.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="body">The water body (only total phosphorus differs).</param>
    /// <returns>Five limits, Ⅰ first.</returns>
    public IReadOnlyList<double> Limits(WaterParameter parameter, WaterBody body = WaterBody.River)
        => _limits.TryGetValue((parameter, body), out var l) ? l : _limits[(parameter, WaterBody.River)];

    /// <summary>The class of one parameter's value.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="milligramsPerLitre">The value, mg/L (finite, non-negative).</param>
    /// <param name="body">The water body.</param>
    /// <returns>Ⅰ..Ⅴ, or 劣Ⅴ beyond the class Ⅴ limit.</returns>
    public QualityClass ClassOf(WaterParameter parameter, double milligramsPerLitre, WaterBody body)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(milligramsPerLitre) && milligramsPerLitre >= 0, nameof(milligramsPerLitre), "A concentration must be a finite non-negative number.");
        var limits = Limits(parameter, body);
        var higherIsBetter = parameter == WaterParameter.DissolvedOxygen;
        for (var i = 0; i < limits.Count; i++)
        {
            if (higherIsBetter ? milligramsPerLitre >= limits[i] : milligramsPerLitre <= limits[i])
            {
                return QualityClass.FromOrdinal(i + 1);
            }
        }

        return QualityClass.WorseThanV;
    }

    /// <summary>The class of one parameter's typed concentration.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="concentration">The concentration.</param>
    /// <param name="body">The water body.</param>
    /// <returns>The class.</returns>
    public QualityClass ClassOf(WaterParameter parameter, MassConcentration concentration, WaterBody body)
        => ClassOf(parameter, concentration.MilligramsPerLiter, body);

    /// <summary>A section's class from one set of values, by the single-factor rule.</summary>
    /// <param name="section">The section's name.</param>
    /// <param name="values">The measured parameters, mg/L.</param>
    /// <param name="body">The water body.</param>
    /// <returns>The class with each parameter's class and the deciding parameter(s).</returns>
    public SectionClassResult Assess(string section, IReadOnlyDictionary<WaterParameter, double> values, WaterBody body = WaterBody.River)
    {
        Preconditions.CheckNotBlank(section);
        Preconditions.CheckNotNull(values);
        var classes = values.ToDictionary(v => v.Key, v => ClassOf(v.Key, v.Value, body));
        return new SectionClassResult(section, values, classes, 1);
    }

    /// <summary>A section's annual class: the annual mean of each parameter over the samples, then the single-factor rule.</summary>
    /// <param name="section">The section's name.</param>
    /// <param name="samples">The year's samples (usually monthly).</param>
    /// <param name="body">The water body.</param>
    /// <returns>The class, from the means.</returns>
    public SectionClassResult AssessYear(string section, IEnumerable<WaterSample> samples, WaterBody body = WaterBody.River)
    {
        Preconditions.CheckNotBlank(section);
        var list = Preconditions.CheckNotNull(samples).ToList();
        var means = list.SelectMany(s => s.Values)
            .GroupBy(v => v.Key)
            .ToDictionary(g => g.Key, g => g.Average(v => v.Value));
        var classes = means.ToDictionary(v => v.Key, v => ClassOf(v.Key, v.Value, body));
        return new SectionClassResult(section, means, classes, list.Count);
    }

    /// <summary>The share of sections at least as good as a class (the 达标率 of assessed sections).</summary>
    /// <param name="sections">The sections' results.</param>
    /// <param name="required">The class to reach.</param>
    /// <returns>The share; 0 when there are no classified sections.</returns>
    public static Ratio ShareMeeting(IEnumerable<SectionClassResult> sections, QualityClass required)
    {
        var classified = Preconditions.CheckNotNull(sections).Where(s => s.Class is not null).ToList();
        return classified.Count == 0 ? Ratio.Zero : Ratio.FromDecimalFractions(classified.Count(s => s.Meets(required)) / (double)classified.Count);
    }

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
