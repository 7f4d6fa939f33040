using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Text;
using NodaTime;

namespace Jinjiang.Indicators.Tests.Text;

public class TargetPhraseTests
{
    private static TargetPhrase Read(string text) => TargetPhrase.Read(text, 2023);

    [Theory]
    [InlineData("力争实现销售额40亿元以上", PromiseKind.Delivery)]
    [InlineData("销售额40亿元以上", PromiseKind.AtLeast)]
    [InlineData("销售额不低于40亿元", PromiseKind.AtLeast)]
    [InlineData("床位不少于300个", PromiseKind.AtLeast)]
    [InlineData("能耗控制在5万吨", PromiseKind.AtMost)]
    [InlineData("能耗不超过5万吨", PromiseKind.AtMost)]
    [InlineData("增速6%以内", PromiseKind.AtMost)]
    [InlineData("增速6%左右", PromiseKind.About)]
    [InlineData("投诉减少5%", PromiseKind.Change)]
    [InlineData("PM2.5浓度下降3个百分点", PromiseKind.Change)]
    [InlineData("收入增长6%", PromiseKind.Change)]
    [InlineData("无害化处理率100%", PromiseKind.Coverage)]
    [InlineData("发热门诊“应设尽设、应开尽开”", PromiseKind.Coverage)]
    [InlineData("所有新建建筑全部达到绿色建筑标准", PromiseKind.Coverage)]
    [InlineData("5G信号全覆盖", PromiseKind.Coverage)]
    [InlineData("位列五城区第1位", PromiseKind.Rank)]
    [InlineData("位居五城区前列", PromiseKind.Rank)]
    [InlineData("工作全市领先", PromiseKind.Rank)]
    [InlineData("进入全省前3名", PromiseKind.Rank)]
    [InlineData("水质达到Ⅲ类标准", PromiseKind.Class)]
    [InlineData("水质达到III类", PromiseKind.Class)]
    [InlineData("每周开展暗查暗访", PromiseKind.Cadence)]
    [InlineData("“一周一暗访一曝光”机制", PromiseKind.Cadence)]
    [InlineData("严格落实“1、3、5分钟”快速处置要求", PromiseKind.ResponseTime)]
    [InlineData("完成蓉东变电站扩容项目", PromiseKind.Milestone)]
    [InlineData("逐步扩大私家车新能源替代比例", PromiseKind.Direction)]
    [InlineData("新建天府绿道15公里", PromiseKind.Delivery)]
    public void Read_Kinds(string text, PromiseKind kind)
    {
        Assert.Equal(kind, Read(text).Kind);
    }

    [Theory]
    [InlineData("确保生活垃圾无害化处理率100%", CommitmentLevel.Ensure)]
    [InlineData("力争全年新增立体绿化面积5000平方米", CommitmentLevel.Strive)]
    [InlineData("严格要求环卫车100%新能源替代", CommitmentLevel.Require)]
    [InlineData("新建天府绿道15公里", CommitmentLevel.Plain)]
    public void Read_Commitment(string text, CommitmentLevel level)
    {
        Assert.Equal(level, Read(text).Commitment);
    }

    [Theory]
    [InlineData("全年新增5000平方米", 2023, true)]
    [InlineData("年底前建成3个", 2023, true)]
    [InlineData("到2025年建成10个", 2025, true)]
    [InlineData("‘十四五’末生态质量位列五城区第1位", 2025, true)]
    [InlineData("新建天府绿道15公里", 2023, false)]
    public void Read_Deadlines(string text, int year, bool stated)
    {
        var phrase = Read(text);
        Assert.Equal(new LocalDate(year, 12, 31), phrase.Deadline);
        Assert.Equal(stated, phrase.DeadlineStated);
    }

    [Fact]
    public void Read_StrictComparators()
    {
        Assert.True(Read("销售额超过40亿元").Strict);
        Assert.True(Read("能耗低于5万吨").Strict);
        Assert.False(Read("销售额40亿元以上").Strict);
    }

    [Fact]
    public void Read_RankDetails()
    {
        var first = Read("‘十四五’末生态质量位列五城区第1位");
        Assert.Equal(1, first.TopK);
        Assert.Equal("五城区", first.Peers);
        Assert.Null(Read("空气质量综合指数位居五城区前列").TopK); // 前列: k is the caller's choice
        Assert.Equal(1, Read("道路交通综合治理工作全市领先").TopK);
        Assert.Equal("全市", Read("道路交通综合治理工作全市领先").Peers);
        Assert.Equal(3, Read("进入全省前3名").TopK);
        Assert.Equal(QualityClass.III, Read("水质达到Ⅲ类标准").Class);
    }

    [Theory]
    [InlineData("推动大气、水、土壤等七个方面全面提升")]
    [InlineData("积极推进食品安全“两个责任”落地见效")]
    [InlineData("持续完善“专家咨询、责任落实、督查考核”三大机制")]
    [InlineData("确保增项目不增风险")]
    [InlineData("实施电网电源提升行动")]
    [InlineData("地铁3号线开通")]
    public void Read_Traps_AreNoPromise(string text)
    {
        Assert.Null(Read(text).Kind);
    }
}
