using System.Text.Json;
using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Claims;

/// <summary>
/// Enums in instance JSON by their exact member name: no numbers, no other case, no spaces, no comma-joined flag
/// combinations (which the framework's string-enum converter would OR together into another member).
/// </summary>
public sealed class ExactEnumConverter : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
    }

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Exact<>).MakeGenericType(typeToConvert))!;

    private sealed class Exact<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal)
                ? Enum.Parse<T>(text)
                : throw new JsonException($"expected one of {string.Join(", ", Enum.GetNames<T>())} (by name)");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value.ToString());
        }
    }
}
