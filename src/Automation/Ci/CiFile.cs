namespace Automation.Ci;

/// <summary>A generated CI configuration file.</summary>
/// <param name="RelativePath">Relative to the repository root, forward slashes.</param>
/// <param name="Content">The whole file, with <c>\n</c> line ends.</param>
/// <param name="Source">The attribute that produced it, as written on the build class.</param>
internal sealed record CiFile(string RelativePath, string Content, string Source);
