using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Domain.Conversations;

/// <summary>Handbook H1/H2: people work 09:00–23:00 Beijing time every day; messages left outside get an answer by 10:00.</summary>
public static class ServiceHours
{
    // The hours themselves live in data/shop-policy.json, with every other handbook number.
    public static TimeSpan Opens => ShopPolicy.Default.ServiceHours.Opens.ToTimeSpan();
    public static TimeSpan Closes => ShopPolicy.Default.ServiceHours.Closes.ToTimeSpan();
    public static TimeSpan LeftMessagesAnsweredBy => ShopPolicy.Default.ServiceHours.LeftMessagesAnsweredBy.ToTimeSpan();

    public static bool IsOpen(DateTimeOffset at)
    {
        var local = BeijingTime.Of(at).TimeOfDay;
        return local >= Opens && local < Closes;
    }

    /// <summary>The morning by which a message left now is answered: today 10:00 if before opening, else tomorrow 10:00.</summary>
    public static DateTimeOffset AnswerLeftMessageBy(DateTimeOffset at)
    {
        var local = BeijingTime.Of(at);
        var day = local.TimeOfDay < Opens ? local.Date : local.Date.AddDays(1);
        return new DateTimeOffset(day + LeftMessagesAnsweredBy, BeijingTime.Offset);
    }
}
