namespace ShopAssistant.Data;

/// <summary>
/// Random secrets that every instance of a scaled-out shop must hold alike (the staff account-stamp key): made once by
/// whichever instance asks first, then read by all. Registered only with a shared database; a single instance keeps
/// such secrets in its data folder.
/// </summary>
public interface ISharedSecrets
{
    byte[] GetOrCreate(string name, int length);
}
