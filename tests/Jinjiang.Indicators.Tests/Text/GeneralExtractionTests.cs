using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Text;

/// <summary>Promises of other governments' reports, in our own sentences written in their styles.</summary>
public class GeneralExtractionTests
{
    [Fact]
    public void AParagraphNarratingLastYear_StaysPast_UntilItTurnsToThePlan()
    {
        var text = "市长在会上指出，二○二五年全市经济稳中有进，生产总值达三千亿元，年增百分之五点一。区级一般公共预算收入达二百亿元，年增百分之一点五。今年全市生产总值增长目标为百分之五左右。\n一般公共预算收入增长3%。";
        var found = PromiseExtractor.Extract(text, 2026);

        Assert.DoesNotContain(found, c => c.Text.Contains("二百亿元", StringComparison.Ordinal) || c.Text.Contains("一点五", StringComparison.Ordinal));
        Assert.Contains(found, c => c.Quantity?.Value == 5 && c.Text.EndsWith("百分之五左右", StringComparison.Ordinal)); // the original words, to the end of the figure
        Assert.Contains(found, c => c.Object == "一般公共预算收入" && c.Quantity?.Value == 3);
    }

    [Fact]
    public void ObjectsSharingOneFigure_AreAPromiseEach_AndAListInParenthesesIsOneName()
    {
        var found = PromiseExtractor.Extract("今年，社会消费品零售总额、固定资产投资增长4%左右，招商引资到位资金不低于500亿元、提供不少于三万个高校（本科、专科）毕业生岗位。", 2026);

        Assert.Contains(found, c => c.Object == "社会消费品零售总额" && c.Quantity?.Value == 4);
        Assert.Contains(found, c => c.Object == "固定资产投资" && c.Quantity?.Value == 4);
        Assert.Contains(found, c => c.Text == "提供不少于三万个高校（本科、专科）毕业生岗位" && c.Quantity?.BaseValue == 30_000);
    }

    [Fact]
    public void FiguresGivenInTurn_WithRespectively_AreAPromiseEach_UnderItsOwnName()
    {
        const string Clause = "城乡居民人均可支配收入分别增长6.5%和7%";
        var found = PromiseExtractor.Extract($"今年主要目标：力争{Clause}，工业增加值、社会消费品零售总额分别增长6%、8%左右，城镇和农村居民人均可支配收入分别达到6万元、3万元以上。", 2027);

        Assert.Equal(
            ["城镇居民人均可支配收入 Change 6.5 力争", "农村居民人均可支配收入 Change 7 力争", "工业增加值 About 6 Plain", "社会消费品零售总额 About 8 Plain",
                "城镇居民人均可支配收入 AtLeast 60000 Plain", "农村居民人均可支配收入 AtLeast 30000 Plain"],
            found.Select(c => $"{c.Object} {c.Kind} {c.Quantity!.Value.BaseValue * (c.Quantity.Value.Unit.Kind == QuantityKind.Ratio ? 100 : 1):0.###} {(c.Commitment == CommitmentLevel.Strive ? "力争" : c.Commitment)}"));
        Assert.All(found.Take(2), c => Assert.Equal("力争" + Clause, c.Text)); // each points at the clause that gives them all, past its lead-in

        var results = OutcomeExtractor.Extract("过去一年，先进制造业、数字经济核心产业增加值分别增长9.1%、12%。");
        Assert.Equal(["先进制造业增加值 9.1", "数字经济核心产业增加值 12"], results.Select(o => $"{o.Object} {o.Quantity!.Value.Value}"));
    }

    [Fact]
    public void EstimatesOfTheYearReviewed_AndFiguresThatFillTheirQuotes_AreNotPromises()
    {
        // A news digest with spaced figures: the estimates (预计，下同) and the packages named by a count (“20条”) are not plans.
        var text = "2026 年，东湖市出台 \"20 条 \" 政策、“45条”细则，全市生产总值增长 6%（预计，下同），财政收入增长 4%，新建学校 5 所。\n2027年，确保生产总值增长5.5%，新建学校8所。";
        var found = PromiseExtractor.Extract(text, 2027);

        Assert.Equal(["生产总值 5.5", "学校 8"], found.Select(c => $"{c.Object} {c.Quantity!.Value.Value}"));
        Assert.Empty(PromiseExtractor.Extract("今年出台“20条”政策、\"45 条\"细则。", 2027));
    }

    [Fact]
    public void ListsOfFiguresJoinedOrSharedOrCommitted_AreReadPromiseByPromise()
    {
        var found = PromiseExtractor.Extract(
            "2027年，东湖区发布十项为民办实事项目。力争工业投资增幅12%以上、限上零售额同比增长8%以上，财政收入达到30亿元、增幅6%以上，经营主体实现增长10%以上。"
            + "完成80块指示标牌及12个路口信号灯改造，新增学位2000个和床位300张，完成东湖、西湖两个示范基地各5000亩，森林覆盖率达45%。", 2027);

        Assert.Equal(
            ["工业投资 AtLeast 12", "限上零售额 Change 8", "财政收入 AtLeast 300000", "财政收入 AtLeast 6", "经营主体 Change 10",
                "指示标牌 Delivery 80", "路口信号灯改造 Delivery 12", "学位 Delivery 2000", "床位 Delivery 300",
                "东湖 Delivery 5000", "西湖两个示范基地 Delivery 5000", "森林覆盖率 AtLeast 45"],
            found.Select(c => $"{c.Object} {c.Kind} {c.Quantity!.Value.Value * (c.Quantity.Value.Unit == MeasureUnit.HundredMillionYuan ? 10_000 : 1):0.###}"));
    }

    [Fact]
    public void AnAge_AndRatesPerMille_AreFigures_ButASpanOfYearsAnAgeThatSaysWhoAndAFiveYearGoalAreNot()
    {
        var found = PromiseExtractor.Extract(
            "2027年，人均预期寿命提高到81.2岁，婴儿死亡率控制在2.5‰以内，孕产妇死亡率控制在千分之八以下，用3年时间建成15分钟生活圈，为65岁以上老年人免费体检，新增3岁以下婴幼儿托位。"
            + "\n到2031年，人均预期寿命提高到82岁以上，居民收入增长与经济增长同步。", 2027); // the second: a five-year plan's goal

        Assert.Equal(
            ["人均预期寿命 AtLeast 81.2 a", "婴儿死亡率 AtMost 2.5 ‰", "孕产妇死亡率 AtMost 8 ‰"],
            found.Select(c => $"{c.Object} {c.Kind} {c.Quantity}"));
        Assert.Empty(PromiseExtractor.ExtractProjects("到2031年，居民收入增长与经济增长同步。", 2027));
        Assert.Single(PromiseExtractor.Extract("到2029年，人均预期寿命提高到82岁以上。", 2027)); // two years on: the report's own promise
    }

    [Fact]
    public void TwoObjectsJoinedBy和_UnderBoth_AreAPromiseEach_AndALevelHeldIsAFloor()
    {
        var found = PromiseExtractor.Extract("2027年，城镇和农村污水集中处理率均达到100%，受污染农田和建设用地安全利用率保持“两个百分之百”，湿地保护率稳定在60%，研究和试验发展经费投入强度达到3%。", 2027);

        Assert.Equal(
            ["城镇污水集中处理率 Coverage", "农村污水集中处理率 Coverage", "受污染农田安全利用率 Coverage", "建设用地安全利用率 Coverage", "湿地保护率 AtLeast", "研究和试验发展经费投入强度 AtLeast"],
            found.Select(c => $"{c.Object} {c.Kind}"));
    }

    [Fact]
    public void AListOfDeeds_NumberedOrCounted_GivesNamesWithoutNumbersOrBareVerbs()
    {
        const string Plan = "今年，我区将办好十件实事：\n1.实施东湖公园、西湖公园等60个绿化项目，开工建设40个，年内完成35个。\n二是实施老旧小区改造工程，开工建设2000户。\n（3）新建和改扩建幼儿园8所，开展送戏下乡、广场舞会等活动120场次。\n四是开工建设东湖医院新院、新建北区公园等12个项目，新开工保障房3000套。";
        var found = PromiseExtractor.Extract(Plan, 2027);

        Assert.Equal(
            ["东湖公园、西湖公园等绿化项目 60", "开工建设绿化项目 40", "完成绿化项目 35", "开工建设老旧小区改造工程 2000", "幼儿园 8", "开展送戏下乡、广场舞会等活动 120", "开工建设东湖医院新院、新建北区公园等项目 12", "新开工保障房 3000"],
            found.Select(c => $"{c.Object} {c.Quantity!.Value.Value}"));
        Assert.Equal("实施东湖公园、西湖公园等60个绿化项目", found[0].Text);

        // Names listed before a count are its scope, and a name that ends with an amount is the promise reader's.
        Assert.DoesNotContain(PromiseExtractor.ExtractProjects(Plan, 2027), c => c.Object.Contains("送戏", StringComparison.Ordinal) || c.Object.Contains("东湖医院", StringComparison.Ordinal) || c.Object.Contains("3000", StringComparison.Ordinal));
    }

    [Fact]
    public void HealthyCoverageOfAService_IsNotAFullCoveragePromise_AndSmallFormSemicolonsEndClauses()
    {
        Assert.Empty(PromiseExtractor.Extract("健全覆盖全人群、全生命周期的养老服务体系。", 2026));

        var found = PromiseExtractor.Extract("城镇登记失业率控制在4%以内﹔粮食总产量保持在10万吨以上。", 2026);
        Assert.Contains(found, c => c.Object == "城镇登记失业率" && c.Kind == PromiseKind.AtMost);
        Assert.Contains(found, c => c.Object == "粮食总产量" && c.Kind == PromiseKind.AtLeast);
    }

    [Fact]
    public void ANewsHeadline_RestatingTheBody_IsNotAPromise_ButAPlansLeadInIs()
    {
        var page = "来源: https://news.example.cn/2026/01/20/a-very-long-address-of-the-page-as-copied-with-its-query.html\n听新闻\n0:00 / 0:00\n东湖区两会 区长：今年经济增速拼5%\n区长在会上表示，今年全区生产总值增长5%左右，一般公共预算收入增长3%。";
        var found = PromiseExtractor.Extract(page, 2026);
        Assert.DoesNotContain(found, c => c.Text.Contains("拼5%", StringComparison.Ordinal));
        Assert.Contains(found, c => c.Object == "全区生产总值" && c.Quantity?.Value == 5);

        var plan = PromiseExtractor.Extract("主要预期目标：地区生产总值增长5%左右\n全年新建绿道10公里。", 2026);
        Assert.Contains(plan, c => c.Text.StartsWith("地区生产总值", StringComparison.Ordinal));
    }

    [Fact]
    public void TheGovernmentThatSpeaks_AndATrailingEtc_AreNotPartOfAName()
    {
        var found = PromiseExtractor.Extract("今年，东湖市还将新建保障性住房5000套，社会消费品零售总额增长5%等。", 2026);

        Assert.Contains(found, c => c.Object == "保障性住房");
        Assert.Contains(found, c => c.Object == "社会消费品零售总额");
    }

    [Fact]
    public void AMillionMuCampaign_IsAnArea_ButAPlantsScaleIsNotAFigure()
    {
        var found = PromiseExtractor.Extract("2026年，确保新一轮百万亩国土绿化行动圆满完成，推进千万吨炼化一体化项目建设。", 2026);

        Assert.Contains(found, c => c.Quantity is { } q && q.Kind == QuantityKind.Area && q.Value == 1_000_000);
        Assert.DoesNotContain(found, c => c.Text.Contains("千万吨", StringComparison.Ordinal));
        Assert.Empty(ChineseQuantityParser.FindAll("老百姓的钱袋子"));
    }

    [Fact]
    public void OneHundredPercentInWords_IsRead()
    {
        var found = PromiseExtractor.Extract("2026年，城市生活污水集中收集率保持百分之百。", 2026);
        Assert.Contains(found, c => c.Kind == PromiseKind.Coverage && c.Text.Contains("百分之百", StringComparison.Ordinal));
    }

    [Fact]
    public void CountsOfPeople_AboutTargets_AndCompoundVerbs_AreRead()
    {
        var found = PromiseExtractor.Extract("2025年，力争全区生产总值增长5.5%左右，新建改建乡村道路86公里，新增城镇就业8000人以上，培训农民工1.5万人次，帮扶困难家庭300户。", 2025);
        Assert.Contains(found, c => c.Kind == PromiseKind.About && c.QuantityText == "5.5%" && c.Commitment == CommitmentLevel.Strive);
        Assert.Contains(found, c => c.Object == "乡村道路" && c.Quantity is { } q && q.BaseValue == 86_000);
        Assert.Contains(found, c => c.Object == "城镇就业" && c.Quantity is { Kind: QuantityKind.Count } q && q.Value == 8000 && q.Unit == MeasureUnit.Person);
        Assert.Contains(found, c => c.Quantity is { } q && q.Unit == MeasureUnit.PersonTime && q.BaseValue == 15_000);
        Assert.Contains(found, c => c.Quantity is { } q && q.Unit == MeasureUnit.Household && q.Value == 300);
    }

    [Fact]
    public void MeetingsWithChineseNumerals_AreNotQuantities()
    {
        var found = PromiseExtractor.Extract("认真贯彻区委九届六次全会和第三次会议精神，新建口袋公园4个。", 2025);
        Assert.Equal(["新建口袋公园4个"], found.Select(c => c.Text));
    }

    [Fact]
    public void ANumberThatCountsWhatAPromiseIsAbout_IsNotADelivery()
    {
        var found = PromiseExtractor.Extract("确保3个集中安置小区居民住得安心，提升城东、城西两条河道滨水品质，完成老旧管网改造12公里。", 2025);
        Assert.Equal(["完成老旧管网改造12公里"], found.Select(c => c.Text));
    }

    [Fact]
    public void ResultsOfEarlierYears_AndYearOnYearFigures_AreNotPromises()
    {
        var text = "2024年全区生产总值增长5.8%。预计全年完成投资120亿元，社会消费品零售总额86亿元、同比增长6.1%。2025年，新建口袋公园5个。";
        Assert.Equal(["新建口袋公园5个"], PromiseExtractor.Extract(text, 2025).Select(c => c.Text));
    }

    [Fact]
    public void AStraySpaceAfterTheDecimalPoint_IsRead_AndATotalInvestmentIsAScope()
    {
        var found = PromiseExtractor.Extract("新增普惠托位1. 2万个，开工建设总投资6.5亿元的区医院迁建项目。", 2025);
        var places = Assert.Single(found);
        Assert.Equal(12_000, places.Quantity!.Value.Value);
    }

    [Fact]
    public void APromiseRepeatedWordForWord_IsOnePromise_TheOneInTheBody()
    {
        var text = "新建城市绿道8公里\n2025年，新建城市绿道8公里，新增停车位1200个。";
        var found = PromiseExtractor.Extract(text, 2025);
        Assert.Equal(["新建城市绿道8公里", "新增停车位1200个"], found.Select(c => c.Text));
        Assert.True(found[0].Start > text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void ABaseYear_IsNotAResult()
    {
        var found = PromiseExtractor.Extract("到2025年，单位地区生产总值能耗比2020年下降13.5%。", 2022);
        Assert.Single(found);
    }

    [Fact]
    public void AReviewOfPastYears_IsNotAPlan()
    {
        var text = "五年来，全区生产总值年均增长7.2%，累计建成保障房1.2万套。区长在会上说，2021年在疫情冲击的情况下，实现一般公共预算收入增长6.3%。今年，新建口袋公园5个。";
        Assert.Equal(["新建口袋公园5个"], PromiseExtractor.Extract(text, 2022).Select(c => c.Text));
    }

    [Fact]
    public void ASectionOfResults_UnderItsHeading_IsNotAPlan()
    {
        const string Text = "■ 2025年成绩单\n●全区生产总值增长6%左右\n●新建口袋公园12个\n■ 2026年主要目标\n●新建口袋公园15个\n●城镇新增就业1.1万人以上\n";
        var found = PromiseExtractor.Extract(Text, 2026);
        Assert.DoesNotContain(found, c => c.QuantityText is "6%" or "12个");
        Assert.Contains(found, c => c.QuantityText == "15个");
        Assert.Contains(found, c => c.Object.Contains("就业", StringComparison.Ordinal));

        // Numbered headings too, and a plan heading ends the review.
        var numbered = PromiseExtractor.Extract("一、2025年工作回顾\n全年新建学校5所，改造老旧小区40个。\n二、2026年工作安排\n新建学校3所。\n", 2026);
        Assert.Equal(["3所"], numbered.Select(c => c.QuantityText));
    }

    [Fact]
    public void ACountOfThingsListed_UnderAVerbOfProgress_IsTheirScope()
    {
        Assert.Empty(PromiseExtractor.Extract("加快5号线等8条线路建设。", 2026));
        Assert.Empty(PromiseExtractor.Extract("推进滨江公园等6个项目前期工作。", 2026));
        var delivered = PromiseExtractor.Extract("建成开通地铁5号线等3条线路。", 2026);
        Assert.Contains(delivered, c => c.QuantityText == "3条");
    }

    [Fact]
    public void NamedProjects_AreMilestones_OnRequest_KeepingTheirVerb()
    {
        const string Plan = "开工建设东湖引水等重大水利工程，加快实施滨江大桥、城东快速路扩容等重大交通项目，推动南山光伏基地、北湖电池产业园等项目竣工投产，开展社区食堂改革试点。";
        Assert.Empty(PromiseExtractor.Extract(Plan, 2026)); // no measurable promise
        var projects = PromiseExtractor.ExtractProjects(Plan, 2026);
        Assert.Equal(["东湖引水", "滨江大桥", "城东快速路扩容", "南山光伏基地", "北湖电池产业园", "社区食堂改革试点"], projects.Select(p => p.Object));
        Assert.All(projects, p => Assert.Equal(PromiseKind.Milestone, p.Kind));
        Assert.Equal("开工建设东湖引水", projects[0].Text);
        Assert.Equal("推动南山光伏基地竣工投产", projects[3].Text);
        Assert.All(projects, p => Assert.Equal(new NodaTime.LocalDate(2026, 12, 31), p.Deadline));
        Assert.Empty(PromiseExtractor.ExtractProjects("推动扩大内需，加快发展方式绿色转型。", 2026)); // aims, not projects
    }

    [Fact]
    public void AVeryLongSentence_GivesBoundedContext_SoTheOutputIsLinear()
    {
        var clause = "新建口袋公园5个；";
        var text = string.Concat(Enumerable.Repeat(clause, 20_000)); // 180,000 characters and no 。
        var found = PromiseExtractor.Extract(text, 2025);
        Assert.Single(found); // one promise, repeated
        Assert.True(found.Sum(c => c.Sentence.Length) <= 400);
        var distinct = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"新建口袋公园{i + 1}个；"));
        var many = PromiseExtractor.Extract(distinct, 2025);
        Assert.Equal(5_000, many.Count);
        Assert.All(many, c => Assert.True(c.Sentence.Length <= 400));
    }

    [Fact]
    public void AboutOnARateToHoldDown_IsACeiling_InADraft()
    {
        var report = WorkReport.ForArea("东湖区", 2025);
        var drafts = DraftCatalog.FromCandidates(PromiseExtractor.Extract("城镇调查失业率控制在5.5%左右，居民消费价格涨幅2%左右，地区生产总值增长5%左右。", 2025), report).Value.All;
        Assert.Equal(3, drafts.Count);
        // 左右 bounds the bad side only: above the figure for unemployment and prices, below it for growth.
        Assert.False(Assert.IsType<Jinjiang.Indicators.Targets.AboutTarget>(drafts[0].Target).HigherIsBetter);
        Assert.False(Assert.IsType<Jinjiang.Indicators.Targets.AboutTarget>(drafts[1].Target).HigherIsBetter);
        Assert.True(Assert.IsType<Jinjiang.Indicators.Targets.AboutTarget>(drafts[2].Target).HigherIsBetter);
        Assert.Equal(0.005, ((Jinjiang.Indicators.Targets.AboutTarget)drafts[0].Target).HalfWidth.BaseValue, 9); // ±0.5 percentage point for a rate
        Assert.Contains("held down", drafts[0].Interpretation);
    }
}
