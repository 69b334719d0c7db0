using System.Diagnostics;
using Spectre.Console;

namespace ShopAssistant.Web;

/// <summary>
/// While a long verb runs (train, ingest, simulate, eval), a spinner with its name and the time so far, so that a
/// minute of training does not look like a hang. It is drawn on standard error and only when that is a terminal:
/// standard output stays exactly the verb's report (and its --json line), and CI logs and pipes get nothing extra.
/// The handlers report no fractions of their work, so this is a spinner, not a percentage.
/// </summary>
internal static class VerbProgress
{
    public static async Task<int> RunAsync(string title, Func<Task<int>> work)
    {
        if (Console.IsErrorRedirected) return await work();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync(title, async status =>
        {
            var clock = Stopwatch.StartNew();
            var running = work();
            while (await Task.WhenAny(running, Task.Delay(250)) != running)
                status.Status($"{title} {clock.Elapsed.TotalSeconds:0} s");
            return await running;
        });
    }
}
