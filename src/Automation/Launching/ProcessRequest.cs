namespace Automation;

/// <summary>A program that <see cref="ProcessLauncher"/> was asked to start, as an <see cref="IProcessInterceptor"/> sees it.</summary>
/// <param name="Program">The program as it was given: a path or a bare name (not looked up on <c>PATH</c>).</param>
/// <param name="Arguments">The arguments, each as it would be passed.</param>
/// <param name="WorkingDirectory">The full path of the directory it would run in.</param>
/// <param name="Variables">The variables it would get on top of the inherited environment (a null value removes one), or instead of it when <see cref="ReplaceEnvironment"/>.</param>
/// <param name="ReplaceEnvironment">Whether <paramref name="Variables"/> would be its whole environment.</param>
public sealed record ProcessRequest(string Program, IReadOnlyList<string> Arguments, string WorkingDirectory, IReadOnlyDictionary<string, string?> Variables, bool ReplaceEnvironment);
