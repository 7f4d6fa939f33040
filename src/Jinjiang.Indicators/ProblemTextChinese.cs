using System.Text.RegularExpressions;

namespace Jinjiang.Indicators;

/// <summary>
/// The Chinese of the readers' problem and note texts, for offices that read the tool in Chinese: each English text
/// the readers write has one pattern here and its Chinese template, keyed by the text's fixed words. A text without a
/// pattern is given as it is (the tests hold every reader text to a pattern).
/// </summary>
internal static partial class ProblemTextChinese
{
    private static readonly (Regex Pattern, string Chinese)[] Templates =
    [
        (new("^An indicator id is required\\.$"), "缺少指标编号。"),
        (new("^Expected a kebab-case indicator id such as tianfu-greenway\\.$"), "指标编号应由小写字母、数字和连字符组成（如tianfu-greenway）。"),
        (new("^Unknown indicator id: it is not in the catalog\\.$"), "目录中没有该指标编号。"),
        (new("^Expected an SDMX period: .*$"), "统计期格式应为2023、2023-S1、2023-Q2、2023-06、2023-06-30或2023-01-01/2023-06-30。"),
        (new("^Expected an ISO date yyyy-MM-dd\\.$"), "日期格式应为yyyy-MM-dd（如2023-09-30）。"),
        (new("^The period ends on (?<a>\\S+), but the date is (?<b>\\S+): the date is the last day of the period\\.$"), "统计期止于${a}，但日期为${b}：日期应为统计期的最后一天。"),
        (new("^Indicator (?<id>\\S+) has no part named '(?<c>.*)'; expected one of: (?<l>.*)\\.$"), "指标${id}没有名为“${c}”的分项；应为：${l}。"),
        (new("^Expected normal, provisional, estimated or break.*$"), "数据状态应为正式（normal）、预计（provisional：预计、快报、初步）、估计（estimated）或口径变化（break）。"),
        (new("^Duplicate observation: line (?<n>\\d+) already has (?<id>\\S+) on this date for (?<a>.*)\\.$"), "重复数据：第${n}行已有${a}该日期的${id}数据。"),
        (new("^Duplicate observation: (?<id>\\S+) on this date for (?<a>.*) appears twice\\.$"), "重复数据：${a}该日期的${id}数据出现两次。"),
        (new("^Duplicate observation: (?<f>\\S+) already has (?<id>\\S+) on this date for (?<a>.*); the observation of \\S+ is kept\\.$"), "重复数据：${f}中已有${a}该日期的${id}数据，保留${f}中的数据。"),
        (new("^Unknown unit: .*$"), "无法识别的单位：应为符号（km、m2、%、CNY、count、class、rank、done）或中文单位（公里、米、平方米、万平方米、平方公里、亩、万亩、公顷、个、座、处、件、元、万元、亿元、百分点、类、名）。"),
        (new("^Unit (?<u>\\S+) measures (?<k>\\w+), but this indicator needs (?<e>.*)\\.$"), "单位${u}计量的是${k}，而该指标需要${e}。"),
        (new("^Expected a quality class: .*$"), "应为水质类别：Ⅰ～Ⅴ、I～V、1～5或劣Ⅴ。"),
        (new("^Expected done, true, false or a completion date yyyy-MM-dd\\.$"), "应为done、true、false或完成日期yyyy-MM-dd。"),
        (new("^Expected a finite number, not NaN or infinity\\.$"), "应为有限的数值。"),
        (new("^The value is too large to be a real figure: (?<v>.*) is more than .*$"), "数值过大，不像真实数据：${v}。"),
        (new("^A (?<k>\\w+) cannot be negative\\.$"), "${k}不能为负数。"),
        (new("^A rank is a whole number from 1\\.$"), "排名应为从1开始的整数。"),
        (new("^A coverage must be between 0 and 100%\\.$"), "覆盖率应在0～100%之间。"),
        (new("^The value is empty: expected a number\\.$"), "数值为空：应填数字。"),
        (new("^Found full-width digits or punctuation.*$"), "发现全角数字或标点（中文输入法输入）：请用半角数字，写15而不是１５。"),
        (new("^Found a percent sign in the value.*$"), "数值中有百分号：数值栏填数字（95），单位栏填%。"),
        (new("^Found a comma as the decimal point.*$"), "小数点写成了逗号：应写1.5而不是1,5。"),
        (new("^Found a thousands separator.*$"), "数值中有千分位逗号：应写1234而不是1,234。"),
        (new("^Found a Chinese magnitude word in the value.*$"), "数值中有“万”“亿”等量级字：数值栏只填数字，单位栏填万元、万平方米等单位。"),
        (new("^Expected a number with '\\.' as the decimal point\\.$"), "应为以“.”作小数点的数字。"),
        (new("^The file does not exist\\.$"), "文件不存在。"),
        (new("^This is a directory, not a file.*$"), "这是文件夹而不是文件：请指定其中的数据文件。"),
        (new("^The file is empty: .*$"), "文件为空：应有表头行（indicator,date,value,unit 或 指标编号,日期,数值,单位）和数据行。"),
        (new("^The header lacks the required column\\(s\\) (?<c>.*); expected (?<e>[^.]*)\\..*$"), "表头缺少必填列${c}；应为${e}（或其中文名：指标编号、日期、数值、单位）。"),
        (new("^Unknown column; .*$"), "无法识别的列名；应为indicator、date、value、unit及可选的period、area、component、status、source、note（或其中文名：指标编号、日期、数值、单位、统计期、地区、分项、数据状态、来源、备注）。"),
        (new("^The column appears twice in the header\\.$"), "表头中该列出现两次。"),
        (new("^The row has (?<n>\\d+) cells; the header has (?<m>\\d+)\\.$"), "该行有${n}个单元格，表头有${m}列。"),
        (new("^Malformed JSON: (?<d>.*)$"), "JSON格式错误：${d}"),
        (new("^Malformed header: .*$"), "表头格式错误：引号未闭合，或该行超过1 MiB。"),
        (new("^The file is (?<n>\\d+) bytes; at most (?<m>\\d+) are accepted\\.$"), "文件大小为${n}字节，超过上限${m}字节（可用--max-mib调高上限）。"),
        (new("^The file is not a readable \\.xlsx workbook \\((?<d>.*)\\)\\.?$"), "文件不是可读取的.xlsx工作簿（${d}）。"),
        (new("^No sheet has a header row with the columns .*$"), "没有任何工作表含有表头行（indicator、date、value、unit 或 指标编号、日期、数值、单位）。"),
        (new("^More than (?<n>\\d+) malformed rows: reading stopped here\\..*$"), "格式错误的行超过${n}行，已停止读取：请确认这是CSV文件。"),
        (new("^Expected a \\.csv, \\.tsv, \\.txt or \\.json observation file, not '(?<x>.*)'\\.$"), "应为.csv、.tsv、.txt或.json观测数据文件，而不是“${x}”。"),
        (new("^The text is neither UTF-8 \\((?<a>.*)\\) nor GB18030 \\((?<b>.*)\\); save it as UTF-8, or name its encoding\\.$"), "文本既不是UTF-8也不是GB18030编码：请另存为UTF-8，或用--encoding指明编码。"),
        (new("^Read as GB18030 \\(GBK\\): .*$"), "已按GB18030（GBK）编码读取：文本不是UTF-8。"),
        (new("^Read as UTF-16 (?<e>LE|BE) \\(byte order mark\\)\\.$"), "已按UTF-16 ${e}编码读取（字节顺序标记）。"),
        (new("^Read as (?<e>.*), as asked\\.$"), "已按指定的${e}编码读取。"),
        (new("^Wrong type: .* The entry is left out\\.$"), "字段类型不符，该条目未读入。"),
        (new("^The (?<f>start|deadline|target) says (?<a>.*) but the definition says (?<b>.*): edit both, or remove the readable field\\.$"), "可读字段为${a}，而定义（definition）为${b}：请两处一并修改，或删去可读字段。"),
        (new("^(?<n>\\d+) of (?<m>\\d+) entries have problems and are left out; the other (?<k>\\d+) are read\\.$"), "${m}个条目中${n}个有问题未读入，其余${k}个已读入。"),
        (new("^The text holds an escape that is not a character.*$"), "文本中有无法表示字符的转义（单独的UTF-16代理项，如\\ud800）：请直接写出字符，或写成成对的代理项。"),
    ];

    /// <summary>The Chinese of a reader's text, or the text itself when it has no pattern.</summary>
    internal static string Translate(string message)
    {
        foreach (var (pattern, chinese) in Templates)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return match.Result(chinese);
            }
        }

        return message;
    }

    /// <summary>Whether a reader's text has a Chinese pattern.</summary>
    internal static bool Knows(string message) => Templates.Any(t => t.Pattern.IsMatch(message));
}
