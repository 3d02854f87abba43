using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Live;

/// <summary>The official JS client receives pushes from real host processes.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class LiveSuggestionTests
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(30);

    [LiveFact]
    public async Task A_subscribed_client_receives_a_newly_registered_fitting_seeker()
    {
        var database = Path.Combine(Path.GetTempPath(), $"matching-live-{Guid.NewGuid():N}.db");
        await using var api = await HostProcess.StartApiAsync(LiveClient.Settings("Sqlite", $"Data Source={database}"));
        var client = await LiveClient.SignInAsync(api.BaseUrl!);
        var openingId = await client.OpeningAsync(9_001);
        await using var subscriber = await NodeSubscriber.StartAsync(api.BaseUrl!, client.Token, "SubscribeOpening", openingId);

        var seekerId = await client.SeekerAsync("이수진");

        var push = await subscriber.NextPushAsync(PushTimeout, p => LiveClient.Contains(p, seekerId));
        Assert.Equal("opening", push.GetProperty("subject").GetString());
        Assert.Equal(openingId, push.GetProperty("id").GetGuid());
        var match = push.GetProperty("matches").EnumerateArray().First(m => m.GetProperty("seekerId").GetGuid() == seekerId);
        Assert.Equal("이수진", match.GetProperty("displayName").GetString());
        Assert.NotEmpty(match.GetProperty("reasons").EnumerateArray());

        // A reconnecting client reads the same version by REST.
        var rest = await client.GetAsync($"/api/openings/{openingId}/matches");
        Assert.True(rest.GetProperty("version").GetInt64() >= push.GetProperty("version").GetInt64());
    }

    [LiveFact(rabbitMq: true, postgres: true)]
    public async Task Through_rabbitmq_a_registration_on_one_node_reaches_a_client_of_another()
    {
        var settings = LiveClient.Settings("PostgreSql", PostgresFactAttribute.NewDatabase());
        LiveClient.OverRabbitMq(settings);
        settings["Matching:Worker:InProcess"] = "false";

        await using var apiA = await HostProcess.StartApiAsync(settings);
        await using var apiB = await HostProcess.StartApiAsync(settings);
        await using var worker = await HostProcess.StartWorkerAsync(settings);

        var atA = await LiveClient.SignInAsync(apiA.BaseUrl!);
        var atB = await LiveClient.SignInAsync(apiB.BaseUrl!);
        var openingId = await atB.OpeningAsync(9_002);
        await using var subscriber = await NodeSubscriber.StartAsync(apiA.BaseUrl!, atA.Token, "SubscribeOpening", openingId);

        var seekerId = await atB.SeekerAsync("박지훈");

        var push = await subscriber.NextPushAsync(PushTimeout, p => LiveClient.Contains(p, seekerId))
            .WithHostOutput(apiA, apiB, worker);
        Assert.Equal(openingId, push.GetProperty("id").GetGuid());

        // Node A's own index followed the change made on node B.
        var rest = await atA.GetAsync($"/api/openings/{openingId}/matches");
        Assert.Contains(rest.GetProperty("matches").EnumerateArray(), m => m.GetProperty("seekerId").GetGuid() == seekerId);
    }
}
