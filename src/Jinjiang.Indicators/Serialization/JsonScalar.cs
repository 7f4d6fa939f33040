using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// An observation's value in JSON: a number, a string (<c>"III"</c>, <c>"done"</c>, a date) or a boolean, read and
/// written without the per-value document a <see cref="JsonElement"/> would cost.
/// </summary>
[JsonConverter(typeof(JsonScalarConverter))]
internal readonly record struct JsonScalar(JsonValueKind Kind, double Number, string? Text)
{
    internal static JsonScalar Of(double number) => new(JsonValueKind.Number, number, null);

    internal static JsonScalar Of(string text) => new(JsonValueKind.String, 0, text);

    /// <summary>The value as text, as a CSV cell would hold it.</summary>
    internal string? AsText => Kind switch
    {
        JsonValueKind.Number => Text ?? Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.String => Text,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>The number, when the value is one that a double holds.</summary>
    internal double? AsNumber => Kind == JsonValueKind.Number && Text is null ? Number : null;
}

/// <summary>Reads and writes <see cref="JsonScalar"/>.</summary>
internal sealed class JsonScalarConverter : JsonConverter<JsonScalar>
{
    public override JsonScalar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var d) && double.IsFinite(d)
                    ? JsonScalar.Of(d)
                    : new JsonScalar(JsonValueKind.Number, double.NaN, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.String:
                return JsonScalar.Of(reader.GetString()!);
            case JsonTokenType.True:
                return new JsonScalar(JsonValueKind.True, 0, null);
            case JsonTokenType.False:
                return new JsonScalar(JsonValueKind.False, 0, null);
            case JsonTokenType.Null:
                return default;
            default:
                reader.Skip();
                return new JsonScalar(JsonValueKind.Object, 0, null);
        }
    }

    public override void Write(Utf8JsonWriter writer, JsonScalar value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case JsonValueKind.Number when value.Text is null:
                writer.WriteNumberValue(value.Number);
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(value.Text);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteBooleanValue(value.Kind == JsonValueKind.True);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
