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
        (new("^The observations array is required\\.$"), "缺少observations数组。"),
        (new("^Expected an observation object\\.$"), "应为观测数据对象。"),
        (new("^Expected an observation object, found (?<k>.*)\\.$"), "应为观测数据对象，实际为${k}。"),
        (new("^Expected an object with formatVersion and observations, found (?<k>.*)\\.$"), "应为含formatVersion和observations的对象，实际为${k}。"),
        (new("^The key (?<k>\\S+) appears more than once; only the first is read\\.$"), "键${k}出现多次，只读取第一个。"),
        (new("^Expected a string such as \"(?<v>[^\"]*)\", found (?<k>.*)\\.$"), "应为字符串（如\"${v}\"），实际为${k}。"),
        (new("^Expected an array of observations, found (?<k>.*)\\.$"), "应为观测数据数组，实际为${k}。"),
        (new("^The key (?<k>\\S+) appears twice in this observation.*$"), "该条数据中键${k}出现两次，无法确定以哪个为准。"),
        (new("^Expected a number, or a string for a class or a milestone, found (?<k>.*)\\.$"), "应为数值（水质类别或节点完成情况可为字符串），实际为${k}。"),
        (new("^Expected a string.*, found (?<k>.*)\\.$"), "应为带引号的字符串，实际为${k}。"),
        (new("^Expected the array of indicators \\(indicators\\)\\.$"), "indicators应为指标数组。"),
        (new("^Expected a catalog object \\{ formatVersion, indicators \\} or an array of indicators\\.$"), "应为目录对象{ formatVersion, indicators }或指标数组。"),
        (new("^Expected an indicator object\\.$"), "应为指标对象。"),
        (new("^Expected a kebab-case indicator id\\.$"), "指标编号应由小写字母、数字和连字符组成。"),
        (new("^Another indicator already has this id\\.$"), "已有其他指标使用该编号。"),
        (new("^The Chinese name is required \\((?<f>\\w+)\\)\\.$"), "缺少中文名称（${f}）。"),
        (new("^The English name is required \\((?<f>\\w+)\\)\\.$"), "缺少英文名称（${f}）。"),
        (new("^Expected a value type: .*$"), "数值类型应为length、area、ratio、mass、duration、count、money、quality-class、rank、percentage-points、index或completion。"),
        (new("^Expected plain, strive, ensure or require\\.$"), "承诺程度应为plain（一般）、strive（力争）、ensure（确保）或require（严格要求）。"),
        (new("^Expected higher-is-better or lower-is-better\\.$"), "方向应为higher-is-better（越高越好）或lower-is-better（越低越好）。"),
        (new("^Expected a kebab-case section id\\.$"), "章节编号应由小写字母、数字和连字符组成。"),
        (new("^The area the report governs is required.*$"), "缺少报告所辖地区（如锦江区）。"),
        (new("^Expected the plan year, such as 2023\\.$"), "应为计划年度，如2023。"),
        (new("^Expected national, province, city, county, district or unspecified\\.$"), "行政层级应为national、province、city、county、district或unspecified。"),
        (new("^The deadline cannot be before the start\\.$"), "期限不能早于开始日期。"),
        (new("^Expected a quality class such as III\\.$"), "应为水质类别，如III。"),
        (new("^Expected week, month or quarter\\.$"), "频次单位应为week（周）、month（月）或quarter（季度）。"),
        (new("^Unknown target type; expected one of (?<l>.*)\\.$"), "无法识别的目标类型；应为${l}之一。"),
        (new("^Expected at-deadline, throughout or over-period\\.$"), "考核口径应为at-deadline（期末）、throughout（全期）或over-period（期间累计）。"),
        (new("^Expected a quantity \\{ .*$"), "应为数量对象{ \"value\": 数值, \"unit\": 单位符号 }。"),
        (new("^Unknown unit\\.$"), "无法识别的单位。"),
        (new("^Expected a quantity kind such as .*$"), "应为数量类型，如count、length、area、ratio、money、index。"),
        (new("^An all-of target needs parts\\.$"), "all-of目标需要分项（parts）。"),
        (new("^Expected a node: .*$"), "应为节点：{\"due\": \"2023-06-30\", \"value\": 8, \"unit\": \"km\"}或{\"due\": \"2023-06-30\", \"stage\": \"开工\"}。"),
        (new("^Expected the node's due date as yyyy-MM-dd\\.$"), "节点日期格式应为yyyy-MM-dd。"),
        (new("^The node falls after the deadline (?<d>\\S+)\\.$"), "节点晚于期限${d}。"),
        (new("^Expected either a stage \\(stage\\) or an interim value.*$"), "节点应为形象进度（stage）或阶段数值（value和unit）之一，不能兼有或皆无。"),
        (new("^Expected a finite number\\.$"), "应为有限的数值。"),
        (new("^Expected a unit \\(km, m2, %, count …\\) of the target's kind\\.$"), "应为与目标同类的单位（km、m2、%、count等）。"),
        (new("^The node is a (?<a>\\S+), but the target is a (?<b>\\S+)\\.$"), "节点计量的是${a}，而目标计量的是${b}。"),
        (new("^Expected monthly, quarterly, half-yearly or yearly\\.$"), "报送频次应为monthly（月报）、quarterly（季报）、half-yearly（半年报）或yearly（年报）。"),
        (new("^Expected the day of the next month the return is due by, 1 to 28\\.$"), "报送截止日应为次月的第1～28日。"),
        (new("^Expected a scorecard object\\.$"), "应为评估结果对象。"),
        (new("^Expected an evaluation object\\.$"), "应为评估对象。"),
        (new("^Expected a finite value with a known unit symbol\\.$"), "应为有限的数值和可识别的单位符号。"),
        (new("^Expected none, floor or stretch\\.$"), "完成档次应为none、floor（确保）或stretch（力争）。"),
        (new("^Expected a warning with a code and a message\\.$"), "提示应有代码（code）和内容（message）。"),
        (new("^Expected kept between 0 and due\\.$"), "按时完成次数应在0与应完成次数之间。"),
        (new("^Expected one of (?<l>.*)\\.$"), "应为${l}之一。"),
        (new("^(?<s>.*) The entry is left out\\.$"), "${s}该条目未读入。"),
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
