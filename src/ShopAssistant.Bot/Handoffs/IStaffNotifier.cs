using ShopAssistant.Data;

namespace ShopAssistant.Bot.Handoffs;

/// <summary>How the bot layer tells the agent console that something happened; the host implements it over SignalR.</summary>
public interface IStaffNotifier
{
    Task HandoffChangedAsync(Handoff handoff, CancellationToken ct = default);

    Task ShopperMessageAsync(Handoff handoff, string text, DateTimeOffset at, CancellationToken ct = default);
}
