using System.Globalization;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>Maps the library's types to their JSON forms.</summary>
internal static class JsonMapping
{
    internal static string Kebab(string pascal)
    {
        var chars = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                chars.Append('-');
            }

            chars.Append(char.ToLowerInvariant(pascal[i]));
        }

        return chars.ToString();
    }

    internal static MeasureDto? ToDto(Measure? measure)
        => measure is { } m ? new MeasureDto(Math.Round(m.Value, 10), m.Unit.Symbol, m.ToString("0.####", CultureInfo.InvariantCulture)) : null;

    internal static IndicatorDto ToDto(Indicator i) => new(
        i.Id.Value,
        i.Name,
        i.NameChinese,
        i.Section.Id,
        i.Section.Name,
        Kebab(i.Kind.ToString()),
        i.Target.TypeName,
        i.Target.Describe(),
        i.Target.DescribeChinese(),
        IsoDate.Format(i.Target.Period.Start),
        IsoDate.Format(i.Target.Deadline),
        Kebab(i.Commitment.ToString()),
        Kebab(i.Direction.ToString()),
        i.ResponsibleUnit,
        i.Source,
        i.Interpretation,
        ValueTypeName(i.ValueType),
        i.Section.NameChinese,
        i.Area is { } area && !string.Equals(area, i.Report?.Area, StringComparison.Ordinal) ? area : null,
        TargetMapping.ToDto(i.Target),
        i.Report is { } r ? ToDto(r) : null,
        i.InterpretationChinese,
        i.CooperatingUnits.Count == 0 ? null : [.. i.CooperatingUnits],
        i.ResponsibleLeader,
        i.Nodes.Count == 0 ? null : [.. i.Nodes.Select(BreakdownMapping.ToDto)],
        i.Reporting is { } schedule ? BreakdownMapping.ToDto(schedule) : null);

    internal static ReportDto ToDto(WorkReport r) => new(r.Issuer, r.Area, Kebab(r.Level.ToString()), r.Year, r.Delivered is { } d ? IsoDate.Format(d) : null, r.Title, r.AreaEnglish, r.Source);

    internal static string ValueTypeName(Type type) => IndicatorValueTypes.Of(type)!.Name;

    internal static bool IsValueTypeName(string? name) => IndicatorValueTypes.Named(name) is not null;

    internal static EvaluationDto ToDto(Evaluation e) => new(
        e.Indicator.Id.Value,
        e.Indicator.Name,
        e.Indicator.NameChinese,
        e.Indicator.Section.Id,
        Kebab(e.Indicator.Commitment.ToString()),
        e.Component,
        e.Status.ToKebabCase(),
        e.Reason,
        e.Method,
        IsoDate.Format(e.Indicator.Target.Deadline),
        e.Indicator.Target.Describe(),
        ToDto(e.TargetValue),
        ToDto(e.Actual),
        ToDto(e.Expected),
        e.Progress is { } p ? Math.Round(p, 6) : null,
        ToDto(e.Gap),
        e.Level == AchievedLevel.NotApplicable ? null : Kebab(e.Level.ToString()),
        e.Inputs.Select(ObservationJson.ToDto).ToList(),
        e.Parts.Count == 0 ? null : e.Parts.Select(ToDto).ToList(),
        e.ReasonChinese)
    {
        CompletionRate = e.Completion is { } c ? Math.Round(c, 6) : null,
        TimeElapsed = e.TimeElapsed is { } t ? Math.Round(t, 6) : null,
        ScheduleGapPoints = e.ScheduleGapPoints is { } g ? Math.Round(g, 4) : null,
        Grade = e.Grade.ToText(),
        Provisional = e.Provisional,
        Compliance = e.Compliance is { } k ? new ComplianceDto(k.Kept, k.Due, k.Rate is { } r ? Math.Round(r, 6) : null, [.. k.Lapses.Select(IsoDate.Format)]) : null,
        Warnings = e.Warnings.Count == 0 ? null : [.. e.Warnings.Select(w => new WarningDto(w.Code, w.Message, w.MessageChinese))],
        ResponsibleUnit = e.Indicator.ResponsibleUnit,
        CooperatingUnits = e.Indicator.CooperatingUnits.Count == 0 ? null : [.. e.Indicator.CooperatingUnits],
    };
}
