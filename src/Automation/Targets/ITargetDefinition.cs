using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Automation;

/// <summary>
/// The fluent definition of a target. Member names and meanings follow NUKE, so NUKE builds port with little change.
/// Every dependency method has a component form (<c>DependsOn&lt;IRestore&gt;()</c> for all targets of a component,
/// <c>DependsOn&lt;IRestore&gt;(x =&gt; x.Restore)</c> for one) and a <c>Try…</c> form that does nothing when the
/// build does not implement the component.
/// </summary>
public interface ITargetDefinition
{
    /// <summary>Describes the target in <c>--help</c> and <c>--list</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>Adds actions, run when the target executes, in the order they were added (NUKE's <c>Executes(params Action[])</c>).</summary>
    ITargetDefinition Executes(params Action[] actions);

    /// <summary>
    /// Adds an action whose value is not needed (NUKE's <c>Executes&lt;T&gt;</c>): <c>Executes(() =&gt; ArtifactsDirectory.CreateOrCleanDirectory())</c>.
    /// A value that is a <see cref="Task"/> or <see cref="ValueTask"/> is awaited; an <c>async</c> lambda binds to <see cref="Executes(Func{Task})"/>.
    /// </summary>
    /// <typeparam name="T">What the action returns.</typeparam>
    ITargetDefinition Executes<T>(Func<T> action);

    /// <summary>Adds an asynchronous action.</summary>
    ITargetDefinition Executes(Func<Task> action);

    /// <summary>Adds an action that receives the target's context (running commands, notes, cancellation).</summary>
    ITargetDefinition Executes(Action<ITargetContext> action);

    /// <summary>Adds an asynchronous action that receives the target's context.</summary>
    ITargetDefinition Executes(Func<ITargetContext, Task> action);

    /// <summary>These targets run first, and are scheduled whenever this one is.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>Depends on every target of component <typeparamref name="T"/>.</summary>
    ITargetDefinition DependsOn<T>() where T : class;

    /// <summary>Depends on the selected targets of component <typeparamref name="T"/>.</summary>
    ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="DependsOn{T}()"/>, but does nothing when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryDependsOn<T>() where T : class;

    /// <summary>Like <see cref="DependsOn{T}(Func{T, Target}[])"/>, but does nothing when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryDependsOn<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>
    /// Applies the definition a component gives a target (its interface's default implementation) to this one, which
    /// overrides it, as NUKE's <c>Inherit</c>: <c>Target ICompile.Compile =&gt; _ =&gt; _.Inherit&lt;ICompile&gt;(x =&gt; x.Compile).Executes(…)</c>
    /// runs the component's actions first, then its own, with the component's dependencies and conditions.
    /// </summary>
    /// <exception cref="Core.UsageException">The expression is not a target property of <typeparamref name="T"/>, or it has no default implementation.</exception>
    ITargetDefinition Inherit<T>(params System.Linq.Expressions.Expression<Func<T, Target>>[] targets) where T : class;

    /// <summary>
    /// Adds the definitions of <paramref name="targets"/> to this one, in order: their dependencies, conditions and
    /// actions join this target's where the call stands, as NUKE's <c>Inherit(Test)</c>
    /// (<c>_.Executes(Begin).Inherit(Test).Executes(End)</c>).
    /// </summary>
    /// <param name="targets">The targets whose definitions to add (their own target is not run separately for it).</param>
    /// <returns>This definition.</returns>
    ITargetDefinition Inherit(params Target[] targets);

    /// <summary>The given targets depend on this one (the reverse of <see cref="DependsOn(Target[])"/>).</summary>
    ITargetDefinition DependentFor(params Target[] targets);

    /// <summary>Every target of component <typeparamref name="T"/> depends on this one.</summary>
    ITargetDefinition DependentFor<T>() where T : class;

    /// <summary>The selected targets of component <typeparamref name="T"/> depend on this one.</summary>
    ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Optional form of <see cref="DependentFor{T}()"/>.</summary>
    ITargetDefinition TryDependentFor<T>() where T : class;

    /// <summary>Optional form of <see cref="DependentFor{T}(Func{T, Target}[])"/>.</summary>
    ITargetDefinition TryDependentFor<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>When both are scheduled, this target runs before the given ones. Never adds a target to the plan.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>Runs before every scheduled target of component <typeparamref name="T"/>.</summary>
    ITargetDefinition Before<T>() where T : class;

    /// <summary>Runs before the selected targets of component <typeparamref name="T"/>.</summary>
    ITargetDefinition Before<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Optional form of <see cref="Before{T}()"/>.</summary>
    ITargetDefinition TryBefore<T>() where T : class;

    /// <summary>Optional form of <see cref="Before{T}(Func{T, Target}[])"/>.</summary>
    ITargetDefinition TryBefore<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>When both are scheduled, this target runs after the given ones. Never adds a target to the plan.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>Runs after every scheduled target of component <typeparamref name="T"/>.</summary>
    ITargetDefinition After<T>() where T : class;

    /// <summary>Runs after the selected targets of component <typeparamref name="T"/>.</summary>
    ITargetDefinition After<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Optional form of <see cref="After{T}()"/>.</summary>
    ITargetDefinition TryAfter<T>() where T : class;

    /// <summary>Optional form of <see cref="After{T}(Func{T, Target}[])"/>.</summary>
    ITargetDefinition TryAfter<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Scheduling this target also schedules the given ones, to run after it.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>Triggers every target of component <typeparamref name="T"/>.</summary>
    ITargetDefinition Triggers<T>() where T : class;

    /// <summary>Triggers the selected targets of component <typeparamref name="T"/>.</summary>
    ITargetDefinition Triggers<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Optional form of <see cref="Triggers{T}()"/>.</summary>
    ITargetDefinition TryTriggers<T>() where T : class;

    /// <summary>Optional form of <see cref="Triggers{T}(Func{T, Target}[])"/>.</summary>
    ITargetDefinition TryTriggers<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Scheduling one of the given targets also schedules this one, to run after it.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <summary>Triggered by every target of component <typeparamref name="T"/>.</summary>
    ITargetDefinition TriggeredBy<T>() where T : class;

    /// <summary>Triggered by the selected targets of component <typeparamref name="T"/>.</summary>
    ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Optional form of <see cref="TriggeredBy{T}()"/>.</summary>
    ITargetDefinition TryTriggeredBy<T>() where T : class;

    /// <summary>Optional form of <see cref="TriggeredBy{T}(Func{T, Target}[])"/>.</summary>
    ITargetDefinition TryTriggeredBy<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>
    /// A condition evaluated once, before anything runs. When it is false the target is skipped, and so are its
    /// dependencies and triggers that no other scheduled target needs (see <see cref="WhenSkipped"/>).
    /// </summary>
    /// <remarks>
    /// As in NUKE 7 and later, the condition is a delegate, so any C# compiles in it (<c>Host is GitHubActions { Workflow: "release" }</c>);
    /// the skip reason shows its source text (<c>condition false: IsServerBuild</c>). Call it again for more conditions.
    /// </remarks>
    /// <param name="condition">The condition.</param>
    /// <param name="conditionExpression">Shown as the skip reason: the compiler fills in the condition's source text; pass a
    /// text of your own to show that instead (<c>OnlyWhenStatic(() =&gt; IsTag, "not a tagged commit")</c>).</param>
    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionExpression = null);

    /// <summary>A condition evaluated just before the target runs. When it is false the target is skipped; its dependencies have already run.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="conditionExpression">Shown as the skip reason, as for <see cref="OnlyWhenStatic"/>.</param>
    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionExpression = null);

    /// <summary>What happens to this target's dependencies when this target is skipped. Default: <see cref="DependencyBehavior.Skip"/>.</summary>
    ITargetDefinition WhenSkipped(DependencyBehavior behavior);

    /// <summary>When this target fails, the build goes on with the targets that do not depend on it (the build still fails).</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>This target runs even after another target failed or the build was interrupted (cleanup, reports).</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Each expression must have a value (not null, not empty) before anything runs, e.g. <c>Requires(() =&gt; NuGetApiKey)</c>.</summary>
    ITargetDefinition Requires(params Expression<Func<object?>>[] parameters);

    /// <summary>Each condition must hold before anything runs, e.g. <c>Requires(() =&gt; Configuration == "Release")</c>.</summary>
    ITargetDefinition Requires(params Expression<Func<bool>>[] conditions);

    /// <summary>
    /// Files the target reads: globs relative to the root (<c>src/**/*.cs</c>, <c>global.json</c>; a leading <c>!</c>
    /// excludes). <c>bin/</c>, <c>obj/</c> and <c>.git/</c> are left out unless a glob names them. A target that
    /// declares inputs is <see cref="TargetStatus.UpToDate"/> when its inputs, its configuration and its outputs are
    /// what they were after its last successful run; one that declares none always runs.
    /// </summary>
    ITargetDefinition Inputs(params string[] globs);

    /// <summary>
    /// Values the target depends on besides files (a parameter, the version, a tool's version), e.g.
    /// <c>Inputs(() =&gt; Version)</c>: a change of any of them makes the target run again.
    /// </summary>
    ITargetDefinition Inputs(params Expression<Func<object?>>[] values);

    /// <summary>
    /// Files the target writes: globs relative to the root, as for <see cref="Inputs(string[])"/>. The target runs
    /// again when one of them was deleted, changed or added since its last successful run.
    /// </summary>
    ITargetDefinition Outputs(params string[] globs);

    /// <summary>
    /// Files the target reads, listed by code when globs cannot say it (the files git tracks, each project's
    /// <c>project.assets.json</c>): evaluated just before the up-to-date check, like <see cref="Inputs(string[])"/>.
    /// Files that do not exist are left out.
    /// </summary>
    ITargetDefinition InputFiles(Func<IEnumerable<AbsolutePath>> files);

    /// <summary>
    /// Files the target writes, listed by code (each project's <c>bin/Release/</c>): as <see cref="Outputs(string[])"/>,
    /// evaluated before the check and again after a successful run.
    /// </summary>
    ITargetDefinition OutputFiles(Func<IEnumerable<AbsolutePath>> files);

    /// <summary>
    /// Folders, relative to the root (<c>artifacts/test-results</c>), that the target leaves for later CI jobs. When
    /// the target has a job of its own in a generated CI configuration (<see cref="CiConfigurationAttribute.FanOut"/>),
    /// that job uploads them, and every later job that needs it downloads them to the same place and skips the
    /// target instead of running it again. Outside a fan-out they change nothing.
    /// </summary>
    ITargetDefinition Produces(params string[] folders);

    /// <summary>
    /// Declares that the target's work is split over <paramref name="size"/> CI jobs (NUKE's <c>Partition</c>); each
    /// job takes its share with <c>Partition.GetCurrent(items)</c>. Shown as <see cref="ExecutableTarget.PartitionSize"/>.
    /// </summary>
    /// <param name="size">How many jobs, at least 1.</param>
    ITargetDefinition Partition(int size);

    /// <summary>
    /// Declares that this target uses what <paramref name="targets"/> produce (<see cref="Produces"/>), as NUKE's
    /// <c>Consumes</c>. In a generated CI configuration whose <see cref="CiConfigurationAttribute.FanOut"/> gives a
    /// consumed target a job of its own, the job running this target waits for that job and downloads its folders; a
    /// consumed target that runs in the same job leaves its files in place, so outside a fan-out it changes nothing.
    /// </summary>
    /// <param name="targets">The targets whose folders this one uses.</param>
    ITargetDefinition Consumes(params Target[] targets);

    /// <summary>Declares that this target uses what the selected component targets produce (see <see cref="Consumes(Target[])"/>).</summary>
    /// <typeparam name="T">The component interface.</typeparam>
    /// <param name="targets">Selectors of its targets.</param>
    ITargetDefinition Consumes<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Declares that this target uses the named folders of those <paramref name="target"/> produces (see <see cref="Consumes(Target[])"/>).</summary>
    /// <param name="target">The producing target.</param>
    /// <param name="folders">Some of the folders it declares with <see cref="Produces"/>.</param>
    ITargetDefinition Consumes(Target target, params string[] folders);

    /// <summary>Declares that this target uses the named folders of those the selected component target produces (see <see cref="Consumes(Target[])"/>).</summary>
    /// <typeparam name="T">The component interface.</typeparam>
    /// <param name="target">Selects the producing target.</param>
    /// <param name="folders">Some of the folders it declares with <see cref="Produces"/>.</param>
    ITargetDefinition Consumes<T>(Func<T, Target> target, params string[] folders) where T : class;

    /// <summary>
    /// Declares an argument of this target, given after the target's name on the command line
    /// (<c>./build.sh clean --docs build --docs</c> gives each target its own value) and read with
    /// <see cref="ITargetContext.Argument{T}"/>. A bool is a flag (<c>--docs</c>; <c>--no-docs</c> when it defaults to true);
    /// an array takes repeated or comma-separated values. A single-letter form (<c>-d</c>) exists when no other argument
    /// of the target starts with the same letter and no built-in option uses it.
    /// </summary>
    /// <typeparam name="T">string, bool, int, long, double, an enum, <see cref="AbsolutePath"/>, or an array of one of them.</typeparam>
    /// <param name="name">The argument's name; shown in kebab-case (<c>extraFiles</c> is <c>--extra-files</c>).</param>
    /// <param name="description">Shown in <c>./build.sh &lt;target&gt; --help</c>.</param>
    /// <param name="defaultValue">The value when the command line and dependent targets give none.</param>
    ITargetDefinition Argument<T>(string name, string description, T defaultValue);

    /// <summary>
    /// Declares a positional argument that must be given: the first word after the target's name that is not an option
    /// (<c>./build.sh deploy staging</c>), in declaration order; <c>--name value</c> works as well.
    /// </summary>
    /// <typeparam name="T">As for <see cref="Argument{T}"/>, arrays excepted.</typeparam>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">Shown in the target's help.</param>
    ITargetDefinition Positional<T>(string name, string description);

    /// <summary>Declares an optional positional argument, <paramref name="defaultValue"/> when not given.</summary>
    /// <typeparam name="T">As for <see cref="Argument{T}"/>, arrays excepted.</typeparam>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">Shown in the target's help.</param>
    /// <param name="defaultValue">The value when none is given.</param>
    ITargetDefinition Positional<T>(string name, string description, T defaultValue);

    /// <summary>
    /// Depends on targets with values for their arguments (pyinvoke's <c>pre=[call(clean, docs=True)]</c>):
    /// <c>.DependsOn(Clean.With("docs", true))</c>. A value the command line gives wins.
    /// </summary>
    ITargetDefinition DependsOn(params TargetCall[] calls);

    /// <summary>Hides the target from <c>--help</c> and <c>--list</c>; it can still be invoked.</summary>
    ITargetDefinition Unlisted();
}
