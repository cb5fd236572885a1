using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

/// <summary>
/// A small pipeline with declared inputs and outputs: <c>generate</c> turns <c>src/*.txt</c> into
/// <c>out/generated.txt</c>, <c>package</c> copies that to <c>pkg/package.txt</c>, and <c>announce</c>, without
/// inputs, only records that it ran, as does <c>notify</c>, which depends on nothing. A file <c>fail-&lt;target&gt;</c> in the root makes that target fail.
/// </summary>
public sealed class IncrementalBuild : AutomationBuild
{
    [Parameter("Text prepended to the generated file")]
    readonly string Flavor = "plain";

    [Parameter("A secret that must not reach the state files"), Secret]
    readonly string Token = string.Empty;

    Target Generate => _ => _
        .Inputs("src/**/*.txt")
        .Inputs(() => Flavor)
        .Outputs("out/*.txt")
        .Executes(() =>
        {
            Step("generate");
            var sources = Directory.GetFiles(RootDirectory / "src", "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
            Directory.CreateDirectory(RootDirectory / "out");
            File.WriteAllText(RootDirectory / "out" / "generated.txt", Flavor + ":" + string.Concat(sources));
        });

    Target Package => _ => _
        .DependsOn(Generate)
        .Inputs("out/*.txt")
        .Outputs("pkg/**")
        .Executes(() =>
        {
            Step("package");
            Directory.CreateDirectory(RootDirectory / "pkg");
            File.Copy(RootDirectory / "out" / "generated.txt", RootDirectory / "pkg" / "package.txt", overwrite: true);
        });

    Target Announce => _ => _
        .DependsOn(Package)
        .Executes(() => Step("announce"));

    Target Notify => _ => _
        .Requires(() => Token)
        .Executes(() => Step("notify"));

    private void Step(string name)
    {
        Trace.Record(name);
        if ((RootDirectory / $"fail-{name}").FileExists())
        {
            throw new InvalidOperationException($"{name} failed on purpose");
        }
    }
}
