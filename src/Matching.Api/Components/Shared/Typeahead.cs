using MudBlazor;

namespace Matching.Api.Components.Shared;

/// <summary>
/// MudAutocomplete that takes focus only from the person. MudAutocomplete moves focus back into its box after
/// every pick, a few round trips after the click; a person who has meanwhile clicked the next field and is
/// typing sees the rest of their keys land in this box (or nowhere, once it is disabled), and the next field
/// keeps only what was typed before (TypingDuringRenderTests). A pick made with the keyboard leaves the focus
/// in the box anyway.
/// </summary>
public class Typeahead<T> : MudAutocomplete<T>
{
    public override ValueTask FocusAsync() => ValueTask.CompletedTask;
}
