namespace Automation.Cli.Setup;

/// <summary>The files <c>automation :setup</c> writes from text: the build project, the build class, the parameters file.</summary>
internal static class Templates
{
    /// <summary><c>build/_build.csproj</c>, referencing <c>Automation.Components</c> at <paramref name="version"/>.</summary>
    public static string BuildProject(string version) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- This repository's build (Build.cs), written by `automation :setup`. build.sh, build.cmd and build.ps1 compile
               it when it or a referenced source changed, then run it: ./build.sh [targets] [options]. -->
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace></RootNamespace>
            <IsPackable>false</IsPackable>
            <!-- The version is pinned here even when the repository manages package versions centrally. -->
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <!-- Parameters are fields the engine sets by reflection, and targets are instance properties. -->
            <NoWarn>$(NoWarn);CS0649;CA1822</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <!-- Lets tool resolution find this project's PackageDownload items. -->
            <AssemblyMetadata Include="Automation.BuildProjectFile" Value="$(MSBuildProjectFullPath)" />
          </ItemGroup>
          <ItemGroup>
            <PackageReference Include="Automation.Components" Version="{{version}}" />
          </ItemGroup>
        </Project>

        """;

    /// <summary><c>build/Build.cs</c>: a build made of the <paramref name="selection"/>'s components.</summary>
    public static string BuildClass(ComponentSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return $$"""
            using Automation;
            using Automation.Components;

            /// <summary>
            /// This repository's build, written by <c>automation :setup</c>: the shared components' pipeline. Adjust a step
            /// through its settings hook (e.g. <c>Configure&lt;DotNetPackSettings&gt; IPack.PackSettings =&gt; s =&gt; s with { ... };</c>)
            /// and add targets of your own as properties (e.g. <c>Target Docs =&gt; _ =&gt; _.DependsOn&lt;IPack&gt;().Executes(...)</c>).
            /// </summary>
            class Build : AutomationBuild, {{string.Join(", ", selection.Components)}}
            {
                public static int Main(string[] args) => Execute<Build>(args, x => {{selection.DefaultTarget}});
            }

            """;
    }

    /// <summary><c>.nuke/parameters.json</c>: empty, or naming the solution when the root has several.</summary>
    public static string Parameters(RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.HasSeveralSolutions)
        {
            return "{}\n";
        }

        var solution = facts.Solution.RelativeTo(facts.Root).Replace('\\', '/');
        return $$"""
            {
              "Solution": "{{System.Text.Json.JsonEncodedText.Encode(solution)}}"
            }

            """;
    }
}
