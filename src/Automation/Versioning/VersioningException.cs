namespace Automation.Versioning;

/// <summary>
/// The version cannot be computed because of the repository or its configuration: not a git repository, a shallow
/// clone, malformed <c>GitVersion.yml</c>. The message says what to do. The CLI and the build report it as exit code 2.
/// </summary>
public sealed class VersioningException(string message) : Exception(message);
