namespace Matching.Infrastructure.Store.Entities;

public enum OpeningStatus
{
    Open,
    Closed,
    Deleted,
}
