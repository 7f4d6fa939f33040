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

    internal static string Name(Indicator indicator, ReportLanguage language) => language == ReportLanguage.English ? indicator.Name : indicator.NameChinese;

    internal static string Section(Section section, ReportLanguage language) => language == ReportLanguage.English ? section.Name : section.NameChinese;

    internal static string Target(Indicator indicator, ReportLanguage language)
    {
        var basis = Basis(indicator.Target, language);
        return language == ReportLanguage.English
            ? indicator.Target.Describe() + (basis.Length == 0 ? string.Empty : " (" + basis + ")")
            : indicator.Target.DescribeChinese() + "（" + (basis.Length == 0 ? string.Empty : basis + "，") + IsoDate.Format(indicator.Target.Deadline) + "前）";
    }

    /// <summary>How a level-like target must hold (<c>throughout</c>, 全程保持), or empty for kinds judged one way only (deliveries, changes, milestones).</summary>
    internal static string Basis(Targets.Target target, ReportLanguage language) => target is Targets.ThresholdTarget or Targets.ClassTarget or Targets.RankTarget or Targets.ResponseTimeTarget or Targets.CadenceTarget
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
        ? ["id", "indicator", "commitment", "status", "actual", "expected", "target", "progress", "reason"]
        : ["编号", "指标", "承诺", "状态", "实际", "预期", "目标", "进度", "原因"];

    internal static string Title(WorkReport? report, ReportLanguage language) => report is null
        ? (language == ReportLanguage.English ? "Work report scorecard" : "政府工作报告目标评估")
        : language == ReportLanguage.English ? report.ScorecardTitle() : report.ScorecardTitleChinese();

    internal static string AsOf(NodaTime.LocalDate asOf, ReportLanguage language)
        => (language == ReportLanguage.English ? "As of " : "评估日期：") + IsoDate.Format(asOf);

    internal static string[] Cells(Evaluation e, ReportLanguage language) =>
    [
        e.Indicator.Id.Value,
        Name(e.Indicator, language),
        Commitment(e.Indicator.Commitment, language),
        Status(e.Status, language),
        language == ReportLanguage.English ? Measure(InTargetUnit(e.Actual, e.TargetValue)) : MeasureChinese(InTargetUnit(e.Actual, e.TargetValue)),
        language == ReportLanguage.English ? Measure(e.Expected) : MeasureChinese(e.Expected),
        Target(e.Indicator, language),
        Progress(e.Progress),
        language == ReportLanguage.English ? e.Reason : e.ReasonChinese,
    ];

    /// <summary>An actual value shown in the target's unit, so that 0.38 万m2 reads as 3800 m2 beside a 5000 m2 target.</summary>
    internal static Measure? InTargetUnit(Measure? actual, Measure? target)
        => actual is { } a && target is { } t && a.Kind == t.Kind && !ReferenceEquals(a.Unit, t.Unit) ? a.ConvertTo(t.Unit) : actual;

    internal static string Counts(StatusCounts counts, ReportLanguage language) => string.Join(
        language == ReportLanguage.English ? ", " : "，",
        Enum.GetValues<EvaluationStatus>().Where(s => counts[s] > 0).Select(s => Status(s, language) + " " + counts[s].ToString(CultureInfo.InvariantCulture)));
}
