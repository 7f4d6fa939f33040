using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The reasons of verdicts as named templates, English and Chinese side by side (NodaTime's <c>TextErrorMessages</c> is
/// the model): an evaluator names the template its finding calls for, tests name it, and a wording changes here and
/// nowhere else. Every kind's reasons are here (levels, deliveries, changes, ranks, classes, cadences, response times, milestones,
/// node targets, composites), with the texts every evaluator shares (nothing observed, a wrong dimension), the grading's
/// closing clauses (未完成确保目标, 基本完成) and the data checks' warnings.
/// </summary>
internal static class ReasonTexts
{
    /// <summary>A milestone reported done by its deadline.</summary>
    internal static string MilestoneDone(LocalDate done, LocalDate deadline) => $"Completed on {Show.Date(done)}, by the deadline {Show.Date(deadline)}.";

    /// <summary>A milestone reported done by its deadline, in Chinese.</summary>
    internal static string MilestoneDoneChinese(string name, LocalDate done, LocalDate deadline) => $"{name}已于{Zh.Date(done)}完成，在期限{Zh.Date(deadline)}之前。";

    /// <summary>A milestone done before the promise was made.</summary>
    internal static string MilestoneDoneBeforePromise(LocalDate done, LocalDate promised, LocalDate deadline)
        => $"Completed on {Show.Date(done)}, before the promise was made on {Show.Date(promised)}: done before it was promised (by the deadline {Show.Date(deadline)}).";

    /// <summary>A milestone done before the promise was made, in Chinese.</summary>
    internal static string MilestoneDoneBeforePromiseChinese(string name, LocalDate done, LocalDate promised, LocalDate deadline)
        => $"{name}已于{Zh.Date(done)}完成，早于{Zh.Date(promised)}作出承诺之日（期限{Zh.Date(deadline)}）：承诺前已完成。";

    /// <summary>A milestone done after its deadline.</summary>
    internal static string MilestoneLate(LocalDate done, LocalDate deadline) => $"Completed on {Show.Date(done)}, after the deadline {Show.Date(deadline)}.";

    /// <summary>A milestone done after its deadline, in Chinese.</summary>
    internal static string MilestoneLateChinese(string name, LocalDate done, LocalDate deadline) => $"{name}于{Zh.Date(done)}完成，晚于期限{Zh.Date(deadline)}。";

    /// <summary>No report on a milestone.</summary>
    internal static string MilestoneNoReport(LocalDate deadline) => $"No report on the milestone due {Show.Date(deadline)}.";

    /// <summary>No report on a milestone, in Chinese.</summary>
    internal static string MilestoneNoReportChinese(string name, LocalDate deadline) => $"期限为{Zh.Date(deadline)}的{name}没有进展报告。";

    /// <summary>A milestone not reported done by its deadline.</summary>
    internal static string MilestoneNotDone(LocalDate deadline) => $"Not reported done by the deadline {Show.Date(deadline)}.";

    /// <summary>A milestone not reported done by its deadline, in Chinese.</summary>
    internal static string MilestoneNotDoneChinese(string name, LocalDate deadline) => $"截至期限{Zh.Date(deadline)}，{name}未报告完成。";

    /// <summary>A milestone not reported done yet, before its deadline.</summary>
    internal static string MilestoneNotYetDone(LocalDate deadline) => $"Not reported done yet; due {Show.Date(deadline)}.";

    /// <summary>A milestone not reported done yet, before its deadline, in Chinese.</summary>
    internal static string MilestoneNotYetDoneChinese(string name, LocalDate deadline) => $"{name}尚未报告完成；期限为{Zh.Date(deadline)}。";

    /// <summary>A milestone closed with stages reported but not done.</summary>
    internal static string NodeClosedAtStage(LocalDate deadline, string stage, LocalDate reachedOn)
        => $"Not reported done by the deadline {Show.Date(deadline)}; the last stage reported is '{stage}' (on {Show.Date(reachedOn)}).";

    /// <summary>A milestone closed with stages reported but not done, in Chinese.</summary>
    internal static string NodeClosedAtStageChinese(string name, LocalDate deadline, string stage, LocalDate reachedOn)
        => $"截至期限{Zh.Date(deadline)}，{name}未报告完成；最后完成的节点为“{stage}”（{Zh.Date(reachedOn)}）。";

    /// <summary>The node due is reached (按节点推进).</summary>
    internal static string NodeReached(NodeTarget node, LocalDate? reachedOn, Measure? actual)
        => $"On its node: '{node.Describe()}' is reached" + (reachedOn is { } d ? $" (on {Show.Date(d)})" : actual is { } a ? $" ({Show.Measure(a)} reported)" : string.Empty) + ".";

    /// <summary>The node due is reached, in Chinese.</summary>
    internal static string NodeReachedChinese(NodeTarget node, LocalDate? reachedOn, Measure? actual)
        => $"按节点推进：节点“{node.DescribeChinese()}”已完成" + (reachedOn is { } d ? $"（{Zh.Date(d)}）" : actual is { } a ? $"（实际{Zh.Measure(a)}）" : string.Empty) + "。";

    /// <summary>The node due is not reached (滞后节点).</summary>
    internal static string NodeBehind(NodeTarget node, LocalDate asOf, Measure? actual, Measure? gap)
        => $"Behind its node: '{node.Describe()}' is not reached by {Show.Date(asOf)}" + (actual is { } a && !node.IsStage && gap is { } g ? $" ({Show.Measure(a)} reported, {Show.Shortfall(g)} short)" : " (not reported done)") + ".";

    /// <summary>The node due is not reached, in Chinese.</summary>
    internal static string NodeBehindChinese(NodeTarget node, LocalDate asOf, Measure? actual, Measure? gap)
        => $"滞后节点：节点“{node.DescribeChinese()}”截至{Zh.Date(asOf)}未完成" + (actual is { } a && !node.IsStage && gap is { } g ? $"（实际{Zh.Measure(a)}，差{Zh.Shortfall(g)}）" : "（未报告完成）") + "。";

    /// <summary>A delivery that reached its amount.</summary>
    internal static string DeliveryReached(Observation delivered, DeliveryTarget target)
        => $"{Delivered(delivered, target)}, reaching the target of {Show.Measure(target.Amount)}.";

    /// <summary>A delivery that reached its amount, in Chinese.</summary>
    internal static string DeliveryReachedChinese(string name, Observation delivered, DeliveryTarget target)
        => $"截至{Zh.Date(delivered.Date)}，{name}累计{Zh.In(delivered.Value, target.Amount.Unit)}，已完成{Goal(target)}的目标。";

    /// <summary>A delivery short of its amount at the deadline.</summary>
    internal static string DeliveryMissed(Observation delivered, DeliveryTarget target, Measure gap)
        => $"{Delivered(delivered, target)}, short of the target of {Show.Measure(target.Amount)} by {Show.Measure(gap)} at the deadline {Show.Date(target.Deadline)}.";

    /// <summary>A delivery short of its amount at the deadline, in Chinese.</summary>
    internal static string DeliveryMissedChinese(string name, Observation delivered, DeliveryTarget target, Measure gap)
        => $"截至期限{Zh.Date(target.Deadline)}，{name}累计{Zh.In(delivered.Value, target.Amount.Unit)}，未完成{Goal(target)}的目标，尚差{Zh.Rounded(gap)}。";

    /// <summary>A delivery before its deadline: what is delivered against what the schedule expects, and the progress method's explanation.</summary>
    internal static string DeliveryProgress(Observation delivered, DeliveryTarget target, Measure? expected, LocalDate asOf, string explanation)
        => $"{Delivered(delivered, target)}{(expected is { } x ? $" against {Show.Measure(x)} expected by {Show.Date(asOf)}" : string.Empty)}: {explanation} (target {Show.Measure(target.Amount)} by {Show.Date(target.Deadline)}).";

    /// <summary>A delivery before its deadline, in Chinese (按序时进度).</summary>
    internal static string DeliveryProgressChinese(string name, Observation delivered, DeliveryTarget target, Measure? expected, LocalDate asOf, string explanation)
        => $"截至{Zh.Date(delivered.Date)}，{name}累计{Zh.In(delivered.Value, target.Amount.Unit)}{(expected is { } x ? $"，按序时进度截至{Zh.Date(asOf)}应完成{Zh.WholeThings(x, ceiling: false)}" : string.Empty)}：{explanation}（目标{target.DescribeChinese()}，期限{Zh.Date(target.Deadline)}）。";

    /// <summary>No week (month, quarter) of a cadence has ended yet.</summary>
    internal static string CadenceNoUnitEnded(CadenceTarget target, LocalDate? since, LocalDate asOf)
        => $"No {UnitName(target)} of the period{Since(since)} has ended by {Show.Date(asOf)}.";

    /// <summary>No unit of a cadence has ended yet, in Chinese.</summary>
    internal static string CadenceNoUnitEndedChinese(CadenceTarget target, LocalDate? since, LocalDate asOf)
        => $"截至{Zh.Date(asOf)}，{SinceChinese(since)}考核期内尚无已结束的{UnitChinese(target)}。";

    /// <summary>No event reported in the units due.</summary>
    internal static string CadenceNoData(CadenceTarget target, int due, LocalDate cutoff)
        => $"No event reported in the {due} {UnitName(target)}(s) due by {Show.Date(cutoff)}.";

    /// <summary>No event reported in the units due, in Chinese.</summary>
    internal static string CadenceNoDataChinese(CadenceTarget target, int due, LocalDate cutoff)
        => $"截至{Zh.Date(cutoff)}应考核的{due}个{UnitChinese(target)}均未报告任何活动。";

    /// <summary>Units with too few events: the first, and how many of those due were kept.</summary>
    internal static string CadenceUnitsMissed(CadenceTarget target, LocalDate? since, int due, int missed, LocalDate first)
        => $"{missed} of {due} {UnitName(target)}(s){Since(since)} had fewer than {target.MinimumEvents} event(s), the first starting {Show.Date(first)}: kept {due - missed} of {due}.";

    /// <summary>Units with too few events, in Chinese (缺失的周不能补足).</summary>
    internal static string CadenceUnitsMissedChinese(CadenceTarget target, LocalDate? since, int due, int missed, LocalDate first)
        => $"{SinceChinese(since)}应考核的{due}个{UnitChinese(target)}中有{missed}个少于{target.MinimumEvents}次，首个自{Zh.Date(first)}起；缺失的{UnitChinese(target)}不能补足；达标{due - missed}个，达标率{Zh.Percent((due - missed) / (double)due)}。";

    /// <summary>Every unit due had its events.</summary>
    internal static string CadenceKept(CadenceTarget target, LocalDate? since, int due, LocalDate cutoff)
        => $"All {due} {UnitName(target)}(s){Since(since)} due by {Show.Date(cutoff)} had at least {target.MinimumEvents} event(s).";

    /// <summary>Every unit due had its events, in Chinese.</summary>
    internal static string CadenceKeptChinese(CadenceTarget target, LocalDate? since, int due, LocalDate cutoff)
        => $"{SinceChinese(since)}截至{Zh.Date(cutoff)}应考核的{due}个{UnitChinese(target)}均不少于{target.MinimumEvents}次。";

    private static string UnitName(CadenceTarget target) => target.Unit.ToString().ToLowerInvariant();

    private static string UnitChinese(CadenceTarget target) => target.Unit switch { CadenceUnit.Week => "周", CadenceUnit.Month => "月", _ => "季度" };

    private static string Since(LocalDate? firstUnit) => firstUnit is { } d ? $" since the promise binds ({Show.Date(d)} on)" : string.Empty;

    private static string SinceChinese(LocalDate? firstUnit) => firstUnit is { } d ? $"自承诺生效后（{Zh.Date(d)}起）" : string.Empty;

    /// <summary>A tier that every incident must meet, broken (no closing full stop: the evaluator closes the sentence).</summary>
    internal static string ResponseBreach(ResponseTier tier, int count, int within, Observation breach)
        => $"{count - within} of {count} incidents over {Show.Number(tier.Limit.Minutes)} min, the first on {Show.Date(breach.Date)} ({Show.Number(breach.Value.BaseValue / 60)} min): every incident must be within the limit, so the promise is broken for the period";

    /// <summary>A tier that every incident must meet, broken, in Chinese.</summary>
    internal static string ResponseBreachChinese(ResponseTier tier, int count, int within, Observation breach)
        => $"{count}起事件中有{count - within}起超过{Show.Number(tier.Limit.Minutes)}分钟，首次在{Zh.Date(breach.Date)}（{Show.Number(breach.Value.BaseValue / 60)}分钟）：每起事件均须在时限内，本期承诺已不能实现";

    /// <summary>A tier's share of incidents within its limit against the share required (no closing full stop).</summary>
    internal static string ResponseShare(ResponseTier tier, int count, int within, double share, double required)
        => $"{within} of {count} incidents ({Show.Percent(share)}) within {Show.Number(tier.Limit.Minutes)} min, {Show.Percent(required)} required";

    /// <summary>A tier's share of incidents within its limit, in Chinese.</summary>
    internal static string ResponseShareChinese(ResponseTier tier, int count, int within, double share, double required)
        => $"{count}起事件中{within}起（{Zh.Percent(share)}）在{Show.Number(tier.Limit.Minutes)}分钟内，要求{Zh.Percent(required)}";

    /// <summary>A floor-and-stretch promise whose stretch is reached, with the stretch's reason.</summary>
    internal static string StretchReached(string stretchReason) => $"Stretch target reached: {stretchReason}";

    /// <summary>A floor-and-stretch promise whose stretch is reached, in Chinese.</summary>
    internal static string StretchReachedChinese(string stretchReason) => $"已达到力争目标：{stretchReason}";

    /// <summary>A floor-and-stretch promise whose floor is reached and stretch not, with the stretch's reason.</summary>
    internal static string FloorReached(string stretchReason) => $"Floor target reached, stretch target not reached: {stretchReason}";

    /// <summary>A floor-and-stretch promise whose floor is reached and stretch not, in Chinese.</summary>
    internal static string FloorReachedChinese(string stretchReason) => $"已达到确保目标，未达到力争目标：{stretchReason}";

    /// <summary>A floor-and-stretch promise judged on its floor, with the floor's reason.</summary>
    internal static string FloorOnly(string floorReason) => $"Floor target: {floorReason}";

    /// <summary>A floor-and-stretch promise judged on its floor, in Chinese.</summary>
    internal static string FloorOnlyChinese(string floorReason) => $"确保目标：{floorReason}";

    /// <summary>A promise of several parts: all met, or the count by status and, when one is bad, the worst part's reason.</summary>
    internal static string AllOf(IReadOnlyList<Evaluation> parts, Evaluation worst)
    {
        var met = parts.Count(p => p.Status == EvaluationStatus.Met);
        return parts.Count == met
            ? $"All {parts.Count} parts met ({string.Join(", ", parts.Select(p => p.Component))})."
            : $"{met} of {parts.Count} parts met; {Groups(parts, (s, n) => s.ToKebabCase() + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Component!, "; ", ", ", " (", ")")}"
                + (IsBad(worst) ? $". Worst: {worst.Component} ({worst.Status.ToKebabCase()}): {worst.Reason}" : ".");
    }

    /// <summary>A promise of several parts, in Chinese; parts named by <paramref name="chineseName"/>.</summary>
    internal static string AllOfChinese(IReadOnlyList<Evaluation> parts, Evaluation worst, Func<string?, string> chineseName)
    {
        var met = parts.Count(p => p.Status == EvaluationStatus.Met);
        return parts.Count == met
            ? $"{parts.Count}项均已达标（{string.Join("、", parts.Select(p => chineseName(p.Component)))}）。"
            : $"{parts.Count}项中，{Groups(parts, (s, n) => Zh.Status(s) + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项", p => chineseName(p.Component), "，", "、", "（", "）")}"
                + (IsBad(worst) ? $"；最差一项{chineseName(worst.Component)}（{Zh.Status(worst.Status)}）：{worst.ReasonChinese}" : "。");
    }

    private static bool IsBad(Evaluation worst) => worst.Status.Severity() >= EvaluationStatus.NoData.Severity();

    private static string Groups(IReadOnlyList<Evaluation> parts, Func<EvaluationStatus, int, string> head, Func<Evaluation, string> name, string separator, string listSeparator, string open, string close)
        => string.Join(separator, parts.GroupBy(p => p.Status).OrderBy(g => g.Key.Severity()).Select(g => head(g.Key, g.Count()) + open + string.Join(listSeparator, g.Select(name)) + close));

    /// <summary>A class that must hold throughout, broken by one reading.</summary>
    internal static string ClassBreach(ClassTarget target, Observation breach, QualityClass found, LocalDate binds)
        => $"Class {found}{Where(breach)} {Show.Covering(breach)} is worse than the required class {target.Required}, which must hold throughout {Show.Period(target.Period)} from {Show.Date(binds)}: a breach is final and later readings cannot repair it.";

    /// <summary>A class that must hold throughout, broken, in Chinese.</summary>
    internal static string ClassBreachChinese(ClassTarget target, Observation breach, QualityClass found, LocalDate binds)
        => $"{WhereChinese(breach)}{Zh.Covering(breach)}为{found}类，劣于要求的{target.Required}类。该承诺自{Zh.Date(binds)}起须在{Zh.Period(target.Period)}内全程保持，一经违反即不能挽回，后续数据不能弥补。";

    /// <summary>A class held by every reading of every unit so far.</summary>
    internal static string ClassHeld(ClassTarget target, (int Readings, int Units) count, (LocalDate First, LocalDate Last) dates, QualityClass worst, LocalDate binds)
        => $"All {count.Readings} reading(s) of {count.Units} assessed unit(s) from {Show.Date(dates.First)} to {Show.Date(dates.Last)} are class {target.Required} or better (worst {worst}), as required throughout {Show.Period(target.Period)} from {Show.Date(binds)}.";

    /// <summary>A class held by every reading so far, in Chinese.</summary>
    internal static string ClassHeldChinese(ClassTarget target, (int Readings, int Units) count, (LocalDate First, LocalDate Last) dates, QualityClass worst, LocalDate binds)
        => $"自{Zh.Date(dates.First)}至{Zh.Date(dates.Last)}，{count.Units}个考核断面的{count.Readings}次数据均达到{target.Required}类或更好（最差{worst}类），符合自{Zh.Date(binds)}起在{Zh.Period(target.Period)}内全程保持的要求。";

    /// <summary>A class judged over the period with no figure for the whole period.</summary>
    internal static string ClassNoWholePeriod(ClassTarget target, IEnumerable<Observation> partial)
        => $"No class for the whole period {Show.Period(target.Period)} of {string.Join(", ", partial.Select(o => o.Component ?? "the area"))}; the class is judged over the period.";

    /// <summary>A class judged over the period with no figure for the whole period, in Chinese.</summary>
    internal static string ClassNoWholePeriodChinese(ClassTarget target, IEnumerable<Observation> partial)
        => $"{string.Join("、", partial.Select(o => o.Component ?? "本区"))}缺少{Zh.Period(target.Period)}整体的类别；按全期整体类别考核。";

    /// <summary>The worst unit's class worse than required; before the deadline, how and when it is judged.</summary>
    internal static string ClassWorse(ClassTarget target, Observation worst, QualityClass found, int units, bool closed)
        => $"Class {found}{Where(worst)} {Show.Covering(worst)}{Units(units)} is worse than the required class {target.Required}"
            + (closed ? "." : $"; it is judged {(target.Basis == TargetBasis.OverPeriod ? "on the class of the whole period, due" : "at the deadline")} {Show.Date(target.Deadline)}.");

    /// <summary>The worst unit's class worse than required, in Chinese.</summary>
    internal static string ClassWorseChinese(ClassTarget target, Observation worst, QualityClass found, int units, bool closed)
        => $"{WhereChinese(worst)}{Zh.Covering(worst)}为{found}类{UnitsChinese(units)}，劣于要求的{target.Required}类"
            + (closed ? "。" : $"；按{(target.Basis == TargetBasis.OverPeriod ? "全期整体类别" : "期末类别")}考核，期限{Zh.Date(target.Deadline)}。");

    /// <summary>The worst unit's class at least as good as required.</summary>
    internal static string ClassGood(ClassTarget target, Observation worst, QualityClass found, int units)
        => $"Class {found}{Where(worst)} {Show.Covering(worst)}{Units(units)} is at least as good as the required class {target.Required}.";

    /// <summary>The worst unit's class at least as good as required, in Chinese.</summary>
    internal static string ClassGoodChinese(ClassTarget target, Observation worst, QualityClass found, int units)
        => $"{WhereChinese(worst)}{Zh.Covering(worst)}为{found}类{UnitsChinese(units)}，达到要求的{target.Required}类或更好。";

    private static string Where(Observation o) => string.IsNullOrEmpty(o.Component) ? string.Empty : $" at {o.Component}";

    private static string WhereChinese(Observation o) => string.IsNullOrEmpty(o.Component) ? string.Empty : o.Component + "断面";

    private static string Units(int count) => count == 1 ? string.Empty : $" (worst of {count} assessed units)";

    private static string UnitsChinese(int count) => count == 1 ? string.Empty : $"（{count}个考核断面中最差）";

    /// <summary>A rank's reading of the wrong dimension.</summary>
    internal static string RankWrongKind(RankTarget target, Observation wrong, string home)
        => $"The observation of {wrong.Area ?? home} on {Show.Date(wrong.Date)} is in {wrong.Value.Unit.Symbol} ({wrong.Value.Kind}), but the rank is taken on {target.RankedKind} values or reported ranks: a dimension mismatch.";

    /// <summary>A rank's reading of the wrong dimension, in Chinese.</summary>
    internal static string RankWrongKindChinese(RankTarget target, Observation wrong, string home)
        => $"{wrong.Area ?? home}{Zh.Date(wrong.Date)}的观测值单位为{wrong.Value.Unit.Symbol}（{Zh.Kind(wrong.Value.Kind)}），而排名依据的是{Zh.Kind(target.RankedKind)}数值或上报排名：量纲不符。";

    /// <summary>No reported rank and no listed peers to compute one.</summary>
    internal static string RankPeersNotListed(RankTarget target) => $"No reported rank, and the members of {target.Peers.Name} are not listed to compute one.";

    /// <summary>No reported rank and no listed peers, in Chinese.</summary>
    internal static string RankPeersNotListedChinese(RankTarget target) => $"没有上报排名，且{target.Peers.NameChinese}的成员未列明，无法计算排名。";

    /// <summary>A rank judged over the period with no figure for the whole period.</summary>
    internal static string RankNoWholePeriod(RankTarget target) => $"No rank or value covers the whole period {Show.Period(target.Period)}; the rank is judged over the period.";

    /// <summary>A rank judged over the period with no figure for the whole period, in Chinese.</summary>
    internal static string RankNoWholePeriodChinese(RankTarget target) => $"没有{Zh.Period(target.Period)}整体的排名或数值；按全期整体排名考核。";

    /// <summary>Peers without a value, so no rank can be computed.</summary>
    internal static string RankPeersMissing(RankTarget target, IEnumerable<string> missing) => $"Cannot rank among {target.Peers.Name}: no value for {string.Join(", ", missing)}.";

    /// <summary>Peers without a value, in Chinese.</summary>
    internal static string RankPeersMissingChinese(RankTarget target, IEnumerable<string> missing) => $"无法在{target.Peers.NameChinese}中排名：缺少{string.Join("、", missing)}的数据。";

    /// <summary>The home area is not among the peers (or there is none).</summary>
    internal static string RankNotAPeer(RankTarget target, string home) => home.Length == 0
        ? $"The indicator names no home area (no report, no area), so it cannot be found among {target.Peers.Name}."
        : $"The home area {home} is not a member of {target.Peers.Name}.";

    /// <summary>The home area is not among the peers, in Chinese.</summary>
    internal static string RankNotAPeerChinese(RankTarget target, string home) => home.Length == 0
        ? $"该指标没有本地区（无报告、无地区），无法在{target.Peers.NameChinese}中排名。"
        : $"本地区{home}不是{target.Peers.NameChinese}的成员。";

    /// <summary>A rank that must hold throughout, broken; <paramref name="how"/> says the rank (rank 3 of 5 by …).</summary>
    internal static string RankBreach(RankTarget target, string how, LocalDate binds)
        => $"{Capital(how)}: outside the top {target.TopK} of {target.Peers.Name}, which must hold throughout {Show.Period(target.Period)} from {Show.Date(binds)}: a breach is final and later ranks cannot repair it.";

    /// <summary>A rank that must hold throughout, broken, in Chinese.</summary>
    internal static string RankBreachChinese(RankTarget target, string how, LocalDate binds)
        => $"{how}，{Zh.RankPlace(target.Peers.NameChinese, target.TopK, within: false)}。该承诺自{Zh.Date(binds)}起须在{Zh.Period(target.Period)}内全程保持，一经违反即不能挽回。";

    /// <summary>Every rank so far within the top K, as required throughout.</summary>
    internal static string RankHeld(RankTarget target, int count, LocalDate first, LocalDate last)
        => $"All {count} rank(s) from {Show.Date(first)} to {Show.Date(last)} are within the top {target.TopK} of {target.Peers.Name}, as required throughout {Show.Period(target.Period)}.";

    /// <summary>Every rank so far within the top K, in Chinese.</summary>
    internal static string RankHeldChinese(RankTarget target, int count, LocalDate first, LocalDate last)
        => $"自{Zh.Date(first)}至{Zh.Date(last)}的{count}次排名均{Zh.RankPlace(target.Peers.NameChinese, target.TopK, within: true)}，符合在{Zh.Period(target.Period)}内全程保持的要求。";

    /// <summary>The rank within or outside the top K; <paramref name="how"/> says the rank.</summary>
    internal static string RankPlace(RankTarget target, string how, bool within)
        => $"{Capital(how)}: {(within ? "within" : "outside")} the top {target.TopK} of {target.Peers.Name}.";

    /// <summary>The rank within or outside the top K, in Chinese.</summary>
    internal static string RankPlaceChinese(RankTarget target, string how, bool within)
        => $"{how}，{Zh.RankPlace(target.Peers.NameChinese, target.TopK, within)}。";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A change with no baseline observation.</summary>
    internal static string ChangeNoBaseline(ChangeTarget target)
        => $"Missing baseline: no observation dated between {Show.Date(target.BaselinePeriod.Start)} and {Show.Date(target.BaselinePeriod.End)}.";

    /// <summary>A change with no baseline observation, in Chinese.</summary>
    internal static string ChangeNoBaselineChinese(ChangeTarget target)
        => $"缺少基数：{Zh.Date(target.BaselinePeriod.Start)}至{Zh.Date(target.BaselinePeriod.End)}期间没有观测数据。";

    /// <summary>A baseline that covers only part of its period.</summary>
    internal static string ChangePartialBaseline(ChangeTarget target, Observation partial, DateInterval covered)
        => $"The baseline must cover the whole baseline period {Show.Period(target.BaselinePeriod)}, but the latest baseline reading covers only {Show.Period(covered)} ({Show.Measure(partial.Value)}): a part-year figure is not a baseline for a year.";

    /// <summary>A baseline that covers only part of its period, in Chinese.</summary>
    internal static string ChangePartialBaselineChinese(ChangeTarget target, Observation partial, DateInterval covered)
        => $"基数须覆盖整个基期{Zh.Period(target.BaselinePeriod)}，但最近的基期数据仅覆盖{Zh.Period(covered)}（{Zh.Measure(partial.Value)}）：部分时段的数据不能作为全年基数。";

    /// <summary>A period total not known yet at the deadline.</summary>
    internal static string ChangeIncomplete(ChangeTarget target, Observation current)
        => $"The period total is not known: the latest running total is of {Show.Date(current.Date)}, before the end of the period {Show.Date(target.Deadline)}.";

    /// <summary>A period total not known yet at the deadline, in Chinese.</summary>
    internal static string ChangeIncompleteChinese(ChangeTarget target, Observation current)
        => $"全期总数尚不可知：最近的累计数截至{Zh.Date(current.Date)}，早于考核期末{Zh.Date(target.Deadline)}。";

    /// <summary>The period's figure against the level the change requires: met or not met.</summary>
    internal static string ChangeJudged(ChangeTarget target, Observation current, Observation baseline, double level, bool met)
        => $"{Show.Measure(current.Value)} in the period {Against(target, current, baseline, level)}: {(met ? "met" : "not met")}.";

    /// <summary>The period's figure against the level the change requires, in Chinese.</summary>
    internal static string ChangeJudgedChinese(ChangeTarget target, Observation current, Observation baseline, double level, bool met)
        => $"考核期内为{Zh.Measure(current.Value)}，{AgainstChinese(target, current, baseline, level)}：{(met ? "已达标" : "未达标")}。";

    /// <summary>Before the deadline, against the same period of the baseline year (同比).</summary>
    internal static string ChangeSamePeriod(ChangeTarget target, Observation current, Observation baseline, Observation same, double onPath)
    {
        var unit = current.Value.Unit;
        return $"Same period last year: {Show.Measure(current.Value)} in {SoFar(target, current, chinese: false)} against {Show.In(same.Value, unit)} in the same period of {same.Date.Year}, so {Show.Number(onPath / unit.FactorToBase)} {unit.DisplaySymbol} or {More(target)} is on the path (target: {target.Describe()}, on {Show.In(baseline.Value, unit)} in {Show.Period(target.BaselinePeriod)}).";
    }

    /// <summary>Before the deadline, against the same period of the baseline year, in Chinese.</summary>
    internal static string ChangeSamePeriodChinese(ChangeTarget target, Observation current, Observation baseline, Observation same, double onPath)
    {
        var unit = current.Value.Unit;
        return $"同比：{SoFar(target, current, chinese: true)}为{Zh.Measure(current.Value)}，上年同期（{same.Date.Year}年）为{Zh.In(same.Value, unit)}，按目标应{Bound(target)}{Zh.WholeThings(Show.FromBase(onPath, unit), ceiling: target.IsReduction)}（全年目标{target.DescribeChinese()}，基数为{Zh.Period(target.BaselinePeriod)}的{Zh.In(baseline.Value, unit)}）。";
    }

    /// <summary>Before the deadline with no same-period figure: the figure so far (projected when it accumulates) against the level.</summary>
    internal static string ChangeProgress(ChangeTarget target, Observation current, Observation baseline, double level, double projected)
    {
        var unit = current.Value.Unit;
        return $"{Show.Measure(current.Value)} by {Show.Date(current.Date)}{(target.AccumulatesWithinPeriod ? $", projected on a straight line to {Show.Number(projected / unit.FactorToBase)} {unit.DisplaySymbol} for the full period (no same-period figure of the baseline year to compare)" : string.Empty)}, {Against(target, current, baseline, level)}.";
    }

    /// <summary>Before the deadline with no same-period figure, in Chinese.</summary>
    internal static string ChangeProgressChinese(ChangeTarget target, Observation current, Observation baseline, double level, double projected)
        => $"截至{Zh.Date(current.Date)}为{Zh.Measure(current.Value)}{(target.AccumulatesWithinPeriod ? $"，按直线推算全期为{Zh.Rounded(Show.FromBase(projected, current.Value.Unit))}（无上年同期数据可比）" : string.Empty)}，{AgainstChinese(target, current, baseline, level)}。";

    private static string Against(ChangeTarget target, Observation current, Observation baseline, double level)
    {
        var unit = current.Value.Unit;
        return $"against {Show.In(baseline.Value, unit)} in {Show.Period(target.BaselinePeriod)} (target: {target.Describe()}, so {Show.Number(level / unit.FactorToBase)} {unit.DisplaySymbol} or {More(target)})";
    }

    private static string AgainstChinese(ChangeTarget target, Observation current, Observation baseline, double level)
        => $"基期{Zh.Period(target.BaselinePeriod)}为{Zh.In(baseline.Value, current.Value.Unit)}（目标{target.DescribeChinese()}：{Bound(target)}{Zh.WholeThings(Show.FromBase(level, current.Value.Unit), ceiling: target.IsReduction)}）";

    private static string More(ChangeTarget target) => target.IsReduction ? "less" : "more";

    private static string Bound(ChangeTarget target) => target.IsReduction ? "不超过" : "不低于";

    private static string SoFar(ChangeTarget target, Observation current, bool chinese)
    {
        var period = new DateInterval(target.Period.Start, current.Date < target.Period.Start ? target.Period.Start : current.Date);
        return chinese ? Zh.Period(period) : Show.Period(period);
    }

    /// <summary>What a level target's reasons say: the target, the reading judged, its unit, the day the promise binds, the judgement.</summary>
    internal readonly record struct LevelFacts(ThresholdTarget Target, Observation Reading, MeasureUnit Unit, LocalDate Binds, Judgement Judgement);

    /// <summary>A level target: OutOfRange.</summary>
    internal static string LevelOutOfRange(in LevelFacts f) => $"The coverage of {Show.Date(f.Reading.Date)} is {Show.Measure(f.Reading.Value)}, outside 0..100%.";

    /// <summary>A level target: OutOfRange, in Chinese.</summary>
    internal static string LevelOutOfRangeChinese(in LevelFacts f) => $"{Zh.Date(f.Reading.Date)}的覆盖率为{Zh.Measure(f.Reading.Value)}，超出0～100%的范围。";

    /// <summary>A level target: Reached over the period.</summary>
    internal static string LevelReachedOverPeriod(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} for the whole period {Show.Period(f.Target.Period)} meets the target ({f.Target.Describe()}).";

    /// <summary>A level target: Reached over the period, in Chinese.</summary>
    internal static string LevelReachedOverPeriodChinese(in LevelFacts f) => $"{Zh.Period(f.Target.Period)}整体为{Zh.In(f.Reading.Value, f.Unit)}，达到目标（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: Missed over the period.</summary>
    internal static string LevelMissedOverPeriod(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} for the whole period {Show.Period(f.Target.Period)} does not meet the target, short by {Show.Shortfall(f.Judgement.Gap!.Value)} ({f.Target.Describe()}).";

    /// <summary>A level target: Missed over the period, in Chinese.</summary>
    internal static string LevelMissedOverPeriodChinese(in LevelFacts f) => $"{Zh.Period(f.Target.Period)}整体为{Zh.In(f.Reading.Value, f.Unit)}，未达到目标，差{Zh.Shortfall(f.Judgement.Gap!.Value)}（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: Reached.</summary>
    internal static string LevelReached(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} on {Show.Date(f.Reading.Date)} meets the target ({f.Target.Describe()}).";

    /// <summary>A level target: Reached, in Chinese.</summary>
    internal static string LevelReachedChinese(in LevelFacts f) => $"截至{Zh.Date(f.Reading.Date)}为{Zh.In(f.Reading.Value, f.Unit)}，达到目标（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: Missed.</summary>
    internal static string LevelMissed(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} on {Show.Date(f.Reading.Date)} does not meet the target, short by {Show.Shortfall(f.Judgement.Gap!.Value)} ({f.Target.Describe()}).";

    /// <summary>A level target: Missed, in Chinese.</summary>
    internal static string LevelMissedChinese(in LevelFacts f) => $"截至{Zh.Date(f.Reading.Date)}为{Zh.In(f.Reading.Value, f.Unit)}，未达到目标，差{Zh.Shortfall(f.Judgement.Gap!.Value)}（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: Breach.</summary>
    internal static string LevelBreach(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} {Show.Covering(f.Reading)} breaks the target ({f.Target.Describe()}), which must hold throughout {Show.Period(f.Target.Period)} from {Show.Date(f.Binds)}: a breach is final and later readings cannot repair it.";

    /// <summary>A level target: Breach, in Chinese.</summary>
    internal static string LevelBreachChinese(in LevelFacts f) => $"{Zh.Covering(f.Reading)}为{Zh.In(f.Reading.Value, f.Unit)}，未达到目标（目标{f.Target.DescribeChinese()}）。该承诺自{Zh.Date(f.Binds)}起须在{Zh.Period(f.Target.Period)}内全程保持，一经违反即不能挽回，后续数据不能弥补。";

    /// <summary>A level target: HeldThroughout.</summary>
    internal static string LevelHeldThroughout(in LevelFacts f) => $"All {Show.Number(f.Judgement.Figure)} reading(s) from {Show.Date(f.Judgement.Other!.Date)} to {Show.Date(f.Reading.Date)} satisfy the target ({f.Target.Describe()}), which must hold throughout {Show.Period(f.Target.Period)} from {Show.Date(f.Binds)}.";

    /// <summary>A level target: HeldThroughout, in Chinese.</summary>
    internal static string LevelHeldThroughoutChinese(in LevelFacts f) => $"自{Zh.Date(f.Judgement.Other!.Date)}至{Zh.Date(f.Reading.Date)}的{Show.Number(f.Judgement.Figure)}次数据均达到目标（目标{f.Target.DescribeChinese()}）；该承诺自{Zh.Date(f.Binds)}起须在{Zh.Period(f.Target.Period)}内全程保持。";

    /// <summary>A level target: Impossible.</summary>
    internal static string LevelImpossible(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} {Show.Covering(f.Reading)} makes a rate of {Show.Measure(f.Target.Reference)} for the whole period {Show.Period(f.Target.Period)} impossible: not met ({f.Target.Describe()}).";

    /// <summary>A level target: Impossible, in Chinese.</summary>
    internal static string LevelImpossibleChinese(in LevelFacts f) => $"{Zh.Covering(f.Reading)}为{Zh.In(f.Reading.Value, f.Unit)}，{Zh.Period(f.Target.Period)}整体达到{Zh.Measure(f.Target.Reference)}已不可能，目标未达到（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: NoWholePeriodFigure.</summary>
    internal static string LevelNoWholePeriodFigure(in LevelFacts f) => $"No figure covers the whole period {Show.Period(f.Target.Period)}; the latest is {Show.In(f.Reading.Value, f.Unit)} {Show.Covering(f.Reading)} ({f.Target.Describe()}).";

    /// <summary>A level target: NoWholePeriodFigure, in Chinese.</summary>
    internal static string LevelNoWholePeriodFigureChinese(in LevelFacts f) => $"没有{Zh.Period(f.Target.Period)}整体的数据；最近一次为{Zh.Covering(f.Reading)}{Zh.In(f.Reading.Value, f.Unit)}（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: SoFarSatisfied.</summary>
    internal static string LevelSoFarSatisfied(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} {Show.Covering(f.Reading)} satisfies the target so far; it is judged on the figure of the whole period {Show.Period(f.Target.Period)} ({f.Target.Describe()}).";

    /// <summary>A level target: SoFarSatisfied, in Chinese.</summary>
    internal static string LevelSoFarSatisfiedChinese(in LevelFacts f) => $"{Zh.Covering(f.Reading)}为{Zh.In(f.Reading.Value, f.Unit)}，目前达到目标；按{Zh.Period(f.Target.Period)}整体数据考核（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: SoFarShort.</summary>
    internal static string LevelSoFarShort(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} {Show.Covering(f.Reading)} falls short so far; the rest of the period {Show.Period(f.Target.Period)} must make up for it ({f.Target.Describe()}).";

    /// <summary>A level target: SoFarShort, in Chinese.</summary>
    internal static string LevelSoFarShortChinese(in LevelFacts f) => $"{Zh.Covering(f.Reading)}为{Zh.In(f.Reading.Value, f.Unit)}，目前未达到目标，{Zh.Period(f.Target.Period)}余下时间须予弥补（目标{f.Target.DescribeChinese()}）。";

    /// <summary>A level target: AlreadySatisfied.</summary>
    internal static string LevelAlreadySatisfied(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} on {Show.Date(f.Reading.Date)} already satisfies the target ({f.Target.Describe()}); it is judged at the deadline.";

    /// <summary>A level target: AlreadySatisfied, in Chinese.</summary>
    internal static string LevelAlreadySatisfiedChinese(in LevelFacts f) => $"截至{Zh.Date(f.Reading.Date)}为{Zh.In(f.Reading.Value, f.Unit)}，已达到目标（目标{f.Target.DescribeChinese()}），按期末数据考核。";

    /// <summary>A level target: NoTrend.</summary>
    internal static string LevelNoTrend(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} on {Show.Date(f.Reading.Date)} does not yet satisfy the target ({f.Target.Describe()}); one observation cannot show a trend.";

    /// <summary>A level target: NoTrend, in Chinese.</summary>
    internal static string LevelNoTrendChinese(in LevelFacts f) => $"截至{Zh.Date(f.Reading.Date)}为{Zh.In(f.Reading.Value, f.Unit)}，尚未达到目标（目标{f.Target.DescribeChinese()}）；仅有一次数据，无法判断趋势。";

    /// <summary>A level target: before the deadline, on its path.</summary>
    internal static string LevelProgress(in LevelFacts f) => $"{Show.In(f.Reading.Value, f.Unit)} on {Show.Date(f.Reading.Date)} against {Show.In(f.Judgement.Other!.Value, f.Unit)} on {Show.Date(f.Judgement.Other.Date)}: {f.Judgement.Assessment.Explanation} ({f.Target.Describe()}).";

    /// <summary>A level target: before the deadline, on its path, in Chinese.</summary>
    internal static string LevelProgressChinese(in LevelFacts f) => $"截至{Zh.Date(f.Reading.Date)}为{Zh.In(f.Reading.Value, f.Unit)}，起点{Zh.Date(f.Judgement.Other!.Date)}为{Zh.In(f.Judgement.Other.Value, f.Unit)}：{f.Judgement.Assessment.ExplanationChinese}（目标{f.Target.DescribeChinese()}）。";

    /// <summary>Warning: a verdict resting on readings from before the promise was made.</summary>
    internal static string WarningBeforePromise(string partEnglish, LocalDate binds, LocalDate latest)
        => $"{partEnglish}the verdict rests on readings dated before the promise was made on {Show.Date(binds)} (the latest of {Show.Date(latest)}): they show where the year started, not what the promise delivered.";

    /// <summary>Warning: a verdict resting on readings from before the promise was made, in Chinese.</summary>
    internal static string WarningBeforePromiseChinese(string? partChinese, LocalDate binds, LocalDate latest)
        => $"{(partChinese is null ? string.Empty : partChinese + "：")}评价所依据的数据（最近为{Zh.Date(latest)}）早于报告发布日期{Zh.Date(binds)}，反映的是承诺作出时的状况，而非承诺的落实，请核实。";

    /// <summary>Warning: a provisional figure replaced by the final one.</summary>
    internal static string WarningProvisionalSuperseded(Observation provisional, string? part)
        => $"The provisional figure {Show.Measure(provisional.Value)} of {Show.Date(provisional.Date)}{(part is null ? string.Empty : " (" + part + ")")} was replaced by the final figure for the same period.";

    /// <summary>Warning: a provisional figure replaced by the final one, in Chinese.</summary>
    internal static string WarningProvisionalSupersededChinese(Observation provisional)
        => $"{Zh.Date(provisional.Date)}的预计数{Zh.Measure(provisional.Value)}已由同期正式数据取代。";

    /// <summary>Warning: readings after the as-of date left out.</summary>
    internal static string WarningAfterAsOf(int count, LocalDate asOf, LocalDate latest)
        => $"{count} reading(s) dated after the as-of date {Show.Date(asOf)} (up to {Show.Date(latest)}) were not used.";

    /// <summary>Warning: readings after the as-of date left out, in Chinese.</summary>
    internal static string WarningAfterAsOfChinese(int count, LocalDate asOf, LocalDate latest)
        => $"另有{count}条数据日期晚于评估日期{Zh.Date(asOf)}（最晚{Zh.Date(latest)}），未予采用。";

    /// <summary>Warning: a running total that fell.</summary>
    internal static string WarningCumulativeFell(Observation before, Observation after, MeasureUnit unit)
        => $"The cumulative total fell from {Show.In(before.Value, unit)} on {Show.Date(before.Date)} to {Show.In(after.Value, unit)} on {Show.Date(after.Date)}: a running total cannot fall; check the figures.";

    /// <summary>Warning: a running total that fell, in Chinese.</summary>
    internal static string WarningCumulativeFellChinese(Observation before, Observation after, MeasureUnit unit)
        => $"累计数由{Zh.Date(before.Date)}的{Zh.In(before.Value, unit)}降至{Zh.Date(after.Date)}的{Zh.In(after.Value, unit)}，累计数不应下降，请核实。";

    /// <summary>Warning: a count that is not a whole number.</summary>
    internal static string WarningFractionalCount(Observation first, int count)
        => $"{Show.Measure(first.Value)} on {Show.Date(first.Date)} is not a whole number of things counted{(count > 1 ? $" ({count} such readings)" : string.Empty)}; check the figures.";

    /// <summary>Warning: a count that is not a whole number, in Chinese.</summary>
    internal static string WarningFractionalCountChinese(Observation first, int count)
        => $"{Zh.Date(first.Date)}的数值为{Zh.Measure(first.Value)}，计数不应有小数{(count > 1 ? $"（共{count}条）" : string.Empty)}，请核实。";

    /// <summary>Warning: a series that stopped reporting (every <paramref name="months"/> months, or every <paramref name="days"/> days when months is 0).</summary>
    internal static string WarningStaleSeries(LocalDate last, int months, int days)
        => $"No reading since {Show.Date(last)}, though the series reported {(months > 0 ? $"every {months} month(s)" : $"every {days} day(s)")}: a return may be missing.";

    /// <summary>Warning: a series that stopped reporting, in Chinese.</summary>
    internal static string WarningStaleSeriesChinese(LocalDate last, int months, int days)
        => $"该指标自{Zh.Date(last)}后未再报送数据（此前{(months > 0 ? (months == 1 ? "按月" : $"每{months}个月") : $"每{days}天")}报送），请核实是否未报送。";

    /// <summary>Warning: a part of the period that cannot be reconciled with the whole.</summary>
    internal static string WarningPeriodConflict(Observation part, Observation whole)
        => $"{Show.Measure(part.Value)} {Show.Covering(part)} cannot be reconciled with {Show.Measure(whole.Value)} for the whole period: the part and the whole disagree; check the figures.";

    /// <summary>Warning: a part of the period that cannot be reconciled with the whole, in Chinese.</summary>
    internal static string WarningPeriodConflictChinese(Observation part, Observation whole)
        => $"{Zh.Covering(part)}为{Zh.Measure(part.Value)}，与全期整体{Zh.Measure(whole.Value)}不一致（月度数据与年度数据不一致），请核实。";

    /// <summary>The period has not started at the as-of date (考核期未开始).</summary>
    internal static string NotYetStarted(LocalDate start) => $"The period starts on {Show.Date(start)}, after the as-of date.";

    /// <summary>The period has not started at the as-of date, in Chinese.</summary>
    internal static string NotYetStartedChinese(LocalDate start) => $"考核期自{Zh.Date(start)}开始，晚于评估日期。";

    /// <summary>The promise binds from a date after the as-of date (made after its period started).</summary>
    internal static string NotYetBinding(LocalDate binds) => $"The promise binds from {Show.Date(binds)}, after the as-of date.";

    /// <summary>The promise binds from a date after the as-of date, in Chinese.</summary>
    internal static string NotYetBindingChinese(LocalDate binds) => $"该承诺自{Zh.Date(binds)}起生效，晚于评估日期。";

    /// <summary>Nothing observed in the period so far.</summary>
    internal static string NoObservation(LocalDate from, LocalDate to) => $"No observation dated between {Show.Date(from)} and {Show.Date(to)}.";

    /// <summary>Nothing observed in the period so far, in Chinese.</summary>
    internal static string NoObservationChinese(LocalDate from, LocalDate to) => $"{Zh.Date(from)}至{Zh.Date(to)}期间没有观测数据。";

    /// <summary>An observation of another dimension than the target's (a dimension mismatch).</summary>
    internal static string WrongKind(Observation o, QuantityKind expected)
        => $"The observation of {Show.Date(o.Date)} is in {o.Value.Unit.Symbol} ({o.Value.Kind}), but the target measures {expected}: a dimension mismatch.";

    /// <summary>An observation of another dimension than the target's, in Chinese.</summary>
    internal static string WrongKindChinese(Observation o, QuantityKind expected)
        => $"{Zh.Date(o.Date)}的观测值单位为{o.Value.Unit.Symbol}（{Zh.Kind(o.Value.Kind)}），而目标计量的是{Zh.Kind(expected)}：量纲不符。";

    /// <summary>Closing: a hard commitment (确保) missed, with the completion rate if known.</summary>
    internal static string ClosingHardMissed(double? completion) => " A hard commitment was missed" + EnglishRate(completion);

    /// <summary>Closing: a hard commitment missed, in Chinese (未完成确保目标).</summary>
    internal static string ClosingHardMissedChinese(double? completion) => "未完成确保目标" + ChineseRate(completion);

    /// <summary>Closing: a strict requirement (严格/必须) missed.</summary>
    internal static string ClosingStrictMissed(double? completion) => " A strict requirement was missed" + EnglishRate(completion);

    /// <summary>Closing: a strict requirement missed, in Chinese.</summary>
    internal static string ClosingStrictMissedChinese(double? completion) => "未完成严格要求的目标" + ChineseRate(completion);

    /// <summary>Closing: a stretch goal (力争) not achieved.</summary>
    internal static string ClosingStretchMissed(double? completion) => " The stretch goal was not achieved" + EnglishRate(completion);

    /// <summary>Closing: a stretch goal not achieved, in Chinese (力争目标未实现).</summary>
    internal static string ClosingStretchMissedChinese(double? completion) => "力争目标未实现" + ChineseRate(completion);

    /// <summary>Closing: a plain target missed within the tolerance band (基本完成).</summary>
    internal static string ClosingBasicallyCompleted(double completion) => $" Basically completed: completion {Show.Percent(completion)}.";

    /// <summary>Closing: a plain target missed within the tolerance band, in Chinese.</summary>
    internal static string ClosingBasicallyCompletedChinese(double completion) => $"基本完成，完成率{Zh.Percent(completion)}。";

    /// <summary>Closing: the completion rate alone.</summary>
    internal static string ClosingCompletion(double completion) => $" Completion {Show.Percent(completion)}.";

    /// <summary>Closing: the completion rate alone, in Chinese.</summary>
    internal static string ClosingCompletionChinese(double completion) => $"完成率{Zh.Percent(completion)}。";

    /// <summary>Closing: the floor of 确保X、力争Y held, the stretch not achieved.</summary>
    internal static string ClosingFloorHeld(double? completion)
        => " The floor is held; the stretch goal was not achieved" + (completion is { } c ? $": completion {Show.Percent(c)} of the stretch." : ".");

    /// <summary>Closing: the floor held, the stretch not achieved, in Chinese.</summary>
    internal static string ClosingFloorHeldChinese(double? completion)
        => "确保目标已完成，力争目标未实现" + (completion is { } c ? $"，力争目标完成率{Zh.Percent(c)}。" : "。");

    /// <summary>Closing: achieved within the tolerance of an approximate target (基本实现).</summary>
    internal static string ClosingBasicallyAchieved(double? completion) => " Basically achieved" + (completion is { } c ? $": completion {Show.Percent(c)}." : ".");

    /// <summary>Closing: basically achieved, in Chinese.</summary>
    internal static string ClosingBasicallyAchievedChinese(double? completion) => "基本实现" + ChineseRate(completion);

    /// <summary>Closing: completed before the deadline (已提前完成).</summary>
    internal static string ClosingAhead(double completion) => $" Completed ahead of the deadline: completion {Show.Percent(completion)}.";

    /// <summary>Closing: completed before the deadline, in Chinese.</summary>
    internal static string ClosingAheadChinese(double completion) => $"已提前完成目标，完成率{Zh.Percent(completion)}。";

    /// <summary>Closing: exceeded (超额完成).</summary>
    internal static string ClosingExceeded(double completion) => $" Exceeded: completion {Show.Percent(completion)}.";

    /// <summary>Closing: exceeded, in Chinese.</summary>
    internal static string ClosingExceededChinese(double completion) => $"超额完成，完成率{Zh.Percent(completion)}。";

    /// <summary>Closing note: the verdict rests on a provisional figure (预计数).</summary>
    internal const string ClosingProvisional = " The verdict rests on a provisional figure until the final one replaces it.";

    /// <summary>Closing note: the verdict rests on a provisional figure, in Chinese.</summary>
    internal const string ClosingProvisionalChinese = "以上依据预计数，待正式数据核实。";

    /// <summary>A direction judged on fewer than two observations.</summary>
    internal static string DirectionTooFew(int count) => $"A direction needs at least two observations; {count} found.";

    /// <summary>A direction judged on fewer than two observations, in Chinese.</summary>
    internal static string DirectionTooFewChinese(int count) => $"判断变化方向至少需要两次数据，现有{count}次。";

    /// <summary>A direction with no observation after its baseline.</summary>
    internal const string DirectionNoTrend = "A direction needs an observation after the baseline.";

    /// <summary>A direction with no observation after its baseline, in Chinese.</summary>
    internal const string DirectionNoTrendChinese = "判断变化方向需要基期之后的数据。";

    /// <summary>How a value moved from its baseline to the latest reading, and the way it should move.</summary>
    internal static string DirectionMoved(Observation baseline, Observation latest, double change, bool rising)
    {
        var moved = change == 0 ? "was unchanged" : change > 0 ? "rose" : "fell";
        var unit = baseline.Value.Unit;
        return $"The value {moved} from {Show.In(baseline.Value, unit)} on {Show.Date(baseline.Date)} to {Show.In(latest.Value, unit)} on {Show.Date(latest.Date)}; it should {(rising ? "rise" : "fall")}.";
    }

    /// <summary>How a value moved from its baseline to the latest reading, in Chinese.</summary>
    internal static string DirectionMovedChinese(Observation baseline, Observation latest, double change, bool rising)
    {
        var unit = baseline.Value.Unit;
        return $"由{Zh.Date(baseline.Date)}的{Zh.In(baseline.Value, unit)}{(change == 0 ? "持平于" : change > 0 ? "上升至" : "下降至")}{Zh.Date(latest.Date)}的{Zh.In(latest.Value, unit)}；目标要求{(rising ? "上升" : "下降")}。";
    }

    /// <summary>A rank the area reported itself (上报排名), as a phrase inside a rank reason.</summary>
    internal static string RankReported(Observation subject, int position, int peers) => $"reported rank {position}{(peers > 0 ? $" of {peers}" : string.Empty)} {Show.Covering(subject)}";

    /// <summary>A rank the area reported itself, in Chinese (<paramref name="peers"/> 0 when the peers are not listed).</summary>
    internal static string RankReportedChinese(Observation subject, int position, int peers) => $"{Zh.Covering(subject)}上报排名第{position}位{(peers > 0 ? $"（共{peers}个）" : string.Empty)}";

    /// <summary>A rank computed among the peers on the subject's date, as a phrase inside a rank reason.</summary>
    internal static string RankComputedOn(Observation subject, int position, int peers, bool tied)
        => $"rank {position}{(tied ? " (tied)" : string.Empty)} of {peers} by {Show.Measure(subject.Value)} on {Show.Date(subject.Date)}";

    /// <summary>A rank computed among the peers on the subject's date, in Chinese (并列 when tied).</summary>
    internal static string RankComputedOnChinese(Observation subject, int position, int peers, bool tied)
        => $"{Zh.Date(subject.Date)}按{Zh.Measure(subject.Value)}排{(tied ? "并列第" : "第")}{position}位（共{peers}个）";

    /// <summary>A rank computed among the peers' latest readings, as a phrase inside a rank reason.</summary>
    internal static string RankComputed(Observation subject, int position, int peers, bool tied, bool lowerIsBetter)
        => $"rank {position}{(tied ? " (tied)" : string.Empty)} of {peers} by {Show.Measure(subject.Value)} ({(lowerIsBetter ? "lower" : "higher")} is better)";

    /// <summary>A rank computed among the peers' latest readings, in Chinese.</summary>
    internal static string RankComputedChinese(Observation subject, int position, int peers, bool tied, bool lowerIsBetter)
        => $"按{Zh.Measure(subject.Value)}排{(tied ? "并列第" : "第")}{position}位（共{peers}个，越{(lowerIsBetter ? "低" : "高")}越好）";

    /// <summary>The target as the object of 完成 (已完成新建15公里的目标; 完成11万平方米 without its own 完成).</summary>
    private static string Goal(DeliveryTarget target)
    {
        var goal = target.DescribeChinese();
        return goal.StartsWith("完成", StringComparison.Ordinal) ? goal[2..] : goal;
    }

    private static string EnglishRate(double? completion) => completion is { } c ? $"; completion {Show.Percent(c)}." : ".";

    private static string ChineseRate(double? completion) => completion is { } c ? $"，完成率{Zh.Percent(c)}。" : "。";

    private static string Delivered(Observation delivered, DeliveryTarget target)
        => $"{Show.In(delivered.Value, target.Amount.Unit)} delivered by {Show.Date(delivered.Date)}";
}
