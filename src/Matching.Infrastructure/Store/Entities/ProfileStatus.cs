namespace Matching.Infrastructure.Store.Entities;

public enum ProfileStatus
{
    Active,
    Withdrawn,
}
