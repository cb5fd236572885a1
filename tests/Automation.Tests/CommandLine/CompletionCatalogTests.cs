using Automation.CommandLine;
using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary>The completion list a build writes on each run (<c>.nuke/temp/completion.txt</c>) and how it reads back.</summary>
public sealed class CompletionCatalogTests
{
    private enum Flavor
    {
        Plain,
        Spicy,
    }

    private sealed class Sample : AutomationBuild
    {
        [Parameter("Flavor")] readonly Flavor Flavor = Flavor.Plain;
        [Parameter("Flavors to try")] readonly Flavor[] Flavors = [];
        [Parameter("Loud")] readonly bool Loud = false;
        [Parameter("Name")] readonly string Name = "x";

        Target Cook => _ => _.Executes(() => Trace.Record($"{Flavor} {Flavors.Length} {Loud} {Name}"));

        Target Serve => _ => _.DependsOn(Cook).Executes(() => { });

        Target Secretly => _ => _.Unlisted().Executes(() => { });
    }

    [Fact]
    public void A_run_writes_the_listed_targets_and_every_option_with_its_values()
    {
        using var repository = new TestRepository();

        Assert.Equal(0, BuildHarness.Run<Sample>(new BuildOptions { Repository = repository }, "--list").ExitCode);

        var catalog = CompletionCatalog.Parse(File.ReadAllText(Path.Combine(repository.Root, ".nuke", "temp", "completion.txt")));
        Assert.Equal(["cook", "serve"], catalog.Targets);
        Assert.Equal(new CompletionOption("--flavor", CompletionArity.One, ["Plain", "Spicy"]), catalog.Options.Single(o => o.Name == "--flavor"), OptionComparer.Instance);
        Assert.Equal(CompletionArity.Many, catalog.Options.Single(o => o.Name == "--flavors").Arity);
        Assert.Equal(CompletionArity.None, catalog.Options.Single(o => o.Name == "--loud").Arity);
        Assert.Empty(catalog.Options.Single(o => o.Name == "--name").Values);
        Assert.Equal(["cook", "serve"], catalog.Options.Single(o => o.Name == "--skip").Values);
        Assert.Contains("minimal", catalog.Options.Single(o => o.Name == "-v").Values);
        Assert.Contains(catalog.Options, o => o.Name == "--help");
    }

    [Fact]
    public void The_text_reads_back_to_the_same_catalog_and_unknown_lines_are_passed_over()
    {
        var catalog = new CompletionCatalog(["a", "b-c"], [new("--x", CompletionArity.Many, ["1", "2"]), new("--y", CompletionArity.None, [])]);

        var read = CompletionCatalog.Parse(catalog.ToText() + "future\tline\noption\t--z\tsometimes\n");

        Assert.Equal(catalog.Targets, read.Targets);
        Assert.Equal(catalog.Options, read.Options, OptionComparer.Instance);
    }

    private sealed class OptionComparer : IEqualityComparer<CompletionOption>
    {
        public static readonly OptionComparer Instance = new();

        public bool Equals(CompletionOption? x, CompletionOption? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Arity == y.Arity && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(CompletionOption obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
