/// The examples at the end of each command's help: two or three real command lines each, with
/// what they do in both languages. `HelpTests` parses every one, so none can go stale.
enum CommandExamples {
    typealias E = Example
}
