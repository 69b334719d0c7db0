using System.Globalization;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Domain.DemoShop;

/// <summary>
/// The demo shop as loaded from data/: catalogue, customers and the whole order history, with shipments
/// derived on the shop's calendar. Read-only and shared by every conversation.
/// </summary>
public sealed class DemoShopData
{
    internal const string DateFormat = "yyyy-MM-dd HH:mm";

    private readonly Dictionary<int, Order> _orders;
    private readonly Dictionary<int, List<Order>> _ordersByCustomer;
    private readonly Dictionary<int, Customer> _customers;

    private DemoShopData(Catalogue.Catalogue catalogue, Dictionary<int, Customer> customers, List<PurchaseLine> history, TimeProvider clock)
    {
        Catalogue = catalogue;
        _customers = customers;
        History = history;
        _orders = history.GroupBy(l => l.OrderNo)
            .Select(g => new Order(g.Key, g.First().CustomerId, g.First().PlacedAt, g.ToList()))
            .ToDictionary(o => o.OrderNo);
        _ordersByCustomer = _orders.Values.GroupBy(o => o.CustomerId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.OrderNo).ToList());
        Timeline = new ShopTimeline(history.Count == 0 ? DateTime.Today : history.Max(l => l.PlacedAt), clock);
        Shipments = new ShipmentSchedule(Timeline);
    }

    public Catalogue.Catalogue Catalogue { get; }

    /// <summary>Every purchase line, in source order (oldest first): the recommender's training data.</summary>
    public IReadOnlyList<PurchaseLine> History { get; }

    public ShopTimeline Timeline { get; }
    public ShipmentSchedule Shipments { get; }
    public IReadOnlyCollection<Customer> Customers => _customers.Values;

    public Customer? FindCustomer(int id) => _customers.GetValueOrDefault(id);

    public Order? FindOrder(int orderNo) => _orders.GetValueOrDefault(orderNo);

    /// <summary>A customer's orders, newest first.</summary>
    public IReadOnlyList<Order> OrdersOf(int customerId) =>
        _ordersByCustomer.TryGetValue(customerId, out var orders) ? orders : [];

    public Shipment Track(Order order) => Shipments.Track(order, _customers[order.CustomerId]);

    public static DemoShopData Load(string dataDirectory, TimeProvider clock)
    {
        var categories = CategoryFile.Load(Path.Combine(dataDirectory, ShopFiles.Categories));
        var products = ShopFiles.Read(Path.Combine(dataDirectory, ShopFiles.Catalogue))
            .Select(f => new Product(f[0], f[1], Dec(f[2]), f[3], Int(f[4])));
        var customers = ShopFiles.Read(Path.Combine(dataDirectory, ShopFiles.Customers))
            .Select(f => new Customer(Int(f[0]), f[1], Province.FromZh(f[2]), f[3]))
            .ToDictionary(c => c.Id);

        var history = ReadHistory(Path.Combine(dataDirectory, ShopFiles.OrderLines));
        return new DemoShopData(new Catalogue.Catalogue(products, categories), customers, history, clock);
    }

    /// <summary>
    /// The ~400k purchase lines, read field by field from each line's characters (no split into seven strings, no
    /// culture-aware date parsing): this read is on every start's path to the first answer (bench cold).
    /// </summary>
    private static List<PurchaseLine> ReadHistory(string path)
    {
        // One string per stock code instead of one per line.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var history = new List<PurchaseLine>(400_000);
        foreach (var line in ShopFiles.ReadLines(path))
        {
            var rest = line.AsSpan();
            var orderNo = int.Parse(Field(ref rest), CultureInfo.InvariantCulture);
            var customerId = int.Parse(Field(ref rest), CultureInfo.InvariantCulture);
            var codeSpan = Field(ref rest);
            if (!codes.TryGetValue(codeSpan, out var code)) codes[codeSpan] = code = codeSpan.ToString();
            var quantity = int.Parse(Field(ref rest), CultureInfo.InvariantCulture);
            var price = decimal.Parse(Field(ref rest), NumberStyles.Number, CultureInfo.InvariantCulture);
            history.Add(new PurchaseLine(orderNo, customerId, code, quantity, price, Date(Field(ref rest))));
        }
        return history;
    }

    private static ReadOnlySpan<char> Field(ref ReadOnlySpan<char> rest)
    {
        var tab = rest.IndexOf('\t');
        var field = tab < 0 ? rest : rest[..tab];
        rest = tab < 0 ? [] : rest[(tab + 1)..];
        return field;
    }

    /// <summary>yyyy-MM-dd HH:mm by position; anything else through the exact parser (which names the bad value).</summary>
    private static DateTime Date(ReadOnlySpan<char> s)
    {
        static int Digits(ReadOnlySpan<char> d) => int.Parse(d, NumberStyles.None, CultureInfo.InvariantCulture);
        return s.Length == DateFormat.Length && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':'
            ? new DateTime(Digits(s[..4]), Digits(s[5..7]), Digits(s[8..10]), Digits(s[11..13]), Digits(s[14..16]), 0)
            : DateTime.ParseExact(s, DateFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>data/ beside the running program (copied there by the build), unless configured elsewhere.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    private static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
