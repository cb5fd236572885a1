using System.Xml;

namespace Automation;

/// <summary>NUKE's <c>XmlTasks</c>: reading (<c>XmlPeek</c>) and changing (<c>XmlPoke</c>) values in XML files by XPath,
/// with optional namespaces as <c>("prefix", "uri")</c> pairs. Whitespace and comments of the file are kept.</summary>
public static class XmlTasks
{
    /// <summary>The values of every node the XPath selects (element text or attribute value).</summary>
    /// <param name="path">The XML file.</param>
    /// <param name="xpath">The XPath: <c>//PropertyGroup/Version</c>, <c>//PackageReference/@Version</c>.</param>
    /// <param name="namespaces">Namespace prefixes used by the XPath.</param>
    public static IEnumerable<string> XmlPeek(AbsolutePath path, string xpath, params (string Prefix, string Uri)[] namespaces)
    {
        var (document, manager) = Load(path, namespaces);
        return Select(document, manager, xpath, path).Select(ValueOf).ToList();
    }

    /// <summary>The value of the one node the XPath selects, or null when it selects none; more than one is an error.</summary>
    /// <param name="path">The XML file.</param>
    /// <param name="xpath">The XPath.</param>
    /// <param name="namespaces">Namespace prefixes used by the XPath.</param>
    public static string? XmlPeekSingle(AbsolutePath path, string xpath, params (string Prefix, string Uri)[] namespaces)
    {
        var values = XmlPeek(path, xpath, namespaces).ToList();
        return values.Count <= 1
            ? values.SingleOrDefault()
            : throw new InvalidOperationException($"XmlPeekSingle: '{xpath}' selects {values.Count} nodes in '{path}', expected at most one. Narrow the XPath, or use XmlPeek.");
    }

    /// <summary>Sets the value of the one node the XPath selects; none or more than one is an error.</summary>
    /// <param name="path">The XML file.</param>
    /// <param name="xpath">The XPath.</param>
    /// <param name="value">The new value (its text).</param>
    /// <param name="namespaces">Namespace prefixes used by the XPath.</param>
    public static void XmlPoke(AbsolutePath path, string xpath, object value, params (string Prefix, string Uri)[] namespaces)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (document, manager) = Load(path, namespaces);
        var nodes = Select(document, manager, xpath, path);
        if (nodes.Count != 1)
        {
            throw new InvalidOperationException($"XmlPoke: '{xpath}' selects {nodes.Count} nodes in '{path}', expected exactly one. Check the XPath against the file.");
        }

        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        if (nodes[0] is XmlElement element)
        {
            element.InnerText = text;
        }
        else
        {
            nodes[0].Value = text;
        }

        var settings = new XmlWriterSettings { OmitXmlDeclaration = document.FirstChild is not XmlDeclaration, Encoding = new System.Text.UTF8Encoding(false) };
        using var writer = XmlWriter.Create(path, settings);
        document.Save(writer);
    }

    private static (XmlDocument Document, XmlNamespaceManager Manager) Load(AbsolutePath path, (string Prefix, string Uri)[] namespaces)
    {
        ArgumentNullException.ThrowIfNull(path);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new InvalidOperationException($"'{path}' is not well-formed XML: {exception.Message}", exception);
        }

        var manager = new XmlNamespaceManager(document.NameTable);
        foreach (var (prefix, uri) in namespaces)
        {
            manager.AddNamespace(prefix, uri);
        }

        return (document, manager);
    }

    private static List<XmlNode> Select(XmlDocument document, XmlNamespaceManager manager, string xpath, AbsolutePath path)
    {
        try
        {
            return document.SelectNodes(xpath, manager)?.Cast<XmlNode>().ToList() ?? [];
        }
        catch (System.Xml.XPath.XPathException exception)
        {
            throw new ArgumentException($"'{xpath}' is not a valid XPath for '{path}': {exception.Message}", nameof(xpath), exception);
        }
    }

    private static string ValueOf(XmlNode node) => node is XmlElement element ? element.InnerText : node.Value ?? string.Empty;
}
