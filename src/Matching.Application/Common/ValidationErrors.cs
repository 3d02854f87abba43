namespace Matching.Application.Common;

/// <summary>Collects field errors under camelCase JSON paths ("address.sigungu", "desiredOccupations[1]").</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public bool Required<T>(string field, T? value)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s))
        {
            Add(field, "필수 항목입니다.");
            return false;
        }

        return true;
    }

    public void Length(string field, string? value, int min, int max)
    {
        if (value is not null && (value.Trim().Length < min || value.Trim().Length > max))
        {
            Add(field, $"{min}자 이상 {max}자 이하로 입력하세요.");
        }
    }

    public void Range(string field, long? value, long min, long max)
    {
        if (value is not null && (value < min || value > max))
        {
            Add(field, $"{min:N0} 이상 {max:N0} 이하의 값이어야 합니다.");
        }
    }

    /// <summary>Short free-text lists such as skills and certificates.</summary>
    public List<string> TextList(string field, IReadOnlyList<string>? values, int maxItems, int maxLength = 50)
    {
        var result = new List<string>();
        if (values is null)
        {
            return result;
        }

        if (values.Count > maxItems)
        {
            Add(field, $"최대 {maxItems}개까지 입력할 수 있습니다.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i]?.Trim();
            if (string.IsNullOrEmpty(value) || value.Length > maxLength)
            {
                Add($"{field}[{i}]", $"1자 이상 {maxLength}자 이하로 입력하세요.");
            }
            else if (!result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>One line naming every bad field, for reports that are not HTTP responses (import errors).</summary>
    public override string ToString() =>
        string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));

    /// <summary>Every bad field with its messages, keyed by JSON path.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
