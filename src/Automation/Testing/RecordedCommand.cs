namespace Automation.Testing;

/// <summary>A command a build started while a <see cref="CommandRecorder"/> was in scope, and what the recorder answered.</summary>
/// <param name="Program">The program as the build gave it: a bare name (<c>git</c>) or a path (<c>/usr/share/dotnet/dotnet</c>).</param>
/// <param name="Arguments">The arguments, each as it would have been passed.</param>
/// <param name="WorkingDirectory">The full path of the directory it would have run in.</param>
/// <param name="Variables">The variables it would have got on top of the inherited environment (a null value removes one).</param>
/// <param name="Reply">The answer it got; null when it was unscripted and the recorder failed it.</param>
public sealed record RecordedCommand(string Program, IReadOnlyList<string> Arguments, string WorkingDirectory, IReadOnlyDictionary<string, string?> Variables, ProcessReply? Reply)
{
    /// <summary>
    /// The command as one line: the program's name without folder or Windows extension, then the arguments, quoted
    /// where a shell would need it (<c>dotnet build /repo/a.sln --configuration Release</c>). Scripts match this text.
    /// </summary>
    public string Text => CommandText.Of(Program, Arguments);

    /// <inheritdoc />
    public override string ToString() => Text;
}
