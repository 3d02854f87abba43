namespace Matching.Api.Live;

/// <summary>What the server sends to hub clients (method names as the contract spells them).</summary>
public interface IMatchingClient
{
    Task SuggestionsUpdated(SuggestionsPush push);

    Task EventUpdated(EventPush push);
}

/// <summary><c>matches</c> holds the same items as the REST matches endpoint for that subject.</summary>
public sealed record SuggestionsPush(string Subject, Guid Id, long Version, IReadOnlyList<object> Matches);

/// <summary><c>kind</c>: checkIn, queue, prematched or closed; <c>booths</c> holds each changed booth and who is next.</summary>
public sealed record EventPush(Guid EventId, string Kind, IReadOnlyList<Matching.Contracts.BoothState> Booths, DateTimeOffset At);
