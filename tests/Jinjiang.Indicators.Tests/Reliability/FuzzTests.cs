using System.Text;
using CsCheck;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using Jinjiang.Indicators.Text;

namespace Jinjiang.Indicators.Tests.Reliability;

/// <summary>
/// Random and mutated inputs for every reader: no exception escapes (the readers document none for data), no input
/// takes more than a second, and every problem names its place.
/// </summary>
public class FuzzTests
{
    private static readonly byte[] ValidCsv = Encoding.UTF8.GetBytes(SampleObservations.Csv[..4000]);
    private static readonly byte[] ValidJson = Json(SampleObservations.Jinjiang2023.Take(20));

    private static byte[] Json(IEnumerable<Observation> observations)
    {
        var stream = new MemoryStream();
        ObservationJson.Write(stream, observations);
        return stream.ToArray();
    }

    private static void ReadBoth(byte[] bytes)
    {
        var csv = ObservationCsv.Read(new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, true)), "fuzz.csv", Jinjiang2023.Catalog);
        var json = ObservationJson.Read(new MemoryStream(bytes), "fuzz.json", Jinjiang2023.Catalog);
        Assert.All(csv.Problems.Concat(json.Problems), p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    /// <summary>A mutation of a valid file: flip, insert or delete bytes at random places.</summary>
    private static Gen<byte[]> Mutations(byte[] valid) =>
        Gen.Select(Gen.Int[0, valid.Length - 1].Array[1, 8], Gen.Byte.Array[1, 8], Gen.Int[0, 2]).Select((positions, bytes, kind) =>
        {
            var list = valid.ToList();
            for (var i = 0; i < positions.Length; i++)
            {
                var at = Math.Min(positions[i], list.Count - 1);
                switch (kind)
                {
                    case 0: list[at] = bytes[i % bytes.Length]; break;
                    case 1: list.Insert(at, bytes[i % bytes.Length]); break;
                    default: if (list.Count > 1) { list.RemoveAt(at); } break;
                }
            }

            return list.ToArray();
        });

    [Fact]
    public void RandomBytes_NeverThrow()
    {
        Gen.Byte.Array[0, 2000].Sample(ReadBoth, iter: 300);
    }

    [Fact]
    public void MutatedCsv_NeverThrows()
    {
        Mutations(ValidCsv).Sample(ReadBoth, iter: 300);
    }

    [Fact]
    public void MutatedJson_NeverThrows()
    {
        Mutations(ValidJson).Sample(ReadBoth, iter: 300);
    }

    [Fact]
    public void RandomText_FromTheDomainAlphabet_NeverThrows()
    {
        var alphabet = Gen.OneOfConst(',', '"', '\n', '\r', '-', '.', '1', '9', 'e', 'N', '{', '}', '[', ']', ':', '锦', 'Ⅲ', '%', ' ', '\uFEFF');
        alphabet.Array[0, 500].Select(chars => Encoding.UTF8.GetBytes(new string(chars))).Sample(ReadBoth, iter: 300);
    }

    /// <summary>Characters that matter to the Chinese readers: numerals, magnitudes, units, comparators, quotes, separators.</summary>
    private static readonly Gen<string> ChineseText = Gen.OneOfConst(
            "1", "5", "0", ".", "．", "１", "十", "百", "千", "万", "亿", "两", "三", "零", "公里", "平方米", "万平方米", "个", "座", "亿元", "%", "％", "个百分点",
            "以上", "不低于", "超过", "以下", "左右", "确保", "力争", "严格要求", "减少", "增长", "前列", "第", "位", "领先", "Ⅲ", "类", "每周", "一周一", "应", "尽",
            "、", "，", "。", "；", "“", "”", "-", "至", "分钟", "全年", "到2025年", "十四五末", "完成", "项目", "新建", "\n", " ", "\uFEFF", "a", "😀",
            "预期性", "约束性", "序号", "年度目标", "|", "﹔", "百分之", "点", "持平", "同比", "突破", "回顾", "十四届全国人大", "三次会议", "建成投用", "号线", "段",
            "2025年", "将", "等", "：", "（", "）", "——", "國", "萬")
        .Array[0, 80].Select(parts => string.Concat(parts));

    [Fact]
    public void TargetPhrase_AnyClauseWithAKind_PassesTheExtractorsPrefilter()
    {
        // The extractor skips clauses without a trigger character; that must never skip a promise.
        var wording = Gen.OneOfConst("前列", "领先", "第", "前", "名", "位", "Ⅲ", "III", "类", "1、3、5分钟", "每周", "一周一", "每月", "应", "尽", "全覆盖", "所有", "全部",
            "逐步扩大", "扩大", "比例", "完成", "项目", "配置", "试点建设", "打造建设", "试点", "推进", "系统建设", "减少", "增长", "以上", "左右", "新建", "确保", "力争",
            "全年", "到", "年", "锦江", "绿道", "的", "和", "城区", "生态", "保持", "提升", "%", "公里");
        var clauses = Gen.Frequency((3, wording), (1, Gen.Char['\u4e00', '\u9fff'].Select(c => c.ToString())), (1, Gen.Char['0', '9'].Select(c => c.ToString())))
            .Array[0, 12].Select(parts => string.Concat(parts));
        clauses.Sample(clause =>
        {
            if (TargetPhrase.Read(clause, 2023).Kind is { } kind)
            {
                Assert.True(TargetPhrase.MayHoldPromise(clause), $"'{clause}' reads as {kind} but the prefilter would skip it");
            }
        }, iter: 50_000);
        Assert.False(TargetPhrase.MayHoldPromise("加强生态环境保护"));
        Assert.True(TargetPhrase.MayHoldPromise("新建绿道15公里"));
    }

    [Fact]
    public void ChineseReaders_NeverThrow_AndStayWithinTheText()
    {
        ChineseText.Sample(text =>
        {
            _ = ChineseNumerals.Parse(text);
            _ = ChineseQuantityParser.Parse(text);
            var all = ChineseQuantityParser.FindAll(text);
            Assert.All(all, q => Assert.True(q.Start >= 0 && q.Start + q.Length <= text.Length));
            var phrase = TargetPhrase.Read(text, 2023);
            Assert.Equal(text, phrase.Text);
            var candidates = PromiseExtractor.Extract(text, 2023);
            Assert.All(candidates, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
            var catalog = DraftCatalog.FromCandidates([.. candidates, .. PromiseExtractor.ExtractProjects(text, 2023)], 2023);
            _ = PlanYear.Guess(text);
            _ = OutcomeMatcher.Match(catalog.Value, OutcomeExtractor.Extract(text));
        }, iter: 500);
    }

    [Fact]
    public void Extractor_OnALongReport_FindsEachPromiseOnce()
    {
        var report = string.Concat(Enumerable.Repeat(TestFiles.ReportText, 40)); // about 330,000 characters
        var found = PromiseExtractor.Extract(report, 2023);
        // The same report forty times holds the same promises once each (a repeated promise is one promise).
        Assert.Equal(PromiseExtractor.Extract(TestFiles.ReportText, 2023).Select(c => c.Text), found.Select(c => c.Text));
    }

    [Fact]
    public void VeryLongLine_IsReadWithoutACrash()
    {
        var line = "tianfu-greenway,2023-06-30," + new string('9', 200_000) + ",km\n";
        ReadBoth(Encoding.UTF8.GetBytes("indicator,date,value,unit\n" + line));
    }

    [Fact]
    public void LineLongerThanTheReadBuffer_IsAProblemNotACrash()
    {
        var result = ObservationCsv.Read(new StringReader("indicator,date,value,unit,note\ntianfu-greenway,2023-06-30,1,km," + new string('x', 3_000_000) + "\n"), "long.csv", Jinjiang2023.Catalog);
        Assert.Empty(result.Value);
        Assert.Equal("long.csv:2: Malformed row: a quoted cell is not closed (a \" without its closing \"), or the row is longer than 1 MiB; reading resumes on the next line.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void DeepJsonNesting_IsAProblem()
    {
        var deep = Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000));
        var result = ObservationJson.Read(new MemoryStream(deep), "deep.json", Jinjiang2023.Catalog);
        Assert.StartsWith("Malformed JSON", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void HugeNumbers_AreProblemsNotCrashes()
    {
        foreach (var value in new[] { "1e308", "1e309", "-1e309", "123456789012345678901234567890", "0x10", "∞" })
        {
            var csv = ObservationCsv.Read(new StringReader("indicator,date,value,unit\nev-charging-piles,2023-06-30," + value + ",个\n"), "n.csv", Jinjiang2023.Catalog);
            Assert.Equal(1, csv.Value.Count + csv.Problems.Count);
        }
    }
}
