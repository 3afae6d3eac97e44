//! Writes synthetic journeys, built from the shipped ones (see `tjm::synthetic`), for measuring
//! tjm on large inputs: `cargo run --release --example generate -- DIR [COUNT] [TOUCHPOINTS]`
//! (default 1000 × 100).

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "target/bench-journeys".into());
    let count = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let touchpoints = args.next().and_then(|a| a.parse().ok()).unwrap_or(100);
    tjm::synthetic::write_journeys(std::path::Path::new(&dir), count, touchpoints)?;
    println!("wrote {count} journeys of {touchpoints} touchpoints to {dir}");
    Ok(())
}
