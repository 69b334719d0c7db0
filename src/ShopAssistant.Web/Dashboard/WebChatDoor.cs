using System.Reflection;
using Newtonsoft.Json.Linq;
using ShopAssistant.Bot.Handoffs;

namespace ShopAssistant.Web.Dashboard;

/// <summary>
/// Hands a web-chat activity, written as JSON, to the real WebChatAdapter and bot, exactly as the chat hub does.
/// Why reflection: only the Bot layer compiles against the Bot Framework (build/BotFramework.props), so the Web layer
/// names neither Activity nor IBot; it finds the adapter's ProcessAsync(activity, bot, ct) and lets the Bot layer's
/// own types do the rest. A public JSON entry point on the adapter would make this class unnecessary.
/// </summary>
internal sealed class WebChatDoor
{
    public const string ChannelId = "webchat";

    private readonly object _adapter;
    private readonly object _bot;
    private readonly MethodInfo _process;
    private readonly Type _activityType;

    public WebChatDoor(IServiceProvider services)
    {
        var adapterType = typeof(HandoffDesk).Assembly.GetType("ShopAssistant.Bot.WebChat.WebChatAdapter", throwOnError: true)!;
        _process = adapterType.GetMethod("ProcessAsync") ?? throw new InvalidOperationException("WebChatAdapter.ProcessAsync is missing.");
        var parameters = _process.GetParameters();
        _activityType = parameters[0].ParameterType;
        _adapter = services.GetRequiredService(adapterType);
        _bot = services.GetRequiredService(parameters[1].ParameterType);
    }

    public Task SendAsync(JObject activity, CancellationToken ct) =>
        (Task)_process.Invoke(_adapter, [activity.ToObject(_activityType), _bot, ct])!;
}
