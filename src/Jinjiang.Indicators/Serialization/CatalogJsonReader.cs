using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using UnitsNet;

namespace Jinjiang.Indicators.Serialization;

/// <summary>Rebuilds typed indicators from a catalog file (the <c>definition</c> of each entry says how).</summary>
internal static class CatalogJsonReader
{
    internal static LoadResult<Indicator> Read(Stream utf8Json, string sourceName)
    {
        var problems = new List<LoadProblem>();
        var items = new List<Indicator>();
        List<IndicatorDto>? list;
        try
        {
            list = JsonSerializer.Deserialize(utf8Json, IndicatorsJsonContext.Default.ListIndicatorDto);
        }
        catch (JsonException e)
        {
            problems.Add(LoadProblem.MalformedJson(sourceName, e));
            return new(items, problems);
        }

        if (list is null)
        {
            problems.Add(new LoadProblem(sourceName, 1, "$", "null", "Expected an array of indicators."));
            return new(items, problems);
        }

        var ids = new HashSet<IndicatorId>();
        for (var i = 0; i < list.Count; i++)
        {
            var path = "$[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            void Problem(string field, string? text, string message) => problems.Add(new LoadProblem(sourceName, 0, field, text, message));
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

            if (string.IsNullOrWhiteSpace(dto.Name) || string.IsNullOrWhiteSpace(dto.NameEn))
            {
                Problem(path + ".name", dto.Name, "Both name and nameEn are required.");
            }

            if (!JsonMapping.IsValueTypeName(dto.ValueType))
            {
                Problem(path + ".valueType", dto.ValueType, "Expected a value type: length, area, ratio, mass, duration, count, money, quality-class, rank, percentage-points, index or completion.");
            }

            var commitment = Parse<CommitmentLevel>(dto.Commitment);
            if (commitment is null)
            {
                Problem(path + ".commitment", dto.Commitment, "Expected plain, strive, ensure or require.");
            }

            var direction = Parse<Direction>(dto.Direction);
            if (direction is null)
            {
                Problem(path + ".direction", dto.Direction, "Expected higher-is-better or lower-is-better.");
            }

            if (!IndicatorId.IsValid(dto.Section))
            {
                Problem(path + ".section", dto.Section, "Expected a kebab-case section id.");
            }

            var target = TargetMapping.FromDto(dto.Definition, path + ".definition", Problem);
            if (problems.Count > before || target is null)
            {
                continue;
            }

            var section = ReportSections.All.FirstOrDefault(s => s.Id == dto.Section)
                ?? new Section(dto.Section, string.IsNullOrWhiteSpace(dto.SectionNameZh) ? dto.SectionName : dto.SectionNameZh, string.IsNullOrWhiteSpace(dto.SectionName) ? dto.Section : dto.SectionName);
            try
            {
                items.Add(Create(dto, id, target, section, commitment!.Value, direction!.Value));
            }
            catch (ArgumentException e)
            {
                Problem(path + ".definition", dto.Definition?.Type, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }
        }

        return new(items, problems);
    }

    private static T? Parse<T>(string? kebab)
        where T : struct, Enum
        => Enum.TryParse<T>((kebab ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : null;

    private static Indicator Create(IndicatorDto dto, IndicatorId id, Target target, Section section, CommitmentLevel commitment, Direction direction) => dto.ValueType switch
    {
        "length" => Make<Length>(dto, id, target, section, commitment, direction),
        "area" => Make<UnitsNet.Area>(dto, id, target, section, commitment, direction),
        "ratio" => Make<Ratio>(dto, id, target, section, commitment, direction),
        "mass" => Make<Mass>(dto, id, target, section, commitment, direction),
        "duration" => Make<UnitsNet.Duration>(dto, id, target, section, commitment, direction),
        "count" => Make<Count>(dto, id, target, section, commitment, direction),
        "money" => Make<Money>(dto, id, target, section, commitment, direction),
        "quality-class" => Make<QualityClass>(dto, id, target, section, commitment, direction),
        "rank" => Make<Quantities.Rank>(dto, id, target, section, commitment, direction),
        "percentage-points" => Make<PercentagePoints>(dto, id, target, section, commitment, direction),
        "completion" => Make<bool>(dto, id, target, section, commitment, direction),
        _ => Make<double>(dto, id, target, section, commitment, direction),
    };

    private static Indicator<T> Make<T>(IndicatorDto dto, IndicatorId id, Target target, Section section, CommitmentLevel commitment, Direction direction)
        where T : struct
        => new(id, dto.Name, dto.NameEn, target)
        {
            Section = section,
            Commitment = commitment,
            Direction = direction,
            ResponsibleUnit = dto.ResponsibleUnit,
            Area = string.IsNullOrWhiteSpace(dto.Area) ? Observation.HomeArea : dto.Area,
            Source = dto.Source ?? string.Empty,
            Interpretation = dto.Interpretation,
        };
}
