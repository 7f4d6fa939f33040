using System.Text.RegularExpressions;

namespace Jinjiang.Indicators.Text;

/// <summary>
/// The rows of a table of main indicators as copied into text (主要指标完成情况表, 主要预期目标表): 序号, the indicator,
/// its type (预期性/约束性), then cells, the year's target (年度目标) last. A copied table arrives flattened, its cells
/// separated by spaces on one line ("1 地区生产总值 预期性 16715.2亿元 4.8% 增长7%左右 2 …") or by pipes and line
/// breaks ("| 1 |\n地区生产总值 |\n预期性 |\n…"). A table is read only under a header that names a target (目标), so
/// that a table of results alone or of a five-year outline's indicators gives no promise.
/// </summary>
internal static partial class IndicatorTable
{
    private const int HeaderWindow = 300;

    /// <summary>A row's number, name and type (预期性/约束性), cells separated by spaces or pipes.</summary>
    [GeneratedRegex(@"(?<![\d.%\p{L}])(?<n>\d{1,2})[\s|]+(?<name>\p{IsCJKUnifiedIdeographs}[^\s|]{1,40}?)[\s|]+(?<type>预期性|约束性)")]
    private static partial Regex RowStart();

    /// <summary>A row of a table: the whole row, the indicator's name and the target cell, as ranges of the text.</summary>
    internal readonly record struct Row(int Start, int End, int NameStart, int NameLength, int TargetStart, int TargetEnd)
    {
        /// <summary>The year the table's header names (表1：2023年主要指标完成情况), whose targets its rows hold; null when it names none.</summary>
        public int? Year { get; init; }
    }

    /// <summary>The rows of every table of targets in the text, in text order.</summary>
    internal static List<Row> Read(string text)
    {
        var rows = new List<Row>();
        if (!text.Contains("预期性", StringComparison.Ordinal) && !text.Contains("约束性", StringComparison.Ordinal))
        {
            return rows; // no row of a table of targets without its type column: the regex is not run
        }

        var cells = new List<int>();
        var tableStart = 0;
        int? year = null;
        var starts = RowStart().Matches(text);
        for (var i = 0; i < starts.Count; i++)
        {
            var m = starts[i];
            var firstOfTable = rows.Count == tableStart || rows[^1].End < m.Index;
            if (firstOfTable)
            {
                Close(rows, cells, tableStart);
                tableStart = rows.Count;
                if (!UnderATargetHeader(text, m.Index))
                {
                    continue;
                }

                year = HeaderYear(text, m.Index);
            }

            var cellsStart = m.Index + m.Length;
            var limit = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var end = RowEnd(text, cellsStart, limit);
            var (targetStart, targetEnd) = LastCell(text, cellsStart, end);
            var name = m.Groups["name"];
            rows.Add(new Row(m.Index, end, name.Index, name.Length, targetStart, targetEnd) { Year = year });
            cells.Add(CellCount(text, cellsStart, end));
        }

        Close(rows, cells, tableStart);
        return rows;
    }

    /// <summary>
    /// Ends a table: a row with fewer cells than most of its table's rows (cut off, or its target left blank) has no
    /// target cell, since its last cell stands in another column.
    /// </summary>
    private static void Close(List<Row> rows, List<int> cells, int tableStart)
    {
        if (rows.Count - tableStart < 3)
        {
            return;
        }

        var usual = cells.Skip(tableStart).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        for (var r = tableStart; r < rows.Count; r++)
        {
            if (cells[r] < usual)
            {
                rows[r] = rows[r] with { TargetStart = rows[r].TargetEnd };
            }
        }
    }

    /// <summary>The cells of a row: runs of text between spaces and pipes.</summary>
    private static int CellCount(string text, int from, int to)
    {
        var count = 0;
        var inCell = false;
        for (var i = from; i < to; i++)
        {
            var separator = char.IsWhiteSpace(text[i]) || text[i] == '|';
            count += !separator && !inCell ? 1 : 0;
            inCell = !separator;
        }

        return count;
    }

    /// <summary>Whether the text before a table's first row names a target column (年度目标, 目标值, 2024年目标).</summary>
    private static bool UnderATargetHeader(string text, int firstRow)
    {
        var from = Math.Max(0, firstRow - HeaderWindow);
        var header = text.AsSpan(from, firstRow - from);
        return header.Contains("目标", StringComparison.Ordinal) && header.Contains("序号", StringComparison.Ordinal)
               && !header.Contains("纲要", StringComparison.Ordinal) && !header.Contains("年均", StringComparison.Ordinal);
    }

    /// <summary>The last year the header before a table's first row names (表1：2023年…完成情况), or null.</summary>
    private static int? HeaderYear(string text, int firstRow)
    {
        var from = Math.Max(0, firstRow - HeaderWindow);
        var header = text.AsSpan(from, firstRow - from);
        for (var at = header.LastIndexOf('年'); at >= 4; at = header[..at].LastIndexOf('年'))
        {
            if (int.TryParse(header.Slice(at - 4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1949 and <= 2100)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a row's cells end: at the next row, or at a line break that no pipe continues (a flattened table is one
    /// line; a piped one has a pipe at the end of every line of cells).
    /// </summary>
    private static int RowEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (text[i] is '\n' or '。' && !Piped(text, i))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>
    /// Whether a line break goes on within a piped table: the line after it holds a pipe, or is a short cell whose pipe
    /// was cut off (the table's last line, or one before a piped line).
    /// </summary>
    private static bool Piped(string text, int lineBreak)
    {
        if (text[lineBreak] != '\n')
        {
            return false;
        }

        var next = text.IndexOf('\n', lineBreak + 1);
        var line = text.AsSpan(lineBreak + 1, (next < 0 ? text.Length : next) - lineBreak - 1);
        if (line.Contains('|'))
        {
            return true;
        }

        if (line.Trim().Length is 0 or > MaxCutCell || line.IndexOfAny("。，,；;") >= 0)
        {
            return false;
        }

        if (next < 0 || (text.Length - next <= MaxCutCell && text.AsSpan(next + 1).IsWhiteSpace()))
        {
            return true; // the text's last line
        }

        var after = text.IndexOf('\n', next + 1);
        return text.AsSpan(next + 1, (after < 0 ? text.Length : after) - next - 1).Contains('|');
    }

    private const int MaxCutCell = 24;

    /// <summary>The last cell of a row (its target), or an empty range when it has none or says none (——).</summary>
    private static (int Start, int End) LastCell(string text, int from, int to)
    {
        var end = to;
        while (end > from && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '|'))
        {
            end--;
        }

        var start = end;
        while (start > from && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != '|')
        {
            start--;
        }

        var cell = text.AsSpan(start, end - start);
        return cell.IsEmpty || cell.Trim("—-–/ ").IsEmpty ? (end, end) : (start, end);
    }
}
