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
using ShopAssistant.Web.Evaluation;
using ShopAssistant.Web.Hardening;
using ShopAssistant.Web.Hubs;
using ShopAssistant.Web.Operating;
using ShopAssistant.Web.Privacy;
using ShopAssistant.Web.ScaleOut;
using ShopAssistant.Web.Staff;

// Before the host starts its threads: two C-library heap arenas instead of up to sixteen (NativeHeap, bench memory).
NativeHeap.LimitArenas();
if (await HostCommands.RunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddDataFolderDefaults(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services
    .AddShopStorage(builder.Configuration)
    .AddShopDataProtection(builder.Configuration)
    .AddShopRecommendations(builder.Configuration)
    .AddSingleton(sp => new Lazy<IRecommender>(sp.GetRequiredService<IRecommender>))
    .AddSingleton<IProductSuggestions, RecommenderSuggestions>()
    .AddShopAssistant(builder.Configuration)
    .AddShopBot()
    .AddShopScaleOut(builder.Configuration)
    .AddShopProxyHeaders()
    .AddShopSecurityHeaders()
    .AddShopHubTimeouts()
    .AddStaffAuthentication()
    .AddShopPrivacy()
    .AddSingleton<AgentPresence>()
    .AddSingleton<IStaffNotifier, SignalRStaffNotifier>()
    .AddShopQuality()
    .AddSingleton<IIncidentNotices, IncidentNoticesFromBoard>()
    .AddShopHealthChecks()
    .AddShopTelemetry(builder.Configuration)
    .AddHostedService<NativeHeapTrimmer>()
    .AddOpenApi()
    .AddProblemDetails();

if (HostCommands.IsSimulation(args)) builder.Services.AddSingleton<TimeProvider>(new SimulationClock());
if (HostCommands.IsConversationEvaluation(args)) HostCommands.UseThrowAwayData(builder);

var app = builder.Build();
if (HostCommands.IsSimulation(args)) return await VerbProgress.RunAsync("Simulating 模拟中", () => QualityCommands.SimulateAsync(app.Services, args[1..], Console.Out));
if (HostCommands.IsConversationEvaluation(args))
    return await VerbProgress.RunAsync("Evaluating 评估中", () => HostCommands.EvaluateConversationsAsync(app.Services, args, Console.Out));
app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseMiddleware<SameOriginGuard>();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
// The API's map is for the shop's developers and staff, not for strangers probing a public deployment.
var openApi = app.MapOpenApi();
if (!app.Environment.IsDevelopment()) openApi.RequireAuthorization(StaffPolicies.Staff);
app.MapShopBot();
app.MapHubSettings();
app.MapStaffEndpoints();
app.MapHandoffEndpoints();
app.MapRecommendationEndpoints();
app.MapMetricsEndpoints();
app.MapPrivacyEndpoints();
app.MapPhotoEndpoints();
app.MapHealthEndpoints();
app.MapShopTelemetry();
if (app.Environment.IsDevelopment()) app.MapDemoShopper();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
