//! Results go to stdout (human text, or JSON with `--json`); nothing else goes there.

use serde_json::Value;

/// Prints a command's result: `json` with `--json`, else `human`.
pub fn result(json_mode: bool, human: impl AsRef<str>, json: Value) {
    if json_mode {
        println!(
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_else(|_| json.to_string())
        );
    } else {
        let h = human.as_ref();
        if !h.is_empty() {
            println!("{h}");
        }
    }
}

/// A progress line on stderr (what the command is doing).
pub fn step(msg: impl AsRef<str>) {
    eprintln!("{}", msg.as_ref());
}
