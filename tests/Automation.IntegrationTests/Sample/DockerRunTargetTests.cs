using Automation.IntegrationTests.Processes;

namespace Automation.IntegrationTests.Sample;

/// <summary>
/// A target with NUKE's <c>.DockerRun(…)</c> runs for real through a docker stand-in (there is no Docker daemon here): a
/// script, named by <c>DOCKER_EXE</c>, that records its arguments and then does what the container would, on this host:
/// it starts the entry point in the working directory given, with an emptied environment that has only the
/// <c>--env</c> variables (by value, or by name from its own environment) plus PATH and HOME. The mounts it does not
/// need: the engine mounts the repository at its own path.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class DockerRunTargetTests(SampleRepository sample) : IDisposable
{
    private const string StandIn = """
        #!/usr/bin/env bash
        # A docker stand-in: records its arguments, then runs the container's command on this host.
        printf '%s\n' "$@" > "$DOCKER_STAND_IN_RECORD"
        [ "$1" = run ] || { echo "docker stand-in: only 'docker run' is stood in for" >&2; exit 2; }
        shift
        entrypoint=; workdir=; variables=()
        while [ $# -gt 0 ]; do
            case "$1" in
                --entrypoint) entrypoint=$2; shift 2 ;;
                --workdir) workdir=$2; shift 2 ;;
                --env) variables+=("$2"); shift 2 ;;
                --volume|--platform) shift 2 ;;
                --rm) shift ;;
                --*) echo "docker stand-in: option $1 is not stood in for" >&2; exit 2 ;;
                *) break ;;
            esac
        done
        shift # the image
        environment=("PATH=$PATH" "HOME=$HOME")
        for variable in "${variables[@]}"; do
            case "$variable" in
                *=*) environment+=("$variable") ;;
                *) if [ -n "${!variable+set}" ]; then environment+=("$variable=${!variable}"); fi ;;
            esac
        done
        cd "$workdir" && exec env -i "${environment[@]}" "$entrypoint" "$@"
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("docker-stand-in-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [PosixFact]
    public async Task The_target_runs_in_the_container_its_dependency_here_and_a_failure_inside_fails_it()
    {
        var docker = Path.Combine(_directory, "docker");
        var record = Path.Combine(_directory, "arguments.txt");
        File.WriteAllText(docker, StandIn.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(docker, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var canary = $"canary-{Guid.NewGuid():N}";
        var environment = new Dictionary<string, string?> { ["DOCKER_EXE"] = docker, ["DOCKER_STAND_IN_RECORD"] = record, ["API_TOKEN"] = canary };

        var result = await sample.RunAsync(environment, "containerized");

        result.AssertExitCode(0);
        var arguments = File.ReadAllLines(record);
        Assert.Equal(["run", "--entrypoint", "dotnet"], arguments[..3]);
        Assert.Contains($"{sample.Root}:{sample.Root}", arguments);
        Assert.Equal([sample.BuildDll, "containerized", "--skip"], arguments[^3..]);
        Assert.Contains("inside for containerized, the token passed", result.StandardOutput, StringComparison.Ordinal);
        // The dependency ran here, once; inside only the target ran.
        Assert.Single(result.StandardOutput.Split('\n'), l => l.Contains("> dotnet --version", StringComparison.Ordinal));
        Assert.Contains("--env API_TOKEN ", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, result.AllOutput + string.Join('\n', arguments) + sample.ReadLog(), StringComparison.Ordinal);

        var failed = await sample.RunAsync(new Dictionary<string, string?>(environment) { ["SAMPLE_FAIL_INSIDE"] = "1" }, "containerized");

        failed.AssertExitCode(1);
        Assert.Contains("failed inside the container", failed.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"Target 'containerized' failed: .*exit(ed with)? code 1", failed.AllOutput);
    }
}
