//! Exit codes, as ripgrep and ruff use them: scripts and CI can tell findings from broken input.

use std::process::ExitCode;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// No error-level findings (exit 0).
    Clean,
    /// Error-level findings, or `--check` found files to change (exit 1).
    Findings,
    /// The input could not be used: broken journey files, bad config, wrong arguments (exit 2).
    InvalidInput,
}

impl Exit {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Exit::Clean => 0,
            Exit::Findings => 1,
            Exit::InvalidInput => 2,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// A closed pipe (`tjm rules | head`) is not an error.
pub(crate) fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
