using Matching.Domain.Privacy;

namespace Matching.Application.Privacy;

/// <summary><c>given: false</c> withdraws the consent.</summary>
public sealed record ConsentRequest(ConsentKind? Kind, bool? Given);

/// <summary>One consent given or withdrawn; <c>takenByEmail</c> is the account that recorded it.</summary>
public sealed record ConsentResponse(long Id, Guid SeekerId, ConsentKind Kind, bool Given, DateTimeOffset At, string PurposeVersion, Guid? TakenBy, string? TakenByEmail);
