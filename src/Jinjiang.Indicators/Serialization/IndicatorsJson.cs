using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Utility;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using UnitsNet;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// System.Text.Json converters for the library's value types, for callers who serialize their own types that hold
/// them: <see cref="Measure"/>, <see cref="Count"/> and UnitsNet quantities as <c>{ "value": 15, "unit": "km" }</c>,
/// <see cref="Money"/> as an exact decimal with its unit, <see cref="QualityClass"/> as <c>"III"</c>, <see cref="Rank"/>
/// as <c>{ "position": 2, "outOf": 5 }</c>, <see cref="PercentagePoints"/> as a number, <see cref="IndicatorId"/> and
/// <see cref="EvaluationStatus"/> as strings, and NodaTime types through NodaTime.Serialization.SystemTextJson
/// (ISO dates). Numbers are written in the invariant form.
/// </summary>
public static class IndicatorsJson
{
    /// <summary>New options (web defaults, depth 32) with every converter; each call gives an instance of your own to adjust.</summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions() => AddConverters(new JsonSerializerOptions(JsonSerializerDefaults.Web) { MaxDepth = 32 });

    /// <summary>Adds the library's converters (and NodaTime's) to options of your own.</summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions AddConverters(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new MeasureConverter());
        options.Converters.Add(new Via<Count>(Measure.From, m => m.ToCount()));
        options.Converters.Add(new Via<Length>(Measure.From, m => m.ToLength()));
        options.Converters.Add(new Via<UnitsNet.Area>(Measure.From, m => m.ToArea()));
        options.Converters.Add(new Via<Ratio>(Measure.From, m => m.ToRatio()));
        options.Converters.Add(new Via<Power>(Measure.From, m => Power.FromWatts(m.ConvertTo(MeasureUnit.Watt).Value)));
        options.Converters.Add(new Via<Mass>(Measure.From, m => Mass.FromKilograms(m.ConvertTo(MeasureUnit.Kilogram).Value)));
        options.Converters.Add(new Via<UnitsNet.Duration>(Measure.From, m => UnitsNet.Duration.FromSeconds(m.ConvertTo(MeasureUnit.Second).Value)));
        options.Converters.Add(new MoneyConverter());
        options.Converters.Add(new QualityClassConverter());
        options.Converters.Add(new RankConverter());
        options.Converters.Add(new PercentagePointsConverter());
        options.Converters.Add(new IndicatorIdConverter());
        options.Converters.Add(new StatusConverter());
        return options;
    }

    private static JsonException Error(string message) => new(message);

    private sealed class MeasureConverter : JsonConverter<Measure>
    {
        public override Measure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error("Expected a quantity object { \"value\": number, \"unit\": symbol }.");
            }

            double? value = null;
            string? unit = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "value" when reader.TokenType == JsonTokenType.Number:
                        value = reader.GetDouble();
                        break;
                    case "unit" when reader.TokenType == JsonTokenType.String:
                        unit = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (value is not { } v || !double.IsFinite(v))
            {
                throw Error("A quantity needs a finite number \"value\".");
            }

            return MeasureUnit.TryParse(unit, out var u) ? new Measure(v, u) : throw Error($"Unknown unit '{unit}'.");
        }

        public override void Write(Utf8JsonWriter writer, Measure value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", value.Value);
            writer.WriteString("unit", value.Unit.Symbol);
            writer.WriteEndObject();
        }
    }

    private sealed class Via<T>(Func<T, Measure> toMeasure, Func<Measure, T> fromMeasure) : JsonConverter<T>
    {
        private readonly MeasureConverter _measure = new();

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return fromMeasure(_measure.Read(ref reader, typeof(Measure), options));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                throw Error($"Not a {typeof(T).Name}: {e.Message}");
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _measure.Write(writer, toMeasure(value), options);
    }

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error("Expected money { \"value\": number, \"unit\": \"CNY\" | \"10^4 CNY\" | \"10^8 CNY\" }.");
            }

            decimal? value = null;
            string? unit = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "value" && reader.TokenType == JsonTokenType.Number)
                {
                    value = reader.GetDecimal();
                }
                else if (name == "unit" && reader.TokenType == JsonTokenType.String)
                {
                    unit = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return value is { } v && MeasureUnit.TryParse(unit, out var u) && u.Kind == QuantityKind.Money
                ? Money.From(v, u)
                : throw Error("Money needs a decimal \"value\" and a money unit.");
        }

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", value.AmountInUnit);
            writer.WriteString("unit", value.Unit.Symbol);
            writer.WriteEndObject();
        }
    }

    private sealed class QualityClassConverter : JsonConverter<QualityClass>
    {
        public override QualityClass Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.String && QualityClass.TryParse(reader.GetString(), out var c) ? c : throw Error("Expected a quality class such as \"III\".");

        public override void Write(Utf8JsonWriter writer, QualityClass value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToLatinString());
    }

    private sealed class RankConverter : JsonConverter<Quantities.Rank>
    {
        public override Quantities.Rank Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error("Expected a rank { \"position\": 2, \"outOf\": 5 }.");
            }

            int position = 0, outOf = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "position" && reader.TryGetInt32(out var p))
                {
                    position = p;
                }
                else if (name == "outOf" && reader.TryGetInt32(out var o))
                {
                    outOf = o;
                }
                else
                {
                    reader.Skip();
                }
            }

            return position >= 1 && (outOf == 0 || outOf >= position) ? new Quantities.Rank(position, outOf) : throw Error("A rank needs a position from 1, not above outOf.");
        }

        public override void Write(Utf8JsonWriter writer, Quantities.Rank value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("position", value.Position);
            writer.WriteNumber("outOf", value.OutOf);
            writer.WriteEndObject();
        }
    }

    private sealed class PercentagePointsConverter : JsonConverter<PercentagePoints>
    {
        public override PercentagePoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Number && reader.GetDouble() is var v && double.IsFinite(v) ? new PercentagePoints(v) : throw Error("Expected a number of percentage points.");

        public override void Write(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }

    private sealed class IndicatorIdConverter : JsonConverter<IndicatorId>
    {
        public override IndicatorId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => IndicatorId.TryParse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var id) ? id : throw Error("Expected a kebab-case indicator id.");

        public override void Write(Utf8JsonWriter writer, IndicatorId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class StatusConverter : JsonConverter<EvaluationStatus>
    {
        public override EvaluationStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => EvaluationStatusText.TryParse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var s)
                ? s
                : throw Error(string.Create(CultureInfo.InvariantCulture, $"Expected one of {string.Join(", ", EvaluationStatusText.All)}."));

        public override void Write(Utf8JsonWriter writer, EvaluationStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToKebabCase());
    }
}
