using System.Buffers;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// The Chinese words every reader and matcher of report text uses, in one place: comparators, change verbs, hedges,
/// completion and project words, the openings of results and of plans. A word changes here and every reader
/// follows. (Single words that decide one rule, such as 力争 and 确保 for the commitment, stay beside that rule.)
/// </summary>
internal static class Lexicon
{
    /// <summary>Comparators: strictly above the figure (超过5%, 高于).</summary>
    internal static readonly string[] StrictlyAbove = ["超过", "高于"];

    /// <summary>Comparators: at least the figure, written after it (以上) or before it (不低于, 达到).</summary>
    internal static readonly string[] AtLeast = ["以上", "不低于", "不少于", "达到", "突破", "达", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "保持在", "稳定在"];

    /// <summary>Comparators: at most the figure (以下, 以内, 控制在, 不超过).</summary>
    internal static readonly string[] AtMost = ["以下", "以内", "不超过", "控制在", "低于", "不满", "降至", "降到", "下降到", "下降至", "降低到", "降低至"];

    /// <summary>Comparators: not below the figure (不低于, 不少于): at least, inclusive.</summary>
    internal static readonly string[] NotBelow = ["不低于", "不少于"];

    /// <summary>Comparators: strictly below the figure (低于, 不满).</summary>
    internal static readonly string[] StrictlyBelow = ["低于", "不满"];

    /// <summary>Change verbs of a promise: a cut (减少, 下降, 降低, 压减).</summary>
    internal static readonly string[] PromisedDecrease = ["减少", "下降", "降低", "压减"];

    /// <summary>Change verbs of a promise: a rise (增长, 提高, 提升, 增加).</summary>
    internal static readonly string[] PromisedIncrease = ["增长", "提高", "提升", "增加"];

    /// <summary>Change words of a reported result: a rise (增长, 增速, 增幅).</summary>
    internal static readonly string[] ReportedIncrease = ["增长", "增加", "提高", "上涨", "上升", "增速", "增幅"];

    /// <summary>Change words of a reported result: a fall (下降, 降幅).</summary>
    internal static readonly string[] ReportedDecrease = ["下降", "减少", "降低", "降幅"];

    /// <summary>Words between a reported result's object and its figure (约, 近, 超过, 达到, 突破).</summary>
    internal static readonly string[] ResultHedges = ["了", "为", "约", "近", "超过", "超", "达到", "达", "突破", "逾", "分别"];

    /// <summary>Objects whose promised fall a review reports as a rate (单位国内生产总值能耗降低2.5%: 降幅3%): intensities and emissions.</summary>
    internal static readonly string[] ReportedFalls = ["能耗", "能源消耗", "二氧化碳排放", "碳排放", "排放强度", "用水量", "水耗", "主要污染物"];

    /// <summary>Words of a pace promise that are neither of its two figures (基本, 保持, 将: 居民收入增长将与经济增长保持同步).</summary>
    internal static readonly string[] PaceFillers = ["基本", "保持", "实现", "将", "要"];

    /// <summary>Words that make a figure of a several years' review a total or a rate over the years, not a level as it stands (累计, 年均, 五年).</summary>
    internal static readonly string[] SeveralYearsFigureWords = ["累计", "年均", "五年", "5年", "十四五", "期间", "新增", "新建", "总量", "增长", "提高", "下降", "减少"];

    /// <summary>The words before 持平 that make it a change of zero against the previous year (与上年基本持平, 同比持平).</summary>
    internal static readonly string[] UnchangedLeadIns = ["与上年基本", "与上年", "与去年基本", "与去年", "同比基本", "同比", "比上年基本", "基本"];

    /// <summary>
    /// The base a reported change is measured against, or how it is measured, between its object and its verb
    /// (民间投资同比增长, 比上年增长, 居民人均可支配收入实际增长): not part of the object.
    /// </summary>
    internal static readonly string[] ComparisonBases = ["比上年同期", "较上年同期", "同比", "比上年", "较上年", "比去年", "较去年", "环比", "实际", "名义"];

    /// <summary>Words that report a completion rate rather than a level (完成率, 占年度计划的).</summary>
    internal static readonly string[] CompletionRateWords = ["完成率", "占计划的", "占年度计划的", "完成年度计划的", "完成计划的"];

    /// <summary>Words that open a reported result before its object (全年, 实现, 累计, 新增).</summary>
    internal static readonly string[] ResultLeadingWords = [
        "全年", "全省", "全市", "全区", "全县", "全国", "实现", "完成", "累计", "新增", "新建", "预计", "其中", "共", "我省", "我市", "我区", "我县",
    ];

    /// <summary>Verbs that promise a named project (开工建设, 加快实施, 推动).</summary>
    internal static readonly string[] ProjectVerbs = [
        "开工建设", "新开工", "启动建设", "提速实施", "加快实施", "加快建设", "加快推进", "有序推进", "扎实推进", "推动", "推进", "开展", "建成",
    ];

    /// <summary>Nouns that make a name a project (铁路, 工程, 项目, 基地).</summary>
    internal static readonly string[] ProjectNouns = [
        "铁路", "公路", "高速", "机场", "电站", "工程", "项目", "基地", "生产线", "产业园", "通道", "线", "光伏", "电池", "半导体", "试点",
        "园区", "大桥", "隧道", "地铁", "轨道", "医院", "学校", "中心", "港", "枢纽", "水库", "灌区", "扩容", "改造", "产业化",
    ];

    /// <summary>What a project is promised to reach (竣工投产, 建成通车, 贯通, 开工).</summary>
    internal static readonly string[] ProjectFinishes = ["竣工投产", "建成投用", "建成投产", "建成通车", "全线贯通", "贯通", "投产", "投用", "通车", "开工"];

    /// <summary>What a count written before its object counts (340个市级重点项目, 12家专精特新企业): the noun that ends the object.</summary>
    internal static readonly string[] CountedNouns = ["重点项目", "项目", "工程", "企业", "园区", "学校", "医院", "基地"];

    /// <summary>What may follow a counted object's noun (300个市重点项目建设, 完成投资): a verb of building or investing.</summary>
    internal static readonly string[] CountedFollowers = ["建设", "完成", "开工", "投产", "投资", "竣工", "建成"];

    /// <summary>What a named plan or task to finish ends with (完成…三年行动计划, 完成…规划编制).</summary>
    internal static readonly string[] PlanNouns = ["行动计划", "行动方案", "规划编制", "三年行动", "攻坚行动", "专项行动"];

    /// <summary>Who sets a quota a plan promises to meet (完成国家及省定目标, 完成省下达的目标任务).</summary>
    internal static readonly string[] QuotaSetters = ["国家", "省定", "省下达", "市下达", "上级下达", "下达"];

    /// <summary>Commitments that open a clause of named projects when a finishing word closes it (力争A等项目建成投用, 确保B建成通车).</summary>
    internal static readonly string[] ProjectCommitments = ["力争", "确保", "争取", "推动实现", "实现"];

    /// <summary>Words that make two otherwise alike indicators different (能耗, 碳排放, 单位, 进出口).</summary>
    internal static readonly string[] DistinguishingWords = ["能耗", "碳排放", "二氧化碳", "单位", "进出口"];

    /// <summary>Words that make a figure a growth rate, not a level (增长, 下降, 涨幅).</summary>
    internal static readonly string[] GrowthComparisons = ["高于", "快于", "超过"];

    /// <summary>Words of change (增长, 下降, 涨幅).</summary>
    internal static readonly string[] GrowthWords = ["增长", "下降", "提高", "降低", "减少", "增加", "涨幅", "上涨", "增幅", "增速"];

    /// <summary>A project started (开工, 启动, 动工).</summary>
    internal static readonly string[] StartVerbs = ["开工", "启动", "开建", "动工"];

    /// <summary>A project under way (加快实施, 推进).</summary>
    internal static readonly string[] ProgressVerbs = ["加快实施", "加快建设", "推进", "推动", "实施", "加快"];

    /// <summary>A project finished (建成, 竣工, 投产, 通车).</summary>
    internal static readonly string[] CompletionVerbs = ["建成", "竣工", "投产", "投用", "贯通", "完成", "通车", "开通"];

    /// <summary>Words that name a part of a project (重点工程, 一期, 首段).</summary>
    internal static readonly string[] PartWords = ["重点工程", "重点项目", "一期", "首段", "先行段", "部分"];

    /// <summary>Kinds of route named by their ends (铁路, 高速公路, 轨道交通).</summary>
    internal static readonly string[] RouteWords = ["铁路", "高速公路", "高速", "公路", "快速路", "轨道交通"];

    /// <summary>Words that name the economy as a whole (生产总值, GDP, 经济).</summary>
    internal static readonly string[] EconomyWords = ["生产总值", "GDP", "经济"];

    /// <summary>Words every project of its kind shares, left out when names are compared (高速公路, 扩容, 工程).</summary>
    internal static readonly string[] GenericProjectWords = ["高速公路", "高速", "公路", "铁路", "扩能改造", "扩容", "改造", "工程", "项目", "建设", "重大", "改革"];

    /// <summary>Words that open a promise before its object (力争, 确保, 加快推进, 新建).</summary>
    internal static readonly string[] PromiseLeadingWords = [
        "新建和改扩建", "新建和改建", "新建、改扩建", "新建改扩建", "坚决做到", "严格要求", "严格落实", "加快推进", "有序推进", "持续推进", "力争", "确保", "坚定", "推动", "全年", "今年", "实现", "新建", "新增", "完成",
        "实施", "试点打造", "策划包装", "打造建设", "打造", "建设", "加快", "持续", "保持", "逐步扩大", "聚焦",
        "新改扩建", "新改建", "改扩建", "改建", "扩建",
    ];

    /// <summary>Openings of a look back (过去一年, 去年, 回顾).</summary>
    internal static readonly string[] PastOpenings = ["过去一年", "过去五年", "去年", "上年", "回顾"];

    /// <summary>Words after a promise's figure that belong to its wording (以上, 左右, 增长).</summary>
    internal static readonly string[] PromiseTrailingWords = ["以上", "以下", "以内", "左右", "减少", "下降", "降低", "增长", "增加", "提高", "突破", "达到", "超过", "不低于", "不少于", "不超过", "控制在", "保持在", "稳定在", "增幅", "增速", "同比", "实现", "达", "各", "均", "“两个", "两个", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "下降到", "下降至", "降低到", "降低至", "降至", "降到", "保持"];

    /// <summary>Words of a heading that turns to the plan (今年, 目标, 任务, 安排).</summary>
    internal static readonly string[] PlanWords = ["今年", "目标", "任务", "安排", "计划", "草案", "建议", "思路", "要求", "部署"];

    /// <summary>Words of a lead-in before a colon (目标, 提出, 要求, 指标).</summary>
    internal static readonly string[] LeadInWords = ["目标", "提出", "要求", "任务", "指标", "表示", "强调", "安排", "明确"];

    /// <summary>Words that make a result one of several years (过去五年, 五年来, 这五年, “十四五”期间).</summary>
    internal static readonly SearchValues<string> MultiYearMarkers = SearchValues.Create(["过去五年", "五年来", "这五年", "十四五”期间", "十四五期间", "“十四五”时期", "十四五时期"], StringComparison.Ordinal);

    /// <summary>Perfective words of a result (完成了, 建成了, 五年来, 过去一年), and a figure marked as an estimate of the year reviewed (增长7%（预计，下同）).</summary>
    internal static readonly SearchValues<string> PastMarkers = SearchValues.Create(["完成了", "实现了", "建成了", "新增了", "新建了", "累计完成", "五年来", "一年来", "过去五年", "过去一年", "（预计", "(预计"], StringComparison.Ordinal);

    /// <summary>Words that turn a paragraph narrating an earlier year back to the plan (今年, 目标, 力争, 确保, 将, 预期, 计划, 建议).</summary>
    internal static readonly SearchValues<string> PlanTurnWords = SearchValues.Create(["今年", "明年", "目标", "力争", "确保", "争取", "将", "预期", "计划", "建议", "要", "拚", "拼"], StringComparison.Ordinal);

    /// <summary>Words that make a clause a result, not a promise: 同比 (as reviews report), 预计 (estimated, of the year just ended), 累计, 超额完成.</summary>
    internal static readonly SearchValues<string> PastClauseMarkers = SearchValues.Create(["同比", "预计", "累计", "超额完成", "比上年"], StringComparison.Ordinal);
}
