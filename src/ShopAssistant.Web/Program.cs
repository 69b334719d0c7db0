using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Bot;
using ShopAssistant.Data;
using ShopAssistant.Recommendations;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Web;
using ShopAssistant.Web.Agents;
using ShopAssistant.Web.Endpoints;
using ShopAssistant.Web.Staff;

if (await HostCommands.RunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddShopStorage(builder.Configuration)
    .AddShopRecommendations(builder.Configuration)
    .AddSingleton<IProductSuggestions, RecommenderSuggestions>()
    .AddShopAssistant(builder.Configuration)
    .AddShopBot()
    .AddStaffAuthentication()
    .AddSingleton<AgentPresence>()
    .AddSingleton<IStaffNotifier, SignalRStaffNotifier>()
    .AddOpenApi()
    .AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi();
app.MapShopBot();
app.MapStaffEndpoints();
app.MapHandoffEndpoints();
app.MapRecommendationEndpoints();
app.MapHealthEndpoints();
app.WarmUp();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
