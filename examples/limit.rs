//! The practical limit for a JSON tool, to compare tjm's commands against: on one thread,
//! reads every `*.json` in a folder and parses it into a `serde_json::Value`, nothing more.
//! `cargo run --release --example limit -- DIR` (see `benches/compare.sh`).

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench-journeys".into()),
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let (mut bytes, mut values) = (0, 0);
    for file in &files {
        let text = std::fs::read(file)?;
        bytes += text.len();
        match serde_json::from_slice::<serde_json::Value>(&text) {
            Ok(value) => values += usize::from(!value.is_null()),
            Err(error) => eprintln!("{}: {error}", file.display()),
        }
    }
    println!(
        "parsed {values} of {} files, {bytes} bytes, in {}",
        files.len(),
        dir.display()
    );
    Ok(())
}
