//! The `newsfacts` command; everything lives in the library.

/// mimalloc: the pipeline allocates and frees many small buffers per article on every
/// thread, which it serves faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    newsfacts::cli::main()
}
