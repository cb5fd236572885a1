namespace Automation;

/// <summary>NUKE's <c>[AppVeyorSecret(name, encryptedValue)]</c> for its appveyor.yml generator, which the engine does not have. Using it is a compile error that says what to do.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
[Obsolete("the engine has no generator for appveyor.yml: remove [AppVeyorSecret(...)] and keep the encrypted value in the CI system's own appveyor.yml (environment: NAME: secure: ...), which the build reads as the parameter's environment variable.", error: true)]
public sealed class AppVeyorSecretAttribute : Attribute
{
    /// <summary>Takes NUKE's arguments and ignores them: the attribute is only a signpost.</summary>
    /// <param name="parameter">The parameter the secret is for.</param>
    /// <param name="encryptedValue">The value AppVeyor encrypted.</param>
    public AppVeyorSecretAttribute(string parameter, string encryptedValue) => _ = (parameter, encryptedValue);
}
