namespace Matching.Contracts;

/// <summary>
/// Lists one worker batch stored, announced to the API nodes together: at four times the live bench load a batch changes
/// about 400 lists, and a bus message for each cost the worker a third of its storing time and every node a consume each.
/// Internal to the topology; hub clients and pages still see each list as its own <see cref="SuggestionsUpdated"/>.
/// </summary>
public record SuggestionListsUpdated(IReadOnlyList<SuggestionsUpdated> Lists);
