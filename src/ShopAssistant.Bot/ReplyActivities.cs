using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Bot;

/// <summary>Turns the assistant's reply into a Bot Framework message: text, suggested actions, product hero cards, metadata.</summary>
public static class ReplyActivities
{
    public const string MetadataKey = "shopAssistant";

    /// <summary>The metadata member that says where a reply's product cards came from (see <see cref="SuggestionSource"/>).</summary>
    public const string RecommendationsKey = "recommendations";

    /// <summary>
    /// With the turn's suggestion record, a reply with product cards also says where they came from:
    /// channelData.shopAssistant.recommendations = { source: "model"|"popular", modelReady } — "popular" with modelReady
    /// false while the recommender is still training or loading after a start.
    /// </summary>
    public static Activity From(AssistantReply reply, SuggestionSource? suggestions = null)
    {
        var activity = MessageFactory.Text(reply.Text);
        activity.Locale = reply.Metadata.Language == "zh" ? "zh-CN" : "en-US";
        if (reply.SuggestedActions.Count > 0)
            activity.SuggestedActions = new SuggestedActions { Actions = reply.SuggestedActions.Select(a => new CardAction(ActionTypes.ImBack, a, value: a)).ToList() };
        if (reply.Products.Count > 0)
        {
            activity.AttachmentLayout = AttachmentLayoutTypes.Carousel;
            activity.Attachments = reply.Products.Select(p => new HeroCard(
                title: p.Name, subtitle: Price.Format(p.PriceRmb), text: p.Reason,
                buttons: [ProductCards.Details(p.StockCode, reply.Metadata.Language), ProductCards.AddToCart(p.StockCode, reply.Metadata.Language)]).ToAttachment()).ToList();
        }
        var metadata = JObject.FromObject(reply.Metadata, BotJson.Serializer);
        if (reply.Products.Count > 0 && suggestions?.Source is { } source)
            metadata[RecommendationsKey] = new JObject { ["source"] = source, ["modelReady"] = suggestions.ModelReady };
        activity.ChannelData = new JObject { [MetadataKey] = metadata };
        return activity;
    }
}
