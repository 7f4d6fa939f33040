using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Text;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Catalog;

/// <summary>Last year's promises judged from this year's review: the loop, on our own sentences.</summary>
public class OutcomeMatcherTests
{
    private const string Plan = "2025年，全区生产总值增长6%以上，城镇调查失业率控制在5.5%左右，新建城市绿道15公里，新增城镇就业1.2万人以上，新建口袋公园20个。";

    private const string Review = "过去一年，全区实现生产总值1320亿元，增长6.4%；城镇调查失业率平均为5.1%；新建城市绿道12公里；城镇新增就业1.35万人；累计建成口袋公园86个。过去五年，新建学校12所。";

    private static IndicatorCatalog LastYear() => DraftCatalog.FromCandidates(PromiseExtractor.Extract(Plan, 2025), WorkReport.ForArea("东湖区", 2025)).Value;

    [Fact]
    public void Matches_ByObjectDimensionAndYear_AndJudgesLastYearsPromises()
    {
        var catalog = LastYear();
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract(Review));
        var set = ObservationSet.Create(result.Observations);
        var asOf = new LocalDate(2026, 1, 31);
        EvaluationStatus Verdict(string words) => Evaluator.Default.Evaluate(result.Matches.Single(m => m.Indicator.Source.Contains(words, StringComparison.Ordinal)).Indicator, set, asOf).Status;

        Assert.Equal(EvaluationStatus.Met, Verdict("增长6%以上")); // growth 6.4%
        Assert.Equal(EvaluationStatus.Met, Verdict("失业率")); // 5.1% under a 5.5% ceiling
        Assert.Equal(EvaluationStatus.NotMet, Verdict("绿道")); // 12 of 15 km
        Assert.Equal(EvaluationStatus.Met, Verdict("就业")); // 1.35万 of at least 1.2万
        Assert.All(result.Observations, o => Assert.Equal(ObservationStatus.Normal, o.Status));
        Assert.All(result.Matches.Where(m => m.IsJudgeable), m => Assert.Contains(m.Outcome.Text, m.Observation!.Source!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("单位地区生产总值能耗下降3.2%", EvaluationStatus.Met)]
    [InlineData("单位地区生产总值能耗降幅达到2.5%", EvaluationStatus.Met)]
    [InlineData("单位地区生产总值能耗下降1.1%", EvaluationStatus.NotMet)]
    public void APromisedFallOfAnIntensity_IsJudgedOnTheFallTheReviewReports(string review, EvaluationStatus expected)
    {
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract("2025年，单位地区生产总值能耗降低2.5%左右，信访投诉量下降5%。", 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，" + review + "。"));
        var energy = Assert.Single(result.Matches, m => m.Indicator.Source.Contains("能耗", StringComparison.Ordinal));

        Assert.True(energy.IsJudgeable);
        Assert.Equal(expected, Evaluator.Default.Evaluate(energy.Indicator, ObservationSet.Create(result.Observations), new LocalDate(2026, 1, 31)).Status);
        Assert.IsType<Jinjiang.Indicators.Targets.ChangeTarget>(catalog.All.Single(i => i.Source.Contains("投诉", StringComparison.Ordinal)).Target); // a count the office observes itself
    }

    [Fact]
    public void ALevelToBreakThrough_IsAtLeastTheFigure_AndIsJudgedOnTheLevelAFiveYearReviewGivesAsItStands()
    {
        var candidates = PromiseExtractor.Extract("2025年，科技型中小企业突破8000家。", 2025);
        var promise = Assert.Single(candidates);
        Assert.Equal(PromiseKind.AtLeast, promise.Kind);
        Assert.Equal("科技型中小企业", promise.Object);

        var catalog = DraftCatalog.FromCandidates(candidates, WorkReport.ForArea("东湖区", 2025)).Value;
        var level = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("五年来，科技型中小企业超8200家，累计新增高新技术企业900家。"));
        var match = Assert.Single(level.Matches);
        Assert.True(match.IsJudgeable);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(match.Indicator, ObservationSet.Create(level.Observations), new LocalDate(2026, 1, 31)).Status);

        var total = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("五年来，累计培育科技型中小企业9000家。"));
        Assert.DoesNotContain(total.Matches, m => m.IsJudgeable); // a total over the years is not the level of the last one
    }

    [Fact]
    public void AStockAgainstAFlow_IsUnclear_AndFiveYearTotals_MatchNothing()
    {
        var result = OutcomeMatcher.Match(LastYear(), OutcomeExtractor.Extract(Review));
        var parks = Assert.Single(result.Matches, m => m.Indicator.Source.Contains("口袋公园", StringComparison.Ordinal));
        Assert.False(parks.IsJudgeable);
        Assert.Contains("stock", parks.Reason, StringComparison.Ordinal);
        Assert.Contains(result.UnmatchedOutcomes, o => o.IsMultiYear && o.Object.Contains("学校", StringComparison.Ordinal));
    }

    [Fact]
    public void NeverAcrossDimensions()
    {
        // A length outcome for an area promise, a level for a growth promise: no match.
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract("2025年，新增立体绿化5000平方米，全区生产总值增长6%以上。", 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("新增立体绿化5公里，全区生产总值6%。"));
        Assert.Empty(result.Matches);
        Assert.Equal(2, result.UnmatchedPromises.Count);
    }

    [Fact]
    public void AProvisionalFigure_GivesAProvisionalObservation_AndMilestonesTakeStatus()
    {
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract("2025年，新建城市绿道15公里。", 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var provisional = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("预计全年新建城市绿道16公里。"));
        Assert.Equal(ObservationStatus.Provisional, Assert.Single(provisional.Observations).Status);

        var bridge = new Indicator<bool>(new IndicatorId("east-bridge"), "东湖大桥建成通车", "East Lake bridge open", new Jinjiang.Indicators.Targets.MilestoneTarget(Jinjiang.Indicators.Targets.ReportPeriods.Year(2025))) { Report = WorkReport.ForArea("东湖区", 2025) };
        var school = new Indicator<bool>(new IndicatorId("east-school"), "滨江学校竣工投用", "Riverside school in use", new Jinjiang.Indicators.Targets.MilestoneTarget(Jinjiang.Indicators.Targets.ReportPeriods.Year(2025))) { Report = WorkReport.ForArea("东湖区", 2025) };
        var status = OutcomeMatcher.Match(new IndicatorCatalog([bridge, school]), OutcomeExtractor.Extract("东湖大桥建成通车，滨江学校加快建设。"));
        Assert.True(status.Matches.Single(m => m.Indicator == bridge).IsJudgeable);
        Assert.False(status.Matches.Single(m => m.Indicator == school).IsJudgeable); // under way is not done
    }

    [Fact]
    public void ProjectsOfThePlan_AreJudgedOnTheReviewsStatus()
    {
        const string Plan = "开工建设东湖引水等重大水利工程，加快实施滨江大桥等重大交通项目，推动南山光伏基地等项目竣工投产，推动西环通道贯通。";
        const string Review = "过去一年，惠及80万人的东湖引水工程启动建设，滨江大桥、南山光伏基地等重大项目加快实施，西环通道重点工程北段开通运营。";
        var report = WorkReport.ForArea("东湖区", 2025);
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.ExtractProjects(Plan, 2025), report).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract(Review));
        OutcomeMatch Of(string name) => result.Matches.Single(m => m.Indicator.NameChinese == name);

        Assert.True(Of("东湖引水").IsJudgeable); // 启动建设 for a promise to 开工建设
        Assert.True(Of("滨江大桥").IsJudgeable); // 加快实施 echoed
        Assert.False(Of("南山光伏基地").IsJudgeable); // under way is not 竣工投产
        Assert.False(Of("西环通道").IsJudgeable); // a key project of the corridor is not the corridor 贯通
        var set = ObservationSet.Create(result.Observations);
        Assert.All(result.Matches.Where(m => m.IsJudgeable), m => Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(m.Indicator, set, new LocalDate(2026, 1, 31)).Status));
    }

    [Fact]
    public void APacePromiseWordedWithFillers_AndARealGrowth_AreJudgedAlike()
    {
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.ExtractProjects("居民收入增长将与经济增长保持同步。", 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var pace = Assert.Single(catalog.All);

        var behind = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("全区生产总值增长6.0%；居民人均可支配收入实际增长4.9%。"));
        var gap = Assert.Single(behind.Observations);
        Assert.Equal(-1.1, gap.Value.Value, 6);
        Assert.Equal(EvaluationStatus.NotMet, Evaluator.Default.Evaluate(pace, ObservationSet.Create(behind.Observations), new LocalDate(2026, 1, 31)).Status);
    }

    [Fact]
    public void AProjectOpeningAfterACommitment_IsJudged_AndALineSectionIsNotTheStationItReaches()
    {
        var plan = "力争东湖站等项目建成投用，建成9号线东湖站段。";
        var catalog = DraftCatalog.FromCandidates([.. PromiseExtractor.Extract(plan, 2025), .. PromiseExtractor.ExtractProjects(plan, 2025)], WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("2025年，建成投用东湖站、滨江大桥等120个市级重点项目。"));

        var station = Assert.Single(result.Matches, m => m.Indicator.NameChinese == "东湖站");
        Assert.True(station.IsJudgeable);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(station.Indicator, ObservationSet.Create(result.Observations), new LocalDate(2026, 1, 31)).Status);
        Assert.DoesNotContain(result.Matches, m => m.Indicator.NameChinese.Contains("9号线", StringComparison.Ordinal));
    }

    [Fact]
    public void ANamedPlanToFinish_IsAMilestone_JudgedOnTheReviewsCompletion()
    {
        var plan = "完善规划体系，完成东湖片区城市更新三年行动计划，完成投资120亿元。";
        var projects = PromiseExtractor.ExtractProjects(plan, 2025);
        var task = Assert.Single(projects);
        Assert.Equal("东湖片区城市更新三年行动计划", task.Object);

        var catalog = DraftCatalog.FromCandidates(projects, WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("2025年，高标准完成东湖片区城市更新三年行动计划。"));
        var match = Assert.Single(result.Matches);
        Assert.True(match.IsJudgeable);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(match.Indicator, ObservationSet.Create(result.Observations), new LocalDate(2026, 1, 31)).Status);
    }

    [Fact]
    public void AQuotaSetAbove_IsAMilestone_JudgedOnTheReviewsCompletedTask()
    {
        var plan = "2025年主要预期目标是：生产总值增长6%，节能减排、降碳指标完成国家及省定目标。";
        var catalog = DraftCatalog.FromCandidates([.. PromiseExtractor.Extract(plan, 2025), .. PromiseExtractor.ExtractProjects(plan, 2025)], WorkReport.ForArea("东湖区", 2025)).Value;
        var quota = Assert.Single(catalog.All, i => i.NameChinese == "节能减排、降碳指标");

        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("2025年，生产总值增长6.2%，年度节能减排任务全面完成。"));
        var match = Assert.Single(result.Matches, m => m.Indicator == quota);
        Assert.True(match.IsJudgeable);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(quota, ObservationSet.Create(result.Observations), new LocalDate(2026, 1, 31)).Status);
    }

    [Fact]
    public void APacePromise_IsJudgedOnTheGapBetweenTwoGrowths_AndPartsAreUnclear()
    {
        var report = WorkReport.ForArea("东湖区", 2025);
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.ExtractProjects("居民收入增长与经济增长基本同步。", 2025), report).Value;
        var pace = Assert.Single(catalog.All);
        Assert.Equal(PromiseKind.Pace.ToString(), Assert.Single(PromiseExtractor.ExtractProjects("居民收入增长与经济增长基本同步。", 2025)).Kind.ToString());

        var kept = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("全区生产总值增长5.8%；居民人均可支配收入增长6.3%。"));
        var gap = Assert.Single(kept.Observations);
        Assert.Equal(0.5, gap.Value.Value, 6); // 6.3 - 5.8 points
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(pace, ObservationSet.Create(kept.Observations), new LocalDate(2026, 1, 31)).Status);

        var behind = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("全区生产总值增长6.5%；居民人均可支配收入增长5.2%。"));
        Assert.Equal(EvaluationStatus.NotMet, Evaluator.Default.Evaluate(pace, ObservationSet.Create(behind.Observations), new LocalDate(2026, 1, 31)).Status);

        var parts = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("全区生产总值增长5.8%；城乡居民人均可支配收入分别增长5.1%、6.9%。"));
        Assert.False(Assert.Single(parts.Matches).IsJudgeable);
    }

    [Fact]
    public void APromiseToOutpace_IsJudgedOnAGapAboveZero_AndAPartAgainstAPart()
    {
        var plan = "2025年主要目标：居民收入增长高于经济增长，力争农村居民收入增速快于城镇居民，全区生产总值增速高于全市平均水平。";
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.ExtractProjects(plan, 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        Assert.Equal(["居民收入增长高于经济增长", "农村居民收入增速快于城镇居民", "全区生产总值增速高于全市平均水平"], catalog.All.Select(i => i.NameChinese));
        Assert.All(catalog.All, i => Assert.Equal("more than 0 pp by 2025-12-31", Assert.IsType<AtLeastTarget>(i.Target).ToString()));

        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，全区生产总值增长6%，居民人均可支配收入增长6%，城镇、农村居民人均可支配收入分别增长5.2%、7.1%。"));
        var set = ObservationSet.Create(result.Observations);
        EvaluationStatus Verdict(int i) => Evaluator.Default.Evaluate(catalog.All[i], set, new LocalDate(2026, 1, 31)).Status;
        Assert.Equal(EvaluationStatus.NotMet, Verdict(0)); // 6% against 6%: not faster
        Assert.Equal(EvaluationStatus.Met, Verdict(1)); // 7.1% against 5.2%
        Assert.DoesNotContain(result.Matches, m => m.Indicator == catalog.All[2] && m.IsJudgeable); // the city's average is not in the district's review
    }

    [Theory]
    [InlineData("轨道交通运营里程超过300公里", null)] // more than 300: below the 320 promised or not, no one can say
    [InlineData("轨道交通运营里程超过330公里", EvaluationStatus.Met)]
    [InlineData("轨道交通运营里程近300公里", EvaluationStatus.NotMet)]
    [InlineData("轨道交通运营里程近340公里", null)]
    [InlineData("单位地区生产总值能耗降幅超过3%", EvaluationStatus.Met)] // a fall of more than 3% against one of about 2.5%
    public void AFigureGivenAsABound_IsJudgedOnlyWhenItSettlesThePromise(string review, EvaluationStatus? expected)
    {
        var plan = "2025年，轨道交通运营里程达到320公里，单位地区生产总值能耗降低2.5%左右。";
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract(plan, 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，" + review + "。"));

        var match = Assert.Single(result.Matches);
        Assert.Equal(expected is not null, match.IsJudgeable);
        if (expected is { } status)
        {
            Assert.Equal(status, Evaluator.Default.Evaluate(match.Indicator, ObservationSet.Create(result.Observations), new LocalDate(2026, 1, 31)).Status);
        }
        else
        {
            Assert.Contains("unclear: the review gives a bound", match.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void APartsFigureGivenWithRespectively_DoesNotJudgeTheWhole_ButAPartPromisedDoes()
    {
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract("2025年，出口增长4%左右，农村居民人均可支配收入增长7%。", 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，对东盟、欧盟市场出口分别增长12%、2.5%，城镇、农村居民人均可支配收入分别增长5.1%、7.4%。"));

        var exports = Assert.Single(result.Matches, m => m.Indicator.NameChinese == "出口");
        Assert.False(exports.IsJudgeable);
        Assert.Contains("a part's figure", exports.Reason, StringComparison.Ordinal);
        var rural = Assert.Single(result.Matches, m => m.Indicator.NameChinese == "农村居民人均可支配收入");
        Assert.True(rural.IsJudgeable);
        Assert.Equal(7.4, rural.Observation!.Value.Value, 6);
    }

    [Fact]
    public void AFigureStrivenForBeyondThePromise_IsAFloorAndStretch_JudgedLevelByLevel()
    {
        var candidates = PromiseExtractor.Extract("2025年主要目标：全区生产总值增长5.5%以上、力争6%，税收收入增长4%，争取5%。", 2025);
        Assert.Equal(["全区生产总值增长5.5%以上、力争6%", "税收收入增长4%，争取5%"], candidates.Select(c => c.Text));
        Assert.Equal([6.0, 5.0], candidates.Select(c => c.Stretch!.Value.Value));

        var catalog = DraftCatalog.FromCandidates(candidates, WorkReport.ForArea("东湖区", 2025)).Value;
        Assert.All(catalog.All, i => Assert.IsType<FloorAndStretchTarget>(i.Target));
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，全区生产总值增长5.8%，税收收入增长3.2%。"));
        var set = ObservationSet.Create(result.Observations);
        var gdp = Evaluator.Default.Evaluate(catalog.All[0], set, new LocalDate(2026, 1, 31));
        Assert.Equal(EvaluationStatus.Met, gdp.Status); // the floor kept, the stretch missed: a shortfall, not a broken promise
        Assert.Contains("力争目标未实现", gdp.ReasonChinese, StringComparison.Ordinal);
        Assert.Equal(EvaluationStatus.NotMet, Evaluator.Default.Evaluate(catalog.All[1], set, new LocalDate(2026, 1, 31)).Status);
    }

    [Fact]
    public void ALevelPromised_IsJudgedOnTheStock_NotOnTheYearsNewAmount()
    {
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.Extract("2025年，高新技术企业突破2000家，新增科技型中小企业300家。", 2025), WorkReport.ForArea("东湖区", 2025)).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，新增高新技术企业260家，总量达2150家；新增科技型中小企业320家。"));
        var set = ObservationSet.Create(result.Observations);

        var level = Assert.Single(result.Matches, m => m.Indicator.NameChinese == "高新技术企业");
        Assert.Equal(2150, level.Observation!.Value.Value);
        Assert.Equal(EvaluationStatus.Met, Evaluator.Default.Evaluate(level.Indicator, set, new LocalDate(2026, 1, 31)).Status);
        Assert.Equal(320, Assert.Single(result.Matches, m => m.Indicator.NameChinese == "科技型中小企业").Observation!.Value.Value);
    }

    [Fact]
    public void ARouteNamedByItsEnds_IsTheSameRoute_ButAnotherRouteIsNot()
    {
        Assert.True(OutcomeMatcher.RouteAlias("安平铁路安平至东湖段扩能改造", "西部通道重点工程安东铁路"));
        Assert.False(OutcomeMatcher.RouteAlias("安平铁路安平至东湖段扩能改造", "安南铁路"));
        Assert.False(OutcomeMatcher.RouteAlias("安东高速公路扩容", "安南扩容")); // no ends named: no alias
        var report = WorkReport.ForArea("东湖区", 2025);
        var catalog = DraftCatalog.FromCandidates(PromiseExtractor.ExtractProjects("加快实施安平铁路安平至东湖段扩能改造、平湖高速公路扩容等重大交通项目。", 2025), report).Value;
        var result = OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract("过去一年，安东铁路开通运营，平南扩容高速公路通车运行。"));
        var railway = Assert.Single(result.Matches);
        Assert.Contains("安平至东湖", railway.Indicator.NameChinese, StringComparison.Ordinal);
        Assert.Contains(result.UnmatchedPromises, p => p.NameChinese.Contains("平湖高速", StringComparison.Ordinal)); // 平南扩容 is another road
    }
}
