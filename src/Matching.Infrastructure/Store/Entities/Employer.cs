namespace Matching.Infrastructure.Store.Entities;

public sealed class Employer
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public string BusinessNumber { get; set; } = "";
    public StoredAddress Address { get; set; } = null!;
    public EmployerSize Size { get; set; }
    public string? Industry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool Deleted { get; set; }
}
