using Automation.Processes;
using Automation.Tests.Support;

namespace Automation.Tests.Processes;

/// <summary><c>ctx.Cd</c> and <c>ctx.WithEnvironment</c> open scopes that nest, restore on dispose, and stay inside their target and async flow.</summary>
public sealed class CommandScopeTests
{
    private sealed class Scopes : AutomationBuild
    {
        Target Nest => _ => _.Executes(ctx =>
        {
            Where(ctx);
            using (ctx.Cd("a"))
            {
                Where(ctx);
                using (ctx.WithEnvironment(new Dictionary<string, string?> { ["X"] = "1" }))
                {
                    using (ctx.Cd("b/c"))
                    {
                        Where(ctx);
                        ctx.Run("touch here.txt");
                    }

                    Where(ctx);
                }

                using (ctx.Cd(".."))
                {
                    Where(ctx);
                }

                Where(ctx);
            }

            Where(ctx);
        });

        Target Absolute => _ => _.Executes(ctx =>
        {
            var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere");
            using (ctx.Cd(elsewhere))
            {
                Trace.Record(ctx.WorkingDirectory == AbsolutePath.Create(elsewhere) ? "absolute" : $"wrong: {ctx.WorkingDirectory}");
            }

            Where(ctx);
        });

        Target Twice => _ => _.Executes(ctx =>
        {
            var outer = ctx.Cd("outer");
            var inner = ctx.Cd("inner");
            inner.Dispose();
            inner.Dispose();
            Where(ctx);
            outer.Dispose();
            Where(ctx);
        });

        Target Flow => _ => _.Executes(async ctx =>
        {
            using (ctx.Cd("async"))
            {
                await Task.Yield();
                Where(ctx);
                await Task.Run(() =>
                {
                    // Opened and never disposed inside a child task: it must not leak out.
                    ctx.Cd("leaked");
                    Where(ctx);
                });
                Where(ctx);
            }
        });

        Target Forgetful => _ => _.Executes(ctx =>
        {
            ctx.Cd("forgotten");
            Where(ctx);
        });

        Target Next => _ => _.After(Forgetful).Executes(Where);

        private void Where(ITargetContext ctx) =>
            Trace.Record(Path.GetRelativePath(RootDirectory, ctx.WorkingDirectory).Replace('\\', '/'));
    }

    [Fact]
    public void Cd_scopes_nest_and_each_dispose_restores_the_enclosing_directory()
    {
        var run = BuildHarness.Run<Scopes>("nest", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([".", "a", "a/b/c", "a", ".", "a", "."], run.Trace);
        Assert.Contains("[dry-run] > touch here.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cd_to_an_absolute_path_goes_there() =>
        Assert.Equal(["absolute", "."], BuildHarness.Run<Scopes>("absolute", "--dry-run").Trace);

    [Fact]
    public void Disposing_a_scope_twice_does_not_undo_the_enclosing_one() =>
        Assert.Equal(["outer", "."], BuildHarness.Run<Scopes>("twice", "--dry-run").Trace);

    [Fact]
    public void Scope_follows_awaits_and_one_opened_in_a_child_task_does_not_leak_back() =>
        Assert.Equal(["async", "async/leaked", "async"], BuildHarness.Run<Scopes>("flow", "--dry-run").Trace);

    [Fact]
    public void Scope_left_open_ends_with_its_target() =>
        Assert.Equal(["forgotten", "."], BuildHarness.Run<Scopes>("forgetful", "next", "--dry-run").Trace);

    [Fact]
    public void WithVariables_merges_overrides_and_keeps_removals_without_changing_the_outer_scope()
    {
        var root = new CommandScope(AbsolutePath.Create(Path.GetTempPath()), new Dictionary<string, string?>());
        var outer = root.WithVariables(new Dictionary<string, string?> { ["A"] = "1", ["B"] = "1" });

        var inner = outer.WithVariables(new Dictionary<string, string?> { ["B"] = "2", ["A"] = null, ["C"] = "3" });

        Assert.Empty(root.Environment);
        Assert.Equal(new Dictionary<string, string?> { ["A"] = "1", ["B"] = "1" }, outer.Environment);
        Assert.Equal(new Dictionary<string, string?> { ["A"] = null, ["B"] = "2", ["C"] = "3" }, inner.Environment);
        Assert.Equal(root.Directory, inner.Directory);
    }
}
