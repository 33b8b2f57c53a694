/// `cs completion bash|zsh`: scripts generated from the command tree, so they never drift.
public enum Completion {
    public static func script(shell: String, tree: CommandSpec) -> String {
        var cases = ""
        func visit(_ spec: CommandSpec, _ path: [String]) {
            let words = spec.subcommands.map(\.name) + (spec.options + GlobalOptions.specs).map(\.spelling)
            cases += "    \"\(path.joined(separator: " "))\") words=\"\(words.joined(separator: " "))\" ;;\n"
            for s in spec.subcommands { visit(s, path + [s.name]) }
        }
        visit(tree, [])
        let body = """
        _cs_words() {
          local path="$1" words=""
          case "$path" in
        \(cases)  esac
          echo "$words"
        }
        """
        if shell == "zsh" {
            return """
            #compdef cs
            # cs completion for zsh: eval "$(cs completion zsh)"
            \(body)
            _cs() {
              local -a path
              local w
              for w in ${words[2,CURRENT-1]}
              do [[ $w == -* ]] || path+=($w)
              done
              compadd -- $(_cs_words "${(j: :)path}")
            }
            compdef _cs cs

            """
        }
        return """
        # cs completion for bash: eval "$(cs completion bash)"
        \(body)
        _cs() {
          local cur="${COMP_WORDS[COMP_CWORD]}" path="" i
          for ((i = 1; i < COMP_CWORD; i++))
          do
            [[ ${COMP_WORDS[i]} == -* ]] || path="${path:+$path }${COMP_WORDS[i]}"
          done
          COMPREPLY=($(compgen -W "$(_cs_words "$path")" -- "$cur"))
        }
        complete -F _cs cs

        """
    }
}
