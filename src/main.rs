//! The `newsfacts` command; everything lives in the library.

fn main() -> std::process::ExitCode {
    newsfacts::cli::main()
}
