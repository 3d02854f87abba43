namespace Matching.Domain.Profiles;

/// <summary>Highest completed level, in increasing order so levels compare with &lt; and &gt;.</summary>
public enum Education
{
    None,
    MiddleSchool,
    HighSchool,
    College,
    University,
    Graduate,
}
