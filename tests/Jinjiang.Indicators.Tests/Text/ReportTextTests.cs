using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Text;

/// <summary>
/// Report text as it is really copied (issue 27), read once for every reader: our own sentences written to the
/// patterns of reprints, mirrors, PDF copies and saved pages.
/// </summary>
public class ReportTextTests
{
    [Fact]
    public void TraditionalCharacters_AreReadSimplified_AndTheCandidatePointsIntoTheOriginal()
    {
        const string text = "二〇二六年主要預期目標：全區生產總值增長6%左右，新建綠道12公里，確保完成。";
        var found = PromiseExtractor.Extract(text, 2026);
        var greenway = Assert.Single(found, c => c.Quantity is { Value: 12 });
        Assert.Equal("绿道", greenway.Object[^2..]);
        Assert.Equal(text.IndexOf("新建綠道12公里", StringComparison.Ordinal), greenway.Start);
        Assert.Equal("新建綠道12公里", greenway.Text); // the original's words, where they stand
        Assert.Contains(found, c => c.Quantity is { Value: 6 } && c.Object.Contains("生产总值", StringComparison.Ordinal));
    }

    [Fact]
    public void ASummarysPointsOnOneLine_AreSentences_WithoutTheirCitationMarks_OrTheirHeadings()
    {
        const string text = "2026年工作回顾 - 经济稳中向好：全市生产总值增长5.6%，进出口总额、工业投资分别增长3.1%、8.8% [2] - 民生持续改善：新建学校12所 [3]";
        var found = OutcomeExtractor.Extract(text);

        Assert.Equal(["生产总值 5.6", "进出口总额 3.1", "工业投资 8.8", "学校 12"], found.Select(o => $"{o.Object} {o.Quantity!.Value.Value}"));
        Assert.Equal("经济稳中向好：全市生产总值增长5.6%", found[0].Text);
        Assert.StartsWith("2026年工作回顾。经济稳中向好：", ReportText.Of(text).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMarkdownSummary_ItsHeadingsBulletsAndEmphasis_IsReadLikeAReport()
    {
        const string text = "### 一、2026年工作回顾\n- **经济运行**：全市生产总值增长5.3%[1]。\n### 二、2027年主要预期目标\n- **生产总值增长**：5%左右\n- **研发投入强度**：达到3%";
        var found = PromiseExtractor.Extract(text, 2027);

        Assert.Equal(["生产总值 About 5", "研发投入强度 AtLeast 3"], found.Select(c => $"{c.Object} {c.Kind} {c.Quantity!.Value.Value}"));
        Assert.Equal(text.IndexOf("生产总值增长**", StringComparison.Ordinal), found[0].Start); // past the bullet and its marks, in the original
    }

    [Fact]
    public void TheSimplifiedTable_IsComplete_NotTheCharactersOfOneText()
    {
        foreach (var (traditional, simplified) in new[] { ('萬', '万'), ('億', '亿'), ('確', '确'), ('預', '预'), ('醫', '医'), ('鐵', '铁'), ('灣', '湾'), ('戲', '戏'), ('籲', '吁'), ('龜', '龟') })
        {
            Assert.Equal(simplified, ReportText.Simplified(traditional));
        }

        Assert.Equal('著', ReportText.Simplified('著')); // simplified Chinese writes it too (显著)
        Assert.Equal('绿', ReportText.Simplified('绿'));
    }

    [Fact]
    public void PinyinAfterCharacters_IsRemoved()
    {
        var read = ReportText.Of("新建(xīn jiàn)口袋公园(kǒu dài gōng yuán)20个");
        Assert.Equal("新建口袋公园20个", read.Text);
        Assert.Equal("口袋公园20个", read.OriginalOf(2, 4 + 3).Replace("(kǒu dài gōng yuán)", string.Empty, StringComparison.Ordinal));
        Assert.Equal("新建(xīn jiàn)口袋公园(kǒu dài gōng yuán)20个".IndexOf('口'), read.Origin(2));
    }

    [Theory]
    [InlineData("全年新建城市绿道1\n5公里，确保年底前完工并向市民开放使用。", "15公里")]
    [InlineData("今年要新增公共停车泊位12\n00个，进一步缓解老城区停车难的问题。", "1200个")]
    public void APdfCopysHardBreakInsideANumber_IsJoined(string text, string quantity)
    {
        var candidate = Assert.Single(PromiseExtractor.Extract(text, 2024));
        Assert.Equal(quantity, candidate.QuantityText);
    }

    [Fact]
    public void AShortLineBreak_IsAHeadingOrAListItem_NotJoined()
    {
        Assert.Equal("一、主要目标\n新建绿道10公里。", ReportText.Of("一、主要目标\n新建绿道10公里。").Text);
    }

    [Fact]
    public void HtmlSavedFromABrowser_IsReadAsText_WithoutScriptsOrTags()
    {
        const string html = "<!DOCTYPE html><html><head><title>报告</title><script>var total = 3000; // 新建3000个</script><style>p{margin:0}</style></head>"
            + "<body><div class=\"content\"><p>今年新建口袋公园&nbsp;20个。</p><p>全年新增就业岗位1.2万个。</p></div><footer>访问量：123456次</footer></body></html>";
        var found = PromiseExtractor.Extract(html, 2024);
        Assert.Equal(2, found.Count);
        Assert.All(found, c => Assert.DoesNotContain("<", c.Object, StringComparison.Ordinal));
        Assert.DoesNotContain(found, c => c.Quantity is { Value: 3000 });
        Assert.Equal(html.IndexOf("今年新建口袋公园", StringComparison.Ordinal), found[0].Start);
        Assert.Equal("今年新建口袋公园&nbsp;20个", found[0].Text); // the page's own characters, where they stand
    }

    [Theory]
    [InlineData("城镇调查失业率控制在百分之五点五左右。", "5.5%左右")]
    [InlineData("居民消费价格涨幅约百分之二。", "2%")]
    [InlineData("二○二六年全市生产总值增长百分之五。", "2026年全市生产总值增长5%。")]
    [InlineData("推介项目总投资不低于2,000亿元。", "推介项目总投资不低于2000亿元。")]
    [InlineData("全年完成投资１２０亿元。", "全年完成投资120亿元。")]
    public void NumbersWrittenOut_AreReadAsDigits(string text, string expected)
        => Assert.Contains(expected, ReportText.Of(text).Text, StringComparison.Ordinal);

    [Fact]
    public void AFullWidthYearInTheTitle_IsRead()
    {
        Assert.True(WorkReportTitle.TryRead("某某市人民政府工作报告（２０２４年１月１０日）\n各位代表：", out var report));
        Assert.Equal(2024, report!.Year);
    }

    [Fact]
    public void AFlattenedTableOfLastYearsResults_IsNotDraftedAsPromises()
    {
        const string text = "一、2023年计划执行情况\n主要指标完成情况如下：\n指标名称\n预期目标\n实际完成\n一、综合发展\n地区生产总值\n增长6%左右\n增长4.5%\n"
            + "二、2024年计划安排\n全市地区生产总值增长5.5%左右。";
        var found = PromiseExtractor.Extract(text, 2024);
        var only = Assert.Single(found);
        Assert.Equal(5.5, only.Quantity!.Value.Value, 9);
    }

    [Fact]
    public void AFiveYearOutlinesIndicators_AreNotThisYearsPromises()
    {
        const string text = "规划纲要草案提出，未来五年地区生产总值年均增长5%左右。今年地区生产总值增长5.5%左右。";
        var only = Assert.Single(PromiseExtractor.Extract(text, 2026));
        Assert.Equal(5.5, only.Quantity!.Value.Value, 9);
    }

    [Fact]
    public void AReviewOfTheYearAndTheFiveYears_KeepsTheYearsOwnFigures()
    {
        const string review = "一、2025年和“十四五”时期工作回顾\n刚刚过去的2025年，全市地区生产总值增长5.2%，新建口袋公园60个。\n五年来，累计新建口袋公园300个。\n";
        var outcomes = OutcomeExtractor.Extract(review);
        Assert.Contains(outcomes, o => o.Quantity is { Value: 60 } && !o.IsMultiYear);
        Assert.Contains(outcomes, o => o.Quantity is { Value: 5.2 } && !o.IsMultiYear);
        Assert.Contains(outcomes, o => o.Quantity is { Value: 300 } && o.IsMultiYear);
    }
}

/// <summary>Lead-ins, ranges, links and qualifiers (issue 27), in our own sentences.</summary>
public class ExtractionGeneralizationTests
{
    [Fact]
    public void ALeadIn_IsNotKeptInTheCandidate_NorInItsName()
    {
        const string text = "报告提出今年主要预期目标：全区生产总值增长6%左右。";
        var only = Assert.Single(PromiseExtractor.Extract(text, 2024));
        Assert.Equal("全区生产总值增长6%左右", only.Text);
        Assert.Equal(text.IndexOf("全区", StringComparison.Ordinal), only.Start);
        Assert.DoesNotContain("目标", only.Object, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("今年全区生产总值增长5%至5.5%。")]
    [InlineData("今年全区生产总值增长5%—5.5%。")]
    [InlineData("今年全区生产总值增长5 .0%-5. 5%。")]
    public void ARangeWithTheUnitOnBothEnds_IsRead(string text)
    {
        var only = Assert.Single(PromiseExtractor.Extract(text, 2024));
        Assert.Equal(5, only.Quantity!.Value.Value, 9);
        Assert.Equal(5.5, only.UpperQuantity!.Value.Value, 9);
    }

    [Fact]
    public void ASourceLineOrLink_IsNotAPromise()
    {
        Assert.Empty(PromiseExtractor.Extract("来源：https://example.org/2024/report_10086.html 发布于2024年1月\n", 2024));
    }

    [Fact]
    public void AnOutcomeOfEnergyPerUnitOfOutput_IsNotTheOutputsGrowth()
    {
        var report = WorkReport.ForArea("某某市", 2024);
        var catalog = Jinjiang.Indicators.Catalog.DraftCatalog.FromCandidates(PromiseExtractor.Extract("今年国内生产总值增长5%左右。", 2024), report).Value;
        var outcomes = OutcomeExtractor.Extract("过去一年，单位国内生产总值能耗降低3.2%。");
        Assert.Empty(Jinjiang.Indicators.Catalog.OutcomeMatcher.Match(catalog, outcomes).Matches);
        var growth = OutcomeExtractor.Extract("过去一年，国内生产总值增长5.2%。");
        Assert.Single(Jinjiang.Indicators.Catalog.OutcomeMatcher.Match(catalog, growth).Matches);
    }
}

/// <summary>Outcomes matched across the ways reports write the same indicator (issue 27), in our own sentences.</summary>
public class OutcomeMatchingGeneralizationTests
{
    private static Jinjiang.Indicators.Catalog.OutcomeMatches Match(string plan, string review, int year)
    {
        var report = WorkReport.ForArea("某某省", year);
        var catalog = Jinjiang.Indicators.Catalog.DraftCatalog.FromCandidates(PromiseExtractor.Extract(plan, year), report).Value;
        return Jinjiang.Indicators.Catalog.OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract(review));
    }

    [Fact]
    public void ATraditionalScriptPlan_IsMatchedToASimplifiedReview()
    {
        var result = Match("今年全省生產總值增長5.5%左右，城鎮新增就業50萬人以上。", "过去一年，全省生产总值增长5.6%，城镇新增就业52万人。", 2024);
        Assert.Equal(2, result.Matches.Count);
    }

    [Fact]
    public void GdpAndItsChineseNames_AreOneIndicator()
    {
        var result = Match("今年GDP增长5%左右。", "过去一年，全省地区生产总值增长5.2%。", 2024);
        Assert.Single(result.Matches);
    }

    [Fact]
    public void ExportsAreNotTradeAsAWhole()
    {
        var result = Match("今年出口增长3%左右。", "过去一年，进出口下降5.4%。", 2024);
        Assert.Empty(result.Matches);
    }

    [Fact]
    public void SpacesAroundAFigure_AsAPdfCopyLeavesThem_DoNotHideIt()
    {
        var outcomes = OutcomeExtractor.Extract("过去一年，城镇新增就业 1256 万人，国内生产总值达 134.9 万亿元。");
        Assert.Contains(outcomes, o => o.Quantity is { Value: 12_560_000 } || o.Quantity is { Value: 1256 });
    }
}

/// <summary>Which years a figure speaks of (issue 27), in our own sentences.</summary>
public class TimeAttributionTests
{
    [Fact]
    public void AnEndedPlanPeriodsResults_AreNotPromises()
    {
        Assert.Empty(PromiseExtractor.Extract("“十四五”时期累计实施重大项目1.2万个，年度投资保持在8000亿元以上。", 2026));
        Assert.Single(PromiseExtractor.Extract("“十四五”最后一年，新建城市绿道20公里。", 2025)); // the period is not over in its last year
    }

    [Fact]
    public void AnAverageOverAPlanPeriod_IsNotThisYearsFigure_UnlessTheReportSetsItsOwnFiveYears()
    {
        Assert.Empty(PromiseExtractor.Extract("全市地区生产总值年均增长5%左右，现代化产业体系更加完善。", 2026));
        Assert.Single(PromiseExtractor.Extract("今后五年，全市地区生产总值年均增长6%左右。", 2022));
    }

    [Fact]
    public void TheListOfAnOutlinesIndicators_GoesOnAfterItsSentence()
    {
        Assert.Empty(PromiseExtractor.Extract("规划纲要草案提出了20个预期性指标。其中，城镇调查失业率控制在5.5%以内。", 2026));
    }

    [Fact]
    public void AYearBeforeTheObject_IsNotInTheName()
    {
        var candidate = Assert.Single(PromiseExtractor.Extract("2024年地区生产总值增长6%以上。", 2024));
        Assert.Equal("地区生产总值", candidate.Object);
    }

    [Fact]
    public void APercentWrittenInTraditionalWords_IsRead()
        => Assert.Contains("4.6%左右", ReportText.Of("研發經費支出占比達百分之四點六左右").Text, StringComparison.Ordinal);
}

/// <summary>Numbers and sentences that are not promises (issue 27), in our own sentences.</summary>
public class NotAPromiseTests
{
    [Theory]
    [InlineData("出台稳就业20项举措，落实减税降费政策。")]
    [InlineData("制定促消费15条措施。")]
    [InlineData("擦亮两张“城市名片”，一张蓝图绘到底。")]
    [InlineData("完成国家下达的节能减排目标任务。")]
    public void IsNotDrafted(string text) => Assert.Empty(PromiseExtractor.Extract(text, 2024));

    [Fact]
    public void ACountOfThingsDelivered_IsStillDrafted()
        => Assert.Single(PromiseExtractor.Extract("新建“口袋公园”20个。", 2024));
}

/// <summary>A mirror's machine-rewritten copy (伪原创) read as the report (issue 27), in our own sentences.</summary>
public class SpunTextTests
{
    [Fact]
    public void ARewrittenCopy_IsReadAsTheReport_AndPointsAtItsOwnWords()
    {
        const string text = "市长在作当局任务讲演时表现，本年重要预期目的是：地域出产总值增加6%阁下，牢固资产投资增加5%。";
        var found = PromiseExtractor.Extract(text, 2025);
        var gdp = Assert.Single(found, c => c.Quantity is { Value: 6 });
        Assert.Equal("地区生产总值", gdp.Object);
        Assert.Equal("地域出产总值增加6%阁下", gdp.Text);
        Assert.Contains(found, c => c.Quantity is { Value: 5 } && c.Object == "固定资产投资");
    }

    [Fact]
    public void AGenuineTextWithOneLookalikeWord_IsLeftAlone()
    {
        Assert.Equal("开展名目繁多的检查，增加5%的投入。", ReportText.Of("开展名目繁多的检查，增加5%的投入。").Text);
    }
}

/// <summary>Growth promised with a year before it, 降幅, and business names (issue 27), in our own sentences.</summary>
public class GrowthMatchingTests
{
    private static Jinjiang.Indicators.Catalog.OutcomeMatches Match(string plan, string review)
    {
        var catalog = Jinjiang.Indicators.Catalog.DraftCatalog.FromCandidates(PromiseExtractor.Extract(plan, 2025), WorkReport.ForArea("某某省", 2025)).Value;
        return Jinjiang.Indicators.Catalog.OutcomeMatcher.Match(catalog, OutcomeExtractor.Extract(review));
    }

    [Fact]
    public void AGrowthPromisedAfterItsYear_IsMatchedToTheGrowthReported()
        => Assert.Single(Match("2025年全省地区生产总值增长5%左右。", "过去一年，地区生产总值增长5.2%。").Matches);

    [Fact]
    public void ADropGivenAsItsSize_IsAChangeDown()
    {
        var outcome = Assert.Single(OutcomeExtractor.Extract("过去一年，单位地区生产总值能耗降幅达到3%。"));
        Assert.Equal(-3, outcome.Quantity!.Value.Value, 9);
    }

    [Fact]
    public void BusinessesGoByTwoNames()
        => Assert.Single(Match("为经营主体减负2500亿元以上。", "过去一年，全年为企业减负超3300亿元。").Matches);
}

/// <summary>Clauses that do not end at every comma (issue 27), in our own sentences.</summary>
public class ClauseTests
{
    [Fact]
    public void ACommaInsideAShortParenthesis_DoesNotEndTheClause()
    {
        var only = Assert.Single(PromiseExtractor.Extract("今年提供不少于5000个见习岗位（含机关、事业单位，以及国有企业）给高校毕业生。", 2024));
        Assert.Contains("国有企业）给高校毕业生", only.Text, StringComparison.Ordinal);
    }
}

/// <summary>A promise a digest states twice reads once (issue 27), in our own sentences.</summary>
public class RepeatedPromiseTests
{
    [Fact]
    public void APromiseRestatedWithItsAbbreviationAndSettingWords_IsOneCandidate_TheLaterKept()
    {
        const string text = "其中全市生产总值（GDP）增长目标设定为5%左右。市长表示，今年全市生产总值增长5%左右。";
        var only = Assert.Single(PromiseExtractor.Extract(text, 2026));
        Assert.Equal(text.LastIndexOf("今年全市生产总值增长", StringComparison.Ordinal), only.Start);
        Assert.Equal("全市生产总值", only.Object);
    }
}

/// <summary>Events counted (场), in our own sentence.</summary>
public class EventCountTests
{
    [Fact]
    public void EventsCountedInChang_AreACount()
    {
        var only = Assert.Single(PromiseExtractor.Extract("全年举办各类招聘活动300场以上。", 2024));
        Assert.Equal(new Jinjiang.Indicators.Quantities.Measure(300, Jinjiang.Indicators.Quantities.MeasureUnit.ItemChang), only.Quantity);
    }
}

/// <summary>Project milestones read from a normalized text keep the words the reader put together.</summary>
public class ProjectsFromNormalizedTextTests
{
    [Fact]
    public void AMilestoneReadFromATraditionalReprint_KeepsItsVerbAndName()
    {
        var project = Assert.Single(PromiseExtractor.ExtractProjects("開工建設引大濟岷等重大水利工程。", 2025));
        Assert.Contains("引大济岷", project.Text, StringComparison.Ordinal);
        Assert.StartsWith("开工建设", project.Text, StringComparison.Ordinal);
    }
}

/// <summary>People counted without the word 人 (issue 27), in our own sentences.</summary>
public class UnsaidPeopleTests
{
    [Theory]
    [InlineData("全年城镇新增就业8万。", 80_000)]
    [InlineData("农村低收入人口减少2.5万。", 25_000)]
    public void TenThousandsAfterAPeopleWord_ArePeople(string text, double people)
    {
        var only = Assert.Single(PromiseExtractor.Extract(text, 2024));
        Assert.Equal(people, only.Quantity!.Value.BaseValue, 6);
        Assert.Equal(Jinjiang.Indicators.Quantities.QuantityKind.Count, only.Quantity.Value.Kind);
    }

    [Fact]
    public void TenThousandsWithoutAPeopleWord_AreNotGuessed()
        => Assert.Empty(ChineseQuantityParser.FindAll("投资增加100万。"));
}
