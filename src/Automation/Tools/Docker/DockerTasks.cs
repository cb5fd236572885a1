using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>DockerTasks</c>: the <c>docker</c> CLI from the running target, with <c>using static Automation.DockerTasks;</c>
/// — <c>DockerBuild(s =&gt; s.SetPath(".").SetTag("app:1.0"))</c>, or with a settings object,
/// <c>DockerTasks.DockerPush(new DockerPushSettings().SetName("app:1.0"))</c>. <c>docker</c> is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>DOCKER_EXE</c>, PATH); when it is missing the error says to
/// install Docker. Each task returns the command's output lines and fails the target when <c>docker</c> fails.
/// </summary>
public sealed class DockerTasks : IRequireTool
{
    // Not static, so that [Requires<DockerTasks>] can name it; it has only static members.
    private DockerTasks()
    {
    }

    /// <summary>The tool name <c>docker</c> is resolved by.</summary>
    public const string ToolName = "docker";

    /// <summary>Runs <c>docker build</c>.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="InvalidOperationException">No build context (<see cref="DockerBuildSettings.Path"/>) was given.</exception>
    /// <exception cref="ToolNotFoundException"><c>docker</c> was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DockerBuild(DockerBuildSettings? settings = null) => Run(nameof(DockerBuild), settings ?? new());

    /// <summary>Runs <c>docker build</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerBuild(Configure<DockerBuildSettings> configurator) => Run(nameof(DockerBuild), Configured(configurator));

    /// <summary>Runs <c>docker tag</c>.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerTag(DockerTagSettings? settings = null) => Run(nameof(DockerTag), settings ?? new());

    /// <summary>Runs <c>docker tag</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerTag(Configure<DockerTagSettings> configurator) => Run(nameof(DockerTag), Configured(configurator));

    /// <summary>Runs <c>docker push</c>.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerPush(DockerPushSettings? settings = null) => Run(nameof(DockerPush), settings ?? new());

    /// <summary>Runs <c>docker push</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerPush(Configure<DockerPushSettings> configurator) => Run(nameof(DockerPush), Configured(configurator));

    /// <summary>Runs <c>docker image push</c>.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerImagePush(DockerImagePushSettings? settings = null) => Run(nameof(DockerImagePush), settings ?? new());

    /// <summary>Runs <c>docker image push</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerImagePush(Configure<DockerImagePushSettings> configurator) => Run(nameof(DockerImagePush), Configured(configurator));

    /// <summary>Runs <c>docker pull</c>.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerPull(DockerPullSettings? settings = null) => Run(nameof(DockerPull), settings ?? new());

    /// <summary>Runs <c>docker pull</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerPull(Configure<DockerPullSettings> configurator) => Run(nameof(DockerPull), Configured(configurator));

    /// <summary>Runs <c>docker login</c>; the password goes on standard input and is masked in all output.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerLogin(DockerLoginSettings? settings = null) => Run(nameof(DockerLogin), settings ?? new());

    /// <summary>Runs <c>docker login</c>; the password goes on standard input and is masked in all output.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerLogin(Configure<DockerLoginSettings> configurator) => Run(nameof(DockerLogin), Configured(configurator));

    /// <summary>Runs <c>docker logout</c>.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerLogout(DockerLogoutSettings? settings = null) => Run(nameof(DockerLogout), settings ?? new());

    /// <summary>Runs <c>docker logout</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerLogout(Configure<DockerLogoutSettings> configurator) => Run(nameof(DockerLogout), Configured(configurator));

    /// <summary>Runs <c>docker run</c>: starts a container.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerRun(DockerRunSettings? settings = null) => Run(nameof(DockerRun), settings ?? new());

    /// <summary>Runs <c>docker run</c>: starts a container.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerRun(Configure<DockerRunSettings> configurator) => Run(nameof(DockerRun), Configured(configurator));

    /// <summary>Runs <c>docker rm</c>: removes containers.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerRm(DockerRmSettings? settings = null) => Run(nameof(DockerRm), settings ?? new());

    /// <summary>Runs <c>docker rm</c>: removes containers.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerRm(Configure<DockerRmSettings> configurator) => Run(nameof(DockerRm), Configured(configurator));

    /// <summary>Runs <c>docker ps</c>: lists containers; with <c>SetQuiet(true)</c> one id a line.</summary>
    /// <param name="settings">The settings; the defaults when null.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerPs(DockerPsSettings? settings = null) => Run(nameof(DockerPs), settings ?? new());

    /// <summary>Runs <c>docker ps</c>: lists containers; with <c>SetQuiet(true)</c> one id a line.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> DockerPs(Configure<DockerPsSettings> configurator) => Run(nameof(DockerPs), Configured(configurator));

    private static T Configured<T>(Configure<T> configurator)
        where T : DockerSettings, new()
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return configurator(new T());
    }

    private static IReadOnlyCollection<OutputLine> Run(string caller, DockerSettings settings)
    {
        var context = CurrentTarget.Require(caller);
        var arguments = settings.ToArguments();
        var options = settings.ToRunOptions();
        if (settings is DockerLoginSettings { Password: { Length: > 0 } password } login)
        {
            // A password too short to be masked is no credential worth hiding (and masking it would garble output).
            if (!Core.SecretMasker.IsTooShort(password))
            {
                context.Secret(password);
            }

            options = login.WithPasswordInput(options);
        }

        var tool = context.ResolveTool(ToolName, settings.ToolPath);
        return OutputLine.Of(context.Run(tool.Program, tool.Arguments(arguments), options));
    }
}
