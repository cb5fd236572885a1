# Sourced into the interactive zsh of zsh-capture.zsh: the completion system (compinit), the script of
# `automation :completion zsh`, and the real tool as `automation`. TAB runs the real complete-word widget; compadd
# hands its arguments on to the real builtin, which matches them against the word as zsh does, but stores the
# matches (-A) for us to print instead of offering them.
PROMPT='' RPROMPT=''
bindkey -e
automation() { dotnet "$AUTOMATION_TOOL" "$@" }
autoload -Uz compinit && compinit -u -D || exit 2   # -u: never ask about insecure folders; -D: no dump file
source <(automation :completion zsh) || exit 2
compadd() {
  local -a __capture_hits
  builtin compadd -A __capture_hits "$@"
  print -r -- $'\n'"CAPTURE-HITS:${(j: :)__capture_hits}"
}
__capture_tab() { zle complete-word; print -r -- $'\n'CAPTURE-DONE }
zle -N __capture_tab && bindkey '^I' __capture_tab
print CAPTURE-READY
