using Automation.CommandLine;
using Automation.Core;
using Automation.Hosts;
using Automation.IO;
using Automation.Locking;
using Automation.Output;

namespace Automation.Session;

/// <summary>
/// What a session sets up before anything of the build runs: the console (written fail-safe) and the output on the
/// chosen host, the root's one-build-at-a-time lock, and build.log, which belongs to the lock's holder.
/// </summary>
internal sealed class SessionStartup(BuildEnvironment environment, SecretMasker masker)
{
    /// <summary>The session's secrets: every output it starts masks them.</summary>
    public SecretMasker Masker => masker;

    /// <summary>
    /// Takes the root's lock for a run of targets, before build.log is opened, so that a second build can never
    /// truncate the log of one that runs (nor both change the same outputs at once). Null when interrupted while
    /// waiting; a busy attempt (with <c>--no-wait</c>) is reported here.
    /// </summary>
    public async Task<LockAttempt?> TakeLockAsync(RootLock rootLock, AbsolutePath root, bool wait, BuildOutput output, SecretArguments secretWords)
    {
        try
        {
            void Waiting(LockAttempt busy) => output.Print($"Waiting for {busy.HolderText} to finish; --no-wait fails instead.");
            var attempt = await rootLock.TakeAsync(root, Holder(secretWords), wait, Waiting, environment.Interrupt).ConfigureAwait(false);
            switch (attempt.Outcome)
            {
                case LockOutcome.Busy:
                    output.Error(new Annotation($"Another build runs in this root: {attempt.HolderText}. Let it finish (run without --no-wait to wait for it), or stop it."));
                    break;
                // A file where the state folder belongs is reported once, when the log cannot be attached.
                case LockOutcome.Unusable when !new NukeLayout(root).TemporaryDirectory.FileExists():
                    output.Warning(new Annotation($"Could not lock .nuke/temp/build.lock ({attempt.Problem}): running without the one-build-at-a-time lock."));
                    break;
                case LockOutcome.Inherited:
                    output.Debug($"Running under the lock of {attempt.HolderText}, which started this build.");
                    break;
            }

            return attempt;
        }
        catch (OperationCanceledException) when (environment.Interrupt.IsCancellationRequested)
        {
            output.Error(new Annotation("Interrupted while waiting for the other build to finish: nothing ran."));
            return null;
        }
    }

    /// <summary>This build as the lock's holder: the command line with every word that may carry a secret masked.</summary>
    public LockHolder Holder(SecretArguments secretWords) => LockHolder.ThisProcess(secretWords.Masked.Select(masker.Apply).ToList(), environment.Time);

    /// <summary>build.log belongs to the lock's holder: a build that waited for it, or runs under a parent build's
    /// lock (whose log already gets this build's output through the parent's command), leaves it alone. Without a
    /// usable lock file there is nothing to protect.</summary>
    public static bool OwnsLog(LockAttempt attempt) => attempt.Outcome is LockOutcome.Held or LockOutcome.Unusable;

    public BuildOutput CreateOutput(ParsedCommandLine commandLine)
    {
        var noColor = commandLine.NoColor || (environment.Variables.TryGetValue("NO_COLOR", out var value) && value.Length > 0);
        // A dumb terminal shows escape sequences as garbage: no colours, and no live status, which it cannot redraw.
        var dumb = environment.Variables.TryGetValue("TERM", out var term) && term == "dumb";
        // A live status needs a terminal someone watches: never on a CI agent (some give builds a terminal).
        var interactive = !HostCatalog.IsServerBuild(environment.Variables) && !dumb;
        var width = interactive ? environment.TerminalWidth : null;
        BuildOutput? output = null;
        var (writer, errorWriter) = SafeConsole(() => output);
        var options = new HostOptions(writer, environment.OutputSupportsColor && !noColor && !dumb, environment.Time, noColor, environment.Variables, width, errorWriter);
        var host = HostCatalog.Create(commandLine.Host, environment.Variables, options);
        output = new BuildOutput(host, masker, commandLine.Verbosity);
        return output;
    }

    // A console that cannot be written (stdout closed or full, the reader gone) must not stop the build: what it misses
    // is noted in build.log, which has everything, and the build ends with its own exit code.
    public (TextWriter Output, TextWriter? Error) SafeConsole(Func<BuildOutput?> output)
    {
        void Note(string stream, string reason) =>
            output()?.LogOnly($"warning: {stream} could not be written ({reason}); the rest of this run's output is only in build.log.");

        var writer = new FailSafeWriter(environment.Output, reason => Note("standard output", reason));
        var errorWriter = environment.ErrorOutput is { } error ? new FailSafeWriter(error, reason => Note("standard error", reason)) : null;
        return (writer, errorWriter);
    }

    /// <summary>Starts build.log when the root has a .nuke/ folder; false when its state folder cannot be used (a file
    /// where .nuke/temp should be), which is one warning: the run goes on without a log and without state.</summary>
    public bool AttachLog(BuildOutput output, AbsolutePath root)
    {
        var layout = new NukeLayout(root);
        if (!layout.Exists)
        {
            return true;
        }

        if (output.AttachLog(layout.LogFile, environment.Time) is not { } problem)
        {
            return true;
        }

        var stateUsable = layout.TemporaryDirectory.DirectoryExists();
        output.Warning(new Annotation(stateUsable
            ? $"No build.log for this run: {problem} Move away what is at .nuke/temp/build.log so the log can be written."
            : $"The state folder .nuke/temp cannot be used: {problem} This run keeps no build.log, no one-build-at-a-time lock and no up-to-date or --continue state, so every target runs. " +
              "Move away what is at .nuke/temp so it can be a folder."));
        return stateUsable;
    }
}
