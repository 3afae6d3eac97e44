//! The `tjm` binary: a thin shell over the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    tjm::cli::main().into()
}
