using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Serialization.Decoding;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>Rebuilds typed indicators from a catalog file (the <c>definition</c> of each entry says how).</summary>
internal static class CatalogJsonReader
{
    internal static ReadResult<IndicatorCatalog> Read(Stream utf8Json, string sourceName)
    {
        var problems = new List<ReadProblem>();
        var notes = new List<string>();
        if (Decode(utf8Json, sourceName, problems, notes) is not { } text || Entries(text, sourceName, problems) is not var (list, major, basePath))
        {
            return ReadResult<IndicatorCatalog>.Failure(problems);
        }

        return Build(list, major, basePath, sourceName, problems, notes);
    }

    /// <summary>
    /// The file's text as editors save it: UTF-8 with or without a byte order mark, UTF-16 (Notepad's "Unicode"), or
    /// GB18030; the encoding is named in a note when it is not UTF-8, and in the problem when it is none of these.
    /// </summary>
    private static string? Decode(Stream utf8Json, string sourceName, List<ReadProblem> problems, List<string> notes)
    {
        var seekable = utf8Json.CanSeek ? utf8Json : Copy(utf8Json);
        if (TextDecoding.Detect(seekable, null, long.MaxValue, out var encodingProblem) is not { } source)
        {
            problems.Add(new ReadProblem(sourceName, 0, null, null, encodingProblem!));
            return null;
        }

        if (source.Note is { } note)
        {
            notes.Add(note);
        }

        string text;
        using (var reader = new StreamReader(seekable, source.Encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            seekable.Position = source.BomLength;
            text = reader.ReadToEnd();
        }

        return text;
    }

    /// <summary>
    /// The entries, each deserialized on its own (an entry of the wrong shape is a problem at its path, and every other
    /// entry is still read), with the format's major version and the path of the array; null when the file is not a catalog.
    /// </summary>
    private static (List<IndicatorDto?> List, int Major, string BasePath)? Entries(string text, string sourceName, List<ReadProblem> problems)
    {
        // Format 2 is an object { formatVersion, indicators }; format 1 (the 0.1 release) was the bare array.
        List<IndicatorDto?> list = [];
        var basePath = "$";
        var major = 1;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var entries = document.RootElement;
            if (entries.ValueKind == JsonValueKind.Object)
            {
                var version = entries.TryGetProperty("formatVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (FormatVersion.Check(version) is { } versionProblem)
                {
                    problems.Add(new ReadProblem(sourceName, 0, "$.formatVersion", version, versionProblem));
                    return null;
                }

                major = FormatVersion.MajorOf(version!);
                if (!entries.TryGetProperty("indicators", out entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(new ReadProblem(sourceName, 0, "$.indicators", null, CatalogMessages.IndicatorsArray));
                    return null;
                }

                basePath = "$.indicators";
            }
            else if (entries.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new ReadProblem(sourceName, 1, "$", entries.ValueKind.ToString().ToLowerInvariant(), CatalogMessages.CatalogShape));
                return null;
            }

            var index = 0;
            foreach (var element in entries.EnumerateArray())
            {
                var path = basePath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                try
                {
                    var dto = element.Deserialize(IndicatorsJsonContext.Default.IndicatorDto);
                    list.Add(major == 1 && dto is not null ? FromVersion1(dto) : dto);
                }
                catch (JsonException e)
                {
                    var end = e.Message.IndexOf(". ", StringComparison.Ordinal);
                    var where = e.Path is { Length: > 1 } p ? path + p[1..] : path;
                    problems.Add(new ReadProblem(sourceName, 0, where, null, CatalogMessages.WrongType(end < 0 ? e.Message : e.Message[..(end + 1)])));
                    list.Add(null);
                }
                catch (InvalidOperationException e)
                {
                    problems.Add(new ReadProblem(sourceName, 0, path, null, CatalogMessages.LeftOut(e.Message)));
                    list.Add(null);
                }

                index++;
            }
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem.Malformed(sourceName, e));
            return null;
        }

        return (list, major, basePath);
    }

    /// <summary>The indicators of the entries that could be built; every problem at its path, a note when some are left out.</summary>
    private static ReadResult<IndicatorCatalog> Build(List<IndicatorDto?> list, int major, string basePath, string sourceName, List<ReadProblem> problems, List<string> notes)
    {
        var items = new List<Indicator>();
        var ids = new HashSet<IndicatorId>();
        var reports = new List<WorkReport>();
        for (var i = 0; i < list.Count; i++)
        {
            var path = basePath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            void Problem(string field, string? text, string message) => problems.Add(new ReadProblem(sourceName, 0, field, text, message));
            var dto = list[i];
            if (dto is null)
            {
                if (!problems.Any(p => p.Field is { } f && (f == path || f.StartsWith(path + ".", StringComparison.Ordinal) || f.StartsWith(path + "[", StringComparison.Ordinal))))
                {
                    Problem(path, "null", CatalogMessages.IndicatorObject);
                }

                continue;
            }

            var before = problems.Count;
            if (!IndicatorId.TryParse(dto.Id, out var id))
            {
                Problem(path + ".id", dto.Id, CatalogMessages.IdFormat);
            }
            else if (!ids.Add(id))
            {
                Problem(path + ".id", dto.Id, CatalogMessages.IdTaken);
            }

            // Format 1 names its fields as it had them (name Chinese, nameEn English); format 2 as written now.
            var (chineseField, englishField) = major == 1 ? ("name", "nameEn") : ("nameZh", "name");
            if (string.IsNullOrWhiteSpace(dto.NameZh))
            {
                Problem(path + "." + chineseField, dto.NameZh, CatalogMessages.NameRequired(chineseField, chinese: true));
            }

            if (string.IsNullOrWhiteSpace(dto.Name))
            {
                Problem(path + "." + englishField, dto.Name, CatalogMessages.NameRequired(englishField, chinese: false));
            }

            if (!JsonMapping.IsValueTypeName(dto.ValueType))
            {
                Problem(path + ".valueType", dto.ValueType, CatalogMessages.ValueTypeFormat);
            }

            var commitment = string.IsNullOrWhiteSpace(dto.Commitment) ? CommitmentLevel.Plain : Parse<CommitmentLevel>(dto.Commitment);
            if (commitment is null)
            {
                Problem(path + ".commitment", dto.Commitment, CatalogMessages.CommitmentFormat);
            }

            var direction = string.IsNullOrWhiteSpace(dto.Direction) ? Direction.HigherIsBetter : Parse<Direction>(dto.Direction);
            if (direction is null)
            {
                Problem(path + ".direction", dto.Direction, CatalogMessages.DirectionFormat);
            }

            var sectionId = string.IsNullOrWhiteSpace(dto.Section) ? Section.General.Id : dto.Section;
            if (!IndicatorId.IsValid(sectionId))
            {
                Problem(path + ".section", dto.Section, CatalogMessages.SectionFormat);
            }

            var target = TargetMapping.FromDto(dto.Definition, path + ".definition", Problem);
            if (target is not null)
            {
                Consistent(dto, target, path, Problem);
            }

            var report = dto.Report is null ? null : ReadReport(dto.Report, path + ".report", Problem, reports);
            var nodes = BreakdownMapping.Nodes(dto.Nodes, target, path + ".nodes", Problem);
            var reporting = dto.Reporting is null ? null : BreakdownMapping.Reporting(dto.Reporting, path + ".reporting", Problem);
            if (problems.Count > before || target is null)
            {
                continue;
            }

            try
            {
                var section = sectionId == Section.General.Id ? Section.General : ReportSections.All.FirstOrDefault(s => s.Id == sectionId)
                    ?? new Section(sectionId, FirstText(dto.SectionNameZh, dto.SectionName, sectionId), FirstText(dto.SectionName, sectionId));
                items.Add(Create(dto, id, target, section, commitment!.Value, direction!.Value, report)
                    .WithBreakdown(new TaskBreakdown { ResponsibleLeader = dto.Leader, Nodes = nodes, Reporting = reporting }));
            }
            catch (ArgumentException e)
            {
                Problem(path + ".definition", dto.Definition?.Type, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }
        }

        // The catalog's report is its entries' (the first that names one): a draft is of one report.
        if (items.Count < list.Count)
        {
            notes.Add(CatalogMessages.EntriesLeftOut(list.Count - items.Count, list.Count, items.Count));
        }

        return new(new IndicatorCatalog(items.Select(i => i.Report).FirstOrDefault(r => r is not null), items), problems) { Notes = notes };
    }

    /// <summary>
    /// A format-1 entry on the format-2 fields: <c>name</c> was the Chinese name and <c>nameEn</c> the English one;
    /// a peer group's <c>peersName</c> was Chinese and <c>peersNameEn</c> English (in a definition, its floor and
    /// stretch, and its parts).
    /// </summary>
    private static IndicatorDto FromVersion1(IndicatorDto dto)
        => dto with { Name = dto.NameEn, NameZh = dto.Name, NameEn = null, Definition = FromVersion1(dto.Definition) };

    private static TargetDto? FromVersion1(TargetDto? dto) => dto is null ? null : dto with
    {
        PeersName = dto.PeersNameEn ?? dto.PeersName,
        PeersNameZh = dto.PeersName,
        PeersNameEn = null,
        Floor = FromVersion1(dto.Floor),
        Stretch = FromVersion1(dto.Stretch),
        Parts = dto.Parts?.Select(p => p with { Target = FromVersion1(p.Target) }).ToList(),
    };

    private static MemoryStream Copy(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// The readable fields of an entry against its definition: an edited <c>start</c>, <c>deadline</c> or <c>targetZh</c>
    /// that the definition does not say is a problem naming both, never a silent choice of one.
    /// </summary>
    private static void Consistent(IndicatorDto dto, Target target, string path, Action<string, string?, string> problem)
    {
        var start = IsoDate.Format(target.Period.Start);
        var deadline = IsoDate.Format(target.Deadline);
        if (!string.IsNullOrWhiteSpace(dto.Start) && dto.Start.Trim() != start)
        {
            problem(path + ".start", dto.Start, CatalogMessages.ReadableFieldDisagrees("start", dto.Start.Trim(), start));
        }

        if (!string.IsNullOrWhiteSpace(dto.Deadline) && dto.Deadline.Trim() != deadline)
        {
            problem(path + ".deadline", dto.Deadline, CatalogMessages.ReadableFieldDisagrees("deadline", dto.Deadline.Trim(), deadline));
        }

        if (!string.IsNullOrWhiteSpace(dto.TargetZh) && !SameNumbers(dto.TargetZh, target.DescribeChinese()))
        {
            problem(path + ".targetZh", dto.TargetZh, CatalogMessages.ReadableFieldDisagrees("target", dto.TargetZh.Trim(), target.DescribeChinese()));
        }
    }

    /// <summary>Whether two texts name the same numbers (the readable target may be worded differently, not valued differently).</summary>
    private static bool SameNumbers(string a, string b)
    {
        static IEnumerable<double> Numbers(string text) => System.Text.RegularExpressions.Regex.Matches(text, "[0-9]+(?:\\.[0-9]+)?")
            .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).Order();
        return Numbers(a).SequenceEqual(Numbers(b));
    }

    private static string FirstText(params string?[] texts) => texts.First(t => !string.IsNullOrWhiteSpace(t))!;

    private static T? Parse<T>(string? kebab)
        where T : struct, Enum
        => Enum.TryParse<T>((kebab ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : null;

    /// <summary>The report of an entry (one shared instance per distinct report), or null having reported what is wrong.</summary>
    private static WorkReport? ReadReport(ReportDto dto, string path, Action<string, string?, string> problem, List<WorkReport> known)
    {
        var failed = false;
        void Fail(string field, string? text, string message)
        {
            failed = true;
            problem(path + "." + field, text, message);
        }

        if (string.IsNullOrWhiteSpace(dto.Area))
        {
            Fail("area", dto.Area, CatalogMessages.AreaRequired);
        }

        if (dto.Year is not (>= 1949 and <= 9999))
        {
            Fail("year", dto.Year?.ToString(CultureInfo.InvariantCulture), CatalogMessages.YearFormat);
        }

        var level = Parse<GovernmentLevel>(string.IsNullOrWhiteSpace(dto.Level) ? "unspecified" : dto.Level);
        if (level is null)
        {
            Fail("level", dto.Level, CatalogMessages.LevelFormat);
        }

        NodaTime.LocalDate? delivered = null;
        if (!string.IsNullOrWhiteSpace(dto.Delivered))
        {
            if (IsoDate.TryParse(dto.Delivered, out var d))
            {
                delivered = d;
            }
            else
            {
                Fail("delivered", dto.Delivered, Rows.ReadMessages.DateFormat);
            }
        }

        if (failed)
        {
            return null;
        }

        var report = new WorkReport(string.IsNullOrWhiteSpace(dto.Issuer) ? dto.Area!.Trim() + "人民政府" : dto.Issuer, dto.Area!, level!.Value, dto.Year!.Value, delivered)
        {
            Title = dto.Title ?? string.Empty,
            AreaEnglish = dto.AreaEn,
            Source = dto.Source,
        };
        var same = known.Find(r => r.Equals(report));
        if (same is not null)
        {
            return same;
        }

        known.Add(report);
        return report;
    }

    private static Indicator Create(IndicatorDto dto, IndicatorId id, Target target, Section section, CommitmentLevel commitment, Direction direction, WorkReport? report)
        => IndicatorValueTypes.Named(dto.ValueType)!.Accept(new Maker(dto, id, target, section, commitment, direction, report));

    /// <summary>Builds the typed indicator of a catalog entry once its value type is known.</summary>
    private sealed class Maker(IndicatorDto dto, IndicatorId id, Target target, Section section, CommitmentLevel commitment, Direction direction, WorkReport? report)
        : IndicatorValueTypes.IVisitor<Indicator>
    {
        public Indicator Visit<T>()
            where T : struct
            => Make<T>(dto, id, target, section, commitment, direction, report);
    }

    private static Indicator<T> Make<T>(IndicatorDto dto, IndicatorId id, Target target, Section section, CommitmentLevel commitment, Direction direction, WorkReport? report)
        where T : struct
        => new(id, dto.NameZh!, dto.Name!, target)
        {
            Report = report,
            Section = section,
            Commitment = commitment,
            Direction = direction,
            ResponsibleUnit = dto.ResponsibleUnit,
            Area = string.IsNullOrWhiteSpace(dto.Area) ? null : dto.Area,
            Source = dto.Source ?? string.Empty,
            Interpretation = dto.Interpretation,
            InterpretationChinese = string.IsNullOrWhiteSpace(dto.InterpretationZh) ? null : dto.InterpretationZh,
            CooperatingUnits = dto.CooperatingUnits?.Where(u => u is not null).ToList() ?? [],
        };
}
