namespace Matching.Api.Web;

/// <summary>
/// A use case's field problems, keyed by JSON path ("address.sigungu", "desiredOccupations[1]"), looked
/// up by the form field that shows them inline: a field shows its own errors and those of its parts.
/// </summary>
public sealed class FieldErrors
{
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    public bool Any => errors.Count > 0;

    public void Show(Problem? problem) => errors = problem?.Errors ?? new Dictionary<string, string[]>();

    public void Clear() => errors = new Dictionary<string, string[]>();

    /// <summary>The person changed <paramref name="field"/>: its old errors no longer apply.</summary>
    public void Forget(string field) =>
        errors = errors.Where(e => !Covers(field, e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public bool Has(string field) => errors.Keys.Any(k => Covers(field, k));

    public string Text(string field) =>
        string.Join(" ", errors.Where(e => Covers(field, e.Key)).SelectMany(e => e.Value).Distinct());

    private static bool Covers(string field, string key) =>
        key == field || key.StartsWith(field + ".", StringComparison.Ordinal) || key.StartsWith(field + "[", StringComparison.Ordinal);
}
