using System.CommandLine;

namespace Matching.Cli;

/// <summary>
/// The command tree: <c>import</c>, <c>import-status</c>, <c>stats</c>, <c>reindex</c>, with the connection options on
/// every command. System.CommandLine gives the help text (<c>--help</c> on any command) and tab completion through
/// its <c>[suggest]</c> directive, which the <c>dotnet-suggest</c> shell shim calls.
/// </summary>
public static class Commands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, HttpMessageHandler? handler = null)
    {
        var root = Build(output, error, handler);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await root.Parse(args).InvokeAsync(configuration);
    }

    public static RootCommand Build(TextWriter output, TextWriter error, HttpMessageHandler? handler = null)
    {
        var connection = new Connection(handler);
        var root = new RootCommand("matching — operator tool for the Matching API (the same endpoints, validation and jobs as the web app)");
        connection.AddTo(root);
        var context = new CommandContext(connection, output, error);
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.CreateStatus(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ReindexCommand.Create(context));

        // Run without a command: the help, and the exit code 2 scripts already test for.
        root.SetAction(parse =>
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = error });
            return 2;
        });
        return root;
    }
}

/// <summary>What every command's action needs: the connection options, and where to write.</summary>
public sealed record CommandContext(Connection Connection, TextWriter Output, TextWriter Error)
{
    /// <summary>Signs in, runs the command, and turns the failures an operator can act on into one line and exit code 1.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<ApiClient, Task<int>> command)
    {
        try
        {
            using var api = await Connection.SignInAsync(parse);
            return await command(api);
        }
        catch (Exception e) when (e is CliException or HttpRequestException or IOException or FormatException)
        {
            await Error.WriteLineAsync($"matching: {e.Message}");
            return 1;
        }
    }
}
