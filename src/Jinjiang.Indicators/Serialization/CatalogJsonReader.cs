using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>Rebuilds typed indicators from a catalog file (the <c>definition</c> of each entry says how).</summary>
internal static class CatalogJsonReader
{
    internal static ReadResult<IndicatorCatalog> Read(Stream utf8Json, string sourceName)
    {
        var problems = new List<ReadProblem>();
        var items = new List<Indicator>();
        List<IndicatorDto>? list;
        try
        {
            list = JsonSerializer.Deserialize(utf8Json, IndicatorsJsonContext.Default.ListIndicatorDto);
        }
        catch (JsonException e)
        {
            problems.Add(JsonProblem.Malformed(sourceName, e));
            return ReadResult<IndicatorCatalog>.Failure(problems);
        }

        if (list is null)
        {
            problems.Add(new ReadProblem(sourceName, 1, "$", "null", "Expected an array of indicators."));
            return ReadResult<IndicatorCatalog>.Failure(problems);
        }

        var ids = new HashSet<IndicatorId>();
        var reports = new List<WorkReport>();
        for (var i = 0; i < list.Count; i++)
        {
            var path = "$[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            void Problem(string field, string? text, string message) => problems.Add(new ReadProblem(sourceName, 0, field, text, message));
            var dto = list[i];
            if (dto is null)
            {
                Problem(path, "null", "Expected an indicator object.");
                continue;
            }

            var before = problems.Count;
            if (!IndicatorId.TryParse(dto.Id, out var id))
            {
                Problem(path + ".id", dto.Id, "Expected a kebab-case indicator id.");
            }
            else if (!ids.Add(id))
            {
                Problem(path + ".id", dto.Id, "Another indicator already has this id.");
            }

            if (string.IsNullOrWhiteSpace(dto.Name))
            {
                Problem(path + ".name", dto.Name, "The Chinese name is required (name).");
            }

            if (string.IsNullOrWhiteSpace(dto.NameEn))
            {
                Problem(path + ".nameEn", dto.NameEn, "The English name is required (nameEn).");
            }

            if (!JsonMapping.IsValueTypeName(dto.ValueType))
            {
                Problem(path + ".valueType", dto.ValueType, "Expected a value type: length, area, ratio, mass, duration, count, money, quality-class, rank, percentage-points, index or completion.");
            }

            var commitment = string.IsNullOrWhiteSpace(dto.Commitment) ? CommitmentLevel.Plain : Parse<CommitmentLevel>(dto.Commitment);
            if (commitment is null)
            {
                Problem(path + ".commitment", dto.Commitment, "Expected plain, strive, ensure or require.");
            }

            var direction = string.IsNullOrWhiteSpace(dto.Direction) ? Direction.HigherIsBetter : Parse<Direction>(dto.Direction);
            if (direction is null)
            {
                Problem(path + ".direction", dto.Direction, "Expected higher-is-better or lower-is-better.");
            }

            var sectionId = string.IsNullOrWhiteSpace(dto.Section) ? Section.General.Id : dto.Section;
            if (!IndicatorId.IsValid(sectionId))
            {
                Problem(path + ".section", dto.Section, "Expected a kebab-case section id.");
            }

            var target = TargetMapping.FromDto(dto.Definition, path + ".definition", Problem);
            var report = dto.Report is null ? null : ReadReport(dto.Report, path + ".report", Problem, reports);
            if (problems.Count > before || target is null)
            {
                continue;
            }

            try
            {
                var section = sectionId == Section.General.Id ? Section.General : ReportSections.All.FirstOrDefault(s => s.Id == sectionId)
                    ?? new Section(sectionId, FirstText(dto.SectionNameZh, dto.SectionName, sectionId), FirstText(dto.SectionName, sectionId));
                items.Add(Create(dto, id, target, section, commitment!.Value, direction!.Value, report));
            }
            catch (ArgumentException e)
            {
                Problem(path + ".definition", dto.Definition?.Type, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }
        }

        // The catalog's report is its entries' (the first that names one): a draft is of one report.
        return new(new IndicatorCatalog(items.Select(i => i.Report).FirstOrDefault(r => r is not null), items), problems);
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
            Fail("area", dto.Area, "The area the report governs is required (锦江区).");
        }

        if (dto.Year is not (>= 1949 and <= 9999))
        {
            Fail("year", dto.Year?.ToString(CultureInfo.InvariantCulture), "Expected the plan year, such as 2023.");
        }

        var level = Parse<GovernmentLevel>(string.IsNullOrWhiteSpace(dto.Level) ? "unspecified" : dto.Level);
        if (level is null)
        {
            Fail("level", dto.Level, "Expected national, province, city, county, district or unspecified.");
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
                Fail("delivered", dto.Delivered, "Expected an ISO date yyyy-MM-dd.");
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
        => new(id, dto.Name, dto.NameEn, target)
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
