using System.Globalization;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Text;
using Jinjiang.Indicators.Utility;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Catalog;

/// <summary>
/// Turns extracted promises into draft indicators a person then corrects: ids <c>promise-001</c>..., the clause as
/// the Chinese name and source, a placeholder English name, and a target built from the wording with documented
/// defaults (前列 = top 2 of the five central districts or top 5 of the city; 左右 = ±5%; response tiers at 100%).
/// </summary>
public static partial class DraftCatalog
{
    /// <summary>
    /// Builds a draft catalog from candidates when the report itself is unknown (only the year it plans for); a
    /// candidate whose target cannot be built is left out and named in a problem.
    /// </summary>
    /// <param name="candidates">The candidates (from <see cref="PromiseExtractor.Extract"/>).</param>
    /// <param name="reportYear">The year the report plans for.</param>
    /// <returns>The draft catalog, and one problem per candidate left out (its text, and why).</returns>
    public static ReadResult<IndicatorCatalog> FromCandidates(IEnumerable<CandidatePromise> candidates, int reportYear)
        => FromCandidates(candidates, reportYear, null);

    /// <summary>
    /// Builds the draft catalog of a report: the catalog and each indicator carry the report (its area is the home
    /// area, its delivery date the day the promises bind from); a candidate whose target cannot be built is left out
    /// and named in a problem.
    /// </summary>
    /// <param name="candidates">The candidates (from <see cref="PromiseExtractor.Extract"/>).</param>
    /// <param name="report">The report they come from.</param>
    /// <returns>The draft catalog, and one problem per candidate left out (its text, and why).</returns>
    public static ReadResult<IndicatorCatalog> FromCandidates(IEnumerable<CandidatePromise> candidates, WorkReport report)
        => FromCandidates(candidates, Preconditions.CheckNotNull(report).Year, report);

    private static ReadResult<IndicatorCatalog> FromCandidates(IEnumerable<CandidatePromise> candidates, int reportYear, WorkReport? report)
    {
        var list = new List<Indicator>();
        var left = new List<ReadProblem>();
        var source = report?.ToString() ?? reportYear.ToString(CultureInfo.InvariantCulture) + " report";
        var n = 0;
        foreach (var c in Preconditions.CheckNotNull(candidates))
        {
            n++;
            var id = new IndicatorId("promise-" + n.ToString("000", CultureInfo.InvariantCulture));
            var start = c.Deadline.Year > reportYear ? ReportPeriods.FourteenthFiveYearPlan.Start : new LocalDate(reportYear, 1, 1);
            var period = new DateInterval(start < c.Deadline ? start : c.Deadline, c.Deadline);
            try
            {
                if (Build(c, id, period, report) is { } indicator)
                {
                    list.Add(indicator);
                }
                else
                {
                    left.Add(new ReadProblem(source, 0, "candidate " + n.ToString(CultureInfo.InvariantCulture), c.Text, TextMessages.NoTargetFromWording));
                }
            }
            catch (ArgumentException e)
            {
                left.Add(new ReadProblem(source, 0, "candidate " + n.ToString(CultureInfo.InvariantCulture), c.Text, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]));
            }
        }

        return new(new IndicatorCatalog(report, list), left);
    }

    /// <summary>
    /// Whether a promised fall is of a rate a review reports as a fall (单位GDP能耗, 二氧化碳排放, 碳排放强度, 能耗强度), not of a
    /// count the district observes itself (投诉下降5%, 案件数下降).
    /// </summary>
    private static bool IsRateOfAFall(CandidatePromise c)
        => c.IsDecrease == true && Lexicon.ReportedFalls.Any(w => c.Object.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// A promise to keep pace (居民收入增长与经济增长基本同步: at most half a point below the other's growth) or to outpace
    /// (居民收入增长高于经济增长: above it), judged on the gap in points.
    /// </summary>
    private static (Target Target, string Note) PaceTarget(CandidatePromise c, DateInterval period)
        => c.Strict
            ? (new AtLeastTarget(new Measure(0, MeasureUnit.PercentagePoint), period, inclusive: false),
                "高于/快于 read as growing faster than the figure it is compared with; observed as the gap (this growth minus that growth, in points), which must be above 0.")
            : (new AtLeastTarget(new Measure(-0.5, MeasureUnit.PercentagePoint), period),
                "基本同步 read as growing at most 0.5 percentage points slower than the figure it keeps pace with; observed as the gap (this growth minus that growth, in points). Set the band you mean.");

    private static Indicator? Build(CandidatePromise c, IndicatorId id, DateInterval period, WorkReport? report)
    {
        var name = c.Object.Length > 0 ? c.Object : c.Text;
        var nameEn = $"Promise {id.Value[8..]} ({c.Kind.ToString().ToLowerInvariant()}): translate me";
        string? note = null;
        Target? target;
        var q = c.Quantity;
        switch (c.Kind)
        {
            case PromiseKind.Delivery when q is { } amount && amount.Value > 0:
                target = new DeliveryTarget(amount, period);
                break;
            case PromiseKind.AtLeast when q is { } threshold:
                target = new AtLeastTarget(threshold, period, !c.Strict);
                break;
            case PromiseKind.AtMost when q is { } threshold:
                target = new AtMostTarget(threshold, period, !c.Strict);
                break;
            case PromiseKind.About when q is { } ceiling && IsCeiling(c):
                // 控制在4.5%左右, 居民消费价格涨幅3%左右: a rate to hold down; 左右 bounds the bad side (above) only.
                target = new AboutTarget(ceiling, AboutBand(ceiling), period, higherIsBetter: false);
                note = "左右 on a rate to be held down (控制在, unemployment, prices): met at or below the figure, 基本实现 up to the band above it (±0.5 percentage point for rates, 1% of the figure otherwise); set the band you mean.";
                break;
            case PromiseKind.About when q is { } centre:
                target = new AboutTarget(centre, AboutBand(centre), period);
                note = "左右 bounds the bad side only: met at or above the figure, 基本实现 down to the band below it (±0.5 percentage point for rates, 1% of the figure otherwise); set the band you mean.";
                break;
            case PromiseKind.Change when q is { Kind: QuantityKind.Ratio } growth && c.IsDecrease != true:
                // 地区生产总值增长5.5%以上, 收入增长2%: a growth rate, as the next year's review reports it (增长5.5%).
                target = new AtLeastTarget(growth, period);
                note = "Read as the growth rate the review reports: at least the figure. For a change of a total you observe yourself, use a change target.";
                break;
            case PromiseKind.Change when q is { Kind: QuantityKind.Ratio } fall && IsRateOfAFall(c):
                // 单位国内生产总值能耗降低2.5%左右: the fall the next year's review reports (降幅3%, 下降3%), at least the figure.
                target = new AtMostTarget(new Measure(-fall.ToRatio().Percent, MeasureUnit.Percent), period, !c.Strict);
                note = "Read as the fall the review reports (下降X%): a change of at most minus the figure. For a total you observe yourself (complaints, cases), use a change target.";
                break;
            case PromiseKind.Change when q is { Kind: QuantityKind.Ratio } share:
                var percent = share.ToRatio().Percent;
                target = new ChangeTarget(Ratio.FromPercent(c.IsDecrease == true ? -percent : percent), ReportPeriods.Year(period.End.Year - 1), ReportPeriods.Year(period.End.Year), true, QuantityKind.Count);
                note = "Read as a change of the yearly total against the previous year; set the value kind and whether observations are running totals.";
                break;
            case PromiseKind.Change:
                target = new DirectionTarget(QuantityKind.Ratio, period);
                note = "A change in percentage points is judged on its direction only; edit the target for a threshold.";
                break;
            case PromiseKind.Coverage:
                target = new CoverageTarget(q is { Kind: QuantityKind.Ratio } r && r.BaseValue <= 1 ? r.ToRatio() : Ratio.FromPercent(100), period);
                break;
            case PromiseKind.Rank:
                var peerName = c.Peers ?? "同类地区";
                var peers = PeerGroup.Unlisted(peerName, peerName + " (members to be listed)");
                var topK = c.TopK ?? (peerName.Length <= 3 && peerName.StartsWith('五') ? 2 : 5);
                target = new RankTarget(peers, topK, period);
                note = (c.TopK is null ? $"前列 read as the top {topK} of {peerName}. " : string.Empty)
                    + $"The members of {peerName} are not listed: judged on a reported rank; list them (with the date and source of the membership) to rank on values.";
                break;
            case PromiseKind.Class when c.Class is { } quality:
                target = new ClassTarget(quality, period);
                break;
            case PromiseKind.Cadence:
                target = new CadenceTarget(1, c.Text.Contains("每月", StringComparison.Ordinal) ? CadenceUnit.Month : CadenceUnit.Week, period);
                break;
            case PromiseKind.ResponseTime:
                var minutes = TierPattern().Match(c.Text).Groups["n"].Captures.Select(x => TargetPhrase.SmallNumber(x.Value)).Where(m => m is > 0).Select(m => (double)m!.Value).ToList();
                var names = new[] { "respond", "arrive", "reinforce" };
                target = new ResponseTimeTarget(minutes.Select((m, i) => new ResponseTier(i < names.Length ? names[i] : "tier-" + (i + 1).ToString(CultureInfo.InvariantCulture), UnitsNet.Duration.FromMinutes(m), Ratio.FromPercent(100))), period);
                note = "Every incident within each tier (100%); set the share you mean.";
                break;
            case PromiseKind.Pace:
                (target, note) = PaceTarget(c, period);
                break;
            case PromiseKind.Milestone:
                target = new MilestoneTarget(period);
                break;
            case PromiseKind.Direction:
                target = new DirectionTarget(QuantityKind.Ratio, period);
                break;
            default:
                return null;
        }

        if (c.Stretch is { } stretch && stretch.Kind == target.Kind)
        {
            // 增长6%以上、力争7%: the floor promised and the figure striven for.
            target = new FloorAndStretchTarget(target, new AtLeastTarget(stretch, period));
            note = (note is null ? string.Empty : note + " ") + "力争 sets a stretch above the floor: keeping the floor while missing the stretch is a shortfall, not a broken promise.";
        }

        return Typed((id, name, nameEn, target, c, note, report));
    }

    /// <summary>The indicator of the value type its target's kind measures.</summary>
    private static Indicator Typed((IndicatorId Id, string Name, string NameEn, Target Target, CandidatePromise C, string? Note, WorkReport? Report) common)
    {
        return common.Target.Kind switch
        {
            QuantityKind.Rank => Make<Quantities.Rank>(common),
            QuantityKind.QualityClass => Make<QualityClass>(common),
            QuantityKind.Completion => Make<bool>(common),
            QuantityKind.Length => Make<Length>(common),
            QuantityKind.Area => Make<UnitsNet.Area>(common),
            QuantityKind.Ratio => Make<Ratio>(common),
            QuantityKind.Count => Make<Count>(common),
            QuantityKind.Money => Make<Money>(common),
            QuantityKind.Mass => Make<Mass>(common),
            QuantityKind.Power => Make<Power>(common),
            QuantityKind.Time => Make<UnitsNet.Duration>(common),
            QuantityKind.PercentagePoints => Make<PercentagePoints>(common),
            _ => Make<double>(common),
        };
    }

    private static Indicator<T> Make<T>((IndicatorId Id, string Name, string NameEn, Target Target, CandidatePromise C, string? Note, WorkReport? Report) x)
        where T : struct
        => new(x.Id, x.Name, x.NameEn, x.Target)
        {
            Report = x.Report,
            Commitment = x.C.Commitment,
            Direction = x.C.IsDecrease == true || x.Target is AtMostTarget || x.Target is AboutTarget { HigherIsBetter: false } ? Direction.LowerIsBetter : Direction.HigherIsBetter,
            Source = x.C.Text,
            Interpretation = x.Note,
        };

    /// <summary>Whether an about-target is a ceiling: a figure to be held down (控制在…左右, unemployment, consumer prices).</summary>
    private static bool IsCeiling(CandidatePromise c)
        => c.Text.Contains("控制在", StringComparison.Ordinal) || c.Object.Contains("失业率", StringComparison.Ordinal)
           || c.Object.Contains("价格", StringComparison.Ordinal) || c.Object.Contains("涨幅", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:(?<n>[0-9０-９]+)、)+(?<n>[0-9０-９]+)分钟")]
    private static partial Regex TierPattern();

    /// <summary>The usual band of 左右: half a percentage point for a rate, 1% of the figure otherwise.</summary>
    private static Measure AboutBand(Measure centre)
        => centre.Kind == QuantityKind.Ratio
            ? Measure.From(Ratio.FromPercent(0.5))
            : new Measure(Math.Abs(centre.Value) * 0.01, centre.Unit);
}
