using ShopAssistant.Assistant;
using ShopAssistant.Bot;
using ShopAssistant.Data;
using ShopAssistant.Web;
using ShopAssistant.Web.Endpoints;

if (HostCommands.Run(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddShopStorage(builder.Configuration)
    .AddShopAssistant(builder.Configuration)
    .AddShopBot()
    .AddOpenApi()
    .AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapShopBot();
app.MapHealthEndpoints();
app.WarmUp();
app.Run();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
