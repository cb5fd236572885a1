using System.Security;
using System.Text;

namespace Automation.Components;

/// <summary>
/// Writes the MSBuild file that puts the root README and license into every package whose project names none of its
/// own. <c>dotnet pack</c> imports it through <c>CustomAfterMicrosoftCommonTargets</c> (a single-target project) and
/// <c>CustomAfterMicrosoftCommonCrossTargetingTargets</c> (the outer build of a multi-targeted one, which makes its
/// package), after the project (and its <c>Directory.Build.props</c>) set their properties, so the conditions see what
/// the project chose. Being global properties, they replace a project's own hooks of those names during pack; such a
/// project can drop them through <see cref="IPack.PackSettings"/>.
/// </summary>
internal static class PackageMetadataTargets
{
    private static readonly string[] LicenseNames = ["LICENSE", "LICENSE.md", "LICENSE.txt"];

    /// <summary>Writes <paramref name="file"/> and returns true, or returns false when the root has neither a README nor a license.</summary>
    public static bool Write(AbsolutePath root, AbsolutePath file)
    {
        var readme = root / "README.md";
        var license = LicenseNames.Select(name => root / name).FirstOrDefault(path => path.FileExists());
        if (!readme.FileExists() && license is null)
        {
            return false;
        }

        var content = new StringBuilder()
            .AppendLine("<Project>")
            .AppendLine("  <!-- Written by the Automation pack target: the root README and license, unless the project names its own. -->");
        if (readme.FileExists())
        {
            content.Append(Fallback(
                condition: "'$(PackageReadmeFile)' == ''",
                marker: "AutomationPackReadme",
                properties: $"<PackageReadmeFile>{readme.Name}</PackageReadmeFile>",
                file: readme));
        }

        if (license is not null)
        {
            content.Append(Fallback(
                condition: "'$(PackageLicenseFile)' == '' and '$(PackageLicenseExpression)' == ''",
                marker: "AutomationPackLicense",
                properties: $"<PackageLicenseFile>{license.Name}</PackageLicenseFile>",
                file: license));
        }

        Directory.CreateDirectory(file.Parent!);
        File.WriteAllText(file, content.AppendLine("</Project>").ToString());
        return true;
    }

    // Items are evaluated after all properties, so they follow a marker set together with the fallback property,
    // not the (by then already set) package property itself.
    private static string Fallback(string condition, string marker, string properties, AbsolutePath file) => $"""
          <PropertyGroup Condition="{condition}">
            {properties}
            <{marker}>true</{marker}>
          </PropertyGroup>
          <ItemGroup Condition="'$({marker})' == 'true'">
            <None Include="{Escape(file)}" Pack="true" PackagePath="\" Visible="false" />
          </ItemGroup>

        """;

    // A path is literal: MSBuild's special characters become %XX, and the result must still be valid XML.
    private static string Escape(string path)
    {
        var escaped = new StringBuilder();
        foreach (var character in path)
        {
            escaped.Append(character is '%' or '*' or '?' or '@' or '$' or '(' or ')' or ';' or '\''
                ? $"%{(int)character:X2}"
                : character.ToString());
        }

        return SecurityElement.Escape(escaped.ToString());
    }
}
