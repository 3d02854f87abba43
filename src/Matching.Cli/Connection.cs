using System.CommandLine;

namespace Matching.Cli;

/// <summary>The API's address and the account to sign in with: options on every command, else environment variables, else defaults.</summary>
public sealed class Connection(HttpMessageHandler? handler)
{
    private readonly Option<string> url = new("--url")
    {
        Description = "API address (MATCHING_URL)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MATCHING_URL") ?? "http://localhost:5080",
    };

    private readonly Option<string> email = new("--email")
    {
        Description = "account to sign in with (MATCHING_EMAIL)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MATCHING_EMAIL") ?? "admin@matching.local",
    };

    private readonly Option<string?> password = new("--password")
    {
        Description = "its password (MATCHING_PASSWORD)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MATCHING_PASSWORD"),
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(url);
        root.Options.Add(email);
        root.Options.Add(password);
    }

    public Task<ApiClient> SignInAsync(ParseResult parse) => ApiClient.SignInAsync(
        parse.GetValue(url)!,
        parse.GetValue(email)!,
        parse.GetValue(password) ?? throw new CliException("--password (or MATCHING_PASSWORD) is required."),
        handler);
}
