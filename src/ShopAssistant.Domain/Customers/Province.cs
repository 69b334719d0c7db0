namespace ShopAssistant.Domain.Customers;

/// <summary>Delivery zones of handbook S4: they decide transit days and the remote-area fee.</summary>
public enum DeliveryZone { JiangsuZhejiangShanghai, Mainland, Remote }

public sealed record Province(string NameZh, string NameEn, DeliveryZone Zone)
{
    public string Name(ShopLanguage language) => language == ShopLanguage.Zh ? NameZh : NameEn;

    /// <summary>The 31 mainland provinces, municipalities and regions (handbook S5: nowhere else).</summary>
    public static readonly IReadOnlyList<Province> Mainland =
    [
        new("上海", "Shanghai", DeliveryZone.JiangsuZhejiangShanghai),
        new("江苏", "Jiangsu", DeliveryZone.JiangsuZhejiangShanghai),
        new("浙江", "Zhejiang", DeliveryZone.JiangsuZhejiangShanghai),
        new("北京", "Beijing", DeliveryZone.Mainland),
        new("天津", "Tianjin", DeliveryZone.Mainland),
        new("河北", "Hebei", DeliveryZone.Mainland),
        new("山西", "Shanxi", DeliveryZone.Mainland),
        new("辽宁", "Liaoning", DeliveryZone.Mainland),
        new("吉林", "Jilin", DeliveryZone.Mainland),
        new("黑龙江", "Heilongjiang", DeliveryZone.Mainland),
        new("安徽", "Anhui", DeliveryZone.Mainland),
        new("福建", "Fujian", DeliveryZone.Mainland),
        new("江西", "Jiangxi", DeliveryZone.Mainland),
        new("山东", "Shandong", DeliveryZone.Mainland),
        new("河南", "Henan", DeliveryZone.Mainland),
        new("湖北", "Hubei", DeliveryZone.Mainland),
        new("湖南", "Hunan", DeliveryZone.Mainland),
        new("广东", "Guangdong", DeliveryZone.Mainland),
        new("广西", "Guangxi", DeliveryZone.Mainland),
        new("海南", "Hainan", DeliveryZone.Mainland),
        new("重庆", "Chongqing", DeliveryZone.Mainland),
        new("四川", "Sichuan", DeliveryZone.Mainland),
        new("贵州", "Guizhou", DeliveryZone.Mainland),
        new("云南", "Yunnan", DeliveryZone.Mainland),
        new("陕西", "Shaanxi", DeliveryZone.Mainland),
        new("甘肃", "Gansu", DeliveryZone.Mainland),
        new("宁夏", "Ningxia", DeliveryZone.Mainland),
        new("新疆", "Xinjiang", DeliveryZone.Remote),
        new("西藏", "Tibet", DeliveryZone.Remote),
        new("青海", "Qinghai", DeliveryZone.Remote),
        new("内蒙古", "Inner Mongolia", DeliveryZone.Remote),
    ];

    public static Province FromZh(string nameZh) =>
        Mainland.FirstOrDefault(p => p.NameZh == nameZh) ?? throw new ArgumentException($"Unknown province '{nameZh}'.");
}
