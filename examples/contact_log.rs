//! Writes the shipped sample contact log for the repair journey (`journeys/reparatieverzoek.json`):
//! `cargo run --example contact_log -- evidence/reparatieverzoek.csv [CASES]`.
//!
//! Deterministic (a fixed-seed xorshift generator: same arguments, same bytes), in the shape of
//! a VERA `Contactmoment` export with the case number added: `zaak;datum;kanaal;richting;
//! onderwerp;medewerker`, `;`-separated with Dutch dates (`24-11-2025 13:56`), rows in time
//! order with cases interleaved, and the cases still running at the end of 2025 cut off (open
//! at export). Case numbers and staff names are invented.
//!
//! It is built to disagree with the map where real logs usually do: more first visits fail
//! for a missing part than the map's 30%, the first visit comes later than the three weeks the
//! map states, and tenants call back while they wait, a step the map does not have.

use std::fmt::Write as _;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.next() < p
    }

    fn exp(&mut self, mean: f64) -> f64 {
        -mean * (1.0 - self.next()).ln()
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() * items.len() as f64) as usize % items.len()]
    }
}

const MIN: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 86_400;
/// 2025-01-01 00:00 and 2026-01-01 00:00, seconds since 1970.
const START: i64 = 1_735_689_600;
const END: i64 = 1_767_225_600;

const KCC: &[&str] = &["KCC Amira", "KCC Bas", "KCC Chantal", "KCC Dennis"];
const PLANNING: &[&str] = &["Planning Els", "Planning Fons"];
const MONTEUR: &[&str] = &["Monteur Gert", "Monteur Hakan", "Monteur Ilse"];

/// Moves a moment into office hours (08:00–17:00, Monday to Friday).
fn office(t: i64) -> i64 {
    let mut day = t.div_euclid(DAY);
    let mut second = t.rem_euclid(DAY);
    if second >= 17 * HOUR {
        day += 1;
        second = 8 * HOUR + second % HOUR;
    } else if second < 8 * HOUR {
        second = 8 * HOUR + second % HOUR;
    }
    let weekday = (day + 3).rem_euclid(7); // 0 is Monday: 1970-01-01 was a Thursday
    if weekday >= 5 {
        day += 7 - weekday;
    }
    day * DAY + second
}

fn date(t: i64) -> String {
    let days = t.div_euclid(DAY);
    // Howard Hinnant's civil_from_days
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let s = t.rem_euclid(DAY);
    format!("{d:02}-{m:02}-{y:04} {:02}:{:02}", s / HOUR, s % HOUR / MIN)
}

/// One case: (time, channel, direction, subject, staff).
fn case(rng: &mut Rng) -> Vec<(i64, &'static str, &'static str, &'static str, &'static str)> {
    let mut ev = Vec::new();
    let kcc = rng.pick(KCC);
    let mut t = office(START + (rng.next() * (END - START) as f64) as i64);
    ev.push((t, "TEL", "INK", "Reparatieverzoek gemeld", kcc));
    t += 4 * MIN + (rng.next() * 6.0 * MIN as f64) as i64;
    ev.push((t, "TEL", "INK", "Diagnose reparatiewijzer", kcc));
    if rng.chance(0.10) {
        t += 3 * MIN;
        ev.push((t, "TEL", "INK", "Afgewezen: huurdersonderhoud", kcc));
        return ev;
    }
    let planning = rng.pick(PLANNING);
    let monteur = rng.pick(MONTEUR);
    let mut visits = 0;
    loop {
        if visits > 0 {
            // the part has to come in first
            t += 6 * DAY + rng.exp(6.0 * DAY as f64) as i64;
        }
        t = office(t + HOUR + rng.exp(2.5 * DAY as f64) as i64);
        ev.push((t, "TEL", "UIT", "Afspraak gepland", planning));
        t += 10 * MIN;
        ev.push((t, "SMS", "UIT", "Afspraakbevestiging verstuurd", planning));
        let wait = if visits == 0 {
            30 * DAY + rng.exp(12.0 * DAY as f64) as i64
        } else {
            24 * DAY + rng.exp(8.0 * DAY as f64) as i64
        };
        // tenants call back while they wait, more often the longer it takes
        let mut call = t;
        loop {
            call += rng.exp(12.0 * DAY as f64) as i64 + HOUR;
            if call >= t + wait - DAY {
                break;
            }
            ev.push((
                office(call),
                "TEL",
                "INK",
                "Klant belt opnieuw",
                rng.pick(KCC),
            ));
        }
        t = office(t + wait);
        ev.push((t, "BEZ", "UIT", "Bezoek monteur", monteur));
        visits += 1;
        let fails = if visits == 1 { 0.55 } else { 0.25 };
        if visits < 3 && rng.chance(fails) {
            t += 30 * MIN;
            ev.push((t, "INT", "UIT", "Onderdeel besteld", "Magazijn"));
            continue;
        }
        break;
    }
    t += 40 * MIN + (rng.next() * 2.0 * HOUR as f64) as i64;
    ev.push((t, "BEZ", "UIT", "Reparatie uitgevoerd", monteur));
    t = office(t + DAY);
    ev.push((t, "SMS", "UIT", "Enquête verstuurd", "Systeem"));
    if rng.chance(0.12) {
        t = office(t + DAY + rng.exp(DAY as f64) as i64);
        ev.push((t, "TEL", "UIT", "Opzichter belt terug", "Opzichter Jan"));
    }
    t = office(t + 2 * DAY);
    ev.push((t, "INT", "UIT", "Zaak afgesloten", "Systeem"));
    // equal times would be ambiguous in a real export too; keep each case strictly ordered
    for i in 1..ev.len() {
        if ev[i].0 <= ev[i - 1].0 {
            ev[i].0 = ev[i - 1].0 + MIN;
        }
    }
    ev
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = args
        .next()
        .unwrap_or_else(|| "evidence/reparatieverzoek.csv".to_owned());
    let cases: usize = args.next().map_or(Ok(1800), |n| n.parse())?;
    let mut rng = Rng(0x7e1a_2025_dead_beef);
    let mut rows = Vec::new();
    for n in 0..cases {
        let zaak = format!("RV-{:06}", 202_500_000 + n * 7 % 1_000_000);
        for (t, kanaal, richting, onderwerp, medewerker) in case(&mut rng) {
            if t < END {
                rows.push((t, zaak.clone(), kanaal, richting, onderwerp, medewerker));
            }
        }
    }
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut text = String::from("zaak;datum;kanaal;richting;onderwerp;medewerker\n");
    for (t, zaak, kanaal, richting, onderwerp, medewerker) in rows {
        writeln!(
            text,
            "{zaak};{};{kanaal};{richting};{onderwerp};{medewerker}",
            date(t)
        )?;
    }
    let path = std::path::Path::new(&out);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    tjm::fsutil::write_atomic(path, text.as_bytes(), tjm::fsutil::Overwrite::Replace)?;
    eprintln!("{out}: {cases} cases, {} bytes", text.len());
    Ok(())
}
