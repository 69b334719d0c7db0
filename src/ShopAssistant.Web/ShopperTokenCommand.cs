using System.Globalization;
using ShopAssistant.Bot.Trust;

namespace ShopAssistant.Web;

/// <summary>
/// `token --customer ID [--minutes N]`: prints a shopper token signed with the configured key, for demos, tests and
/// the shop's own integration. Only the token goes to standard output, so scripts can capture it.
/// </summary>
public static class ShopperTokenCommand
{
    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (!int.TryParse(HostCommands.Option(args, "--customer"), NumberStyles.None, CultureInfo.InvariantCulture, out var customer) || customer <= 0)
        {
            error.WriteLine("Usage: token --customer ID [--minutes N]   (ID: the shop's customer id, e.g. 17850)");
            return 2;
        }
        var minutesText = HostCommands.Option(args, "--minutes") ?? "60";
        if (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes < 1 || minutes > ShopperTokens.MaxLifetime.TotalMinutes)
        {
            error.WriteLine($"--minutes must be between 1 and {ShopperTokens.MaxLifetime.TotalMinutes}.");
            return 2;
        }
        if (configuration.GetSection(ShopperOptions.Section).Get<ShopperOptions>()?.TokenKey is not { Length: > 0 } key)
        {
            error.WriteLine($"No {ShopperTokens.KeySetting} configured (environment variable ShopAssistant__Shoppers__TokenKey, at least "
                + $"{ShopperTokens.MinKeyBytes} bytes). A Development server without one signs with a key of its own run: open "
                + "/dev/shopper there to chat as a demo customer.");
            return 2;
        }
        try
        {
            output.WriteLine(ShopperTokens.WithKey(key, TimeProvider.System).Issue(customer, TimeSpan.FromMinutes(minutes)));
            return 0;
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }
    }
}
