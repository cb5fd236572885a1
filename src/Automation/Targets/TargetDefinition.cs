using System.Linq.Expressions;
using Automation.Core;

namespace Automation.Targets;

/// <summary>Records what a target's definition declares; resolved into an <see cref="ExecutableTarget"/> afterwards.</summary>
internal sealed class TargetDefinition : ITargetDefinition
{
    private readonly Dictionary<EdgeKind, List<TargetReference>> _references = [];

    /// <summary>The build whose target this defines; <see cref="Inherit{T}"/> reads the component's definition from it.</summary>
    public object? Build { get; init; }

    public string? DescriptionText { get; private set; }

    public List<Func<ITargetContext, Task>> Actions { get; } = [];

    public List<Condition> StaticConditions { get; } = [];

    public List<Condition> DynamicConditions { get; } = [];

    public List<Condition> ValueRequirements { get; } = [];

    public List<Condition> ConditionRequirements { get; } = [];

    public DependencyBehavior SkippedDependencyBehavior { get; private set; } = DependencyBehavior.Skip;

    public bool ProceedsAfterFailure { get; private set; }

    public bool IsAssuredAfterFailure { get; private set; }

    public bool IsUnlisted { get; private set; }

    /// <summary>The target's own command-line arguments, in declaration order.</summary>
    public List<TargetArgument> Arguments { get; } = [];

    /// <summary>Dependencies declared with argument values (<see cref="DependsOn(TargetCall[])"/>).</summary>
    public List<TargetCall> Calls { get; } = [];

    /// <summary>Globs of the files the target reads (<see cref="ITargetDefinition.Inputs(string[])"/>).</summary>
    public List<string> InputGlobs { get; } = [];

    /// <summary>Values the target depends on besides files.</summary>
    public List<Condition> InputValues { get; } = [];

    public List<string> OutputGlobs { get; } = [];

    /// <summary>Input files listed by code (<see cref="ITargetDefinition.InputFiles"/>).</summary>
    public List<Func<IEnumerable<AbsolutePath>>> InputFileLists { get; } = [];

    /// <summary>Output files listed by code (<see cref="ITargetDefinition.OutputFiles"/>).</summary>
    public List<Func<IEnumerable<AbsolutePath>>> OutputFileLists { get; } = [];

    /// <summary>How many CI jobs share the target's work (<see cref="ITargetDefinition.Partition"/>), or null.</summary>
    public int? PartitionSize { get; private set; }

    /// <summary>Where the target runs instead of here (<c>.DockerRun(…)</c>), or null: here.</summary>
    public TargetInterception? Interception { get; private set; }

    /// <summary>Folders the target leaves for later CI jobs (<see cref="ITargetDefinition.Produces"/>).</summary>
    public List<string> ProducedFolders { get; } = [];

    /// <summary>The targets whose folders this one uses (<see cref="ITargetDefinition.Consumes(Target[])"/>), each with the folders named, or none for all.</summary>
    public List<(TargetReference Target, IReadOnlyList<string> Folders)> Consumed { get; } = [];

    /// <summary>Whether the target declared any inputs, so that it can be up to date.</summary>
    public bool DeclaresInputs => InputGlobs.Count > 0 || InputValues.Count > 0 || InputFileLists.Count > 0;

    /// <summary>Whether the target declared any outputs.</summary>
    public bool DeclaresOutputs => OutputGlobs.Count > 0 || OutputFileLists.Count > 0;

    public IReadOnlyList<TargetReference> References(EdgeKind kind) =>
        _references.TryGetValue(kind, out var list) ? list : [];

    public ITargetDefinition Description(string description) => Set(() => DescriptionText = description);

    public ITargetDefinition Executes(params Action[] actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions)
        {
            ArgumentNullException.ThrowIfNull(action, nameof(actions));
            Executes(_ => action());
        }

        return this;
    }

    public ITargetDefinition Executes<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);

        // A lambda returning a Task<X> or ValueTask binds here rather than to Func<Task>: its work is awaited all the same.
        if (typeof(Task).IsAssignableFrom(typeof(T)))
        {
            return Executes(() => (Task?)(object?)action() ?? Task.CompletedTask);
        }

        if (typeof(T) == typeof(ValueTask))
        {
            return Executes(() => ((ValueTask)(object)action()!).AsTask());
        }

        if (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Executes(() => AsTaskAsync(action()!));
        }

        return Executes(_ => action());
    }

    // ValueTask<X>.AsTask() for an X known only at run time; the Task<X> it returns is a Task.
    private static Task AsTaskAsync(object valueTask) =>
        (Task)valueTask.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(valueTask, null)!;

    public ITargetDefinition Executes(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Executes(_ => action());
    }

    public ITargetDefinition Executes(Action<ITargetContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Executes(context => RunOnOwnThreadAsync(() => action(context)));
    }

    public ITargetDefinition Executes(Func<ITargetContext, Task> action) => Set(() => Actions.Add(action));

    // A synchronous body runs on a thread of its own, not the pool's: its ctx.Run waits for the command, and under
    // --parallel a pool thread held per running target would starve the awaits everything else depends on. The
    // execution context flows to the thread, so async-local scopes (console capture, ctx.Cd) still apply.
    private static Task RunOnOwnThreadAsync(Action body) =>
        Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);

    public ITargetDefinition DependsOn(params Target[] targets) => Add(EdgeKind.DependsOn, targets);

    public ITargetDefinition DependsOn<T>() where T : class => Add(EdgeKind.DependsOn, TargetReference.AllOf<T>(false));

    public ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.DependsOn, targets, false);

    public ITargetDefinition Inherit<T>(params Expression<Func<T, Target>>[] targets) where T : class
    {
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var target in targets)
        {
            InheritedTarget.Of(Build, target)(this);
        }

        return this;
    }

    public ITargetDefinition Inherit(params Target[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var target in targets)
        {
            target(this);
        }

        return this;
    }

    public ITargetDefinition TryDependsOn<T>() where T : class => Add(EdgeKind.DependsOn, TargetReference.AllOf<T>(true));

    public ITargetDefinition TryDependsOn<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.DependsOn, targets, true);

    public ITargetDefinition DependentFor(params Target[] targets) => Add(EdgeKind.DependentFor, targets);

    public ITargetDefinition DependentFor<T>() where T : class => Add(EdgeKind.DependentFor, TargetReference.AllOf<T>(false));

    public ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.DependentFor, targets, false);

    public ITargetDefinition TryDependentFor<T>() where T : class => Add(EdgeKind.DependentFor, TargetReference.AllOf<T>(true));

    public ITargetDefinition TryDependentFor<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.DependentFor, targets, true);

    public ITargetDefinition Before(params Target[] targets) => Add(EdgeKind.Before, targets);

    public ITargetDefinition Before<T>() where T : class => Add(EdgeKind.Before, TargetReference.AllOf<T>(false));

    public ITargetDefinition Before<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.Before, targets, false);

    public ITargetDefinition TryBefore<T>() where T : class => Add(EdgeKind.Before, TargetReference.AllOf<T>(true));

    public ITargetDefinition TryBefore<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.Before, targets, true);

    public ITargetDefinition After(params Target[] targets) => Add(EdgeKind.After, targets);

    public ITargetDefinition After<T>() where T : class => Add(EdgeKind.After, TargetReference.AllOf<T>(false));

    public ITargetDefinition After<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.After, targets, false);

    public ITargetDefinition TryAfter<T>() where T : class => Add(EdgeKind.After, TargetReference.AllOf<T>(true));

    public ITargetDefinition TryAfter<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.After, targets, true);

    public ITargetDefinition Triggers(params Target[] targets) => Add(EdgeKind.Triggers, targets);

    public ITargetDefinition Triggers<T>() where T : class => Add(EdgeKind.Triggers, TargetReference.AllOf<T>(false));

    public ITargetDefinition Triggers<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.Triggers, targets, false);

    public ITargetDefinition TryTriggers<T>() where T : class => Add(EdgeKind.Triggers, TargetReference.AllOf<T>(true));

    public ITargetDefinition TryTriggers<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.Triggers, targets, true);

    public ITargetDefinition TriggeredBy(params Target[] targets) => Add(EdgeKind.TriggeredBy, targets);

    public ITargetDefinition TriggeredBy<T>() where T : class => Add(EdgeKind.TriggeredBy, TargetReference.AllOf<T>(false));

    public ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.TriggeredBy, targets, false);

    public ITargetDefinition TryTriggeredBy<T>() where T : class => Add(EdgeKind.TriggeredBy, TargetReference.AllOf<T>(true));

    public ITargetDefinition TryTriggeredBy<T>(params Func<T, Target>[] targets) where T : class => Add(EdgeKind.TriggeredBy, targets, true);

    public ITargetDefinition OnlyWhenStatic(Func<bool> condition, string? conditionExpression = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Set(() => StaticConditions.Add(new Condition(condition, conditionExpression)));
    }

    public ITargetDefinition OnlyWhenDynamic(Func<bool> condition, string? conditionExpression = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Set(() => DynamicConditions.Add(new Condition(condition, conditionExpression)));
    }

    public ITargetDefinition WhenSkipped(DependencyBehavior behavior) => Set(() => SkippedDependencyBehavior = behavior);

    public ITargetDefinition ProceedAfterFailure() => Set(() => ProceedsAfterFailure = true);

    public ITargetDefinition AssuredAfterFailure() => Set(() => IsAssuredAfterFailure = true);

    public ITargetDefinition Requires(params Expression<Func<object?>>[] parameters) =>
        Set(() => ValueRequirements.AddRange(parameters.Select(p => new Condition(p))));

    public ITargetDefinition Requires(params Expression<Func<bool>>[] conditions) =>
        Set(() => ConditionRequirements.AddRange(conditions.Select(c => new Condition(c))));

    public ITargetDefinition Inputs(params string[] globs) => Set(() => InputGlobs.AddRange(Globs(globs)));

    public ITargetDefinition Inputs(params Expression<Func<object?>>[] values) =>
        Set(() => InputValues.AddRange(values.Select(v => new Condition(v))));

    public ITargetDefinition Outputs(params string[] globs) => Set(() => OutputGlobs.AddRange(Globs(globs)));

    public ITargetDefinition InputFiles(Func<IEnumerable<AbsolutePath>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Set(() => InputFileLists.Add(files));
    }

    public ITargetDefinition OutputFiles(Func<IEnumerable<AbsolutePath>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Set(() => OutputFileLists.Add(files));
    }

    public ITargetDefinition Produces(params string[] folders) =>
        Set(() => ProducedFolders.AddRange(ProducedFolder.Normalize(folders, () => (Build as IAutomationBuild)?.RootDirectory)));

    /// <summary>Runs the target elsewhere instead of here (the last call wins).</summary>
    public ITargetDefinition Intercept(TargetInterception interception) => Set(() => Interception = interception);

    public ITargetDefinition Partition(int size) => size >= 1
        ? Set(() => PartitionSize = size)
        : throw new ArgumentOutOfRangeException(nameof(size), size, "A target is split over at least 1 job.");

    public ITargetDefinition Consumes(params Target[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return Set(() => Consumed.AddRange(targets.Select(target => (TargetReference.Of(target ?? throw new ArgumentNullException(nameof(targets))), (IReadOnlyList<string>)[]))));
    }

    public ITargetDefinition Consumes<T>(params Func<T, Target>[] targets) where T : class
    {
        ArgumentNullException.ThrowIfNull(targets);
        return Set(() => Consumed.AddRange(targets.Select(selector => (TargetReference.Select(selector, false), (IReadOnlyList<string>)[]))));
    }

    public ITargetDefinition Consumes(Target target, params string[] folders)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Set(() => Consumed.Add((TargetReference.Of(target), ProducedFolder.Normalize(folders).ToList())));
    }

    public ITargetDefinition Consumes<T>(Func<T, Target> target, params string[] folders) where T : class
    {
        ArgumentNullException.ThrowIfNull(target);
        return Set(() => Consumed.Add((TargetReference.Select(target, false), ProducedFolder.Normalize(folders).ToList())));
    }

    public ITargetDefinition Unlisted() => Set(() => IsUnlisted = true);

    public ITargetDefinition Argument<T>(string name, string description, T defaultValue) =>
        AddArgument(name, typeof(T), description, defaultValue, positional: false, required: false);

    public ITargetDefinition Positional<T>(string name, string description) =>
        AddArgument(name, typeof(T), description, default(T), positional: true, required: true);

    public ITargetDefinition Positional<T>(string name, string description, T defaultValue) =>
        AddArgument(name, typeof(T), description, defaultValue, positional: true, required: false);

    public ITargetDefinition DependsOn(params TargetCall[] calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        foreach (var call in calls)
        {
            ArgumentNullException.ThrowIfNull(call);
            Calls.Add(call);
            Add(EdgeKind.DependsOn, TargetReference.Of(call.Target));
        }

        return this;
    }

    /// <summary>Adds an argument; the name is kept in kebab-case, as the command line shows it.</summary>
    public TargetDefinition AddArgument(string name, Type type, string? description, object? defaultValue, bool positional, bool required)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var kebab = Naming.ToKebabCase(name);
        if (Arguments.Exists(a => Naming.Matches(a.Name, kebab)))
        {
            throw new ArgumentException($"The target declares argument '{kebab}' twice.", nameof(name));
        }

        if (positional && type.IsArray)
        {
            throw new ArgumentException($"Positional argument '{kebab}' cannot be an array; declare it with Argument<{type.Name}>(...) and pass --{kebab} a,b.", nameof(name));
        }

        Arguments.Add(new TargetArgument(kebab, type, description ?? string.Empty, defaultValue, positional, required));
        return this;
    }

    private static string[] Globs(string[] globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        return Array.TrueForAll(globs, g => !string.IsNullOrWhiteSpace(g))
            ? globs
            : throw new ArgumentException("A glob must not be empty.", nameof(globs));
    }

    private TargetDefinition Set(Action change)
    {
        change();
        return this;
    }

    private TargetDefinition Add(EdgeKind kind, Target[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var target in targets)
        {
            ArgumentNullException.ThrowIfNull(target);
            Add(kind, TargetReference.Of(target));
        }

        return this;
    }

    private TargetDefinition Add<T>(EdgeKind kind, Func<T, Target>[] selectors, bool optional)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        foreach (var selector in selectors)
        {
            Add(kind, TargetReference.Select(selector, optional));
        }

        return this;
    }

    private TargetDefinition Add(EdgeKind kind, TargetReference reference)
    {
        if (!_references.TryGetValue(kind, out var list))
        {
            _references[kind] = list = [];
        }

        list.Add(reference);
        return this;
    }
}
