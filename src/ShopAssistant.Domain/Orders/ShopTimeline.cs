namespace ShopAssistant.Domain.Orders;

/// <summary>
/// Maps the source history (2010-12 … 2011-12) onto today's calendar: every date moves by the same whole
/// number of days, so that the last day of the history is today (Beijing time). Recent orders are therefore
/// always awaiting dispatch or in transit, whatever day the shop is started.
/// </summary>
public sealed class ShopTimeline(DateTime lastSourceDay, TimeProvider clock)
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public DateTimeOffset Now => clock.GetUtcNow().ToOffset(Beijing);

    private TimeSpan Shift => Now.Date - lastSourceDay.Date;

    public DateTimeOffset ToShopTime(DateTime sourceTime) => new(sourceTime + Shift, Beijing);
}
