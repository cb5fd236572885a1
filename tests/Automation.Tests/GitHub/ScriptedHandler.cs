using System.Net;

namespace Automation.Tests.GitHub;

/// <summary>An HTTP transport that answers from a script and records each request, so the client is tested without a network.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private int _next;

    public List<(HttpMethod Method, Uri Uri, string? Authorization, string? Body)> Requests { get; } = [];

    public static Func<HttpRequestMessage, HttpResponseMessage> Status(HttpStatusCode status, string json = "{}") =>
        _ => new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        Assert.True(_next < answers.Length, $"Unexpected request {request.Method} {request.RequestUri}");
        return answers[_next++](request);
    }
}
