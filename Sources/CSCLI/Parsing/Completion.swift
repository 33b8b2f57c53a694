/// Shell completion. The shells' scripts are thin: they hand the words typed so far to
/// `cs __complete` and offer what it prints, so the walk over the command tree (which words
/// are commands, which are option values, what a value may be) is written once, here, and
/// bash, zsh and fish complete alike.
public enum Completion {
    /// What to offer for the word being typed.
    public enum Reply: Equatable, Sendable {
        case words([String])
        /// Let the shell complete file names (an option or argument that names a file).
        case files
        case directories
    }

    /// `words`: everything after `cs`, the last being the word being completed (maybe empty).
    /// `records`: the ids a record argument's desk offers (none when the desk cannot be read).
    public static func reply(
        _ words: [String], tree: CommandSpec, records: (RecordIds) -> [String] = { _ in [] }
    ) -> Reply {
        // `cs help member ea…`: the words after help are a command line's commands.
        if words.first == "help", words.count > 1 {
            guard case .words(let w) = reply(Array(words.dropFirst()), tree: tree) else { return .words([]) }
            return .words(w.filter { !$0.hasPrefix("-") })
        }
        var command = tree
        let current = words.last ?? ""
        var arguments = 0
        // The option whose value the next word is (`--amount` in `--amount 100`).
        var awaiting: OptionSpec?
        for w in words.dropLast() {
            if awaiting != nil {
                awaiting = nil
            } else if w.hasPrefix("-") && w.count > 1 {
                if !w.contains("="), let o = option(w, in: command), o.value != nil { awaiting = o }
            } else if let sub = command.subcommand(w) {
                command = sub
            } else {
                arguments += 1
            }
        }
        if let o = awaiting, let value = o.value { return values(value, name: o.valueName, current: current) }
        if current.hasPrefix("-") {
            let spellings = (command.options + GlobalOptions.specs).map(\.spelling)
            return .words(spellings.filter { $0.hasPrefix(current) })
        }
        if command.hasSubcommands {
            return .words(command.subcommandNames.filter { $0.hasPrefix(current) })
        }
        if arguments < command.arguments.count {
            let a = command.arguments[arguments]
            if let ids = a.ids {
                // Ids are case-insensitive (`c01-7` is C01-7), so is what is typed of one.
                return .words(records(ids).filter { $0.uppercased().hasPrefix(current.uppercased()) })
            }
            return values(a.value, name: a.name, current: current)
        }
        return .words([])
    }

    static func option(_ word: String, in command: CommandSpec) -> OptionSpec? {
        let all = command.options + GlobalOptions.specs
        if word.hasPrefix("--") { return all.first { $0.spelling == word } }
        guard word.count == 2, let c = word.last else { return nil }
        return all.first { $0.short == c }
    }

    static func values(_ type: ValueType, name: String, current: String) -> Reply {
        if case .choice(let choices) = type { return .words(choices.filter { $0.hasPrefix(current) }) }
        if name.hasSuffix("FILE") { return .files }
        if name.hasSuffix("DIR") { return .directories }
        return .words([])
    }

    /// What `cs __complete` prints: one candidate a line, or `:files` / `:directories`.
    public static func output(_ reply: Reply) -> String {
        switch reply {
        case .words(let w): w.isEmpty ? "" : w.joined(separator: "\n") + "\n"
        case .files: ":files\n"
        case .directories: ":directories\n"
        }
    }

    public static func script(shell: String) -> String {
        switch shell {
        case "zsh": zsh
        case "fish": fish
        default: bash
        }
    }

    static let bash = """
        # cs completion for bash: eval "$(cs completion bash)"
        _cs() {
          local cur="${COMP_WORDS[COMP_CWORD]}" reply
          reply="$(cs __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)"
          case "$reply" in
            :files) COMPREPLY=($(compgen -f -- "$cur")) ;;
            :directories) COMPREPLY=($(compgen -d -- "$cur")) ;;
            *) local IFS=$'\\n'; COMPREPLY=($reply) ;;
          esac
        }
        complete -o filenames -F _cs cs

        """

    static let zsh = """
        #compdef cs
        # cs completion for zsh: eval "$(cs completion zsh)" in ~/.zshrc (compinit is loaded if it
        # is not yet), or save it as _cs in a directory on $fpath.
        _cs() {
          local reply
          reply="$(cs __complete "${(@)words[2,CURRENT]}" 2>/dev/null)"
          case "$reply" in
            :files) _files ;;
            :directories) _files -/ ;;
            *) local -a candidates; candidates=("${(@f)reply}"); compadd -- $candidates ;;
          esac
        }
        if [[ "${funcstack[1]-}" == _cs ]]; then
          # Autoloaded from $fpath by the first TAB: this file was the function; complete now.
          _cs "$@"
        else
          (( $+functions[compdef] )) || { autoload -Uz compinit && compinit -i }
          compdef _cs cs
        fi

        """

    static let fish = """
        # cs completion for fish: cs completion fish > ~/.config/fish/completions/cs.fish
        function __cs_complete
          set -l words (commandline -opc) (commandline -ct)
          set -l reply (cs __complete $words[2..-1] 2>/dev/null)
          switch "$reply"
            case :files
              __fish_complete_path (commandline -ct)
            case :directories
              __fish_complete_directories (commandline -ct)
            case '*'
              printf '%s\\n' $reply
          end
        end
        complete -c cs -f -a '(__cs_complete)'

        """
}
