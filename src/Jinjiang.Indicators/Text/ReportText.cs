using System.Net;
using System.Text;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// Report text as it is really copied, made readable once for every reader (promises, outcomes, titles): HTML saved
/// from a browser turned to text (tags, scripts, styles, footers and navigation dropped, entities decoded, blocks on
/// lines of their own),
/// pinyin that mirror sites insert after characters removed (經濟(jīng jì)), traditional characters in their simplified
/// form (a complete table: <c>traditional-simplified.txt</c>, from ICU's transform), full-width digits, letters and
/// signs half-width, and a PDF copy's hard line breaks joined where they split a number or a sentence. Every character
/// of the result remembers where it came from (<see cref="Origin"/>), so a candidate still points at its place in the
/// original text.
/// </summary>
internal sealed class ReportText
{
    private static readonly Lazy<Dictionary<char, char>> Table = new(LoadTable);

    private readonly int[]? _origin;

    private ReportText(string original, string text, int[]? origin)
    {
        Original = original;
        Text = text;
        _origin = origin;
    }

    /// <summary>The text as given.</summary>
    internal string Original { get; }

    /// <summary>The text as the readers read it.</summary>
    internal string Text { get; }

    /// <summary>Whether the reading text is the original, character for character.</summary>
    internal bool IsOriginal => ReferenceEquals(Original, Text);

    /// <summary>The original index of the reading text's character at <paramref name="index"/> (the original's length past the end).</summary>
    internal int Origin(int index) => _origin is null ? index : _origin[Math.Clamp(index, 0, _origin.Length - 1)];

    /// <summary>The original text behind a span of the reading text (from its first character's origin to its last's).</summary>
    internal string OriginalOf(int start, int length)
    {
        if (_origin is null || length <= 0)
        {
            return Original.Substring(Origin(start), Math.Max(0, length));
        }

        var from = Origin(start);
        var to = Origin(start + length - 1) + 1;
        return Original[from..Math.Min(to, Original.Length)];
    }

    /// <summary>The single-character simplified form of a traditional character, or the character itself.</summary>
    internal static char Simplified(char c) => c < 0x3400 ? c : Table.Value.TryGetValue(c, out var s) ? s : c;

    /// <summary>
    /// The words a machine "rewriter" (伪原创) puts for a report's words, as mirror sites publish it (地域出产总值增加6%阁下
    /// for 地区生产总值增长6%左右), with the report's words. Applied only to a text that carries several of the telltale
    /// pairs, so that genuine words (开展, 增加) elsewhere are left alone.
    /// </summary>
    private static readonly (string Spun, string Original)[] Spun =
    [
        ("地域出产总值", "地区生产总值"), ("出产总值", "生产总值"), ("牢固资产投资", "固定资产投资"), ("社会花费品批发总额", "社会消费品零售总额"),
        ("花费品", "消费品"), ("阁下", "左右"), ("当局任务讲演", "政府工作报告"), ("任务讲演", "工作报告"), ("国民代表年夜会", "人民代表大会"),
        ("年夜会", "大会"), ("预期目的", "预期目标"), ("严重名目", "重大项目"), ("名目", "项目"), ("力图", "力争"), ("放慢推动", "加快推进"),
        ("新动工", "新开工"), ("经济社会开展", "经济社会发展"), ("高品质开展", "高质量发展"),
    ];

    private static readonly string[] SpunTelltales = ["阁下", "地域出产总值", "牢固资产", "花费品", "年夜会", "当局任务讲演", "名目建成"];

    /// <summary>Reads a text as the readers expect it.</summary>
    internal static ReportText Of(string text)
    {
        var source = LooksLikeHtml(text) ? FromHtml(text) : (Text: text, Origin: (int[]?)null);
        if (SpunTelltales.Count(t => source.Text.Contains(t, StringComparison.Ordinal)) >= 2)
        {
            source = Unspin(source.Text, source.Origin);
        }

        var sb = new StringBuilder(source.Text.Length);
        var origin = new List<int>(source.Text.Length + 1);
        var changed = source.Origin is not null;
        var s = source.Text;
        int At(int i) => source.Origin is null ? i : source.Origin[i];
        var lineStart = 0;
        var tableLine = false;
        var mayHoldTables = s.Contains('性'); // 预期性/约束性 (or their traditional forms): else no line is a table
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (mayHoldTables && (i == 0 || s[i - 1] == '\n'))
            {
                tableLine = IsFlattenedTableLine(s, i);
            }

            // Pinyin in parentheses right after a character: 經濟(jīng jì), 发展（fā zhǎn）.
            if (c is '(' or '（' && sb.Length > 0 && IsHan(sb[^1]) && PinyinEnd(s, i) is > 0 and var end)
            {
                i = end;
                changed = true;
                continue;
            }

            // A PDF copy's hard break inside a number (1\n5公里) or a sentence (新建\n绿道): joined.
            if (c is '\n' && JoinsBrokenLine(s, i, sb, lineStart))
            {
                changed = true;
                continue;
            }

            if (c is '\n' or '\r')
            {
                lineStart = sb.Length + 1; // the reading text's line begins after this break
            }

            // Numbers as some pages write them: 百分之五点四 (5.4%), 二○二六年 (2026年), 2,000亿元 (2000亿元).
            if (Rewrite(s, i, tableLine, out var replacement, out var consumed))
            {
                for (var k = 0; k < replacement.Length; k++)
                {
                    sb.Append(replacement[k]);
                    origin.Add(At(k == replacement.Length - 1 ? i + consumed - 1 : i)); // the last stands for the end of what it replaced
                }

                i += consumed - 1;
                changed = true;
                continue;
            }

            var mapped = Map(c);
            changed |= mapped != c;
            sb.Append(mapped);
            origin.Add(At(i));
        }

        if (!changed)
        {
            return new ReportText(text, text, null);
        }

        origin.Add(text.Length);
        return new ReportText(text, sb.ToString(), [.. origin]);
    }

    private const string YearNumerals = "〇○零一二三四五六七八九";

    /// <summary>
    /// A number written out that the readers take in digits, or a stray mark around one: 百分之X, a year in numerals, a
    /// unit on both ends of a range, a PDF's spaces around a figure or inside a decimal, a thousands comma, a summary's
    /// citation marks ([4]), markdown emphasis (**) and the dashes between its points. Each rule
    /// is one method; the first that applies at <paramref name="i"/> gives the replacement and how much it consumes.
    /// </summary>
    private static bool Rewrite(string s, int i, bool tableLine, out string replacement, out int consumed)
    {
        replacement = string.Empty;
        consumed = 0;
        return PercentInWords(s, i, ref replacement, ref consumed)
            || YearInNumerals(s, i, ref replacement, ref consumed)
            || UnitOnBothEndsOfARange(s, i, ref consumed)
            || (!tableLine && SpaceAroundAFigure(s, i, ref consumed)) // in a flattened table a space parts two cells
            || SpacesInADecimal(s, i, ref replacement, ref consumed)
            || ThousandsComma(s, i, ref consumed)
            || CitationMark(s, i, ref consumed)
            || MarkdownEmphasis(s, i, ref consumed)
            || (!tableLine && DashBetweenPoints(s, i, ref replacement, ref consumed));
    }

    /// <summary>A summary's markdown emphasis (**生产总值增长**): the marks go.</summary>
    private static bool MarkdownEmphasis(string s, int i, ref int consumed)
    {
        if (s[i] != '*' || i + 1 >= s.Length || s[i + 1] != '*')
        {
            return false;
        }

        consumed = 2;
        return true;
    }

    /// <summary>A summary's citation mark after a sentence (增长4.2% [4]): it goes.</summary>
    private static bool CitationMark(string s, int i, ref int consumed)
    {
        if (s[i] != '[' || i + 2 >= s.Length || !char.IsAsciiDigit(s[i + 1]))
        {
            return false;
        }

        var close = s.AsSpan(i + 1, Math.Min(4, s.Length - i - 1)).IndexOf(']');
        if (close < 1 || s.AsSpan(i + 1, close).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        consumed = close + 2;
        return true;
    }

    /// <summary>A dash between two points of a summary on one line (…增长9.4% - 发展动能加快汇聚：…): the first point ends there.</summary>
    private static bool DashBetweenPoints(string s, int i, ref string replacement, ref int consumed)
    {
        if (s[i] != ' ' || i + 2 >= s.Length || s[i + 1] is not ('-' or '–') || s[i + 2] != ' ' || i == 0 || char.IsAsciiDigit(s[i - 1]))
        {
            return false;
        }

        replacement = "。";
        consumed = 3;
        return true;
    }

    /// <summary>百分之五点四 → 5.4%, 千分之三 → 3‰.</summary>
    private static bool PercentInWords(string s, int i, ref string replacement, ref int consumed)
    {
        if (s[i] is not ('百' or '千') || i + 3 >= s.Length || s[i + 1] != '分' || s[i + 2] != '之')
        {
            return false;
        }

        var sign = s[i] == '百' ? "%" : "‰";
        if (s[i] == '百' && s[i + 3] == '百' && (i + 4 >= s.Length || !ChineseNumerals.IsNumeral(s[i + 4])))
        {
            replacement = "100%"; // 百分之百
            consumed = 4;
            return true;
        }

        var number = ChineseNumerals.ParsePrefix(s, i + 3);
        if (!number.Success || !(ChineseNumerals.IsNumeral(s[i + 3]) || s[i + 3] == '十'))
        {
            return false;
        }

        var end = i + 3 + number.Length;
        var value = number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (end + 1 < s.Length && Simplified(s[end]) == '点' && ChineseNumerals.IsNumeral(s[end + 1]))
        {
            var digits = new StringBuilder();
            for (end++; end < s.Length && YearNumerals.Contains(s[end], StringComparison.Ordinal); end++)
            {
                digits.Append(Digit(s[end]));
            }

            value += "." + digits;
        }

        replacement = value + sign;
        consumed = end - i;
        return true;
    }

    /// <summary>二○二六年 → 2026年.</summary>
    private static bool YearInNumerals(string s, int i, ref string replacement, ref int consumed)
    {
        var c = s[i];
        if (c is not ('一' or '二') || (i > 0 && YearNumerals.Contains(s[i - 1], StringComparison.Ordinal)) || i + 4 >= s.Length || s[i + 4] != '年'
            || !YearNumerals.Contains(s[i + 1], StringComparison.Ordinal) || !YearNumerals.Contains(s[i + 2], StringComparison.Ordinal) || !YearNumerals.Contains(s[i + 3], StringComparison.Ordinal))
        {
            return false;
        }

        replacement = string.Concat(Digit(c), Digit(s[i + 1]), Digit(s[i + 2]), Digit(s[i + 3]));
        consumed = 4;
        return true;
    }

    /// <summary>A range with the unit on both ends (5%至5.5%, 5%—5.5%) reads as one with it at the end (5至5.5%).</summary>
    private static bool UnitOnBothEndsOfARange(string s, int i, ref int consumed)
    {
        if (s[i] is '%' or '％' && i > 0 && char.IsAsciiDigit(s[i - 1]) && i + 2 < s.Length && s[i + 1] is '至' or '到' or '—' or '–' or '-' or '~' or '～'
            && (char.IsAsciiDigit(s[i + 2]) || (s[i + 2] is '—' && i + 3 < s.Length && char.IsAsciiDigit(s[i + 3]))))
        {
            consumed = 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the line starting at <paramref name="start"/> is a table of indicators flattened onto one line (its rows'
    /// types, 预期性/约束性, twice or more): there the spaces part the cells and stay.
    /// </summary>
    private static bool IsFlattenedTableLine(string s, int start)
    {
        var end = s.IndexOf('\n', start);
        var line = s.AsSpan(start, (end < 0 ? s.Length : end) - start);
        var count = 0;
        foreach (var word in (ReadOnlySpan<string>)["预期性", "约束性", "預期性", "約束性"])
        {
            for (var at = line.IndexOf(word, StringComparison.Ordinal); at >= 0 && count < 2; at = line[(at + word.Length)..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? at + word.Length + next : -1)
            {
                count++;
            }
        }

        return count >= 2;
    }

    /// <summary>A single space a PDF copy puts around a figure (达 134.9 万亿元，增长 5%) goes: the figure reads with its words.</summary>
    private static bool SpaceAroundAFigure(string s, int i, ref int consumed)
    {
        if (s[i] is ' ' && i > 0 && i + 1 < s.Length && s[i + 1] != ' ' && (i < 2 || s[i - 2] != ' ')
            && ((IsHan(s[i - 1]) && char.IsAsciiDigit(s[i + 1])) || ((char.IsAsciiDigit(s[i - 1]) || s[i - 1] == '%') && IsHan(s[i + 1]))))
        {
            consumed = 1;
            return true;
        }

        return false;
    }

    /// <summary>A decimal point with stray spaces (6 . 5%, 6 .5, 6. 5): the spaces go.</summary>
    private static bool SpacesInADecimal(string s, int i, ref string replacement, ref int consumed)
    {
        if (s[i] is not (' ' or '.') || i == 0 || !char.IsAsciiDigit(s[i - 1]))
        {
            return false;
        }

        var j = SkipSpaces(s, i);
        if (j >= s.Length || s[j] != '.')
        {
            return false;
        }

        j = SkipSpaces(s, j + 1);
        if (j < s.Length && char.IsAsciiDigit(s[j]) && j - i > 1)
        {
            replacement = ".";
            consumed = j - i;
            return true;
        }

        return false;
    }

    private static int SkipSpaces(string s, int j)
    {
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        return j;
    }

    /// <summary>A thousands separator between digit groups (1,234) is dropped.</summary>
    private static bool ThousandsComma(string s, int i, ref int consumed)
    {
        if (s[i] is ',' or '，' && i > 0 && char.IsAsciiDigit(s[i - 1]) && i + 3 < s.Length
            && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3])
            && (i + 4 >= s.Length || !char.IsAsciiDigit(s[i + 4])) && (i < 4 || !char.IsAsciiDigit(s[i - 4])))
        {
            consumed = 1;
            return true;
        }

        return false;
    }

    private static char Digit(char numeral) => numeral switch
    {
        '〇' or '○' or '零' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        _ => '9',
    };

    private static char Map(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        >= 'Ａ' and <= 'Ｚ' => (char)('A' + (c - 'Ａ')),
        >= 'ａ' and <= 'ｚ' => (char)('a' + (c - 'ａ')),
        '％' => '%',
        '．' => '.',
        '＋' => '+',
        '\r' => '\n',
        '\u00A0' => ' ',
        '﹔' => '；', // small form variants, as some pages set their punctuation
        '﹐' => '，',
        '﹑' => '、',
        '﹒' => '.',
        '﹕' => '：',
        '﹖' => '？',
        '﹗' => '！',
        _ => Simplified(c),
    };

    /// <summary>Whether a character is a CJK ideograph (the unified blocks and the compatibility ones).</summary>
    internal static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The index of the closing parenthesis of a run of pinyin syllables (letters with tone marks and spaces), or -1.</summary>
    private static int PinyinEnd(string s, int open)
    {
        var letters = 0;
        for (var i = open + 1; i < s.Length && i < open + 60; i++)
        {
            var c = s[i];
            if (c is ')' or '）')
            {
                return letters >= 2 ? i : -1;
            }

            if (char.IsAsciiLetterLower(c) || c is ' ' or '\'' or '-' || (c is >= '\u00C0' and <= '\u024F') || c is '\u0300' or '\u0301' or '\u0304' or '\u030C')
            {
                letters += char.IsLetter(c) ? 1 : 0;
                continue;
            }

            return -1;
        }

        return -1;
    }

    /// <summary>
    /// Whether a line break is a PDF's hard wrap: the line before does not end a sentence, and the break splits a number
    /// (digits on both sides, the next going on to a unit or a word), or the line before is a full printed line (20
    /// characters or more) and the break falls between two characters of running text.
    /// </summary>
    private static bool JoinsBrokenLine(string s, int newline, StringBuilder before, int lineStart)
    {
        if (before.Length == 0 || newline + 1 >= s.Length)
        {
            return false;
        }

        var last = before[^1];
        var next = s[newline + 1];
        var lineLength = before.Length - lineStart;
        if (last is '。' or '；' or '：' or '！' or '？' or ':' or ';' or '.' or '!' or '?')
        {
            return false;
        }

        // A number split in two (1\n5公里, 12\n00个): the next line goes on with digits and a unit or a word, not a
        // list number (2. / 2、 / 2)).
        if (char.IsAsciiDigit(last) && char.IsAsciiDigit(next) && lineLength >= 6)
        {
            var after = newline + 1;
            while (after < s.Length && char.IsAsciiDigit(s[after]))
            {
                after++;
            }

            return after < s.Length && s[after] is not ('.' or '、' or ')' or '）' or '．' or ' ' or '\n');
        }

        if (lineLength < 20)
        {
            return false;
        }

        var digits = false;
        var words = IsHan(last) && IsHan(Map(next)) || (char.IsAsciiDigit(last) && IsHan(next)) || (last is '，' or '、' && IsHan(next));
        return digits || words;
    }

    /// <summary>A rewriter's words put back (see <see cref="Spun"/>), with their origins; "增加" before a figure reads "增长".</summary>
    private static (string Text, int[]? Origin) Unspin(string text, int[]? origin)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var at = origin is null ? i : origin[i];
            var replaced = false;
            foreach (var (spun, original) in Spun)
            {
                if (string.CompareOrdinal(text, i, spun, 0, spun.Length) == 0)
                {
                    for (var k = 0; k < original.Length; k++)
                    {
                        // Each word put back covers the rewritten word's characters: its k-th over theirs, its last over their last.
                        var from = i + Math.Min(k == original.Length - 1 ? spun.Length - 1 : k, spun.Length - 1);
                        sb.Append(original[k]);
                        map.Add(origin is null ? from : origin[from]);
                    }

                    i += spun.Length;
                    replaced = true;
                    break;
                }
            }

            if (replaced)
            {
                continue;
            }

            if (text[i] == '增' && i + 2 < text.Length && text[i + 1] == '加' && char.IsAsciiDigit(text[i + 2]))
            {
                sb.Append("增长");
                map.Add(at);
                map.Add(at + 1);
                i += 2;
                continue;
            }

            sb.Append(text[i]);
            map.Add(at);
            i++;
        }

        return (sb.ToString(), [.. map]);
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4000));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase) || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p ", StringComparison.OrdinalIgnoreCase) || head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly System.Buffers.SearchValues<char> TagNameEnds = System.Buffers.SearchValues.Create(" \t\n/");

    private static readonly string[] BlockTags = ["p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "title"];

    /// <summary>HTML as text: scripts, styles and the page's chrome (footer, nav, aside) dropped, tags dropped (a block tag leaves a line break), entities decoded.</summary>
    private static (string Text, int[] Origin) FromHtml(string html)
    {
        var sb = new StringBuilder(html.Length);
        var origin = new List<int>(html.Length);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0)
                {
                    break;
                }

                var tag = html.AsSpan(i + 1, close - i - 1).TrimStart('/').Trim();
                var nameEnd = tag.IndexOfAny(TagNameEnds);
                var name = (nameEnd < 0 ? tag : tag[..nameEnd]).ToString().ToLowerInvariant();
                if (name is "script" or "style" or "noscript" or "footer" or "nav" or "aside" or "template" && !html.AsSpan(i + 1).StartsWith("/", StringComparison.Ordinal))
                {
                    var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                    close = end < 0 ? html.Length - 1 : Math.Max(close, html.IndexOf('>', end) is var e && e > 0 ? e : html.Length - 1);
                }
                else if (BlockTags.Contains(name))
                {
                    sb.Append('\n');
                    origin.Add(i);
                }

                i = close;
                continue;
            }

            if (c == '&')
            {
                var semicolon = html.IndexOf(';', i + 1);
                if (semicolon > i && semicolon - i <= 10)
                {
                    var decoded = WebUtility.HtmlDecode(html.Substring(i, semicolon - i + 1));
                    if (decoded.Length == 1)
                    {
                        sb.Append(decoded[0] == '\u00A0' ? ' ' : decoded[0]);
                        origin.Add(i);
                        i = semicolon;
                        continue;
                    }
                }
            }

            sb.Append(c);
            origin.Add(i);
        }

        return (sb.ToString(), [.. origin]);
    }

    private static Dictionary<char, char> LoadTable()
    {
        var table = new Dictionary<char, char>(3000);
        using var stream = typeof(ReportText).Assembly.GetManifestResourceStream("Jinjiang.Indicators.Text.traditional-simplified.txt")
            ?? throw new InvalidOperationException("The traditional-simplified table is missing from the package.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                table[line[0]] = line[2];
            }
        }

        return table;
    }
}
