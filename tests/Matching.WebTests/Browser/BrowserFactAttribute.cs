namespace Matching.WebTests.Browser;

/// <summary>
/// Runs in Debian's Chromium (<c>/usr/bin/chromium</c>, installed by .ci/run with fonts-noto-cjk). On a
/// machine without it (or without the servers a scale-out test needs) the test is reported as skipped, with the reason.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public const string PostgresVariable = "MATCHING_TEST_POSTGRES";
    public const string RabbitVariable = "MATCHING_TEST_RABBITMQ";

    /// <param name="scaleOut">Also needs the PostgreSQL and RabbitMQ servers that several nodes share.</param>
    public BrowserFactAttribute(bool scaleOut = false)
    {
        var missing = new List<string>();
        if (!File.Exists(Chromium))
        {
            missing.Add($"no Chromium at {Chromium} (install Debian's chromium and fonts-noto-cjk)");
        }

        if (scaleOut && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            missing.Add($"no PostgreSQL server ({PostgresVariable} unset)");
        }

        if (scaleOut && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RabbitVariable)))
        {
            missing.Add($"no RabbitMQ server ({RabbitVariable} unset)");
        }

        if (missing.Count > 0)
        {
            Skip = string.Join("; ", missing) + ". .ci/run provides all of them.";
        }
    }
}
