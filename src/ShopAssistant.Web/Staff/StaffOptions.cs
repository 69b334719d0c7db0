namespace ShopAssistant.Web.Staff;

/// <summary>
/// Staff accounts from configuration: ShopAssistant:Staff:N:UserName|Password|Role.
/// Password may be plain (hashed at start, then forgotten) or an ASP.NET Identity v3 hash ("AQAAAA…").
/// </summary>
public sealed class StaffAccountOptions
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = "";
}

/// <summary>The accounts are the section's children, bound as a list that is read again when configuration changes.</summary>
public sealed class StaffAccounts : List<StaffAccountOptions>
{
    public const string Section = "ShopAssistant:Staff";
}

public static class StaffRoles
{
    public const string Agent = "agent";
    public const string Manager = "manager";

    public static bool IsKnown(string role) => role is Agent or Manager;
}
