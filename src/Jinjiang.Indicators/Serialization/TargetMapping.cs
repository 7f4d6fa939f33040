using System.Globalization;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using Jinjiang.Indicators.Utility;
using NodaTime;
using NodaTime.Text;
using UnitsNet;

namespace Jinjiang.Indicators.Serialization;

/// <summary>Targets to and from their machine form; reading reports each problem with its JSON path.</summary>
internal static class TargetMapping
{
    internal static TargetDto ToDto(Target target)
    {
        var common = new TargetDto(target.TypeName, IsoDate.Format(target.Period.Start), IsoDate.Format(target.Deadline))
        {
            Basis = target is AllOfTarget or FloorAndStretchTarget ? null : JsonMapping.Kebab(target.Basis.ToString()),
        };
        return target.Accept(ToDtoVisitor.Instance, common);
    }

    /// <summary>Each kind's fields, added to the fields every target has.</summary>
    private sealed class ToDtoVisitor : ITargetVisitor<TargetDto, TargetDto>
    {
        internal static readonly ToDtoVisitor Instance = new();

        public TargetDto Visit(DeliveryTarget target, TargetDto argument) => argument with { Value = Q(target.Amount), Verb = target.Verb, OrMore = target.OrMore ? true : null };

        public TargetDto Visit(AtLeastTarget target, TargetDto argument) => argument with { Value = Q(target.Threshold), Inclusive = target.Inclusive };

        public TargetDto Visit(AtMostTarget target, TargetDto argument) => argument with { Value = Q(target.Threshold), Inclusive = target.Inclusive };

        public TargetDto Visit(AboutTarget target, TargetDto argument)
            => argument with { Value = Q(target.Centre), HalfWidth = Q(target.HalfWidth), Direction = target.HigherIsBetter ? null : "lower-is-better" };

        public TargetDto Visit(RangeTarget target, TargetDto argument) => argument with { Value = Q(target.Minimum), Maximum = Q(target.Maximum) };

        public TargetDto Visit(CoverageTarget target, TargetDto argument) => argument with { Value = Q(target.Required) };

        public TargetDto Visit(ChangeTarget target, TargetDto argument) => argument with
        {
            ChangePercent = target.Change.Percent,
            BaselineStart = IsoDate.Format(target.BaselinePeriod.Start),
            BaselineEnd = IsoDate.Format(target.BaselinePeriod.End),
            Accumulates = target.AccumulatesWithinPeriod,
            ValueKind = JsonMapping.Kebab(target.ValueKind.ToString()),
        };

        public TargetDto Visit(RankTarget target, TargetDto argument) => argument with
        {
            PeersName = target.Peers.Name,
            PeersNameZh = target.Peers.NameChinese,
            Peers = [.. target.Peers.Members],
            TopK = target.TopK,
            ValueKind = JsonMapping.Kebab(target.RankedKind.ToString()),
        };

        public TargetDto Visit(ClassTarget target, TargetDto argument) => argument with { Class = target.Required.ToLatinString() };

        public TargetDto Visit(CadenceTarget target, TargetDto argument)
            => argument with { MinimumEvents = target.MinimumEvents, CadenceUnit = target.Unit.ToString().ToLowerInvariant() };

        public TargetDto Visit(ResponseTimeTarget target, TargetDto argument) => argument with
        {
            Tiers = target.Tiers.Select(t => new TierDto(t.Name, t.Limit.Minutes, t.RequiredShare.Percent, t.NameChinese == t.Name ? null : t.NameChinese)).ToList(),
        };

        public TargetDto Visit(MilestoneTarget target, TargetDto argument) => argument;

        public TargetDto Visit(DirectionTarget target, TargetDto argument) => argument with { ValueKind = JsonMapping.Kebab(target.ValueKind.ToString()) };

        public TargetDto Visit(FloorAndStretchTarget target, TargetDto argument) => argument with { Floor = ToDto(target.Floor), Stretch = ToDto(target.Stretch) };

        public TargetDto Visit(AllOfTarget target, TargetDto argument) => argument with
        {
            Parts = target.Parts.Select(p => new PartDto(p.Component, ToDto(p.Target), p.NameChinese == p.Component ? null : p.NameChinese)).ToList(),
        };
    }

    private static QuantityDto Q(Measure m) => new(m.Value, m.Unit.Symbol);

    /// <summary>Rebuilds a target, or returns null having reported what is wrong.</summary>
    internal static Target? FromDto(TargetDto? dto, string path, Action<string, string?, string> problem)
    {
        if (dto is null)
        {
            problem(path, null, "A target definition is required.");
            return null;
        }

        return new DefinitionReader(path, problem).Read(dto);
    }

    /// <summary>Reads one target definition, every problem at its path under the definition's.</summary>
    private sealed class DefinitionReader(string path, Action<string, string?, string> problem)
    {
        private bool _failed;

        internal Target? Read(TargetDto dto)
        {
            var start = Date("start", dto.Start);
            var deadline = Date("deadline", dto.Deadline);
            if (_failed)
            {
                return null;
            }

            if (deadline < start)
            {
                Fail("deadline", dto.Deadline, CatalogMessages.DeadlineBeforeStart);
                return null;
            }

            try
            {
                return Build(dto, new DateInterval(start, deadline)) is { } target && !_failed ? WithBasis(dto, target) : null;
            }
            catch (ArgumentException e)
            {
                // A constructor's precondition: its message is one plain sentence naming the broken rule.
                problem(path, null, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
                return null;
            }
            catch (InvalidOperationException e)
            {
                problem(path, null, e.Message);
                return null;
            }
        }

        /// <summary>The target of the definition's type.</summary>
        private Target? Build(TargetDto dto, DateInterval period)
            => dto.Type switch
            {
                "delivery" => new DeliveryTarget(M("value", dto.Value), period) { Verb = dto.Verb, OrMore = dto.OrMore ?? false },
                "at-least" => new AtLeastTarget(M("value", dto.Value), period, dto.Inclusive ?? true),
                "at-most" => new AtMostTarget(M("value", dto.Value), period, dto.Inclusive ?? true),
                "about" => new AboutTarget(M("value", dto.Value), M("halfWidth", dto.HalfWidth), period, AboutDirection(dto.Direction)),
                "range" => new RangeTarget(M("value", dto.Value), M("maximum", dto.Maximum), period),
                "coverage" => new CoverageTarget(M("value", dto.Value).ToRatio(), period),
                "floor-and-stretch" => FromDto(dto.Floor, path + ".floor", problem) is { } f && FromDto(dto.Stretch, path + ".stretch", problem) is { } s ? new FloorAndStretchTarget(f, s) : null,
                "change" => new ChangeTarget(
                    Ratio.FromPercent(dto.ChangePercent ?? double.NaN),
                    new DateInterval(Date("baselineStart", dto.BaselineStart), Date("baselineEnd", dto.BaselineEnd)),
                    period,
                    dto.Accumulates ?? false,
                    Kind("valueKind", dto.ValueKind)),
                "rank" => new RankTarget(
                    Peers(dto),
                    dto.TopK ?? 0,
                    period,
                    Kind("valueKind", dto.ValueKind)),
                "class" => QualityClass.TryParse(dto.Class, out var c) ? new ClassTarget(c, period) : Invalid("class", dto.Class, CatalogMessages.ClassFormat),
                "cadence" => Enum.TryParse<CadenceUnit>(dto.CadenceUnit, ignoreCase: true, out var unit)
                    ? new CadenceTarget(dto.MinimumEvents ?? 1, unit, period)
                    : Invalid("cadenceUnit", dto.CadenceUnit, CatalogMessages.CadenceUnitFormat),
                "response-time" => new ResponseTimeTarget(
                    (dto.Tiers ?? []).Select(t => new ResponseTier(t.Name ?? string.Empty, UnitsNet.Duration.FromMinutes(t.LimitMinutes), Ratio.FromPercent(t.RequiredPercent)) { NameChinese = t.NameZh }),
                    period),
                "milestone" => new MilestoneTarget(period),
                "direction" => new DirectionTarget(Kind("valueKind", dto.ValueKind), period),
                "all-of" => Parts(dto.Parts, path, problem) is { } parts ? new AllOfTarget(parts) : null,
                _ => Invalid("type", dto.Type, CatalogMessages.TargetType),
            };

        /// <summary>The target on the basis the definition names, if any (a composite's parts carry their own).</summary>
        private Target? WithBasis(TargetDto dto, Target target)
        {
            if (dto.Basis is null || target is AllOfTarget or FloorAndStretchTarget)
            {
                return target;
            }

            TargetBasis? basis = dto.Basis switch
            {
                "at-deadline" => TargetBasis.AtDeadline,
                "throughout" => TargetBasis.Throughout,
                "over-period" => TargetBasis.OverPeriod,
                _ => null,
            };
            if (basis is null)
            {
                Fail("basis", dto.Basis, CatalogMessages.BasisFormat);
                return null;
            }

            return target.WithBasis(basis.Value);
        }

        private static PeerGroup Peers(TargetDto dto)
        {
            var chinese = dto.PeersNameZh ?? dto.PeersName ?? "peers";
            var english = dto.PeersName ?? dto.PeersNameZh ?? "peers";
            return dto.Peers is { Count: > 0 } members ? new PeerGroup(chinese, english, members) : PeerGroup.Unlisted(chinese, english);
        }

        private void Fail(string field, string? text, string message)
        {
            _failed = true;
            problem(path + "." + field, text, message);
        }

        private Target? Invalid(string field, string? text, string message)
        {
            Fail(field, text, message);
            return null;
        }

        private LocalDate Date(string field, string? text)
        {
            // yyyy-MM-dd read in place; only other text goes through NodaTime's pattern (whose set-up is a tenth of a
            // command-line run), which then gives the same answer and message as before.
            if (text is { Length: 10 } && IsoDate.TryParse(text, out var plain))
            {
                return plain;
            }

            var r = LocalDatePattern.Iso.Parse(text ?? string.Empty);
            if (!r.Success)
            {
                Fail(field, text, Rows.ReadMessages.DateFormat);
                return default;
            }

            return r.Value;
        }

        private Measure M(string field, QuantityDto? q)
        {
            if (q is null || !double.IsFinite(q.Value))
            {
                Fail(field, null, CatalogMessages.QuantityShape);
                return default;
            }

            if (!MeasureUnit.TryParse(q.Unit, out var unit))
            {
                Fail(field + ".unit", q.Unit, CatalogMessages.UnknownUnit);
                return default;
            }

            return new Measure(q.Value, unit);
        }

        private QuantityKind Kind(string field, string? text)
        {
            var name = (text ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal);
            if (Enum.TryParse<QuantityKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
            {
                return kind;
            }

            Fail(field, text, CatalogMessages.KindFormat);
            return default;
        }

        private bool AboutDirection(string? text)
        {
            switch (text)
            {
                case null or "higher-is-better":
                    return true;
                case "lower-is-better":
                    return false;
                default:
                    Fail("direction", text, CatalogMessages.DirectionFormat);
                    return true;
            }
        }
    }

    private static List<TargetPart>? Parts(List<PartDto>? parts, string path, Action<string, string?, string> problem)
    {
        if (parts is null || parts.Count == 0)
        {
            problem(path + ".parts", null, CatalogMessages.AllOfParts);
            return null;
        }

        var result = new List<TargetPart>();
        for (var i = 0; i < parts.Count; i++)
        {
            var partPath = path + ".parts[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (FromDto(parts[i].Target, partPath + ".target", problem) is not { } target || string.IsNullOrWhiteSpace(parts[i].Component))
            {
                if (string.IsNullOrWhiteSpace(parts[i].Component))
                {
                    problem(partPath + ".component", null, "A part needs a component name.");
                }

                return null;
            }

            result.Add(new TargetPart(parts[i].Component!, target) { NameChinese = parts[i].NameZh });
        }

        return result;
    }
}
