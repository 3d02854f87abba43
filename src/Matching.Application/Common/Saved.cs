namespace Matching.Application.Common;

/// <summary>What a create-or-replace use case saved, and whether it was new (the API answers 201 or 200).</summary>
public sealed record Saved<T>(T Value, bool Created);
