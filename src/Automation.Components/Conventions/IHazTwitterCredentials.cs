namespace Automation.Components;

/// <summary>
/// The credentials of a Twitter (X) app for a build that announces its releases there (NUKE's
/// <c>IHazTwitterCredentials</c>): four secret parameters named with the <see cref="Twitter"/> prefix, as NUKE's
/// <c>[ParameterPrefix]</c> names them (<c>--twitter-consumer-key</c>, environment <c>TWITTER_CONSUMER_KEY</c>, …).
/// The build posts with its own client library; this only gathers and masks the values.
/// </summary>
public interface IHazTwitterCredentials : IAutomationBuild
{
    /// <summary>The prefix of the parameters' names: <c>$"{IHazTwitterCredentials.Twitter}{nameof(IHazTwitterCredentials.ConsumerKey)}"</c> is <c>TwitterConsumerKey</c>.</summary>
    public const string Twitter = nameof(Twitter);

    /// <summary>The app's consumer (API) key. Never shown in any output.</summary>
    [Parameter("Twitter app's consumer (API) key", Name = "twitter-consumer-key"), Secret]
    string? ConsumerKey => ParameterValue<string>();

    /// <summary>The app's consumer (API) secret. Never shown in any output.</summary>
    [Parameter("Twitter app's consumer (API) secret", Name = "twitter-consumer-secret"), Secret]
    string? ConsumerSecret => ParameterValue<string>();

    /// <summary>The posting account's access token. Never shown in any output.</summary>
    [Parameter("Twitter account's access token", Name = "twitter-access-token"), Secret]
    string? AccessToken => ParameterValue<string>();

    /// <summary>The posting account's access token secret. Never shown in any output.</summary>
    [Parameter("Twitter account's access token secret", Name = "twitter-access-token-secret"), Secret]
    string? AccessTokenSecret => ParameterValue<string>();
}
