using System.Text.RegularExpressions;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Domain.Tests;

public sealed class DemoShopDataTests
{
    private static readonly DemoShopData Shop = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);

    [Fact]
    public void The_shipped_data_loads_with_the_documented_counts()
    {
        Assert.Equal(3798, Shop.Catalogue.Products.Count);
        Assert.Equal(4334, Shop.Customers.Count);
        Assert.Equal(396_337, Shop.History.Count);
        Assert.Equal(new DateTime(2011, 12, 9), Shop.History.Max(l => l.PlacedAt).Date);
    }

    [Fact]
    public void The_order_history_is_read_on_first_use_and_shipments_still_land_on_the_day_the_shop_started()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        var shop = DemoShopData.Load(DemoShopData.DefaultDirectory, clock);

        // Catalogue and customers at once (a start needs them); the ~400k lines only when an order is looked up.
        Assert.Equal(3798, shop.Catalogue.Products.Count);
        Assert.False(shop.HistoryLoaded);
        clock.Advance(TimeSpan.FromDays(2));
        var last = shop.FindOrder(581587)!;
        Assert.True(shop.HistoryLoaded);
        // The history's last day is mapped onto the day the shop started, not the day the history was first read.
        Assert.Equal(new DateTime(2026, 11, 30), shop.Timeline.ToShopTime(last.PlacedAt).Date);
    }

    [Fact]
    public void A_missing_order_history_stops_the_load_at_once()
    {
        var folder = Directory.CreateTempSubdirectory("sa-shop-").FullName;
        foreach (var file in Directory.GetFiles(DemoShopData.DefaultDirectory).Where(f => !f.EndsWith("order-lines.tsv.gz")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));

        Assert.Throws<FileNotFoundException>(() => DemoShopData.Load(folder, TimeProvider.System));
    }

    [Fact]
    public void Orders_are_source_invoices_with_their_lines_and_rmb_prices()
    {
        var order = Shop.FindOrder(536365)!;
        Assert.Equal(17850, order.CustomerId);
        Assert.Equal(7, order.Lines.Count);
        Assert.Contains(order.Lines, l => l.StockCode == "85123A" && l.Quantity == 6 && l.UnitPriceRmb == 23.0m);
        Assert.Contains(order, Shop.OrdersOf(17850));
        Assert.Null(Shop.FindOrder(999_999));
    }

    [Fact]
    public void A_customers_orders_come_newest_first()
    {
        var orders = Shop.OrdersOf(17850);
        Assert.True(orders.Count > 10);
        Assert.Equal(orders.OrderByDescending(o => o.PlacedAt).Select(o => o.OrderNo), orders.Select(o => o.OrderNo));
    }

    [Fact]
    public void Synthetic_phones_are_mainland_mobiles_stable_and_distinct()
    {
        Assert.All(Shop.Customers, c => Assert.Matches(new Regex("^1[35789][0-9]{9}$"), c.Phone));
        Assert.Equal(DemoShopImporter.SyntheticPhone(17850), Shop.FindCustomer(17850)!.Phone);
        Assert.True(Shop.Customers.Select(c => c.Phone).Distinct().Count() > Shop.Customers.Count * 0.99);
    }

    [Fact]
    public void The_newest_orders_are_not_yet_delivered_on_the_shops_calendar()
    {
        var newest = Shop.History.OrderByDescending(l => l.PlacedAt).Take(200).Select(l => l.OrderNo).Distinct()
            .Select(n => Shop.Track(Shop.FindOrder(n)!)).ToList();
        Assert.Contains(newest, s => s.Status != Orders.ShipmentStatus.Delivered);
        Assert.All(newest, s => Assert.Equal(Shop.Timeline.Now.Date, s.PaidAt.Date));
    }
}
