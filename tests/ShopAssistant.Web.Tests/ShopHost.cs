using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// The real host on a real Kestrel port (so that Bot Framework replies and SignalR travel over HTTP), with its
/// own data folder. Two hosts on the same folder, one after the other, are a restart.
/// </summary>
public sealed class ShopHost : WebApplicationFactory<Program>
{
    public ShopHost(string? dataFolder = null)
    {
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("shopassistant-test-").FullName;
        UseKestrel(0);
        StartServer();
    }

    public string DataFolder { get; }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ShopAssistant:Storage:DataFolder", DataFolder);
    }
}
