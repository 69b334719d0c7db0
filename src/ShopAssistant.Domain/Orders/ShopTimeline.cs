namespace ShopAssistant.Domain.Orders;

/// <summary>
/// Maps the source history (2010-12 … 2011-12) onto today's calendar: every date moves by the same whole
/// number of days, so that the last day of the history is today (Beijing time). Recent orders are therefore
/// always awaiting dispatch or in transit, whatever day the shop is started. The shift is fixed when the shop
/// starts, so that orders then move on as time passes.
/// </summary>
public sealed class ShopTimeline
{
    private readonly TimeProvider _clock;
    private readonly Lazy<TimeSpan> _shift;

    public ShopTimeline(DateTime lastSourceDay, TimeProvider clock) : this(() => lastSourceDay, clock)
    {
    }

    /// <summary>
    /// With the history's last day asked for only when a source date is first mapped (the purchase history loads after
    /// the host listens), still shifted onto the day the shop started.
    /// </summary>
    public ShopTimeline(Func<DateTime> lastSourceDay, TimeProvider clock)
    {
        _clock = clock;
        var startDay = Now.Date;
        _shift = new Lazy<TimeSpan>(() => startDay - lastSourceDay().Date);
    }

    public DateTimeOffset Now => _clock.GetUtcNow().ToOffset(BeijingTime.Offset);

    public DateTimeOffset ToShopTime(DateTime sourceTime) => new(sourceTime + _shift.Value, BeijingTime.Offset);
}
