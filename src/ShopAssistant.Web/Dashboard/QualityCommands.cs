using System.Globalization;
using ShopAssistant.Domain;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Data;
using ShopAssistant.Quality;

namespace ShopAssistant.Web.Dashboard;

/// <summary>
/// The `simulate` verb: plays realistic conversations through the real bot (the web chat adapter, so agent replies
/// come back the same way) and scripted agents through the handoff desk, so that every figure on the dashboard follows
/// from real conversations. With a <see cref="SimulationClock"/> registered as the host's TimeProvider the
/// conversations are spread over the last days at service hours; otherwise they all happen now.
/// Shoppers shown recommendation cards open some of them ("see details") and put some of those in the cart, so the
/// dashboard's click-through and add-to-cart rates (handbook Q8) follow from simulated clicks.
/// Options: --conversations N (default 60), --days D (default 7), --seed S (default 1).
/// </summary>
public static class QualityCommands
{
    private static readonly string[] Agents = ["lily", "bob"];

    public static async Task<int> SimulateAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var count = IntOption(args, "--conversations", 60);
        var days = IntOption(args, "--days", 7);
        var seed = IntOption(args, "--seed", 1);
        if (count is < 1 or > 100_000 || days is < 1 or > 366)
        {
            output.WriteLine("simulate: --conversations must be 1–100000 and --days 1–366.");
            return 2;
        }
        var inbox = services.GetRequiredService<WebChatInbox>();
        var desk = services.GetRequiredService<HandoffDesk>();
        var handoffs = services.GetRequiredService<IHandoffStore>();
        // Its own random stream, so a seed still plays the same conversations as before cards were acted on.
        var cards = new CardShopper(services.GetRequiredService<IEventLog>(), inbox, new Random(seed + 1));
        await cards.SkipPastEventsAsync();
        var clock = services.GetRequiredService<TimeProvider>() as SimulationClock;
        var random = new Random(seed);
        var started = DateTimeOffset.UtcNow;
        if (clock is null) output.WriteLine("simulate: the host's clock cannot be moved, so every conversation happens now.");

        var (escalated, rated) = (0, 0);
        for (var n = 0; n < count; n++)
        {
            if (clock is not null) clock.SetNow(MomentFor(random, days, started));
            var chat = new SimulatedChat(inbox, clock, $"sim-{seed}-{n:D5}", n % 3 == 0 ? "17850" : $"sim-shopper-{seed}-{n}", random);
            var zh = random.NextDouble() < 0.6;
            var script = zh ? SimulationScripts.Zh[random.Next(SimulationScripts.Zh.Length)] : SimulationScripts.En[random.Next(SimulationScripts.En.Length)];
            var language = zh ? "zh" : "en";
            await chat.OpenAsync(zh ? "zh-CN" : "en-US");
            foreach (var line in script)
            {
                if (await handoffs.FindOpenAsync(chat.ConversationId) is not null) break;
                await chat.SayAsync(line);
            }
            Advance(clock, TimeSpan.FromSeconds(random.Next(5, 30)));
            await cards.ActOnCardsAsync(chat.ConversationId, chat.ShopperId, chat.Locale);
            if (await handoffs.FindOpenAsync(chat.ConversationId) is { } handoff)
            {
                escalated++;
                if (await PlayAgentAsync(desk, handoff, language, clock, random, n) && random.NextDouble() < 0.7)
                {
                    await chat.SayAsync(SimulationScripts.Rating(language, Stars(random)));
                    rated++;
                }
            }
        }
        if (clock is not null) clock.Offset = TimeSpan.Zero;
        output.WriteLine($"simulate: {count} conversations, {escalated} handed to agents, {rated} rated; {cards.ListsShown} recommendation lists shown, {cards.Clicks} cards opened, {cards.AddedToCart} added to cart.");
        return 0;
    }

    /// <summary>An agent claims after a queue wait, answers, and mostly resolves; a few go back to the bot. True when resolved.</summary>
    private static async Task<bool> PlayAgentAsync(HandoffDesk desk, Handoff handoff, string language, SimulationClock? clock, Random random, int n)
    {
        var agent = Agents[random.Next(Agents.Length)];
        Advance(clock, TimeSpan.FromSeconds(random.Next(10, 180)));
        if (await desk.ClaimAsync(handoff.Id, agent, CancellationToken.None) != HandoffActionResult.Done) return false;
        Advance(clock, TimeSpan.FromSeconds(random.Next(5, 60)));
        await desk.SayAsync(handoff.Id, agent, SimulationScripts.AgentReply(language, n), CancellationToken.None);
        Advance(clock, TimeSpan.FromSeconds(random.Next(60, 900)));
        var resolved = random.NextDouble() < 0.85;
        await desk.CloseAsync(handoff.Id, agent, resolved ? HandoffStatus.Resolved : HandoffStatus.ReturnedToBot, resolved ? "resolved" : null, CancellationToken.None);
        Advance(clock, TimeSpan.FromSeconds(random.Next(5, 40)));
        return resolved;
    }

    /// <summary>Mostly happy shoppers, as in a shop that meets its 90 % target most weeks.</summary>
    private static int Stars(Random random) => random.NextDouble() switch { < 0.55 => 5, < 0.8 => 4, < 0.9 => 3, < 0.95 => 2, _ => 1 };

    /// <summary>A moment in the last days, within service hours (09:00–22:30 Beijing) and never in the future.</summary>
    private static DateTimeOffset MomentFor(Random random, int days, DateTimeOffset now)
    {
        var day = BeijingTime.DayOf(now).AddDays(-random.Next(days));
        var at = BeijingTime.StartOf(day).AddHours(9).AddMinutes(random.Next(13 * 60 + 30));
        return at < now ? at : now.AddMinutes(-random.Next(1, 120));
    }

    private static void Advance(SimulationClock? clock, TimeSpan by)
    {
        if (clock is not null) clock.Offset += by;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        HostCommands.Option(args, name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>One shopper on the web chat channel, moving the simulated clock between messages as people do.</summary>
    private sealed class SimulatedChat(WebChatInbox inbox, SimulationClock? clock, string conversationId, string shopperId, Random random)
    {
        public string ConversationId => conversationId;
        public string ShopperId => shopperId;
        public string? Locale => _locale;
        private string? _locale;

        public Task OpenAsync(string locale)
        {
            _locale = locale;
            return inbox.OpenAsync(conversationId, shopperId, locale, CancellationToken.None);
        }

        public Task SayAsync(string text)
        {
            Advance(clock, TimeSpan.FromSeconds(random.Next(3, 45)));
            return inbox.SayAsync(conversationId, shopperId, text, _locale, CancellationToken.None);
        }
    }
}
