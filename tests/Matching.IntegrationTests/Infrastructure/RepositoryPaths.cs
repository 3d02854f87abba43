namespace Matching.IntegrationTests.Infrastructure;

/// <summary>Where the built hosts and the Node client live, found from the test assembly.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string HostDll(string project) =>
        Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", project + ".dll");

    public static string LiveClients => Path.Combine(Root, "tests", "live");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Matching.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Matching.sln not found above " + AppContext.BaseDirectory);
    }
}
