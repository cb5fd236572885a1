using Automation.Components;
using Automation.IntegrationTests.Support;
using Automation.IntegrationTests.Versioning;

namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>The source files the components take as inputs, listed by real git: tracked and untracked-but-not-ignored
/// files, never build output; every file but build output outside a repository.</summary>
public sealed class SourceFilesTests : IDisposable
{
    private readonly TempDirectory _directory = new("source-files");

    public SourceFilesTests()
    {
        _directory.Write(".gitignore", "*.log\n");
        _directory.Write("src/App/App.csproj", "<Project />\n");
        _directory.Write("src/App/Program.cs", "class Program;\n");
        _directory.Write("src/App/bin/Debug/App.dll", "not ignored by .gitignore, still output");
        _directory.Write("src/App/obj/project.assets.json", "{}");
        _directory.Write("artifacts/packages/App.1.0.0.nupkg", "package");
        _directory.Write(".nuke/temp/build.log", "log");
        _directory.Write(".nuke/parameters.json", "{}");
        _directory.Write("debug.log", "ignored");
        _directory.Write("Directory.Build.props", "<Project />\n");
        _directory.Write("global.json", "{}\n");
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void In_a_repository_tracked_and_untracked_unignored_files_are_listed_but_not_build_output()
    {
        Git("init", "--quiet");
        Git("add", "src/App/Program.cs", "src/App/App.csproj", ".gitignore");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "init");
        _directory.Write("src/App/New.cs", "class New;\n");

        Assert.Equal(
            [".gitignore", ".nuke/parameters.json", "Directory.Build.props", "global.json", "src/App/App.csproj", "src/App/New.cs", "src/App/Program.cs"],
            Listed());
    }

    [Fact]
    public void A_root_below_the_repository_top_lists_its_own_files_relative_to_itself()
    {
        Git("init", "--quiet");
        var root = AbsolutePath.Create(_directory.PathOf("src"));

        Assert.Equal(["App/App.csproj", "App/Program.cs"], SourceFiles.List(root).Select(file => file.RelativeTo(root).Replace('\\', '/')));
    }

    [Fact]
    public void Outside_a_repository_every_file_but_build_output_is_listed()
    {
        Assert.Equal(
            [".gitignore", ".nuke/parameters.json", "Directory.Build.props", "debug.log", "global.json", "src/App/App.csproj", "src/App/Program.cs"],
            Listed());
    }

    [Fact]
    public void Restore_reads_project_props_and_configuration_files_only()
    {
        Git("init", "--quiet");

        Assert.Equal(
            ["Directory.Build.props", "global.json", "src/App/App.csproj"],
            SourceFiles.RestoreInputs(AbsolutePath.Create(_directory.Root)).Select(file => file.RelativeTo(AbsolutePath.Create(_directory.Root)).Replace('\\', '/')));
    }

    [Fact]
    public void A_package_folder_that_nuget_config_names_is_left_out()
    {
        Git("init", "--quiet");
        _directory.Write("nuget.config", """
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="packages" />
                <add key="repositoryPath" value="src/legacy-packages" />
              </config>
            </configuration>

            """);
        _directory.Write("packages/newtonsoft.json/13.0.3/newtonsoft.json.nuspec", "<package />");
        _directory.Write("packages/newtonsoft.json/13.0.3/build/Newtonsoft.Json.props", "<Project />");
        _directory.Write("src/legacy-packages/Old.1.0.0/Old.1.0.0.nupkg", "package");
        _directory.Write("packages.txt", "a file whose name starts like the folder");

        Assert.Equal(
            [".gitignore", ".nuke/parameters.json", "Directory.Build.props", "global.json", "nuget.config", "packages.txt", "src/App/App.csproj", "src/App/Program.cs"],
            Listed());
    }

    [Fact]
    public void A_package_folder_named_by_a_nuget_config_above_the_root_is_left_out()
    {
        Git("init", "--quiet");
        _directory.Write("NuGet.Config", """
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="src/.nuget" />
              </config>
            </configuration>

            """);
        _directory.Write("src/.nuget/newtonsoft.json/13.0.3/newtonsoft.json.nuspec", "<package />");
        var root = AbsolutePath.Create(_directory.PathOf("src"));

        Assert.Equal(["App/App.csproj", "App/Program.cs"], SourceFiles.List(root).Select(file => file.RelativeTo(root).Replace('\\', '/')));
    }

    [Fact]
    public void A_folder_of_extracted_packages_is_left_out_without_configuration()
    {
        // RestorePackagesPath or NUGET_PACKAGES: no nuget.config names it, NuGet's completion marker shows it.
        Git("init", "--quiet");
        _directory.Write(".packages/xunit/2.9.3/.nupkg.metadata", "{}");
        _directory.Write(".packages/xunit/2.9.3/xunit.nuspec", "<package />");
        _directory.Write(".packages/xunit.core/2.9.3/build/xunit.core.props", "<Project />");

        Assert.Equal(
            [".gitignore", ".nuke/parameters.json", "Directory.Build.props", "global.json", "src/App/App.csproj", "src/App/Program.cs"],
            Listed());
    }

    private string[] Listed()
    {
        var root = AbsolutePath.Create(_directory.Root);
        return [.. SourceFiles.List(root).Select(file => file.RelativeTo(root).Replace('\\', '/'))];
    }

    private void Git(params string[] arguments)
    {
        var result = GitCli.Run(_directory.Root, arguments);
        Assert.True(result.ExitCode == 0, result.StandardError);
    }
}
