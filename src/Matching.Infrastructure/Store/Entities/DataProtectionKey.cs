namespace Matching.Infrastructure.Store.Entities;

/// <summary>Data-protection key ring kept in the store so every API node accepts every node's tokens.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
