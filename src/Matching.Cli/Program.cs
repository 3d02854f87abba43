using Matching.Cli;

// An operator's client of the API: the same endpoints, validation and jobs as the web app uses.
return await Commands.RunAsync(args, Console.Out, Console.Error);
