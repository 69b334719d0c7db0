using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ShopAssistant.Assistant;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Bot;

/// <summary>Turns the assistant's reply into a Bot Framework message: text, suggested actions, product hero cards, metadata.</summary>
public static class ReplyActivities
{
    public const string MetadataKey = "shopAssistant";

    public static Activity From(AssistantReply reply)
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
        activity.ChannelData = new JObject { [MetadataKey] = JObject.FromObject(reply.Metadata, BotJson.Serializer) };
        return activity;
    }
}
