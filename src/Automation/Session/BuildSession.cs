using Automation.Ci;
using Automation.CommandLine;
using Automation.ConfigurationFiles;
using Automation.Core;
using Automation.Execution;
using Automation.Hosts;
using Automation.Incremental;
using Automation.IO;
using Automation.Locking;
using Automation.Output;
using Automation.Parameters;
using Automation.Planning;
using Automation.Targets;
using Automation.Tools.Requirements;
using Automation.Tools.Resolution;

namespace Automation.Session;

/// <summary>One invocation of a build: parse the command line, find the root, bind parameters, discover and plan
/// targets, then print help, the list or the plan, or run it. Usage errors end here as exit code 2.</summary>
internal sealed class BuildSession(BuildEnvironment environment, Type buildType, Func<object> createBuild, Func<object, IEnumerable<Target>> defaultTargets)
{
    private readonly SessionStartup _startup = new(environment, new SecretMasker());

    public async Task<int> RunAsync()
    {
        // Declared first, so it is released last: after build.log is closed, or a build waiting for it could open the
        // log while this one still writes to it.
        using var rootLock = new RootLock(environment.Variables);
        BuildOutput output;
        ParsedCommandLine commandLine;
        IReadOnlyList<ParameterDescriptor> parameters;
        var secretWords = SecretArguments.None;
        try
        {
            parameters = ParameterDiscovery.Discover(buildType);
            secretWords = SecretArguments.Find(environment.Arguments, parameters);
            commandLine = CommandLineParser.Parse(environment.Arguments, parameters, environment.WorkingDirectory);
            commandLine.OverriddenSecrets.ForEach(_startup.Masker.Add);
            output = _startup.CreateOutput(commandLine);
        }
        catch (UsageException exception)
        {
            // The command line could not be read, so there is no chosen host yet: plain output, and the log of the
            // repository around the working directory, so build.log never shows an older run's story.
            var (writer, errorWriter) = _startup.SafeConsole(() => null);
            using var fallback = new BuildOutput(new TerminalHost(new HostOptions(writer, UseColor: false, environment.Time, ErrorWriter: errorWriter)), _startup.Masker, Verbosity.Normal);
            if (RepositoryRoot.TryFind(null, environment.WorkingDirectory) is { } root && SessionStartup.OwnsLog(rootLock.TryTake(root, _startup.Holder(secretWords))))
            {
                fallback.AttachLog(new NukeLayout(root).LogFile, environment.Time);
            }

            fallback.Error(new Annotation(secretWords.Apply(exception.Message)));
            return ExitCodes.UsageError;
        }

        using (output)
        using (var console = ConsoleCapture.Install(output))
        using (SerilogRouting.Install(output))
        {
            try
            {
                return await RunAsync(commandLine, parameters, output, console, secretWords, rootLock).ConfigureAwait(false);
            }
            catch (UsageException exception)
            {
                // A word meant as a secret's value may have been read as a target or an option ('Unknown target').
                output.Error(new Annotation(secretWords.Apply(exception.Message)));
                return ExitCodes.UsageError;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // User code that defines targets or initializes the build threw: a configuration error, not a crash.
                var cause = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
                output.Error(new Annotation(secretWords.Apply($"The build could not be set up: {cause.GetType().Name}: {cause.Message} (--verbosity verbose shows where)")));
                output.Debug(secretWords.Apply(cause.ToString()));
                return ExitCodes.UsageError;
            }
        }
    }

    private async Task<int> RunAsync(ParsedCommandLine commandLine, IReadOnlyList<ParameterDescriptor> parameters, BuildOutput output, ConsoleCapture console, SecretArguments secretWords, RootLock rootLock)
    {
        var informational = commandLine.Help || commandLine.List;
        var root = informational
            ? RepositoryRoot.TryFind(commandLine.Root, environment.WorkingDirectory) ?? AbsolutePath.Create(environment.WorkingDirectory)
            : RepositoryRoot.Find(commandLine.Root, environment.WorkingDirectory);
        var runsTargets = !(informational || commandLine.Plan || commandLine.GenerateCi || commandLine.VerifyCi || commandLine.ShowConfig);
        var marked = new NukeLayout(root).Exists;
        var state = new BuildState(root, commandLine.DryRun, commandLine.Verbosity, output.Console.Name, environment.Variables) { BuildType = buildType, Partition = commandLine.Partition };
        // Open before the build object exists: NUKE builds read the static RootDirectory in field initializers.
        using var ambient = AutomationBuild.Enter(state);
        var build = (AutomationBuild)createBuild();
        build.Attach(state);
        build.ReportHookFailure = message => output.Error(new Annotation(message));
        build.Created();
        output.Disable(buildType.GetCustomAttributes(typeof(DisableDefaultOutputAttribute), inherit: true).Cast<DisableDefaultOutputAttribute>()
            .Where(a => a.IsApplicable(build)).SelectMany(a => a.DisabledOutputs));
        var initialValues = parameters.ToDictionary(p => p, p => p.GetValue(build));
        Exception? argumentError = null;
        if (commandLine.TargetWords.Count > 0)
        {
            // Which words after a target are its own arguments depends on what the targets declare: a first
            // discovery reads that, before parameters given after a target are bound.
            try
            {
                TargetArgumentParser.Apply(commandLine, TargetDiscovery.Discover(build), parameters, environment.WorkingDirectory);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Reported once the log is open (if the lock is free): a usage or set-up error never waits for another build.
                argumentError = exception;
            }

            // A secret given twice after a target: the replaced value is known only now, and is masked all the same.
            commandLine.OverriddenSecrets.ForEach(_startup.Masker.Add);
        }

        // The lock after the command line is whole: a bad target argument is a usage error at once, never a wait.
        LockAttempt? attempt = null;
        if (runsTargets && argumentError is null)
        {
            attempt = await _startup.TakeLockAsync(rootLock, root, !commandLine.NoWait, output, secretWords).ConfigureAwait(false);
            if (attempt is null || attempt.Outcome == LockOutcome.Busy)
            {
                return attempt is null ? ExitCodes.Interrupted : ExitCodes.LockBusy;
            }
        }
        else if (marked)
        {
            // Help, the list, the plan and usage errors take the lock only when it is free, and only to write the log: they never wait.
            attempt = rootLock.TryTake(root, _startup.Holder(secretWords));
        }

        var stateUsable = attempt is null || !SessionStartup.OwnsLog(attempt) || _startup.AttachLog(output, root);
        if (argumentError is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(argumentError);
        }

        var configuration = BuildConfiguration.Empty;
        if (!informational)
        {
            var (inputs, layers) = ConfigurationInputs.Read(commandLine, root, environment);
            ParameterFileTargets.Apply(commandLine, inputs.Files);
            foreach (var warning in ParameterBinder.Bind(build, parameters, inputs, _startup.Masker))
            {
                output.Warning(new Annotation(warning));
            }

            configuration = new BuildConfiguration(inputs.Files.Select(file => file.File), environment.Variables, SectionSpelling.Of(build.GetType()));
            if (commandLine.ShowConfig)
            {
                ConfigWriter.Write(output.Print, new ConfigReport(build, parameters, inputs, layers, configuration), commandLine.Json);
                return ExitCodes.Success;
            }
        }

        build.AttachBuildNumberSink(output.SetBuildNumber);
        // Injected values ([GitRepository], [Solution], ...) come after parameters, which may configure them. Help, the
        // list and the CI files make them only if a target definition needs them, and show the build without the ones
        // that cannot be made: a failure there is a debug note, not a warning.
        var declarationsOnly = informational || commandLine.GenerateCi || commandLine.VerifyCi;
        var discoveryStarted = environment.Time.GetTimestamp();
        var graph = InjectionTiming.Discover(build, deferred: declarationsOnly, declarationsOnly ? output.Debug : warning => output.Warning(new Annotation(warning)), output.Debug);
        output.Debug($"Discovered {graph.Targets.Count} targets in {Milliseconds(discoveryStarted)} ms");
        build.TargetsDiscovered(graph.Targets);
        TargetArgumentParser.Validate(graph);
        // As the root was before this run: taking the lock may have made .nuke/temp, but that does not make the root a
        // build's, to write a checked-in schema into.
        if (marked)
        {
            GeneratedBuildFiles.Update(root, graph, parameters, HostCatalog.IsServerBuild(environment.Variables), output.Debug);
        }

        var defaults = defaultTargets(build).Select(graph.Resolve).ToList();
        // Every command form checks the target names on the line, so a typo is never silently ignored (--list pakc).
        var named = commandLine.Targets.Select(graph.Find).Distinct().ToList();
        var skip = commandLine.Skip?.Select(graph.Find).ToList();
        if (commandLine.Help && named.Count > 0)
        {
            TargetHelpWriter.Write(output.Print, named, parameters, graph);
            return ExitCodes.Success;
        }

        if (commandLine.Help)
        {
            HelpWriter.Write(output.Print, graph, defaults, parameters, initialValues);
            return ExitCodes.Success;
        }

        if (commandLine.Json && !commandLine.List && !commandLine.ShowConfig)
        {
            throw new UsageException("--json goes with --list or --show-config: './build.sh --list --json' prints the targets as JSON, './build.sh --show-config --json' the configuration.");
        }

        if (commandLine.List)
        {
            if (commandLine.Json)
            {
                output.Print(ListJsonWriter.Write(graph, defaults));
                return ExitCodes.Success;
            }

            ListWriter.Write(output.Print, graph, defaults);
            return ExitCodes.Success;
        }

        if (commandLine.GenerateCi || commandLine.VerifyCi)
        {
            return CiCommand.Run(output, root, CiGenerator.Generate(build, graph, parameters), verify: commandLine.VerifyCi);
        }

        var invoked = named.Count > 0 ? named : defaults;
        if (invoked.Count == 0)
        {
            throw new UsageException("No target given, and the build has no default target. Name one, e.g. './build.sh <target>'; --list shows them.");
        }

        var planningStarted = environment.Time.GetTimestamp();
        var plan = ExecutionPlanner.Plan(graph, invoked, isDefault: commandLine.Targets.Count == 0);
        OnDemandInjection.Inject(build, plan.Targets.Select(planned => planned.Target), warning => output.Warning(new Annotation(warning)));
        output.Debug($"Planned {plan.Targets.Count} targets in {Milliseconds(planningStarted)} ms");
        TargetArgumentBinding.Apply(graph, commandLine.TargetArguments, plan, checkRequired: !commandLine.Plan);
        // Without a state folder nothing can be found up to date: every target runs (as with --force), recording nothing.
        var upToDate = stateUsable ? new UpToDateChecker(root, commandLine.Force, ParameterValues(build, parameters)) : null;
        var classAttributes = new BuildClassAttributes(buildType);
        classAttributes.ApplyVerbosityMapping(commandLine.Verbosity);
        var commandVariables = classAttributes.CommandVariables(rootLock.CommandVariables);
        var settings = new ExecutionSettings(root, commandLine.DryRun, skip, environment.Time, environment.Interrupt, environment.Variables, commandLine.Parallel, upToDate, console, commandVariables, build, configuration);
        var executor = new BuildExecutor(output, settings);
        var skips = executor.Prepare(plan, parameters, checkRequirements: !commandLine.Plan);
        if (!commandLine.Plan)
        {
            RequirementChecker.CheckRequiredParameters(build, parameters);
            RequiredInjectionCheck.Check(build, parameters.Select(p => p.MemberName));
            ToolRequirementCheck.Check(buildType, new ToolEnvironment(root, environment.Variables, ToolPlatform.Current));
        }

        void Warn(string text) => output.Warning(new Annotation(text));
        var resumption = RunResumption.Start(root, secretWords.Masked, _startup.Masker.Apply, [.. NonSecretValues(build, parameters), .. ArgumentValues(plan)], commandLine.Continue, Warn);
        resumption.Skip(plan, skips);
        if (commandLine.Plan)
        {
            PlanWriter.Write(output.Print, plan, skips);
            return ExitCodes.Success;
        }

        await classAttributes.CheckBuildProjectConfigurationsAsync(root, AutomationBuild.BuildProjectDirectory, output).ConfigureAwait(false);
        build.Initialized(plan, invoked, graph.Targets);
        var result = await executor.ExecuteAsync(plan, skips).ConfigureAwait(false);
        var outcomes = result.Targets.Select(t => new TargetOutcome(t.Name, t.Status, t.Duration, t.Tests)).ToList();
        var exitCode = await build.FinishedAsync(result, new BuildFinishedContext(outcomes, result.Interrupted, output, environment.Interrupt)).ConfigureAwait(false);
        await classAttributes.ShutdownBuildServersAsync(HostCatalog.IsServerBuild(environment.Variables), commandLine.DryRun, environment.Variables, output).ConfigureAwait(false);
        if (!commandLine.DryRun && stateUsable)
        {
            // A dry run changes nothing, so it must not replace the record of the run that --continue would resume.
            resumption.Save(result, Warn);
        }

        output.Summary(result);
        return exitCode;
    }

    // Every parameter value is part of each target's configuration: which ones a target reads cannot be known, and
    // running a target again for a parameter it ignores is better than skipping it for one it reads. Secrets are the
    // exception: they are credentials, which decide whether a target may act rather than what it makes, and a rotated
    // token must not rebuild everything (a target whose output does depend on one declares `Inputs(() => Secret)`).
    private static string ParameterValues(object build, IReadOnlyList<ParameterDescriptor> parameters) =>
        NonSecretValues(build, parameters).Aggregate(new ConfigurationText(), (text, parameter) => text.Add(parameter.Name, parameter.Value)).ToString();

    private static List<(string Name, object? Value)> NonSecretValues(object build, IReadOnlyList<ParameterDescriptor> parameters) =>
        [.. parameters.Where(parameter => !parameter.IsSecret).Select(parameter => (parameter.Name, parameter.GetValue(build)))];

    // The targets' own arguments, recorded with the parameters so that --continue resumes only a run that had the same.
    private static IEnumerable<(string Name, object? Value)> ArgumentValues(ExecutionPlan plan) =>
        plan.Targets.SelectMany(t => t.Target.ArgumentValues.All.Select(a => ($"{t.Target.Name} --{a.Argument.Name}", a.Value)));

    private string Milliseconds(long startedTimestamp) =>
        environment.Time.GetElapsedTime(startedTimestamp).TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
