namespace Matching.Application.Common;

/// <summary>One page of a longer list, with the length of the whole list for the pager.</summary>
public sealed record Page<T>(int Total, IReadOnlyList<T> Items);
