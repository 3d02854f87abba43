namespace Matching.Application.Common;

/// <summary>What a use case returns: its value, or the <see cref="Common.Problem"/> that stopped it.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    public bool IsOk => Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}

/// <summary>A use case that returns nothing but may refuse.</summary>
public readonly record struct Done
{
    public static readonly Done Value = default;
}
