using System.ComponentModel;
using Automation.Tests.Support;

namespace Automation.Tests.Namespaces;

/// <summary>A component in the namespace <c>docs</c>, whose default is <c>build</c>.</summary>
[Namespace("docs")]
public interface IDocs : IAutomationBuild
{
    [NamespaceDefault]
    Target Build => _ => _
        .Description("Build the documentation")
        .Argument("strict", "Fail on warnings", false)
        .Executes(ctx => Trace.Record($"docs.build strict={ctx.Argument<bool>("strict")}"));

    Target Serve => _ => _
        .Description("Serve the documentation")
        .DependsOn(Build)
        .Executes(() => Trace.Record("docs.serve"));
}

/// <summary>A nested namespace written with a dot; no default.</summary>
[Namespace("docs.api")]
public interface IApiDocs : IAutomationBuild
{
    Target Reference => _ => _.Description("Build the API reference").Executes(() => Trace.Record("docs.api.reference (component's)"));
}

/// <summary>A namespaced component that the build mounts under <c>data</c>: its targets are <c>data.db.*</c>.</summary>
[Namespace("db")]
public interface IDatabase : IAutomationBuild
{
    [NamespaceDefault]
    Target Migrate => _ => _
        .Description("Migrate the database")
        .Argument("to", "Version to migrate to", "latest")
        .Executes(ctx => Trace.Record($"db.migrate to={ctx.Argument<string>("to")}"));

    Target Seed => _ => _.DependsOn(Migrate).Executes(() => Trace.Record("db.seed"));
}

/// <summary>A component without a namespace, mounted under <c>tools</c>.</summary>
public interface ILint : IAutomationBuild
{
    Target Check => _ => _.Description("Check the style").Executes(() => Trace.Record("lint.check"));
}

/// <summary>Components in namespaces, a mount, a namespaced method target, and a component target the build overrides.</summary>
[Mount<IDatabase>("data")]
[Mount<ILint>("tools")]
public sealed class NamespacedBuild : AutomationBuild, IDocs, IApiDocs, IDatabase, ILint
{
    Target Compile => _ => _.Description("Compile").Executes(() => Trace.Record("compile"));

    public Target Site => _ => _
        .Description("Publish the site")
        .DependsOn(Compile)
        .DependsOn<IDocs>()
        .Executes(() => Trace.Record("site"));

    // Implements IApiDocs.Reference: the override keeps the component's name, docs.api.reference.
    public Target Reference => _ => _.Description("Build the API reference").Executes(() => Trace.Record("docs.api.reference (build's)"));

    [Namespace("release")]
    [NamespaceDefault]
    [Task("Publish a release")]
    void Publish(ITargetContext c, [Description("The version")] string version = "1.0.0") => Trace.Record($"release.publish {version}");
}
