//! Writes the shipped sample contact logs for the repair journey (`journeys/reparatieverzoek.json`)
//! and the complaint journey (`journeys/klacht.json`):
//! `cargo run --example contact_log -- evidence` writes `evidence/reparatieverzoek.csv` and
//! `evidence/klacht.csv`.
//!
//! Deterministic (a fixed-seed xorshift generator: same arguments, same bytes), in the shape of
//! a VERA `Contactmoment` export with the case number added: `zaak;datum;kanaal;richting;
//! onderwerp;medewerker`, `;`-separated with Dutch dates (`24-11-2025 13:56`), rows in time
//! order with cases interleaved, and the cases still running at the end of 2025 cut off (open
//! at export). The complaint log holds all of 2025; the repair log is a six-week extract (the
//! requests from 1 September). Case numbers and staff names are invented.
//!
//! They are built to disagree with the maps where real logs usually do. Repairs: more first
//! visits fail for a missing part than the map's 30%, the first visit comes later than the
//! three weeks the map states, and tenants call back while they wait, a step the map does not
//! have. Complaints: fewer tenants chase their complaint than the map's 40%, and the repair
//! after a complaint upheld takes longer than the eight working days promised.

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
/// The repair log is an extract: the requests made from 1 September 2025 for six weeks,
/// followed to the end of the year, as an export for one review often is. tjm then keeps the
/// map's yearly volume (a six-week count is no year) and still measures shares and waits.
const REPAIRS_FROM: i64 = 1_756_684_800;
const REPAIRS_TO: i64 = REPAIRS_FROM + 42 * DAY;

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
    let (y, m, d) = tjm::civil::civil_from_days(days);
    let s = t.rem_euclid(DAY);
    format!("{d:02}-{m:02}-{y:04} {:02}:{:02}", s / HOUR, s % HOUR / MIN)
}

/// One case: (time, channel, direction, subject, staff).
fn case(rng: &mut Rng) -> Vec<Event> {
    let mut ev = Vec::new();
    let kcc = rng.pick(KCC);
    let opened = REPAIRS_FROM + (rng.next() * (REPAIRS_TO - REPAIRS_FROM) as f64) as i64;
    let mut t = office(opened);
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

type Event = (i64, &'static str, &'static str, &'static str, &'static str);

/// One complaint: the portal form, the wait (tenants chasing it), intake, inspection, the
/// decision and what follows it.
fn complaint(rng: &mut Rng) -> Vec<Event> {
    let mut ev: Vec<Event> = Vec::new();
    let mut t = START + (rng.next() * (END - START) as f64) as i64;
    ev.push((t, "INT", "INK", "Klacht ingediend", "Klantportaal"));
    t += 2 * MIN;
    ev.push((t, "EMA", "UIT", "Ontvangstbevestiging verstuurd", "Systeem"));
    t = office(t + HOUR);
    ev.push((t, "INT", "UIT", "Klacht in wachtrij", "Klachtenbureau"));
    let until = t + 30 * DAY + rng.exp(10.0 * DAY as f64) as i64;
    let mut chase = 0.3;
    while rng.chance(chase) {
        let call = office(t + rng.exp(12.0 * DAY as f64) as i64 + DAY);
        if call >= until - DAY {
            break;
        }
        ev.push((call, "TEL", "INK", "Klant belt over klacht", rng.pick(KCC)));
        t = call + 5 * MIN;
        ev.push((t, "INT", "UIT", "Klacht in wachtrij", "Klachtenbureau"));
        chase = 0.2;
    }
    t = office(until);
    ev.push((
        t,
        "TEL",
        "UIT",
        "Intakegesprek klachtbehandelaar",
        "Klachtbehandelaar Kim",
    ));
    t = office(t + DAY + rng.exp(5.0 * DAY as f64) as i64);
    ev.push((t, "INS", "UIT", "Inspectie na klacht", "Opzichter Jan"));
    t = office(t + 2 * DAY + rng.exp(7.0 * DAY as f64) as i64);
    let mut repair = rng.chance(0.65);
    if repair {
        ev.push((
            t,
            "BRI",
            "UIT",
            "Besluit: klacht gegrond",
            "Klachtbehandelaar Kim",
        ));
    } else {
        ev.push((
            t,
            "BRI",
            "UIT",
            "Besluit: klacht ongegrond",
            "Klachtbehandelaar Kim",
        ));
        if !rng.chance(0.3) {
            t = office(t + 14 * DAY);
            ev.push((t, "INT", "UIT", "Zaak gesloten zonder vervolg", "Systeem"));
            return ev;
        }
        t = office(t + 20 * DAY + rng.exp(10.0 * DAY as f64) as i64);
        ev.push((
            t,
            "BAL",
            "INK",
            "Hoorzitting klachtencommissie",
            "Klachtencommissie",
        ));
        t = office(t + 14 * DAY + rng.exp(7.0 * DAY as f64) as i64);
        ev.push((t, "BRI", "UIT", "Besluit directie na advies", "Directie"));
        repair = rng.chance(0.8);
        if !repair {
            t = office(t + 60 * DAY + rng.exp(30.0 * DAY as f64) as i64);
            ev.push((t, "BRI", "INK", "Uitspraak Huurcommissie", "Huurcommissie"));
            return ev;
        }
    }
    t = office(t + 16 * DAY + rng.exp(6.0 * DAY as f64) as i64);
    ev.push((
        t,
        "BEZ",
        "UIT",
        "Ventilatie aangebracht",
        "Installateur Lars",
    ));
    t = office(t + 2 * DAY);
    ev.push((
        t,
        "TEL",
        "UIT",
        "Klachtbehandelaar belt na",
        "Klachtbehandelaar Kim",
    ));
    ev
}

/// The log of `cases` cases from `one`, numbered `prefix-…`, as a `;`-separated VERA-style CSV.
fn log(
    rng: &mut Rng,
    cases: usize,
    prefix: &str,
    one: fn(&mut Rng) -> Vec<Event>,
) -> anyhow::Result<String> {
    let mut rows = Vec::new();
    for n in 0..cases {
        let zaak = format!("{prefix}-{:06}", 202_500_000 + n * 7 % 1_000_000);
        for (t, kanaal, richting, onderwerp, medewerker) in one(rng) {
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
    Ok(text)
}

fn main() -> anyhow::Result<()> {
    let dir = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "evidence".to_owned()),
    );
    std::fs::create_dir_all(&dir)?;
    let mut rng = Rng(0x7e1a_2025_dead_beef);
    for (name, cases, prefix, one) in [
        (
            "reparatieverzoek.csv",
            1800,
            "RV",
            case as fn(&mut Rng) -> Vec<Event>,
        ),
        // a whole year of complaints: tjm counts the volume from it
        ("klacht.csv", 212, "KL", complaint),
    ] {
        let text = log(&mut rng, cases, prefix, one)?;
        let path = dir.join(name);
        tjm::fsutil::write_atomic(&path, text.as_bytes(), tjm::fsutil::Overwrite::Replace)?;
        eprintln!("{}: {cases} cases, {} bytes", path.display(), text.len());
    }
    Ok(())
}
