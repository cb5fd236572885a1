using Octokit;

namespace Automation.Components;

/// <summary>
/// Runs Octokit calls on one repository with <see cref="GitHubApiOptions.Retry"/> around each, since Octokit itself does
/// not retry: a server error, a rate limit or a network failure is tried again after the wait the policy decides (one
/// log line each); a final failure becomes a <see cref="GitHubApiException"/> that says what to check and never holds
/// the token.
/// </summary>
/// <param name="repository">The repository the calls are about, for messages.</param>
/// <param name="options">Retries, clock, delay and log.</param>
internal sealed class GitHubCallRunner(GitHubRepository repository, GitHubApiOptions options)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    /// <summary>Runs a call that returns nothing (a delete).</summary>
    public Task RunAsync(string operation, Func<Task> call, CancellationToken cancellationToken) =>
        RunAsync(
            operation,
            async () =>
            {
                await call().ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <param name="operation">What the call does, for messages: <c>reading release v1.0.0</c>.</param>
    /// <param name="call">Starts the call; invoked once per try, so whatever it sends (a file) is opened anew.</param>
    /// <param name="cancellationToken">Stops the waiting between tries and for an answer.</param>
    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            RetryDecision decision;
            try
            {
                // Octokit's release calls take no cancellation token: on Ctrl+C the build stops waiting and abandons the request.
                return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException exception)
            {
                decision = options.Retry.Decide(attempt, exception.StatusCode, exception.HttpResponse?.Headers ?? NoHeaders, options.Time.GetUtcNow());
                if (!decision.Retry)
                {
                    throw Failure(exception, operation, decision.Reason);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                var failure = exception is OperationCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : exception.Message;
                decision = options.Retry.DecideAfterNetworkFailure(attempt, failure);
                if (!decision.Retry)
                {
                    throw new GitHubApiException(Scrub($"Could not reach the GitHub API at {options.ApiUrl} while {operation} on {repository.FullName}: {decision.Reason}."), null, null, exception);
                }
            }

            options.Log($"{decision.Reason} while {operation}; retrying in {decision.Delay.TotalSeconds:0.###} s (attempt {attempt + 1} of {options.Retry.MaxAttempts})");
            await options.Delay(decision.Delay, cancellationToken).ConfigureAwait(false);
        }
    }

    // Octokit's exception is not kept as the inner one: its ToString() appends the response body, which a proxy may fill
    // with anything, and a target's failure is logged with ToString().
    private GitHubApiException Failure(ApiException exception, string operation, string reason) => new(
        Scrub(GitHubErrorMessages.Describe(operation, repository, options.ApiUrl, exception, reason)),
        exception.StatusCode,
        exception.ApiError?.Errors?.FirstOrDefault()?.Code);

    // GitHub does not echo tokens, but a proxy's error page might; the message is the last place to stop it.
    private string Scrub(string message) => message.Replace(options.Token, "***", StringComparison.Ordinal);
}
