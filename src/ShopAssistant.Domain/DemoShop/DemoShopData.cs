using System.Globalization;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Domain.DemoShop;

/// <summary>
/// The demo shop as loaded from data/: catalogue, customers and the whole order history, with shipments
/// derived on the shop's calendar. Read-only and shared by every conversation. The order history (~400k lines, about a
/// second to read) loads on first use or when <see cref="LoadHistory"/> is called: a start answers its first shoppers
/// without it, and only order look-ups and the recommender wait for it.
/// </summary>
public sealed class DemoShopData
{
    internal const string DateFormat = "yyyy-MM-dd HH:mm";

    private readonly Dictionary<int, Customer> _customers;
    private readonly Lazy<OrderBook> _orderBook;

    private DemoShopData(Catalogue.Catalogue catalogue, Dictionary<int, Customer> customers, Func<List<PurchaseLine>> history, TimeProvider clock)
    {
        Catalogue = catalogue;
        _customers = customers;
        _orderBook = new Lazy<OrderBook>(() => new OrderBook(history()), LazyThreadSafetyMode.ExecutionAndPublication);
        Timeline = new ShopTimeline(() => _orderBook.Value.LastDay, clock);
        Shipments = new ShipmentSchedule(Timeline);
    }

    /// <summary>The history and the orders grouped from it.</summary>
    private sealed class OrderBook
    {
        public OrderBook(List<PurchaseLine> history)
        {
            History = history;
            Orders = history.GroupBy(l => l.OrderNo)
                .Select(g => new Order(g.Key, g.First().CustomerId, g.First().PlacedAt, g.ToList()))
                .ToDictionary(o => o.OrderNo);
            ByCustomer = Orders.Values.GroupBy(o => o.CustomerId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.OrderNo).ToList());
            LastDay = history.Count == 0 ? DateTime.Today : history.Max(l => l.PlacedAt);
        }

        public List<PurchaseLine> History { get; }
        public Dictionary<int, Order> Orders { get; }
        public Dictionary<int, List<Order>> ByCustomer { get; }
        public DateTime LastDay { get; }
    }

    public Catalogue.Catalogue Catalogue { get; }

    /// <summary>Every purchase line, in source order (oldest first): the recommender's training data.</summary>
    public IReadOnlyList<PurchaseLine> History => _orderBook.Value.History;

    public ShopTimeline Timeline { get; }
    public ShipmentSchedule Shipments { get; }
    public IReadOnlyCollection<Customer> Customers => _customers.Values;

    /// <summary>Whether the order history has been read (reads of it before then wait for it).</summary>
    public bool HistoryLoaded => _orderBook.IsValueCreated;

    /// <summary>Reads the order history now, if nothing has yet; a failure to read it is thrown here and on each later use.</summary>
    public void LoadHistory() => _ = _orderBook.Value;

    public Customer? FindCustomer(int id) => _customers.GetValueOrDefault(id);

    public Order? FindOrder(int orderNo) => _orderBook.Value.Orders.GetValueOrDefault(orderNo);

    /// <summary>A customer's orders, newest first.</summary>
    public IReadOnlyList<Order> OrdersOf(int customerId) =>
        _orderBook.Value.ByCustomer.TryGetValue(customerId, out var orders) ? orders : [];

    public Shipment Track(Order order) => Shipments.Track(order, _customers[order.CustomerId]);

    public static DemoShopData Load(string dataDirectory, TimeProvider clock)
    {
        var categoryFile = Path.Combine(dataDirectory, ShopFiles.Categories);
        var categories = CategoryFile.Load(categoryFile);
        var products = ShopFiles.Read(Path.Combine(dataDirectory, ShopFiles.Catalogue))
            .Select(f => new Product(f[0], f[1], Dec(f[2]), f[3], Int(f[4])));
        var customers = ShopFiles.Read(Path.Combine(dataDirectory, ShopFiles.Customers))
            .Select(f => new Customer(Int(f[0]), f[1], Province.FromZh(f[2]), f[3]))
            .ToDictionary(c => c.Id);

        var history = Path.Combine(dataDirectory, ShopFiles.OrderLines);
        // A missing file still stops the start; its lines are read later (see the class summary).
        if (!File.Exists(history)) throw new FileNotFoundException($"The shop's order history is missing: {history}", history);
        return new DemoShopData(new Catalogue.Catalogue(products, categories) { NameWords = CategoryFile.LoadNameWords(categoryFile) }, customers, () => ReadHistory(history), clock);
    }

    /// <summary>
    /// The ~400k purchase lines, read field by field from each line's characters (no split into seven strings, no
    /// culture-aware date parsing).
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
