using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ShopAssistant.Testing;

namespace ShopAssistant.Web.Tests.ScaleOut;

/// <summary>README "Operating it" when scaled out: readiness names PostgreSQL and Redis, and each instance is scraped on its own.</summary>
[RequiresServers(Server.Postgres, Server.Redis, Server.Nginx)]
[Collection(ScaledOutShop.Collection)]
public sealed class OperatingScaledOutTests(ScaledOutShop shop)
{
    [ServerFact]
    public async Task Readiness_checks_postgres_and_redis_and_each_instance_serves_its_own_metrics_to_the_scrape_token()
    {
        using var http = new HttpClient();
        foreach (var address in new[] { shop.A.Address, shop.B.Address, shop.Proxy.Address })
        {
            var ready = JsonNode.Parse(await http.GetStringAsync(new Uri(address, "/health/ready")))!;
            Assert.Equal("postgres", (string?)ready["checks"]!["database"]!["description"]);
            Assert.Equal("Healthy", (string?)ready["checks"]!["database"]!["status"]);
            Assert.Equal("connected", (string?)ready["checks"]!["redis"]!["description"]);

            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(address, "/metrics"))).StatusCode);
            using var scrape = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "/metrics"));
            // Through nginx too: the proxy passes the Authorization header on.
            scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScaledOutShop.ScrapeToken);
            var metrics = await http.SendAsync(scrape);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            Assert.Contains("service_instance_id=", await metrics.Content.ReadAsStringAsync());
        }

        // One instance id per process: series from A and B never mix.
        Assert.NotEqual(await InstanceIdAsync(http, shop.A.Address), await InstanceIdAsync(http, shop.B.Address));
    }

    private static async Task<string> InstanceIdAsync(HttpClient http, Uri address)
    {
        using var scrape = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "/metrics"));
        scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScaledOutShop.ScrapeToken);
        var text = await (await http.SendAsync(scrape)).Content.ReadAsStringAsync();
        var at = text.IndexOf("service_instance_id=\"", StringComparison.Ordinal) + "service_instance_id=\"".Length;
        return text[at..text.IndexOf('"', at)];
    }
}
