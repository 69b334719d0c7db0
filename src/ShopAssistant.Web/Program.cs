using ShopAssistant.Assistant;
using ShopAssistant.Bot;
using ShopAssistant.Data;
using ShopAssistant.Quality;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Web;
using ShopAssistant.Web.Agents;
using ShopAssistant.Web.Endpoints;
using ShopAssistant.Web.Staff;

if (HostCommands.Run(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddShopStorage(builder.Configuration)
    .AddShopAssistant(builder.Configuration)
    .AddShopBot()
    .AddStaffAuthentication()
    .AddSingleton<AgentPresence>()
    .AddSingleton<IStaffNotifier, SignalRStaffNotifier>()
    .AddShopQuality()
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
app.MapMetricsEndpoints();
app.MapHealthEndpoints();
app.WarmUp();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
