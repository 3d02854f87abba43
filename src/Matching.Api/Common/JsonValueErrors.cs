using System.Reflection;
using System.Text.RegularExpressions;

namespace Matching.Api.Common;

/// <summary>
/// What a JSON value that could not be read should have been, in words a person can act on. The serializer's own
/// message names the record being read, never the field's type nor the values it takes.
/// </summary>
public static partial class JsonValueErrors
{
    /// <summary>"Male, Female 중 하나여야 합니다." for <c>$.gender</c> of a body of type <paramref name="root"/>.</summary>
    public static string Describe(Type? root, string? path) =>
        Expectation(root is null || string.IsNullOrEmpty(path) || path == "$" ? null : TypeAt(root, path));

    private static string Expectation(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => $"{string.Join(", ", Enum.GetNames(type))} 중 하나여야 합니다.",
            _ when type == typeof(string) => "문자열이어야 합니다.",
            _ when type == typeof(bool) => "true 또는 false여야 합니다.",
            _ when type == typeof(int) || type == typeof(long) => "정수여야 합니다(예: 1990).",
            _ when type == typeof(decimal) || type == typeof(double) => "숫자여야 합니다(예: 2.5).",
            _ when type == typeof(DateOnly) => "날짜여야 합니다(예: 2025-03-10).",
            _ when type == typeof(TimeOnly) => "시각이어야 합니다(예: 09:30).",
            _ when type == typeof(DateTimeOffset) => "시간대가 있는 일시여야 합니다(예: 2025-03-10T09:30:00+09:00).",
            _ when type == typeof(Guid) => "ID 형식이어야 합니다(예: 3fa85f64-5717-4562-b3fc-2c963f66afa6).",
            not null when ElementOf(type) is not null => "목록이어야 합니다(예: [\"…\"]).",
            _ => "값의 형식이 올바르지 않습니다.",
        };
    }

    // "$.address.sido", "$.desiredOccupations[0]", "$['name']": properties by their camelCase names, items by index.
    private static Type? TypeAt(Type root, string path)
    {
        Type? type = root;
        foreach (Match segment in Segment().Matches(path))
        {
            if (type is null)
            {
                return null;
            }

            type = segment.Groups["index"].Success
                ? ElementOf(type)
                : type.GetProperty(segment.Groups["name"].Value, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    private static Type? ElementOf(Type type) => type == typeof(string)
        ? null
        : type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    [GeneratedRegex(@"\.(?<name>\w+)|\['(?<name>[^']+)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
