namespace Matching.Infrastructure.Store.Entities;

/// <summary>A Korean public holiday: a series creates no instance on it. Shipped for 2025–2027, editable.</summary>
public sealed class PublicHoliday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
