namespace Automation.Cli.Commands;

/// <summary>The options of <c>automation :setup</c>.</summary>
/// <param name="Yes">Ask nothing (<c>--yes</c>).</param>
/// <param name="Force">Replace the build's files that exist (<c>--force</c>).</param>
/// <param name="NoChecks">Do not build the repository first; every gate starts in report mode (<c>--no-checks</c>).</param>
/// <param name="Solution">The solution to use (<c>--solution</c>), relative to the working directory.</param>
/// <param name="Problem">What is wrong with the arguments, or null.</param>
/// <param name="Nuke">What to do with a NUKE build (<c>--port-nuke</c>, <c>--move-nuke</c>); null: ask on a terminal.</param>
internal sealed record SetupOptions(bool Yes, bool Force, bool NoChecks, string? Solution, string? Problem, NukeChoice? Nuke = null)
{
    /// <summary>Reads <paramref name="args"/>; an unknown or incomplete option sets <see cref="Problem"/>.</summary>
    public static SetupOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SetupOptions(false, false, false, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--yes" or "-y" => options with { Yes = true },
                "--force" or "-f" => options with { Force = true },
                "--no-checks" => options with { NoChecks = true },
                "--port-nuke" => options with { Nuke = NukeChoice.Port },
                "--move-nuke" => options with { Nuke = NukeChoice.MoveAside },
                "--solution" when i + 1 < args.Count => options with { Solution = args[++i] },
                _ => options with { Problem = $"unknown or incomplete option '{args[i]}'." },
            };
            if (options.Problem is not null)
            {
                return options;
            }
        }

        return options;
    }
}
