namespace Automation;

/// <summary>
/// Settings of <c>docker run</c> (NUKE's <c>DockerRunSettings</c>, the options builds use): starts a container from an
/// image — <c>DockerRun(s =&gt; s.SetImage("postgres:17").SetName("db").SetPublish("5432:5432").SetEnv("POSTGRES_PASSWORD=…").EnableDetach().EnableRm())</c>.
/// Options the record does not model go in with <c>AddProcessAdditionalArguments</c> (after the image: use
/// <see cref="DockerRunSettingsBase.Args"/> for the container's own arguments).
/// </summary>
public sealed record DockerRunSettings : DockerRunSettingsBase;
