namespace Automation;

/// <summary>
/// A value encrypted with AppVeyor's "Encrypt YAML" tool (<c>https://ci.appveyor.com/tools/encrypt</c>) for a
/// <see cref="SecretAttribute"/> parameter; <see cref="AppVeyorAttribute"/> writes it to <c>appveyor.yml</c> as
/// <c>environment: NAME: secure: &lt;value&gt;</c> under the parameter's environment variable, and AppVeyor decrypts it
/// into that variable when the build runs. Only the encrypted form ever appears in the file:
/// <c>[AppVeyorSecret(nameof(NuGetApiKey), "gXyMC1Prf…")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class AppVeyorSecretAttribute : Attribute
{
    /// <summary>A secret for <paramref name="parameter"/>.</summary>
    /// <param name="parameter">The parameter, by member or command-line name (<c>NuGetApiKey</c>, <c>nuget-api-key</c>).</param>
    /// <param name="value">The value as AppVeyor encrypted it (base64).</param>
    public AppVeyorSecretAttribute(string parameter, string value)
    {
        Parameter = parameter;
        Value = value;
    }

    /// <summary>The parameter the secret is for.</summary>
    public string Parameter { get; }

    /// <summary>The encrypted value, written as it is.</summary>
    public string Value { get; }
}
