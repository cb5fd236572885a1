# Completes each argument (a command line, cursor at its end) in a real interactive zsh on a pseudo-terminal, the
# way a TAB would, and prints what it offers: one line per argument, the candidates separated by spaces.
# Run with: zsh -f zsh-capture.zsh 'automation p' ...   (with AUTOMATION_TOOL set; see zsh-capture-inner.zsh)
zmodload zsh/zpty || exit 2
zpty capture zsh -f -i || exit 2
zpty -w capture "source ${(q)${0:A:h}}/zsh-capture-inner.zsh"
zpty -r capture out '*CAPTURE-READY*' || exit 3
for line in "$@"; do
  zpty -w -n capture "$line"$'\t'
  zpty -r capture out '*CAPTURE-DONE*' || exit 4
  print -r -- "${(j: :)${(@)${(@M)${(@f)out//$'\r'/}:#CAPTURE-HITS:*}#CAPTURE-HITS:}}"
  zpty -w -n capture $'\C-u'
done
zpty -d capture
