using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Automation.IntegrationTests.Components.Packing;

/// <summary>Reads a <c>.nupkg</c> the way a consumer sees it: its nuspec, its file list, and an assembly's version stamps.</summary>
public sealed class PackageFile(string path)
{
    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata
    {
        get
        {
            using var archive = ZipFile.OpenRead(path);
            var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
            using var stream = nuspec.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }
    }

    /// <summary>The paths inside the package.</summary>
    public IReadOnlyList<string> Entries
    {
        get
        {
            using var archive = ZipFile.OpenRead(path);
            return [.. archive.Entries.Select(e => e.FullName)];
        }
    }

    /// <summary>The value of a nuspec metadata element, or null when it is missing.</summary>
    public string? Value(string name) => Element(name)?.Value;

    /// <summary>A nuspec metadata element, or null when it is missing.</summary>
    public XElement? Element(string name) => Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    /// <summary>The version resource of an assembly inside the package (file and informational version, read from its attributes).</summary>
    public FileVersionInfo AssemblyVersion(string entry)
    {
        var extracted = Path.Combine(Directory.CreateTempSubdirectory("automation-nupkg-").FullName, Path.GetFileName(entry));
        using (var archive = ZipFile.OpenRead(path))
        {
            archive.GetEntry(entry)!.ExtractToFile(extracted);
        }

        return FileVersionInfo.GetVersionInfo(extracted);
    }
}
