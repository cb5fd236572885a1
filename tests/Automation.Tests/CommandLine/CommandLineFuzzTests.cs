using System.Text.RegularExpressions;
using Automation.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Automation.Tests.CommandLine;

/// <summary>
/// Property-based: command lines generated from a grammar of real option and parameter names, targets, values in every
/// syntax (<c>=</c>, <c>:</c>, slashes, empty, unicode) and a secret's canary written right and wrong, run through the
/// real parser and session in-process. Whatever the line, the contract holds: exit 0 or 2 (the targets do nothing),
/// no stack trace, a usage error is one line, and the canary is in no output, build.log or last-run.json.
/// Fixed seed, so CI sees the same cases every time.
/// </summary>
public sealed partial class CommandLineFuzzTests : IDisposable
{
    /// <summary>The secret's value; long enough to be masked anywhere.</summary>
    public const string Canary = "Canary-7f3e9b2a41c5";

    private readonly TestRepository _repo = new();

    public CommandLineFuzzTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Root, "src"));
    }

    /// <summary>A generated command line (shown by FsCheck when a case fails).</summary>
    public sealed record Argv(string[] Words)
    {
        public override string ToString() => string.Join(" ", Words.Select(w => $"'{w}'"));
    }

    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly string? Name = null;
        [Parameter] readonly int Count = 0;
        [Parameter] readonly bool Enabled = false;
        [Parameter] readonly string[] Flags = [];
        [Parameter, Secret] readonly string? Token = null;

        Target Compile => _ => _.Executes(() => { });

        Target Pack => _ => _.DependsOn(Compile).Executes(() => { });

        Target UnitTest => _ => _.Executes(() => { });

        public string Describe() => $"{Name}{Count}{Enabled}{Flags.Length}{Token?.Length}";
    }

    [Property(MaxTest = 250, Replay = "(20261206,1447)", Arbitrary = [typeof(Grammar)])]
    public void Any_command_line_keeps_the_contract(Argv argv)
    {
        ArgumentNullException.ThrowIfNull(argv);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = AutomationBuild.Execute<Build>(new BuildEnvironment
        {
            Arguments = argv.Words,
            WorkingDirectory = _repo.Root,
            Output = output,
            ErrorOutput = errors,
            Time = new FixedTimeProvider(),
        });

        var stdout = output.ToString();
        var stderr = errors.ToString();
        var all = stdout + stderr;
        Assert.True(exitCode is 0 or 2, $"exit code {exitCode}:\n{all}");
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.False(ExceptionName().IsMatch(all), $"an exception type name in:\n{all}");
        // GitLab's host paints its log whatever the output is: the colour codes are not part of the message.
        var lines = AnsiSequence().Replace(stderr, string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, line => Assert.True(line.StartsWith("error: ", StringComparison.Ordinal) || line.StartsWith("warning: ", StringComparison.Ordinal), $"not a one-line message: {line}"));
        if (exitCode == 2)
        {
            Assert.Single(lines, line => line.StartsWith("error: ", StringComparison.Ordinal));
        }

        foreach (var (place, text) in new[] { ("stdout", stdout), ("stderr", stderr) }.Concat(StateFiles()))
        {
            Assert.False(text.Contains(Canary, StringComparison.Ordinal), $"the canary is in {place}:\n{text}");
        }
    }

    public void Dispose() => _repo.Dispose();

    private IEnumerable<(string, string)> StateFiles()
    {
        var temp = Path.Combine(_repo.Root, ".nuke", "temp");
        return Directory.Exists(temp)
            ? Directory.GetFiles(temp, "*", SearchOption.AllDirectories).Select(file => (file, File.ReadAllText(file)))
            : [];
    }

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex AnsiSequence();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*Exception\b")]
    private static partial Regex ExceptionName();

    /// <summary>The grammar the command lines are drawn from.</summary>
    public static class Grammar
    {
        private static readonly string[] Options =
        [
            "--help", "-h", "--list", "-l", "--plan", "--dry-run", "-n", "--parallel", "--skip", "--force", "--no-cache",
            "--continue", "--profile", "--root", "--verbosity", "-v", "--no-color", "--generate-ci", "--verify-ci", "--host",
            "--name", "--count", "--enabled", "--flags", "--token", "--Token", "-token", "--unknown", "--", "-", "-x",
        ];

        private static readonly string[] Targets = ["compile", "pack", "Pack", "unit-test", "UnitTest", "pakc", "unit_test", "docs.build"];

        private static readonly string[] Values =
        [
            "", " ", "quiet", "verbose", "3", "0", "-1", "a,b", ",", "true", "false", "terminal", "jenkins", "gitlab", "bogus",
            ".", "/", "src", "/tmp", "..", "ünïcödé", "日本語", "🙂", "tab\there", "a=b", "x:y", "--", "ci",
        ];

        // The canary in each way a secret can be written, right or wrong.
        private static readonly string[][] SecretForms =
        [
            ["--token", Canary], ["--token=" + Canary], ["--token:" + Canary], ["/token:" + Canary], ["/token=" + Canary],
            ["--token=", Canary], ["--token= " + Canary], ["-token", Canary], ["-token:" + Canary], ["--tokn=" + Canary],
            ["--tokn:" + Canary], ["/tokn:" + Canary], ["--TOKEN", Canary], ["--token", Canary, "--token", "another-long-secret-value"],
            ["--token", "-" + Canary], ["--Token", Canary + ",x"], ["--token", Canary, "pack"],
        ];

        public static Arbitrary<Argv> Argv()
        {
            var word = Gen.Frequency(
                (4, Gen.Elements(Options).Select(o => new[] { o })),
                (3, Gen.Elements(Targets).Select(t => new[] { t })),
                (3, Gen.Elements(Values).Select(v => new[] { v })),
                (3, Gen.Elements(Options).SelectMany(o => Gen.Elements("=", ":", " ").SelectMany(separator => Gen.Elements(Values).Select(v =>
                    separator == " " ? new[] { o, v } : new[] { o + separator + v })))),
                (1, Gen.Elements(Values).Select(v => new[] { "/" + v.TrimStart('/') })),
                (2, Gen.Elements(SecretForms)));
            var line = Gen.ListOf(word).Select(words => new Argv([.. words.SelectMany(w => w).Take(12)]));
            return Arb.From(line);
        }
    }
}
