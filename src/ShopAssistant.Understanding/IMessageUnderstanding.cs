using ShopAssistant.Domain;

namespace ShopAssistant.Understanding;

/// <summary>Reads one shopper message. Thread-safe; never throws on odd input.</summary>
public interface IMessageUnderstanding
{
    /// <param name="text">The shopper's message as typed.</param>
    /// <param name="previousLanguage">The conversation's language so far: used when the message itself has no words (emoji, digits).</param>
    MessageUnderstanding Understand(string text, ShopLanguage? previousLanguage = null);

    /// <summary>How likely the message (its normal form) continues the rule question about <paramref name="topic"/> just answered,
    /// 0 to 1; NaN when there is no model of it, and the dialogue rules decide alone.</summary>
    double FollowUpLikelihood(string topic, string normalText) => double.NaN;
}
