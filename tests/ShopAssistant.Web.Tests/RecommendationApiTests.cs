using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShopAssistant.Web.Tests;

/// <summary>GET /api/recommendations: personal lists for staff only, open lists for anyone, clear errors for bad input.</summary>
public sealed class RecommendationApiTests : IClassFixture<ShopHostFixture>, IAsyncLifetime
{
    private readonly ShopHost _host;

    public RecommendationApiTests(ShopHostFixture fixture) => _host = fixture.Host;

    public Task InitializeAsync() => ShopHost.RecommenderReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_customers_buy_again_list_needs_a_staff_login_and_lists_only_what_they_bought()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.CreateClient().GetAsync("/api/recommendations?customerId=17850&kind=buy-again")).StatusCode);

        var agent = await _host.SignedInAsync("lily", ShopHost.AgentPassword);
        var list = (await agent.GetFromJsonAsync<JsonArray>("/api/recommendations?customerId=17850&kind=buy-again&k=5"))!;
        Assert.Equal(5, list.Count);
        var bought = Domain.DemoShop.DemoShopData.Load(Domain.DemoShop.DemoShopData.DefaultDirectory, TimeProvider.System)
            .OrdersOf(17850).SelectMany(o => o.Lines).Select(l => l.StockCode).ToHashSet();
        Assert.All(list, item =>
        {
            Assert.Contains((string)item!["stockCode"]!, bought);
            Assert.False(string.IsNullOrWhiteSpace((string?)item["reasonZh"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)item["reasonEn"]));
        });
        var scores = list.Select(i => (double)i!["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task The_popular_list_is_open_and_honours_category_and_budget()
    {
        var list = (await _host.CreateClient().GetFromJsonAsync<JsonArray>("/api/recommendations?kind=popular&category=kitchen&maxPrice=50&k=8"))!;
        Assert.Equal(8, list.Count);
        Assert.All(list, item =>
        {
            Assert.Equal("kitchen", (string?)item!["categoryId"]);
            Assert.True((decimal)item["priceRmb"]! <= 50m);
        });
    }

    [Theory]
    [InlineData("?k=0", "k must be")]
    [InlineData("?k=100000", "k must be")]
    [InlineData("?k=abc", "k must be")]
    [InlineData("?kind=sideways", "kind must be")]
    [InlineData("?category=socks", "Unknown category")]
    [InlineData("?maxPrice=-3", "maxPrice")]
    [InlineData("?kind=buy-again&customerId=x17", "numeric customerId")]
    public async Task Bad_requests_get_400_with_a_clear_message(string query, string message)
    {
        var response = await _host.CreateClient().GetAsync("/api/recommendations" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_customers_and_products_get_404()
    {
        var agent = await _host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/recommendations?customerId=99999&kind=discover")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/recommendations?kind=bought-together&stockCode=NOPE1")).StatusCode);
    }
}
