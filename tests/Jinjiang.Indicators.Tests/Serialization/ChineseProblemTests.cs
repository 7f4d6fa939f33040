using System.Text.RegularExpressions;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Tests.Serialization;

/// <summary>Problems and notes of reading files, in Chinese for offices that read the tool in Chinese.</summary>
public partial class ChineseProblemTests
{
    [Fact]
    public void EveryProblemOfABadOfficeFile_HasItsChinese()
    {
        const string Csv = """
            indicator,date,value,unit,period,component,status,金额合计
            no-such-promise,2023-09-30,1,km,,,,
            Tianfu Greenway,2023-09-30,1,km,,,,
            tianfu-greenway,30/09/2023,1,km,,,,
            tianfu-greenway,2023-09-30,1,furlong,,,,
            tianfu-greenway,2023-08-31,1,m2,,,,
            tianfu-greenway,2023-07-31,95%,km,,,,
            tianfu-greenway,2023-06-30,"1,5",km,,,,
            tianfu-greenway,2023-05-31,"1,234",km,,,,
            tianfu-greenway,2023-04-30,１５,km,,,,
            tianfu-greenway,2023-03-31,1.5万,km,,,,
            tianfu-greenway,2023-02-28,-3,km,,,,
            tianfu-greenway,2023-01-31,abc,km,,,,
            tianfu-greenway,2023-01-31,1,km,2023-Q7,,,
            tianfu-greenway,2023-01-31,1,km,2023-02,,,
            tianfu-greenway,2023-09-30,2,km,,,later,
            pollution-monitoring-systems,2023-09-30,done,done,,no-such-part,,
            water-sections-class,2023-09-30,VII,class,,沙河,,
            household-waste-harmless-treatment,2023-09-30,120,%,,,,
            tianfu-greenway,2023-10-31,1,km,,,,
            tianfu-greenway,2023-10-31,2,km,,,,
            tianfu-greenway,2023-11-30,1,km
            """;
        var read = ObservationCsv.Read(new StringReader(Csv), "九月.csv", Jinjiang2023.Catalog);
        Assert.True(read.Problems.Count >= 18, string.Join("\n", read.Problems));
        var untranslated = read.Problems.Where(p => !Han().IsMatch(p.MessageChinese)).Select(p => p.ToString()).ToList();
        Assert.Empty(untranslated);
        Assert.Contains(read.Problems, p => p.ToStringChinese() == "九月.csv:4: date '30/09/2023': 日期格式应为yyyy-MM-dd（如2023-09-30）。");
    }

    [Fact]
    public void FileLevelProblemsAndNotes_HaveTheirChinese()
    {
        Assert.Equal("文件不存在。", new ReadProblem("a.csv", 0, null, null, "The file does not exist.").MessageChinese);
        var result = new ReadResult<int>(1, []) { Notes = ["九月.csv: Read as GB18030 (GBK): the text is not UTF-8 (byte 0xD6 at 3).", "not a reader's text"] };
        Assert.Equal(["九月.csv：已按GB18030（GBK）编码读取：文本不是UTF-8。", "not a reader's text"], result.NotesChinese);
    }

    [GeneratedRegex("[\u4e00-\u9fff]")]
    private static partial Regex Han();
}
