namespace Automation.Components;

/// <summary>
/// The shell scripts of the deploy steps on one host's root: <c>versions/&lt;version&gt;/</c> (each complete before
/// it gets its name: it is filled as <c>versions/.incoming-&lt;version&gt;</c> and renamed), the <c>live</c> symlink
/// (switched by renaming a new link over it, so it always names a complete version, even when a deploy is
/// interrupted) and <c>history</c>, the versions in the order they went live.
/// </summary>
internal static class HostLayout
{
    /// <summary>Prints <c>live=</c>, <c>hash=</c>, <c>version=</c> and <c>history=</c> lines for <see cref="HostState.Parse"/>.</summary>
    public static string StateScript(string root) => $$"""
        cd {{Q(root)}} 2>/dev/null || exit 0
        l=$(readlink live 2>/dev/null || true)
        printf 'live=%s\n' "$l"
        if [ -n "$l" ] && [ -f "$l/.deploy/config.sha256" ]; then printf 'hash=%s\n' "$(cat "$l/.deploy/config.sha256")"; fi
        if [ -f history ]; then sed 's/^/history=/' history; fi
        if [ -d versions ]; then ls -1 versions | grep -v '^\.' | sed 's/^/version=/'; fi
        exit 0
        """;

    public static string Incoming(string root, string version) => $"{root}/versions/.incoming-{version}";

    public static string PrepareIncomingScript(string root, string version) =>
        $"mkdir -p {Q(root + "/versions")} && rm -rf {Q(Incoming(root, version))} && mkdir {Q(Incoming(root, version))}";

    public static string CompleteIncomingScript(string root, string version) =>
        $"rm -rf {Q($"{root}/versions/{version}")} && mv {Q(Incoming(root, version))} {Q($"{root}/versions/{version}")}";

    public static string HookScript(string root, string version, string environment, string hook) =>
        $"cd {Q($"{root}/versions/{version}")} && if [ -f .deploy/{hook} ]; then DEPLOY_ROOT={Q(root)} DEPLOY_VERSION={Q(version)} DEPLOY_ENVIRONMENT={Q(environment)} sh .deploy/{hook}; fi";

    public static string SwitchScript(string root, string version)
    {
        var temporary = $".live-{Guid.NewGuid():N}";
        // ln -sfn would unlink then link: a moment without live. rename(2) of a new link over the old one is atomic.
        return $"cd {Q(root)} && ln -s {Q($"versions/{version}")} {temporary} && mv -T {temporary} live && echo {Q(version)} >> history";
    }

    public static string RemoveScript(string root, IEnumerable<string> versions) =>
        "cd " + Q(root + "/versions") + " && rm -rf " + string.Join(' ', versions.Select(Q));

    public static string HealthCommandScript(string root, string command) => $"cd {Q(root + "/live")} && {command}";

    private static string Q(string word) => ShellQuoting.Quote(word);
}
