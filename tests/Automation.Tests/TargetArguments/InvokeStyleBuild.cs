using System.ComponentModel;
using Automation.Tests.Support;

namespace Automation.Tests.TargetArguments;

/// <summary>pyinvoke's example written as a build here: <c>clean</c> and <c>build</c>, each with its own <c>--docs</c>.</summary>
public sealed class InvokeStyleBuild : AutomationBuild
{
    public enum Stage
    {
        Staging,
        Production,
    }

    [Parameter("Configuration to build")] readonly string Configuration = "Debug";

    [Task("Remove build output")]
    void Clean(ITargetContext c, [Description("Also remove the docs")] bool docs = false, [Description("Also remove bytecode")] bool bytecode = false, [Description("More globs to remove")] string extra = "")
    {
        var patterns = new List<string> { "build" };
        if (docs)
        {
            patterns.Add("docs/_build");
        }

        if (bytecode)
        {
            patterns.Add("**/*.pyc");
        }

        if (extra.Length > 0)
        {
            patterns.Add(extra);
        }

        c.Info($"Removing {string.Join(", ", patterns)}");
        Trace.Record($"clean docs={docs} bytecode={bytecode} extra={extra}");
    }

    [Task("Build the project")]
    async Task BuildAsync(ITargetContext c, [Description("Also build the docs")] bool docs = false)
    {
        await Task.Yield();
        c.Info(docs ? "Building the project and the docs" : "Building the project");
        Trace.Record($"build docs={docs} configuration={Configuration}");
    }

    [Task("Deploy to an environment")]
    void Deploy(ITargetContext c, [Description("Where to deploy")] Stage environment, [Description("The version to deploy")] string version = "latest") =>
        Trace.Record($"deploy {environment} {version}");

    Target Pack => _ => _
        .Description("Create the packages")
        .Argument("configuration", "Configuration of the packages", "Release")
        .Argument("sign", "Sign the packages", true)
        .Argument("count", "How many copies", 1)
        .Argument("formats", "Package formats", new[] { "nupkg" })
        .Argument("output", "Where packages go", (AbsolutePath?)null)
        .Executes(ctx => Trace.Record(
            $"pack configuration={ctx.Argument<string>("configuration")} sign={ctx.Argument<bool>("sign")} count={ctx.Argument<int>("count")} " +
            $"formats={string.Join(",", ctx.Argument<string[]>("formats"))} output={ctx.Argument<AbsolutePath?>("output")} global={Configuration}"));

    Target Test => _ => _.Description("Run the tests").Executes(() => Trace.Record("test"));

    Target Docs => _ => _
        .Description("Publish the docs")
        .Argument("stamp", "Stamp the pages", false)
        .Argument("style", "Page style", "plain")
        .Executes(ctx => Trace.Record($"docs stamp={ctx.Argument<bool>("stamp")} style={ctx.Argument<string>("style")}"));

    Target Site => _ => _
        .Description("Publish the site, its docs stamped")
        .DependsOn(Docs.With("stamp", true).With("style", "fancy"))
        .Executes(() => Trace.Record("site"));
}
