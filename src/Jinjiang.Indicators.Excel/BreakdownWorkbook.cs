using System.Globalization;
using System.Text.RegularExpressions;
using ExcelDataReader;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Text;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Jinjiang.Indicators.Excel;

/// <summary>
/// The task breakdown table (目标任务分解表) as an .xlsx workbook: <see cref="Write(Stream, IndicatorCatalog)"/> writes the
/// form for a catalog (one row per promise, its breakdown filled where the catalog has one), and
/// <see cref="Read(Stream, string, IndicatorCatalog)"/> reads a filled one and overlays it on the catalog. Columns:
/// indicator, name, target, deadline, lead unit (牵头单位), cooperating units (配合单位, separated by 、 or commas),
/// leader (责任领导), frequency (报送频次: 按月, 按季度, 按半年, 按年 or monthly …), due day (报送截止日, 1 to 28) and
/// node1..node6 (节点), each "2023-06-30 开工" (a stage) or "2023-06-30 6公里" (an interim value; the target's unit if
/// none is written).
/// </summary>
public static class BreakdownWorkbook
{
    private const int NodeColumns = 6;

    static BreakdownWorkbook() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance); // ExcelDataReader asks for code page 1252

    private static readonly Regex NodeText = new(@"^\s*(?<date>\d{4}\s*(?:-|年|/|\.)\s*\d{1,2}\s*(?:-|月|/|\.)\s*\d{1,2}\s*日?)\s*[:：,，]?\s*(?<what>.+?)\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The column keys, in order (a header cell may be the key, its Chinese name, or "中文 (key)").</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["indicator", "name", "target", "deadline", "lead-unit", "cooperating-units", "leader", "frequency", "due-day", .. Enumerable.Range(1, NodeColumns).Select(i => "node" + i.ToString(CultureInfo.InvariantCulture))];

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["indicator"] = "指标编号", ["name"] = "目标任务", ["target"] = "目标", ["deadline"] = "完成时限", ["lead-unit"] = "牵头单位",
        ["cooperating-units"] = "配合单位", ["leader"] = "责任领导", ["frequency"] = "报送频次", ["due-day"] = "报送截止日",
        ["node1"] = "节点1", ["node2"] = "节点2", ["node3"] = "节点3", ["node4"] = "节点4", ["node5"] = "节点5", ["node6"] = "节点6",
    };

    private static readonly (string Text, ReportingFrequency Frequency)[] Frequencies =
    [
        ("按月", ReportingFrequency.Monthly), ("每月", ReportingFrequency.Monthly), ("月报", ReportingFrequency.Monthly), ("monthly", ReportingFrequency.Monthly),
        ("按季度", ReportingFrequency.Quarterly), ("按季", ReportingFrequency.Quarterly), ("每季度", ReportingFrequency.Quarterly), ("季报", ReportingFrequency.Quarterly), ("quarterly", ReportingFrequency.Quarterly),
        ("按半年", ReportingFrequency.HalfYearly), ("半年", ReportingFrequency.HalfYearly), ("half-yearly", ReportingFrequency.HalfYearly),
        ("按年", ReportingFrequency.Yearly), ("每年", ReportingFrequency.Yearly), ("年报", ReportingFrequency.Yearly), ("yearly", ReportingFrequency.Yearly),
    ];

    /// <summary>Writes the breakdown form of a catalog (what the catalog already has is filled in).</summary>
    /// <param name="stream">Where to write the workbook.</param>
    /// <param name="catalog">The catalog.</param>
    public static void Write(Stream stream, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(catalog);
        WriteCoreAsync(stream, catalog).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Reads a filled breakdown workbook file and overlays it on a catalog.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="catalog">The catalog the rows belong to.</param>
    /// <returns>The catalog with each row's breakdown applied, and the problems, each named by sheet and cell.</returns>
    public static ReadResult<IndicatorCatalog> ReadFile(string path, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), catalog);
    }

    /// <summary>
    /// Reads a filled breakdown workbook and overlays it on a catalog: each row names a promise by id; its units, leader,
    /// calendar and nodes replace the catalog's. A row with a problem is named (sheet and cell, what was found and what
    /// was expected) and the rest of the row is still read; an unknown id is a problem, not a new promise.
    /// </summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="sourceName">The name problems give the file.</param>
    /// <param name="catalog">The catalog the rows belong to.</param>
    /// <returns>The catalog with the breakdown applied, and the problems.</returns>
    public static ReadResult<IndicatorCatalog> Read(Stream stream, string sourceName, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<ReadProblem>();
        var lines = new Dictionary<IndicatorId, TaskBreakdown>();
        try
        {
            var seekable = stream.CanSeek ? stream : Buffered(stream);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(seekable);
            var headerFound = false;
            do
            {
                headerFound |= ReadSheet(reader, sourceName, catalog, lines, problems);
            }
            while (reader.NextResult());

            if (!headerFound)
            {
                problems.Add(new ReadProblem(sourceName, 0, null, null, WorkbookMessages.NoBreakdownHeader));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            problems.Add(new ReadProblem(sourceName, 0, null, null, WorkbookMessages.Unreadable(e.Message)));
        }

        var overlaid = catalog.With(catalog.All.Where(i => lines.ContainsKey(i.Id)).Select(i => i.WithBreakdown(lines[i.Id])));
        return new ReadResult<IndicatorCatalog>(overlaid, problems)
        {
            Notes = [string.Create(CultureInfo.InvariantCulture, $"{lines.Count} of {catalog.Count} promise(s) have a breakdown line.")],
        };
    }

    private static bool ReadSheet(IExcelDataReader reader, string sourceName, IndicatorCatalog catalog, Dictionary<IndicatorId, TaskBreakdown> lines, List<ReadProblem> problems)
    {
        Dictionary<string, int>? columns = null;
        var row = 0;
        while (reader.Read())
        {
            row++;
            var cells = new string?[reader.FieldCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Text(reader.GetValue(c));
            }

            if (columns is null)
            {
                var found = Header(cells);
                if (found.ContainsKey("indicator") && found.ContainsKey("lead-unit"))
                {
                    columns = found;
                }

                continue;
            }

            string? Get(string key) => columns.TryGetValue(key, out var c) && c < cells.Length ? cells[c] : null;
            string Where(string key) => ObservationWorkbook.Cell(reader.Name, columns.TryGetValue(key, out var c) ? c : 0, row);
            void Problem(string key, string? text, string message) => problems.Add(new ReadProblem(sourceName, row, Where(key), text, message));

            var idText = Get("indicator");
            if (string.IsNullOrWhiteSpace(idText))
            {
                continue; // a blank or note line
            }

            if (!IndicatorId.TryParse(idText.Trim(), out var id) || !catalog.TryGet(id, out var indicator))
            {
                Problem("indicator", idText, WorkbookMessages.BreakdownIndicator);
                continue;
            }

            if (lines.ContainsKey(id))
            {
                Problem("indicator", idText, WorkbookMessages.BreakdownTwice);
                continue;
            }

            ReportingSchedule? reporting = null;
            var frequencyText = Get("frequency");
            var dueDayText = Get("due-day");
            if (!string.IsNullOrWhiteSpace(frequencyText) || !string.IsNullOrWhiteSpace(dueDayText))
            {
                var frequency = Frequencies.FirstOrDefault(f => string.Equals(f.Text, frequencyText?.Trim(), StringComparison.OrdinalIgnoreCase));
                var dueDay = 0;
                if (frequency.Text is null)
                {
                    Problem("frequency", frequencyText, WorkbookMessages.FrequencyFormat);
                }
                else if (!int.TryParse(dueDayText?.Trim().TrimEnd('日').TrimEnd('号'), NumberStyles.Integer, CultureInfo.InvariantCulture, out dueDay) || dueDay is < 1 or > 28)
                {
                    Problem("due-day", dueDayText, WorkbookMessages.DueDayRange);
                }
                else
                {
                    reporting = new ReportingSchedule(frequency.Frequency, dueDay);
                }
            }

            var nodes = new List<NodeTarget>();
            for (var n = 1; n <= NodeColumns; n++)
            {
                var key = "node" + n.ToString(CultureInfo.InvariantCulture);
                if (Get(key) is { } nodeText && !string.IsNullOrWhiteSpace(nodeText))
                {
                    if (Node(nodeText, indicator, out var message) is { } node)
                    {
                        nodes.Add(node);
                    }
                    else
                    {
                        Problem(key, nodeText, message!);
                    }
                }
            }

            lines[id] = new TaskBreakdown
            {
                LeadUnit = Get("lead-unit"),
                CooperatingUnits = (Get("cooperating-units") ?? string.Empty).Split(['、', ',', '，', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                ResponsibleLeader = Get("leader"),
                Nodes = nodes,
                Reporting = reporting,
            };
        }

        return columns is not null;
    }

    /// <summary>A node cell read: a date, then a stage name or an interim value of the target's kind.</summary>
    private static NodeTarget? Node(string text, Indicator indicator, out string? message)
    {
        message = null;
        var m = NodeText.Match(text);
        if (!m.Success || !TryDate(m.Groups["date"].Value, out var due))
        {
            message = WorkbookMessages.NodeFormat;
            return null;
        }

        if (due > indicator.Target.Deadline)
        {
            message = WorkbookMessages.NodeAfterDeadline(indicator.Target.Deadline);
            return null;
        }

        var what = m.Groups["what"].Value.Trim();
        foreach (var before in (string[])["之前", "前"])
        {
            // 2023年6月30日前开工: "before" belongs to the date, not the stage (a stage may itself begin with 前, as 前期手续 does).
            if (m.Groups["date"].Value.EndsWith('日') && what.StartsWith(before, StringComparison.Ordinal) && what.Length > before.Length)
            {
                what = what[before.Length..].TrimStart(' ', ':', '：', ',', '，');
                break;
            }
        }

        if (!char.IsAsciiDigit(what[0]) && what[0] != '.')
        {
            return new NodeTarget(due, what);
        }

        var parsed = ChineseQuantityParser.Parse(what);
        Measure value;
        if (parsed.IsValid && parsed.Value.Value.Kind != QuantityKind.Index)
        {
            value = parsed.Value.Value;
        }
        else if (double.TryParse(what, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && TargetUnit(indicator.Target) is { } unit)
        {
            value = new Measure(number, unit);
        }
        else
        {
            message = WorkbookMessages.NodeValue;
            return null;
        }

        if (!indicator.Target.AcceptedKinds.Contains(value.Kind))
        {
            message = WorkbookMessages.NodeKind(value.Kind, indicator.Target.Kind);
            return null;
        }

        return new NodeTarget(due, value);
    }

    private static MeasureUnit? TargetUnit(Target target) => target.Accept(UnitVisitor.Instance, null);

    /// <summary>The unit a bare number in a node cell is read in: the amount's or the level's; none for other kinds.</summary>
    private sealed class UnitVisitor : ITargetVisitor<object?, MeasureUnit?>
    {
        internal static readonly UnitVisitor Instance = new();

        public MeasureUnit? Visit(DeliveryTarget target, object? argument) => target.Amount.Unit;

        public MeasureUnit? Visit(AtLeastTarget target, object? argument) => target.Reference.Unit;

        public MeasureUnit? Visit(AtMostTarget target, object? argument) => target.Reference.Unit;

        public MeasureUnit? Visit(AboutTarget target, object? argument) => target.Reference.Unit;

        public MeasureUnit? Visit(RangeTarget target, object? argument) => target.Reference.Unit;

        public MeasureUnit? Visit(CoverageTarget target, object? argument) => target.Reference.Unit;

        public MeasureUnit? Visit(ChangeTarget target, object? argument) => null;

        public MeasureUnit? Visit(RankTarget target, object? argument) => null;

        public MeasureUnit? Visit(ClassTarget target, object? argument) => null;

        public MeasureUnit? Visit(CadenceTarget target, object? argument) => null;

        public MeasureUnit? Visit(ResponseTimeTarget target, object? argument) => null;

        public MeasureUnit? Visit(MilestoneTarget target, object? argument) => null;

        public MeasureUnit? Visit(DirectionTarget target, object? argument) => null;

        public MeasureUnit? Visit(FloorAndStretchTarget target, object? argument) => target.Floor.Accept(this, argument);

        public MeasureUnit? Visit(AllOfTarget target, object? argument) => null;
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        date = default;
        var parts = Regex.Split(text, @"\D+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Where(p => p.Length > 0).ToArray();
        if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var y) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var mo) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d)
            || y is < 1900 or > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }

        date = new LocalDate(y, mo, d);
        return true;
    }

    private static Dictionary<string, int> Header(string?[] cells)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is not { } text)
            {
                continue;
            }

            var t = text.Trim();
            var key = Columns.FirstOrDefault(k => string.Equals(t, k, StringComparison.OrdinalIgnoreCase) || string.Equals(t, Chinese[k], StringComparison.Ordinal) || t.EndsWith("(" + k + ")", StringComparison.OrdinalIgnoreCase));
            if (key is not null)
            {
                found.TryAdd(key, c);
            }
        }

        return found;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static async ValueTask WriteCoreAsync(Stream stream, IndicatorCatalog catalog)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream).ConfigureAwait(false);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var options = new WorksheetOptions();
        int[] widths = [34, 30, 34, 12, 16, 24, 24, 10, 10, 22, 22, 22, 22, 22, 22];
        for (var c = 0; c < widths.Length; c++)
        {
            options.Column(c + 1).Width = widths[c];
        }

        await spreadsheet.StartWorksheetAsync("目标任务分解表", options).ConfigureAwait(false);
        var title = catalog.Report is { } report ? report.Area + report.Year + "年政府工作报告 目标任务分解表" : "政府工作报告 目标任务分解表";
        await spreadsheet.AddRowAsync([new Cell(title, bold), new Cell("节点填写：日期 + 阶段（2023-06-30 开工）或日期 + 阶段目标值（2023-06-30 6公里）")]).ConfigureAwait(false);
        await spreadsheet.AddRowAsync(Columns.Select(c => new Cell(Chinese[c] + " (" + c + ")", bold)).ToArray()).ConfigureAwait(false);
        foreach (var i in catalog.All)
        {
            var nodes = i.Nodes.Select(NodeCell).Concat(Enumerable.Repeat(string.Empty, NodeColumns)).Take(NodeColumns);
            string[] row =
            [
                i.Id.Value, i.NameChinese, i.Target.DescribeChinese(), i.Target.Deadline.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                i.ResponsibleUnit ?? string.Empty, string.Join("、", i.CooperatingUnits), i.ResponsibleLeader ?? string.Empty,
                i.Reporting is { } r ? Frequencies.First(f => f.Frequency == r.Frequency).Text : string.Empty,
                i.Reporting is { } r2 ? r2.DueDay.ToString(CultureInfo.InvariantCulture) : string.Empty,
                .. nodes,
            ];
            await spreadsheet.AddRowAsync(row.Select(t => new Cell(t)).ToArray()).ConfigureAwait(false);
        }

        await spreadsheet.FinishAsync().ConfigureAwait(false);
    }

    private static string NodeCell(NodeTarget node)
        => node.Due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + " " + (node.Value is { } v ? v.Value.ToString("0.####", CultureInfo.InvariantCulture) + v.Unit.SymbolChinese : node.Stage);
}
