namespace Automation;

/// <summary>A build on Azure Pipelines and what the run tells it (NUKE's <c>AzurePipelines</c>, named after Azure's predefined variables).</summary>
public sealed class AzurePipelines : BuildHost
{
    internal AzurePipelines(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
    }

    /// <summary>The run this process belongs to; null when it does not run on Azure Pipelines.</summary>
    public static new AzurePipelines? Instance => From(ProcessVariables()) as AzurePipelines;

    /// <inheritdoc/>
    public override string Name => "azure-pipelines";

    /// <summary>The run's id (<c>BUILD_BUILDID</c>).</summary>
    public long BuildId => Number("BUILD_BUILDID");

    /// <summary>The run's number or name (<c>BUILD_BUILDNUMBER</c>).</summary>
    public string BuildNumber => Text("BUILD_BUILDNUMBER");

    /// <summary>Why the run started: <c>IndividualCI</c>, <c>PullRequest</c>, <c>Manual</c>… (<c>BUILD_REASON</c>).</summary>
    public string BuildReason => Text("BUILD_REASON");

    /// <summary>The pipeline's name (<c>BUILD_DEFINITIONNAME</c>).</summary>
    public string DefinitionName => Text("BUILD_DEFINITIONNAME");

    /// <summary>The pipeline's id (<c>SYSTEM_DEFINITIONID</c>).</summary>
    public long DefinitionId => Number("SYSTEM_DEFINITIONID");

    /// <summary>The branch the run is for: <c>refs/heads/main</c> (<c>BUILD_SOURCEBRANCH</c>).</summary>
    public string SourceBranch => Text("BUILD_SOURCEBRANCH");

    /// <summary>The last segment of <see cref="SourceBranch"/> (<c>BUILD_SOURCEBRANCHNAME</c>).</summary>
    public string SourceBranchName => Text("BUILD_SOURCEBRANCHNAME");

    /// <summary>The commit the run is for (<c>BUILD_SOURCEVERSION</c>).</summary>
    public string SourceVersion => Text("BUILD_SOURCEVERSION");

    /// <summary>The checkout folder (<c>BUILD_SOURCESDIRECTORY</c>).</summary>
    public string SourceDirectory => Text("BUILD_SOURCESDIRECTORY");

    /// <summary>Where artifacts are staged before publishing (<c>BUILD_ARTIFACTSTAGINGDIRECTORY</c>).</summary>
    public string ArtifactStagingDirectory => Text("BUILD_ARTIFACTSTAGINGDIRECTORY");

    /// <summary>The repository's name (<c>BUILD_REPOSITORY_NAME</c>).</summary>
    public string RepositoryName => Text("BUILD_REPOSITORY_NAME");

    /// <summary>The repository's URL (<c>BUILD_REPOSITORY_URI</c>).</summary>
    public string RepositoryUri => Text("BUILD_REPOSITORY_URI");

    /// <summary>Who the run is for (<c>BUILD_REQUESTEDFOR</c>).</summary>
    public string RequestedFor => Text("BUILD_REQUESTEDFOR");

    /// <summary>The project's name (<c>SYSTEM_TEAMPROJECT</c>).</summary>
    public string TeamProject => Text("SYSTEM_TEAMPROJECT");

    /// <summary>The organization's URL (<c>SYSTEM_TEAMFOUNDATIONCOLLECTIONURI</c>).</summary>
    public string TeamFoundationCollectionUri => Text("SYSTEM_TEAMFOUNDATIONCOLLECTIONURI");

    /// <summary>The job's display name (<c>SYSTEM_JOBDISPLAYNAME</c>).</summary>
    public string JobDisplayName => Text("SYSTEM_JOBDISPLAYNAME");

    /// <summary>The stage's name (<c>SYSTEM_STAGENAME</c>).</summary>
    public string StageName => Text("SYSTEM_STAGENAME");

    /// <summary>The run's OAuth token when the pipeline maps it (<c>SYSTEM_ACCESSTOKEN</c>); null otherwise. A secret.</summary>
    public string? AccessToken => Variable("SYSTEM_ACCESSTOKEN");

    /// <summary>The pull request's id (<c>SYSTEM_PULLREQUEST_PULLREQUESTID</c>); null for other runs.</summary>
    public long? PullRequestId => Variable("SYSTEM_PULLREQUEST_PULLREQUESTID") is null ? null : Number("SYSTEM_PULLREQUEST_PULLREQUESTID");

    /// <summary>The pull request's source branch (<c>SYSTEM_PULLREQUEST_SOURCEBRANCH</c>); null for other runs.</summary>
    public string? PullRequestSourceBranch => Variable("SYSTEM_PULLREQUEST_SOURCEBRANCH");

    /// <summary>The pull request's target branch (<c>SYSTEM_PULLREQUEST_TARGETBRANCH</c>); null for other runs.</summary>
    public string? PullRequestTargetBranch => Variable("SYSTEM_PULLREQUEST_TARGETBRANCH");
}
