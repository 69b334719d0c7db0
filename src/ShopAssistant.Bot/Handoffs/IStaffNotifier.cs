using ShopAssistant.Data;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>How the bot layer tells the agent console that something happened; the host implements it over SignalR.</summary>
public interface IStaffNotifier
{
    Task HandoffChangedAsync(Handoff handoff, CancellationToken ct = default);

    /// <param name="photos">The shop's links to the photos that came with the message (none for most messages).</param>
    Task ShopperMessageAsync(Handoff handoff, string text, IReadOnlyList<string> photos, DateTimeOffset at, CancellationToken ct = default);
}
