using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Bot;
using ShopAssistant.Data;
using ShopAssistant.Quality;
using ShopAssistant.Recommendations;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Web;
using ShopAssistant.Web.Agents;
using ShopAssistant.Web.Dashboard;
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
    .AddShopQuality()
    .AddSingleton<IIncidentNotices, IncidentNoticesFromBoard>()
    .AddOpenApi()
    .AddProblemDetails();

if (HostCommands.IsSimulation(args)) builder.Services.AddSingleton<TimeProvider>(new SimulationClock());

var app = builder.Build();
if (HostCommands.IsSimulation(args)) return await QualityCommands.SimulateAsync(app.Services, args[1..], Console.Out);
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
app.MapMetricsEndpoints();
app.MapHealthEndpoints();
if (app.Environment.IsDevelopment()) app.MapDemoShopper();
app.WarmUp();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
