namespace Automation;

/// <summary>A build on GitLab CI and what the job tells it (NUKE's <c>GitLab</c>, named after GitLab's <c>CI_*</c> variables).</summary>
public sealed class GitLab : BuildHost
{
    internal GitLab(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
    }

    /// <summary>The job this process belongs to; null when it does not run on GitLab CI.</summary>
    public static new GitLab? Instance => From(ProcessVariables()) as GitLab;

    /// <inheritdoc/>
    public override string Name => "gitlab";

    /// <summary>The branch or tag the pipeline is for (<c>CI_COMMIT_REF_NAME</c>).</summary>
    public string CommitRefName => Text("CI_COMMIT_REF_NAME");

    /// <summary><see cref="CommitRefName"/> made fit for URLs and host names (<c>CI_COMMIT_REF_SLUG</c>).</summary>
    public string CommitRefSlug => Text("CI_COMMIT_REF_SLUG");

    /// <summary>The commit the pipeline is for (<c>CI_COMMIT_SHA</c>).</summary>
    public string CommitSha => Text("CI_COMMIT_SHA");

    /// <summary>The first eight characters of <see cref="CommitSha"/> (<c>CI_COMMIT_SHORT_SHA</c>).</summary>
    public string CommitShortSha => Text("CI_COMMIT_SHORT_SHA");

    /// <summary>The tag the pipeline is for (<c>CI_COMMIT_TAG</c>); null for a branch.</summary>
    public string? CommitTag => Variable("CI_COMMIT_TAG");

    /// <summary>The branch the pipeline is for (<c>CI_COMMIT_BRANCH</c>); empty for tags and merge requests.</summary>
    public string CommitBranch => Text("CI_COMMIT_BRANCH");

    /// <summary>The project's default branch (<c>CI_DEFAULT_BRANCH</c>).</summary>
    public string DefaultBranch => Text("CI_DEFAULT_BRANCH");

    /// <summary>The job's id (<c>CI_JOB_ID</c>).</summary>
    public long JobId => Number("CI_JOB_ID");

    /// <summary>The job's name (<c>CI_JOB_NAME</c>).</summary>
    public string JobName => Text("CI_JOB_NAME");

    /// <summary>The job's stage (<c>CI_JOB_STAGE</c>).</summary>
    public string JobStage => Text("CI_JOB_STAGE");

    /// <summary>The job's token for GitLab's API and registries (<c>CI_JOB_TOKEN</c>); a secret.</summary>
    public string JobToken => Text("CI_JOB_TOKEN");

    /// <summary>The pipeline's id (<c>CI_PIPELINE_ID</c>).</summary>
    public long PipelineId => Number("CI_PIPELINE_ID");

    /// <summary>What started the pipeline: <c>push</c>, <c>merge_request_event</c>… (<c>CI_PIPELINE_SOURCE</c>).</summary>
    public string PipelineSource => Text("CI_PIPELINE_SOURCE");

    /// <summary>The checkout folder (<c>CI_PROJECT_DIR</c>).</summary>
    public string ProjectDirectory => Text("CI_PROJECT_DIR");

    /// <summary>The project's id (<c>CI_PROJECT_ID</c>).</summary>
    public long ProjectId => Number("CI_PROJECT_ID");

    /// <summary>The project's name (<c>CI_PROJECT_NAME</c>).</summary>
    public string ProjectName => Text("CI_PROJECT_NAME");

    /// <summary>The project's namespace (<c>CI_PROJECT_NAMESPACE</c>).</summary>
    public string ProjectNamespace => Text("CI_PROJECT_NAMESPACE");

    /// <summary>The project's path with its namespace (<c>CI_PROJECT_PATH</c>).</summary>
    public string ProjectPath => Text("CI_PROJECT_PATH");

    /// <summary>The project's web address (<c>CI_PROJECT_URL</c>).</summary>
    public string ProjectUrl => Text("CI_PROJECT_URL");

    /// <summary>The GitLab server's address (<c>CI_SERVER_URL</c>).</summary>
    public string ServerUrl => Text("CI_SERVER_URL");

    /// <summary>The merge request's project-level id (<c>CI_MERGE_REQUEST_IID</c>); null outside merge request pipelines.</summary>
    public long? MergeRequestIid => Variable("CI_MERGE_REQUEST_IID") is null ? null : Number("CI_MERGE_REQUEST_IID");
}
