using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Testing;
using ShopAssistant.Web.ScaleOut;
using StackExchange.Redis;

namespace ShopAssistant.Web.Tests.ScaleOut;

/// <summary>A shop that loses Redis keeps limiting traffic, per instance, and does not wait on Redis for every message.</summary>
public sealed class RedisTrafficLimitsTests
{
    [Fact]
    public async Task Without_a_reachable_redis_the_instance_counts_its_own_traffic_at_once()
    {
        // Nothing listens on this port: the client keeps trying in the background, as it does when Redis goes away.
        var options = ConfigurationOptions.Parse($"127.0.0.1:{LocalServers.FreePort()}");
        options.AbortOnConnectFail = false;
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync(options);
        using var limits = new RedisTrafficLimits(new RedisWindowCounters(unreachable),
            Options.Create(new LimitOptions { MessagesPerMinute = 3 }), TimeProvider.System, NullLogger<RedisTrafficLimits>.Instance);

        var started = DateTime.UtcNow;
        var decisions = new List<TrafficDecision>();
        for (var i = 0; i < 4; i++) decisions.Add(await limits.TryAcquireAsync(TrafficLimit.ConversationMessages, "webchat:c1"));

        Assert.Equal([true, true, true, false], decisions.Select(d => d.Allowed));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1), "waited on the unreachable Redis");
        Assert.True((await limits.TryAcquireAsync(TrafficLimit.ConversationMessages, "webchat:c2")).Allowed);
    }
}
