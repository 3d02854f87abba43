using System.Globalization;
using Matching.Api.Web;
using Microsoft.AspNetCore.Builder;

namespace Matching.WebTests.Formats;

public sealed class CultureTests
{
    /// <summary>A bus consumer's thread renders a live page's update: it must format as the circuit does.</summary>
    [Fact]
    public async Task Threads_the_web_app_did_not_start_also_run_in_korean()
    {
        WebApplication.CreateBuilder().AddMatchingWebApp();

        var name = await Task.Factory.StartNew(() => CultureInfo.CurrentCulture.Name, TaskCreationOptions.LongRunning);
        var ui = await Task.Run(() => CultureInfo.CurrentUICulture.Name);

        Assert.Equal("ko-KR", name);
        Assert.Equal("ko-KR", ui);
        Assert.Equal("2026. 3. 6.", new DateTime(2026, 3, 6).ToString("d", CultureInfo.DefaultThreadCurrentCulture));
    }
}
