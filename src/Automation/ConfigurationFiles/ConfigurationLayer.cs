namespace Automation.ConfigurationFiles;

/// <summary>One file layer of the configuration, as <c>--show-config</c> lists it.</summary>
/// <param name="Layer"><c>system</c>, <c>user</c>, <c>repository</c>, <c>profile</c> or <c>runtime</c>.</param>
/// <param name="Display">The file as messages name it.</param>
/// <param name="Exists">Whether the file is there (absent system, user and repository files are skipped).</param>
internal sealed record ConfigurationLayer(string Layer, string Display, bool Exists);
