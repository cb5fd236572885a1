namespace Automation.Cli.Completion;

/// <summary>
/// The shell scripts <c>automation :completion &lt;shell&gt;</c> prints. Each hands the words typed so far to
/// <c>automation :complete</c>, which answers from the build's cached target and parameter list, so a TAB never
/// compiles or starts the build. They complete <c>automation</c> and <c>build.sh</c>/<c>build.ps1</c> alike.
/// </summary>
internal static class CompletionScripts
{
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "fish", "pwsh"];

    public static string? For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        "pwsh" or "powershell" => PowerShell,
        _ => null,
    };

    private const string Bash = """
        # automation completion for bash. Load it with: source <(automation :completion bash)
        _automation() {
            local IFS=$'\n'
            COMPREPLY=($(automation :complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
        }
        complete -o bashdefault -o default -F _automation automation build.sh ./build.sh

        """;

    private const string Zsh = """
        # automation completion for zsh (needs compinit first). Load it with: source <(automation :completion zsh)
        _automation() {
            local -a candidates
            candidates=("${(@f)$(automation :complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
            candidates=(${candidates:#})
            (( ${#candidates} )) && compadd -Q -a candidates
        }
        compdef _automation automation build.sh ./build.sh

        """;

    private const string Fish = """
        # automation completion for fish. Load it with: automation :completion fish | source
        function __automation_complete
            set -l words (commandline -opc) (commandline -ct)
            automation :complete $words[2..-1] 2>/dev/null
        end
        complete -c automation -f -a '(__automation_complete)'
        complete -c build.sh -f -a '(__automation_complete)'

        """;

    // Native completers are looked up by the command's file name, so build.sh also covers ./build.sh and a full path.
    // A quoted word ('--skip') reaches the tool as its value, as the shell would pass it on.
    private const string PowerShell = """
        # automation completion for PowerShell. Load it with: automation :completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName automation, build.sh, build.ps1, build.cmd -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $words = @($commandAst.CommandElements | Select-Object -Skip 1 |
                Where-Object { $_.Extent.EndOffset -le $cursorPosition } |
                ForEach-Object { if ($_ -is [System.Management.Automation.Language.StringConstantExpressionAst]) { $_.Value } else { $_.ToString() } })
            if ($wordToComplete -eq '') { $words += '' }   # PowerShell 7.3+ passes the empty word on
            automation :complete @words 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
