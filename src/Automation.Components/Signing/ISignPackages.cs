using System.ComponentModel;

namespace Automation.Components;

/// <summary>
/// NUKE's <c>ISignPackages</c>: the <c>sign-packages</c> target signs <see cref="SignPathPackages"/> with
/// <see href="https://signpath.io">SignPath</see> through its AppVeyor integration. It zips the packages, pushes the
/// archive as an artifact of the AppVeyor job, asks SignPath for a signing request (SignPath fetches the artifact from
/// AppVeyor), shows the request's page in the summary, waits for the signed archive and puts each signed package in
/// place of its unsigned one. It runs on AppVeyor only (elsewhere it is skipped, saying so), as NUKE's: SignPath's
/// AppVeyor integration is what hands it the packages.
/// The API token is <c>--sign-path-api-token</c> (environment <c>SIGN_PATH_API_TOKEN</c>, a secret); organization, project and policy are the
/// <c>SignPathSettings</c> object of <c>.nuke/parameters.json</c>, as in NUKE.
/// </summary>
public interface ISignPackages : IAutomationBuild
{
    /// <summary>The prefix of NUKE's parameter names (<c>SignPathApiToken</c>, <c>SignPathSettings</c>).</summary>
    public const string SignPath = nameof(SignPath);

    /// <summary>The SignPath organization, project and signing policy (NUKE's <c>ISignPackages.SignPathSettings</c>).</summary>
    /// <param name="OrganizationId">The organization's id.</param>
    /// <param name="ProjectSlug">The project.</param>
    /// <param name="PolicySlug">The signing policy (<c>release-signing</c>).</param>
    [TypeConverter(typeof(SignPathSettingsConverter))]
    public sealed record SignPathSettings(string OrganizationId, string ProjectSlug, string PolicySlug);

    /// <summary>
    /// Organization, project and policy, when the environment or the command line gives them as JSON
    /// (<c>SignPathSettings='{"OrganizationId":…}'</c>); else <c>sign-packages</c> reads the <c>SignPathSettings</c>
    /// object of <c>.nuke/parameters.json</c>.
    /// </summary>
    [Parameter("SignPath organization, project and policy, as JSON (default: the SignPathSettings object of .nuke/parameters.json)", Name = "sign-path-settings")]
    SignPathSettings? Settings => ParameterValue<SignPathSettings>();

    /// <summary>The SignPath API token of a CI user allowed to submit signing requests for the policy.</summary>
    [Parameter("SignPath API token", Name = "sign-path-api-token"), Secret]
    string? ApiToken => ParameterValue<string>();

    /// <summary>Where the archives and their contents go.</summary>
    AbsolutePath SignPathTemporaryDirectory => TemporaryDirectory / "signpath";

    /// <summary>The packages to sign, gathered before zipping.</summary>
    AbsolutePath SignPathRequestDirectory => SignPathTemporaryDirectory / "signing-request";

    /// <summary>The signed packages, unzipped.</summary>
    AbsolutePath SignPathResponseDirectory => SignPathTemporaryDirectory / "signing-response";

    /// <summary>The archive pushed to AppVeyor (<c>signing-request.zip</c>, the artifact path SignPath's integration is told).</summary>
    AbsolutePath SignPathRequestArchive => SignPathRequestDirectory.WithExtension(".zip");

    /// <summary>The signed archive downloaded from SignPath.</summary>
    AbsolutePath SignPathResponseArchive => SignPathResponseDirectory.WithExtension(".zip");

    /// <summary>The packages to sign (NUKE's build: <c>NuGetPackageFiles</c>).</summary>
    IEnumerable<AbsolutePath> SignPathPackages { get; }

    /// <summary>Whether the signed packages replace the unsigned ones (else they stay in <see cref="SignPathResponseDirectory"/>).</summary>
    bool SignPathReplacePackages => true;

    /// <summary>The wait between two looks at a signing request in progress (someone may have to approve it).</summary>
    TimeSpan SignPathPollInterval => SignPathTasks.DefaultPollInterval;

    /// <summary>How many looks before the target gives up.</summary>
    int SignPathPollAttempts => SignPathTasks.DefaultPollAttempts;

    /// <summary>Signs the packages with SignPath, on AppVeyor.</summary>
    Target SignPackages => _ => _
        .Description("Sign the packages with SignPath (on AppVeyor)")
        .TryDependsOn<IPack>()
        .TryDependentFor<IPublish>()
        .OnlyWhenStatic(() => AutomationBuild.Host is AppVeyor, "not on AppVeyor: SignPath's AppVeyor integration takes the packages from the AppVeyor job")
        .Requires(() => ApiToken)
        .Executes(async ctx =>
        {
            var appVeyor = (AppVeyor)AutomationBuild.Host!;
            var settings = SignPathSettingsReader.Read(Settings, ctx);
            var token = ApiToken!;
            var packages = SignPathPackages.ToList();
            if (packages.Count == 0)
            {
                throw new InvalidOperationException("SignPathPackages is empty: there is nothing to sign (did the packages get built?).");
            }

            SignPathRequestDirectory.CreateOrCleanDirectory();
            packages.ForEach(package => package.CopyToDirectory(SignPathRequestDirectory));
            SignPathRequestArchive.DeleteFile();
            SignPathRequestDirectory.ZipTo(SignPathRequestArchive);
            appVeyor.PushArtifact(SignPathRequestArchive);
            if (ctx.IsDryRun)
            {
                return;
            }

            var request = await SignPathTasks.GetSigningRequestUrlViaAppVeyor(token, settings.OrganizationId, settings.ProjectSlug, settings.PolicySlug, appVeyor);
            ReportSummary(summary =>
            {
                summary["Approve/Deny Request"] = SignPathTasks.WebAddress(request);
                return summary;
            });
            ctx.Info($"Waiting for the signing request to be approved and signed: {SignPathTasks.WebAddress(request)}");
            await SignPathTasks.DownloadSignedArtifactFromUrl(token, request, SignPathResponseArchive, SignPathPollInterval, SignPathPollAttempts);

            SignPathResponseDirectory.CreateOrCleanDirectory();
            SignPathResponseArchive.UnZipTo(SignPathResponseDirectory);
            if (SignPathReplacePackages)
            {
                foreach (var name in SignedPackages.Replace(packages, SignPathResponseDirectory))
                {
                    ctx.Info($"Signed: {name}");
                }
            }
        });
}
