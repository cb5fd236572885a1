using System.Diagnostics;

namespace Automation.Components;

/// <summary>
/// The health check after a switch: an <c>http(s)://</c> URL asked again until it answers with a success status, or
/// a shell command run once on the host in the live folder; either within the environment's timeout.
/// </summary>
internal static class HealthProbe
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>Null when healthy, else what was wrong.</summary>
    public static async Task<string?> CheckAsync(HostShell shell, DeliveryEnvironment environment, CancellationToken cancellationToken)
    {
        if (environment.HealthCheck is not { } check)
        {
            return null;
        }

        if (Uri.TryCreate(check, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return await ProbeUrlAsync(uri, environment.HealthTimeout, cancellationToken).ConfigureAwait(false);
        }

        var result = await shell.RunAsync(HostLayout.HealthCommandScript(shell.Host.Root, check), allowFailure: true, environment.HealthTimeout).ConfigureAwait(false);
        return result.ExitCode == 0 ? null : $"the health command '{check}' exited with {result.ExitCode}";
    }

    private static async Task<string?> ProbeUrlAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                last = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "no answer within 5 s";
            }

            if (clock.Elapsed >= timeout)
            {
                return $"{uri} did not answer with success within {timeout.TotalSeconds:0.#} s (last: {last})";
            }

            // The service the deployed hook (re)started may need a moment to listen: ask again shortly.
            await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
        }
    }
}
