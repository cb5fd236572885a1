namespace Automation.Cli.Setup;

/// <summary>The files <c>automation :setup</c> writes from text: the build project and the build class.</summary>
internal static class Templates
{
    /// <summary>
    /// <c>build/_build.csproj</c>, referencing <c>Automation.Components</c> at <paramref name="version"/>, pinning what the
    /// build needs whatever the repository sets; <paramref name="nukeAside"/> leaves a moved-aside NUKE build out of its compile.
    /// </summary>
    public static string BuildProject(string version, bool nukeAside)
    {
        var nuke = nukeAside ? $$"""

              <ItemGroup>
                <!-- The NUKE build this one replaces, kept for porting its targets; not compiled. -->
                <Compile Remove="nuke/**" />
                <None Remove="nuke/**" />
              </ItemGroup>
            """ : string.Empty;
        return $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- This repository's build (Build.cs), written by `automation :setup`. build.sh, build.cmd and build.ps1 compile
                   it when it or a referenced source changed, then run it: ./build.sh [targets] [options]. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace></RootNamespace>
                <IsPackable>false</IsPackable>
                <!-- Pinned here whatever the repository sets for its products (build/Directory.Build.props isolates the rest):
                     no lock file, the package version below rather than central package management, and warnings that never
                     stop the build from starting. -->
                <RestorePackagesWithLockFile>false</RestorePackagesWithLockFile>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <WarningsAsErrors></WarningsAsErrors>
                <WarningsNotAsErrors>$(WarningsNotAsErrors);NU1901;NU1902;NU1903;NU1904;NU3034</WarningsNotAsErrors>
                <!-- Parameters are fields the engine sets by reflection, and targets are instance properties. -->
                <NoWarn>$(NoWarn);CS0649;CA1822</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <!-- Lets tool resolution find this project's PackageDownload items. -->
                <AssemblyMetadata Include="Automation.BuildProjectFile" Value="$(MSBuildProjectFullPath)" />
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="Automation.Components" Version="{{version}}" />
              </ItemGroup>{{nuke}}
            </Project>

            """;
    }

    /// <summary>
    /// <c>build/Build.cs</c>: a build made of the <paramref name="selection"/>'s components, with the gates the
    /// repository does not pass yet in report mode (<paramref name="checks"/>) and the test projects named where the
    /// components' convention would find others than MSBuild's evaluation.
    /// </summary>
    public static string BuildClass(ComponentSelection selection, RepositoryFacts facts, RepositoryChecks checks)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(checks);
        var members = new List<string>();
        if (checks.CompileFinding is { } compile)
        {
            members.Add($"// On setup: {OneLine(compile)}. Delete this line to make compile treat warnings as errors.\n    bool ICompile.WarningsAsErrors => false;");
        }

        if (checks.LintFinding is { } lint)
        {
            members.Add($"// On setup: {OneLine(lint)}. Delete this line to make lint strict (./build.sh format fixes most).\n    bool ILint.FailOnFindings => false;");
        }

        if (facts.UnitTestOverride is { } unit)
        {
            members.Add($"// MSBuild's evaluation finds these unit test projects; the test project naming convention would find others.\n    IEnumerable<AbsolutePath> IUnitTest.UnitTestProjects => {ProjectList(facts.Root, unit)};");
        }

        if (facts.IntegrationTestOverride is { } integration)
        {
            members.Add($"// MSBuild's evaluation finds these integration test projects; the test project naming convention would find others.\n    IEnumerable<AbsolutePath> IIntegrationTest.IntegrationTestProjects => {ProjectList(facts.Root, integration)};");
        }

        if (facts.PackOverride is { } packed && selection.Components.Contains("IPack"))
        {
            members.Add($"// dotnet pack of the solution would also pack its apps that are not tools (IsPackable is true by default).\n    IEnumerable<AbsolutePath> IPack.PackProjects => {ProjectList(facts.Root, packed)};");
        }

        var extra = string.Concat(members.Select(m => $"\n    {m}\n"));
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
            {{extra}}}

            """;
    }

    private static string ProjectList(AbsolutePath root, IReadOnlyList<AbsolutePath> projects) =>
        projects.Count == 0
            ? "[]"
            : $"[{string.Join(", ", projects.Select(p => $"RootDirectory / \"{p.RelativeTo(root).Replace('\\', '/')}\""))}]";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").TrimEnd('.', ' ');
}
