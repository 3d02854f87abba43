using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Matching.Api.Import;

/// <summary>
/// A CSV line read as the JSON body it stands for. Headers are JSON paths: <c>address.sigungu</c> for a
/// nested field, <c>desiredOccupations[]</c> for a list whose items are separated by <c>;</c>. An empty
/// cell is a missing value. One record per line; quoted cells may hold commas and doubled quotes.
/// </summary>
internal static class CsvRecord
{
    public static JsonSerializerOptions Options(JsonSerializerOptions json) => new(json)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new BooleanFromText() },
    };

    public static string[] Header(string? header) => header is null ? [] : Split(header.TrimStart('\uFEFF')).Select(h => h.Trim()).ToArray();

    public static JsonObject ToJson(string[] header, string line)
    {
        var cells = Split(line);
        if (cells.Count != header.Length)
        {
            throw new FormatException($"칸 수가 머리글({header.Length}칸)과 다릅니다({cells.Count}칸).");
        }

        var root = new JsonObject();
        for (var i = 0; i < header.Length; i++)
        {
            var value = cells[i].Trim();
            if (value.Length == 0)
            {
                continue;
            }

            var path = header[i];
            var isList = path.EndsWith("[]", StringComparison.Ordinal);
            var parts = (isList ? path[..^2] : path).Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            }

            node[parts[^1]] = isList
                ? new JsonArray(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray())
                : JsonValue.Create(value);
        }

        return root;
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>CSV cells are text: "true"/"false" (or 예/아니오) become booleans.</summary>
    private sealed class BooleanFromText : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.String => reader.GetString()?.Trim().ToLowerInvariant() switch
            {
                "true" or "1" or "y" or "yes" or "예" => true,
                "false" or "0" or "n" or "no" or "아니오" => false,
                _ => throw new JsonException("true 또는 false여야 합니다."),
            },
            _ => throw new JsonException("true 또는 false여야 합니다."),
        };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
