//! Errors a user reads: one `error:` line, an optional `hint:` line, and an exit code
//! (1 = the operation failed, 2 = the command line was wrong).

use std::fmt;

/// Why the command stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The command line cannot be carried out as written (exit 2).
    Usage,
    /// The operation failed or was refused (exit 1).
    Failed,
}

/// An error meant for the user, with a hint when one helps.
#[derive(Debug, Clone)]
pub struct CliError {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            kind: Kind::Usage,
            message: message.into(),
            hint: None,
        }
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Self {
            kind: Kind::Failed,
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn exit_code(&self) -> i32 {
        match self.kind {
            Kind::Usage => 2,
            Kind::Failed => 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// Prints an error report the way users read it and returns the exit code.
pub fn render(report: &eyre::Report) -> i32 {
    if let Some(e) = report.downcast_ref::<CliError>() {
        eprintln!("error: {}", e.message);
        if let Some(h) = &e.hint {
            eprintln!("hint: {h}");
        }
        return e.exit_code();
    }
    eprintln!("error: {report}");
    for cause in report.chain().skip(1) {
        eprintln!("  caused by: {cause}");
    }
    1
}
