using System.Text.RegularExpressions;

namespace Automation.Cli.Setup;

/// <summary>
/// A repository whose NuGet.config requires signed packages from its own trusted signers
/// (<c>signatureValidationMode</c> <c>require</c>): a policy for its products, which the build's own packages
/// (Automation.Components and what it uses) do not meet, so restoring the build would fail. Setup then gives
/// <c>build/</c> a NuGet.config of its own that accepts them, and says so.
/// </summary>
internal static partial class NuGetSignaturePolicy
{
    /// <summary>Where the build's own NuGet settings go, relative to the root.</summary>
    public const string BuildConfig = "build/NuGet.config";

    /// <summary>The content of <see cref="BuildConfig"/>.</summary>
    public const string AcceptingConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <!-- Written by `automation :setup`. The repository's NuGet.config requires packages signed by its trusted
               signers, a policy for its products; the build's own packages are not signed by them. NuGet settings
               closer to a project win, so this accepts them for the build project only. -->
          <config>
            <add key="signatureValidationMode" value="accept" />
          </config>
        </configuration>

        """;

    private static readonly string[] ConfigNames = ["NuGet.config", "nuget.config", "NuGet.Config"];

    /// <summary>The root's NuGet.config that requires signed packages (relative to the root), or null.</summary>
    public static string? RequiringConfig(AbsolutePath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return ConfigNames
            .Where(name => (root / name).FileExists())
            .FirstOrDefault(name => RequireMode().IsMatch(File.ReadAllText(root / name)));
    }

    // <add key="signatureValidationMode" value="require" />, in either attribute order.
    [GeneratedRegex("""<add\s+(?=[^>]*key\s*=\s*"signatureValidationMode")(?=[^>]*value\s*=\s*"require")[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex RequireMode();
}
