using Automation.Components;
using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>
/// The sample's library alone, with a package reference and a <c>nuget.config</c> that puts NuGet's package folder at
/// <c>packages/</c> inside the repository, not git-ignored: restored and compiled twice.
/// </summary>
public sealed class PackageFolderSample : IDisposable
{
    public PackageFolderSample()
    {
        Sample = ComponentSample.Create();
        Directory.Delete(Sample.PathOf("tests"), recursive: true);
        Sample.Write("Sample.slnx", """
            <Solution>
              <Project Path="src/Sample.Library/Sample.Library.csproj" />
            </Solution>

            """);
        Sample.Write("nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
            </configuration>

            """);
        var library = Sample.PathOf("src/Sample.Library/Sample.Library.csproj");
        File.WriteAllText(library, File.ReadAllText(library).Replace(
            "</Project>",
            "  <ItemGroup>\n    <PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" />\n  </ItemGroup>\n</Project>",
            StringComparison.Ordinal));
        Sample.Commit("A package folder inside the repository");

        First = Sample.Run<CompileBuild>("compile", "--verbosity", "verbose");
        Second = Sample.Run<CompileBuild>("compile", "--verbosity", "verbose");
    }

    public ComponentSample Sample { get; }

    public ComponentRun First { get; }

    public ComponentRun Second { get; }

    public void Dispose() => Sample.Dispose();

    /// <summary>Restore and compile, nothing else.</summary>
    public sealed class CompileBuild : AutomationBuild, ICompile;
}
