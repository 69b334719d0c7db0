using System.Text.Json;
using ShopAssistant.Domain.Customers;
using ShopAssistant.Domain.Policies;

namespace ShopAssistant.Understanding.Slots;

/// <summary>
/// Places from data/understanding/places.json: province names (浙江, 浙江省, zhejiang), cities (杭州 → 浙江) and the
/// places the shop does not ship to (香港, overseas). The first place named in the message wins.
/// </summary>
internal sealed class PlaceReader
{
    private readonly List<(TermSet Terms, Destination Destination)> _places = [];

    public PlaceReader(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var cities = root.GetProperty("cities");
        foreach (var province in Province.Mainland)
        {
            var terms = new List<string> { province.NameZh, province.NameEn };
            if (cities.TryGetProperty(province.NameZh, out var named)) terms.AddRange(named.EnumerateArray().Select(t => t.GetString() ?? ""));
            _places.Add((new TermSet(terms), new Destination(province.NameZh, province.NameEn, province)));
        }
        foreach (var place in root.GetProperty("notServed").EnumerateObject())
        {
            var terms = place.Value.GetProperty("terms").EnumerateArray().Select(t => t.GetString() ?? "").Append(place.Name);
            _places.Add((new TermSet(terms), new Destination(place.Name, place.Value.GetProperty("en").GetString() ?? place.Name, null)));
        }
    }

    public Destination? Read(string normalText)
    {
        Destination? first = null;
        var firstAt = int.MaxValue;
        foreach (var (terms, destination) in _places)
        {
            foreach (var term in terms.Find(normalText))
            {
                var at = normalText.IndexOf(term, StringComparison.Ordinal);
                if (at >= 0 && at < firstAt) (first, firstAt) = (destination, at);
            }
        }
        return first;
    }
}
