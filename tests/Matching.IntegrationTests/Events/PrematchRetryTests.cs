using System.Collections.Concurrent;
using System.Net;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Events;

/// <summary>
/// A pre-match job meeting a transient error (the SMS gateway timing out) is retried by Hangfire with back-off while
/// the event stays queued; one that keeps failing ends <c>Failed</c>, with the error, once its retries are spent.
/// </summary>
public sealed class PrematchRetryTests
{
    [Fact]
    public async Task A_transient_failure_is_retried_and_each_invitation_goes_out_once()
    {
        var gateway = new FlakyGateway(failures: 1);
        await using var factory = Factory(gateway, retryDelays: "1");
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);

        var timetable = await fair.PrematchAsync(admin);

        var placed = timetable.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("seekerId").GetGuid()).Distinct().Order().ToList();
        Assert.Equal(1, gateway.Failed);
        Assert.Equal(placed, gateway.Sent.Order());
        var notifications = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/notifications"), HttpStatusCode.OK);
        Assert.Equal(placed, notifications.EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "Invitation")
            .Select(n => n.GetProperty("seekerId").GetGuid()).Order());
    }

    [Fact]
    public async Task A_failure_that_outlasts_the_retries_leaves_the_event_failed_with_the_error()
    {
        var gateway = new FlakyGateway(failures: int.MaxValue);
        await using var factory = Factory(gateway, retryDelays: "0");
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);

        await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/prematch", new { }, HttpStatusCode.Accepted);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? status;
        System.Text.Json.JsonElement ev;
        do
        {
            await Task.Delay(200);
            ev = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}"), HttpStatusCode.OK);
            status = ev.GetProperty("prematchStatus").GetString();
            Assert.True(DateTime.UtcNow < deadline, $"still {status} after a minute");
        }
        while (status == "Queued");

        Assert.Equal("Failed", status);
        Assert.Equal(FlakyGateway.Error, ev.GetProperty("prematchError").GetString());
        // The first attempt and its one retry.
        Assert.Equal(2, gateway.Failed);
    }

    private static MatchingApiFactory Factory(FlakyGateway gateway, string retryDelays)
    {
        var factory = new MatchingApiFactory("Sqlite", null, new Dictionary<string, string>
        {
            ["Matching:Hangfire:RetryDelaysSeconds:0"] = retryDelays,
            ["Matching:Hangfire:SchedulePollingInterval"] = "00:00:01",
        });
        factory.ConfigureServices = services => services.AddSingleton<INotificationSender>(gateway);
        return factory;
    }

    /// <summary>An SMS gateway that times out the first <c>failures</c> times it is called.</summary>
    private sealed class FlakyGateway(int failures) : INotificationSender
    {
        public const string Error = "SMS 게이트웨이 응답 시간 초과";
        private int calls;

        public ConcurrentBag<Guid> Sent { get; } = [];

        public int Failed => Math.Min(calls, failures);

        public string Channel => "sms";

        public Task SendAsync(Notification notification, CancellationToken ct)
        {
            if (Interlocked.Increment(ref calls) <= failures)
            {
                throw new TimeoutException(Error);
            }

            Sent.Add(notification.SeekerId);
            return Task.CompletedTask;
        }
    }
}
