using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Privacy;

/// <summary>The data-protection key folder, with the folder and every key file owner-only (see <see cref="OwnerOnly"/>).</summary>
internal sealed class OwnerOnlyXmlRepository : IXmlRepository
{
    private readonly DirectoryInfo _directory;
    private readonly FileSystemXmlRepository _files;

    public OwnerOnlyXmlRepository(string path, ILoggerFactory logs)
    {
        _directory = OwnerOnly.CreateDirectory(path);
        _files = new FileSystemXmlRepository(_directory, logs);
    }

    public IReadOnlyCollection<XElement> GetAllElements() => _files.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        _files.StoreElement(element, friendlyName);
        // The repository writes a temporary file and renames it; the new key file takes the umask's mode, so tighten after.
        foreach (var file in _directory.EnumerateFiles("*.xml")) OwnerOnly.SecureFile(file.FullName);
    }
}
