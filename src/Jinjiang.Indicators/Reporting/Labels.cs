using System.Globalization;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Reporting;

/// <summary>Labels in English and Chinese, and the figures of an evaluation as short text.</summary>
internal static class Labels
{
    internal static string Status(EvaluationStatus status, ReportLanguage language) => language == ReportLanguage.English
        ? status.ToKebabCase()
        : Zh.Status(status);

    internal static string Commitment(CommitmentLevel level, ReportLanguage language) => language == ReportLanguage.English
        ? level switch
        {
            CommitmentLevel.Ensure => "ensure",
            CommitmentLevel.Require => "require",
            CommitmentLevel.Strive => "strive",
            _ => "plain",
        }
        : level switch
        {
            CommitmentLevel.Ensure => "确保",
            CommitmentLevel.Require => "严格要求",
            CommitmentLevel.Strive => "力争",
            _ => "一般",
        };

    /// <summary>The lead unit and, in brackets, the cooperating units (区住建交局（配合：区城管委）), or empty.</summary>
    internal static string Units(Indicator indicator, ReportLanguage language)
    {
        var lead = indicator.ResponsibleUnit ?? string.Empty;
        if (indicator.CooperatingUnits.Count == 0)
        {
            return lead;
        }

        return language == ReportLanguage.English
            ? lead + " (with " + string.Join(", ", indicator.CooperatingUnits) + ")"
            : lead + "（配合：" + string.Join("、", indicator.CooperatingUnits) + "）";
    }

    /// <summary>The short reading of an indicator for a scorecard: the first sentence of its interpretation in the language, or null.</summary>
    internal static string? ShortReading(Indicator indicator, ReportLanguage language)
    {
        var text = language == ReportLanguage.English ? indicator.Interpretation : indicator.InterpretationChinese;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var stop = language == ReportLanguage.English ? text.IndexOf(". ", StringComparison.Ordinal) : text.IndexOf('。', StringComparison.Ordinal);
        return stop < 0 ? text : text[..(stop + 1)];
    }

    internal static string Name(Indicator indicator, ReportLanguage language) => language == ReportLanguage.English ? indicator.Name : indicator.NameChinese;

    internal static string Section(Section section, ReportLanguage language) => language == ReportLanguage.English ? section.Name : section.NameChinese;

    internal static string Target(Indicator indicator, ReportLanguage language)
    {
        var basis = Basis(indicator.Target, language);
        return language == ReportLanguage.English
            ? indicator.Target.Describe() + (basis.Length == 0 ? string.Empty : " (" + basis + ")")
            : indicator.Target.DescribeChinese() + "（" + (basis.Length == 0 ? string.Empty : basis + "，") + Zh.Deadline(indicator.Target.Deadline) + "）";
    }

    /// <summary>How a level-like target must hold (<c>throughout</c>, 全程保持), or empty for kinds judged one way only (deliveries, changes, milestones).</summary>
    internal static string Basis(Targets.Target target, ReportLanguage language) => Targets.TargetTraits.ShowsBasis(target)
        ? (target.Basis, language) switch
        {
            (Targets.TargetBasis.Throughout, ReportLanguage.English) => "throughout",
            (Targets.TargetBasis.OverPeriod, ReportLanguage.English) => "over the period",
            (_, ReportLanguage.English) => "at the deadline",
            (Targets.TargetBasis.Throughout, _) => "全程保持",
            (Targets.TargetBasis.OverPeriod, _) => "全期整体",
            _ => "期末达到",
        }
        : string.Empty;

    internal static string Measure(Measure? measure) => measure is { } m ? m.ToString("0.##", CultureInfo.InvariantCulture) : "";

    /// <summary>A figure for a Chinese scorecard: 10.6公里, 第2位, Ⅲ类, 未完成.</summary>
    internal static string MeasureChinese(Measure? measure) => measure is { } m
        ? m.Kind switch
        {
            QuantityKind.QualityClass or QuantityKind.Rank or QuantityKind.Completion => Zh.Measure(m),
            _ => m.Value.ToString("0.##", CultureInfo.InvariantCulture) + m.Unit.SymbolChinese,
        }
        : "";

    internal static string Progress(double? progress) => progress is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "";

    internal static string[] Headers(ReportLanguage language) => language == ReportLanguage.English
        ? ["id", "indicator", "commitment", "status", "grade", "completion", "actual", "expected", "target", "progress", "reason"]
        : ["编号", "指标", "承诺", "状态", "评级", "完成率", "实际", "预期", "目标", "进度", "原因"];

    /// <summary>The header of the lead unit column.</summary>
    internal static string UnitHeader(ReportLanguage language) => language == ReportLanguage.English ? "lead unit" : "牵头单位";

    /// <summary>The header of the readings under a scorecard.</summary>
    internal static string ReadingsHeader(ReportLanguage language) => language == ReportLanguage.English ? "Interpretation" : "口径说明";

    /// <summary>The grade as a word: green, 绿灯.</summary>
    internal static string Grade(Grade grade, ReportLanguage language) => language == ReportLanguage.English ? grade.ToText() : grade.ToTextChinese();

    /// <summary>The grade as a coloured light for Markdown: 🟢 green.</summary>
    internal static string Light(Grade grade) => grade switch
    {
        Evaluations.Grade.Green => "🟢",
        Evaluations.Grade.Yellow => "🟡",
        Evaluations.Grade.Red => "🔴",
        _ => "⚪",
    };

    /// <summary>The completion rate as a percentage (98%), or empty.</summary>
    internal static string Completion(double? completion) => completion is { } c ? (c * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "";

    internal static string Title(WorkReport? report, ReportLanguage language) => report is null
        ? (language == ReportLanguage.English ? "Work report scorecard" : "政府工作报告目标评估")
        : language == ReportLanguage.English ? report.ScorecardTitle() : report.ScorecardTitleChinese();

    internal static string AsOf(NodaTime.LocalDate asOf, ReportLanguage language)
        => language == ReportLanguage.English ? "As of " + IsoDate.Format(asOf) : "评估日期：" + Zh.Date(asOf);

    /// <summary>The full stop of a sentence in the language: ". " or "。".</summary>
    internal static string Stop(ReportLanguage language) => language == ReportLanguage.English ? ". " : "。";

    internal static string[] Cells(Evaluation e, ReportLanguage language) =>
    [
        e.Indicator.Id.Value,
        Name(e.Indicator, language),
        Commitment(e.Indicator.Commitment, language),
        Status(e.Status, language) + (e.Provisional ? (language == ReportLanguage.English ? " (provisional)" : "（预计）") : string.Empty),
        Grade(e.Grade, language),
        Completion(e.Completion),
        language == ReportLanguage.English ? Measure(InTargetUnit(e.Actual, e.TargetValue)) : MeasureChinese(InTargetUnit(e.Actual, e.TargetValue)),
        language == ReportLanguage.English ? Measure(e.Expected) : e.Expected is { } expected ? Zh.WholeThings(expected, ceiling: e.Indicator.Direction == Direction.LowerIsBetter) : string.Empty,
        Target(e.Indicator, language),
        Progress(e.Progress),
        (language == ReportLanguage.English ? e.Reason : e.ReasonChinese) + Warnings(e, language),
    ];

    /// <summary>The evaluation's data warnings after its reason: " Check: …" / "请核实：…".</summary>
    /// <remarks>Readings after the as-of date are said once for the whole scorecard (<see cref="LaterReadings"/>), not on every line.</remarks>
    internal static string Warnings(Evaluation e, ReportLanguage language)
    {
        var shown = e.Warnings.Where(w => w.Code != "after-as-of").ToList();
        return shown.Count == 0
            ? string.Empty
            : language == ReportLanguage.English
                ? " Check: " + string.Join(" ", shown.Select(w => w.Message))
                : "【数据核实】" + string.Concat(shown.Select(w => w.MessageChinese));
    }

    /// <summary>One line for the scorecard when some promises have readings after the as-of date, or empty.</summary>
    internal static string LaterReadings(Scorecard scorecard, ReportLanguage language)
    {
        var count = scorecard.Evaluations.Count(e => e.Warnings.Any(w => w.Code == "after-as-of"));
        return count == 0
            ? string.Empty
            : language == ReportLanguage.English
                ? string.Create(CultureInfo.InvariantCulture, $"{count} promise(s) have readings dated after the as-of date; they were not used.")
                : string.Create(CultureInfo.InvariantCulture, $"{count}项指标另有晚于评估日期的数据，未予采用。");
    }

    /// <summary>An actual value shown in the target's unit, so that 0.38 万m2 reads as 3800 m2 beside a 5000 m2 target.</summary>
    internal static Measure? InTargetUnit(Measure? actual, Measure? target)
        => actual is { } a && target is { } t && a.Kind == t.Kind && !ReferenceEquals(a.Unit, t.Unit) ? a.ConvertTo(t.Unit) : actual;

    internal static string Counts(StatusCounts counts, ReportLanguage language)
    {
        // met 3, on-track 2; green 5 / 已达标3项，进度正常2项；绿灯5项
        var english = language == ReportLanguage.English;
        string Count(string label, int n) => english ? label + " " + n.ToString(CultureInfo.InvariantCulture) : label + n.ToString(CultureInfo.InvariantCulture) + "项";
        var statuses = string.Join(english ? ", " : "，", Enum.GetValues<EvaluationStatus>().Where(s => counts[s] > 0).Select(s => Count(Status(s, language), counts[s])));
        var grades = string.Join(english ? ", " : "，", Enum.GetValues<Grade>().Where(g => counts[g] > 0).Select(g => Count(Grade(g, language), counts[g])));
        return statuses + (english ? "; " : "；") + grades;
    }
}
