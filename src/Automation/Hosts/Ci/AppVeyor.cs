namespace Automation;

/// <summary>A build on AppVeyor (NUKE's <c>AppVeyor</c>): what its <c>APPVEYOR_*</c> variables tell the build.</summary>
public sealed class AppVeyor : BuildHost
{
    internal AppVeyor(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
    }

    /// <summary>The build this process belongs to; null when it does not run on AppVeyor.</summary>
    public static new AppVeyor? Instance => From(ProcessVariables()) as AppVeyor;

    /// <inheritdoc/>
    public override string Name => "appveyor";

    /// <summary>The build's folder (<c>APPVEYOR_BUILD_FOLDER</c>).</summary>
    public string BuildFolder => Text("APPVEYOR_BUILD_FOLDER");

    /// <summary>The build's id (<c>APPVEYOR_BUILD_ID</c>).</summary>
    public long BuildId => Number("APPVEYOR_BUILD_ID");

    /// <summary>The build's number (<c>APPVEYOR_BUILD_NUMBER</c>).</summary>
    public long BuildNumber => Number("APPVEYOR_BUILD_NUMBER");

    /// <summary>The build's version (<c>APPVEYOR_BUILD_VERSION</c>).</summary>
    public string BuildVersion => Text("APPVEYOR_BUILD_VERSION");

    /// <summary>The repository, <c>owner/name</c> (<c>APPVEYOR_REPO_NAME</c>).</summary>
    public string RepositoryName => Text("APPVEYOR_REPO_NAME");

    /// <summary>The branch the build is for (<c>APPVEYOR_REPO_BRANCH</c>).</summary>
    public string RepositoryBranch => Text("APPVEYOR_REPO_BRANCH");

    /// <summary>The commit the build is for (<c>APPVEYOR_REPO_COMMIT</c>).</summary>
    public string RepositoryCommitSha => Text("APPVEYOR_REPO_COMMIT");

    /// <summary>Whether the build is for a tag (<c>APPVEYOR_REPO_TAG</c>).</summary>
    public bool RepositoryTag => Flag("APPVEYOR_REPO_TAG");

    /// <summary>The tag the build is for (<c>APPVEYOR_REPO_TAG_NAME</c>); null for a branch.</summary>
    public string? RepositoryTagName => Variable("APPVEYOR_REPO_TAG_NAME");

    /// <summary>The AppVeyor account the project belongs to (<c>APPVEYOR_ACCOUNT_NAME</c>).</summary>
    public string AccountName => Text("APPVEYOR_ACCOUNT_NAME");

    /// <summary>The project's slug, its name in AppVeyor's addresses (<c>APPVEYOR_PROJECT_SLUG</c>).</summary>
    public string ProjectSlug => Text("APPVEYOR_PROJECT_SLUG");

    /// <summary>The job's id (<c>APPVEYOR_JOB_ID</c>).</summary>
    public string JobId => Text("APPVEYOR_JOB_ID");

    /// <summary>
    /// Uploads a file as an artifact of this build (NUKE's <c>AppVeyor.Instance.PushArtifact(path)</c>): runs the build
    /// agent's <c>appveyor PushArtifact</c> from the running target, so the command shows in its output and a dry run
    /// only echoes it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The artifact's file name, when it differs from the file's (<c>-FileName</c>).</param>
    /// <param name="deploymentName">The artifact's deployment name (<c>-DeploymentName</c>).</param>
    /// <exception cref="InvalidOperationException">Called outside a target, or the command failed.</exception>
    public void PushArtifact(string path, string? name = null, string? deploymentName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var arguments = new List<string> { "PushArtifact", path };
        if (!string.IsNullOrEmpty(name))
        {
            arguments.AddRange(["-FileName", name]);
        }

        if (!string.IsNullOrEmpty(deploymentName))
        {
            arguments.AddRange(["-DeploymentName", deploymentName]);
        }

        // Found as tools are (APPVEYOR_EXE, PATH of the build's environment): the agent puts it on PATH.
        var context = CurrentTarget.Require(nameof(PushArtifact));
        var tool = context.ResolveTool("appveyor");
        context.Run(tool.Program, tool.Arguments(arguments));
    }

    /// <summary>The pull request's number (<c>APPVEYOR_PULL_REQUEST_NUMBER</c>); null for other builds.</summary>
    public long? PullRequestNumber => Variable("APPVEYOR_PULL_REQUEST_NUMBER") is null ? null : Number("APPVEYOR_PULL_REQUEST_NUMBER");
}
