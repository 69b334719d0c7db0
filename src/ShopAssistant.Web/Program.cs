using ShopAssistant.Web;

if (HostCommands.Run(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
return 0;
