using System.Security.Cryptography;

namespace Matching.Domain.Privacy;

/// <summary>What an employer sees instead of a name until a counsellor refers the seeker: stable, not reversible.</summary>
public static class AnonymousName
{
    public static string For(Guid seekerId) =>
        "구직자 #" + Convert.ToHexString(SHA256.HashData(seekerId.ToByteArray()))[..4];
}
