namespace Matching.WebTests.Browser;

/// <summary>
/// Runs in Debian's Chromium (<c>/usr/bin/chromium</c>, installed by .ci/run with fonts-noto-cjk). On a
/// machine without it the test is reported as skipped, with the reason.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"No Chromium at {Chromium}: install Debian's chromium and fonts-noto-cjk (.ci/run does).";
        }
    }
}
