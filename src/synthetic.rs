//! Synthetic journeys for benchmarks: built from the shipped journeys in `journeys/`, so a
//! benchmark measures the text lengths, findings, rule mix, shares and loops real files have.
//!
//! A journey of `n` touchpoints is one shipped journey when it fits; a larger one is an intake
//! touchpoint that routes tenants (realistic shares, one dominant route) to copies of shipped
//! journeys, as a contact centre routes calls to teams. Every copy varies its template a little
//! (titles, shares, waits, emotions, attention), and the last copy is cut to size. Everything is
//! deterministic by seed.

pub mod shapes;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::LazyLock;

use serde_json::{Value, json};

/// The shipped journeys, the templates of every synthetic one.
const SHIPPED: [&str; 7] = [
    include_str!("../journeys/huurachterstand.json"),
    include_str!("../journeys/huuropzegging.json"),
    include_str!("../journeys/klacht.json"),
    include_str!("../journeys/nieuwe-huurder.json"),
    include_str!("../journeys/renovatie.json"),
    include_str!("../journeys/reparatieverzoek.json"),
    include_str!("../journeys/uk-repair.json"),
];

static TEMPLATES: LazyLock<Vec<Value>> = LazyLock::new(|| {
    SHIPPED
        .iter()
        .map(|text| serde_json::from_str(text).expect("shipped journeys are valid JSON"))
        .collect()
});

/// A deterministic journey of `touchpoints` touchpoints (at least 1) as JSON text.
pub fn journey_json(id: &str, touchpoints: usize, seed: u64) -> String {
    serde_json::to_string_pretty(&journey_value(id, touchpoints, seed)).expect("serialises")
}

/// The same journey as a JSON value.
pub fn journey_value(id: &str, touchpoints: usize, seed: u64) -> Value {
    let n = touchpoints.max(1);
    let mut random = Lcg::new(seed);
    // One in seven English, as in the shipped set; a journey has one language.
    let english = random.below(SHIPPED.len()) == 0;
    let pool: Vec<&Value> = TEMPLATES
        .iter()
        .filter(|t| (t["language"] == "en") == english)
        .collect();
    let size = |t: &Value| t["touchpoints"].as_array().map_or(0, Vec::len);
    let largest = pool.iter().map(|t| size(t)).max().unwrap_or(0);

    // (template, touchpoints to keep when cut)
    let mut plan: Vec<(&Value, Option<usize>)> = Vec::new();
    if n <= largest {
        let fitting: Vec<&Value> = pool.iter().copied().filter(|t| size(t) >= n).collect();
        let template = fitting[random.below(fitting.len())];
        plan.push((template, (size(template) > n).then_some(n)));
    } else {
        let mut budget = n - 1; // the intake touchpoint
        while budget > 0 {
            let template = pool[random.below(pool.len())];
            if size(template) <= budget {
                budget -= size(template);
                plan.push((template, None));
            } else {
                plan.push((template, Some(budget)));
                budget = 0;
            }
        }
    }

    let first = plan[0].0;
    let common_stages = first["stages"].as_array().cloned().unwrap_or_default();
    let words = Words::of(english);
    let routed = n > largest;
    let mut actors: Vec<Value> = Vec::new();
    let mut actor_ids: HashSet<String> = HashSet::new();
    let mut touchpoints = Vec::with_capacity(n);
    let mut transitions = Vec::new();
    let mut evidence = Vec::new();
    let mut starts = Vec::new();
    if routed {
        actors.push(words.intake_actor.clone());
        actor_ids.insert(words.intake_actor["id"].as_str().unwrap_or_default().into());
        touchpoints.push(words.intake(&common_stages));
    }
    for (c, (template, keep)) in plan.iter().enumerate() {
        for actor in template["actors"].as_array().into_iter().flatten() {
            let actor_id = actor["id"].as_str().unwrap_or_default();
            if actor_ids.insert(actor_id.into()) {
                actors.push(actor.clone());
            }
        }
        let copy = Copy {
            prefix: if routed {
                format!("r{c}-")
            } else {
                String::new()
            },
            suffix: if routed {
                format!(" ({})", words.region(c + seed as usize))
            } else {
                String::new()
            },
            common_stages: &common_stages,
            words: &words,
        };
        let part = copy.build(template, *keep, &mut random);
        starts.push(part.start);
        touchpoints.extend(part.touchpoints);
        transitions.extend(part.transitions);
        evidence.extend(part.evidence);
    }
    if routed {
        let shares = route_shares(starts.len(), &mut random);
        for (i, start) in starts.iter().enumerate() {
            let mut transition = json!({"from": "intake", "to": start});
            if let Some(share) = shares.get(i) {
                transition["share"] = json!(share);
            }
            transitions.insert(i, transition);
        }
    }
    let title = first["title"].as_str().unwrap_or_default();
    json!({
        "id": id,
        "title": if routed { words.routed_title(title, plan.len()) } else { title.to_owned() },
        "language": if english { "en" } else { "nl" },
        "organisation": words.organisations[random.below(words.organisations.len())],
        "description": first["description"],
        "personas": first["personas"],
        "stages": common_stages,
        "actors": actors,
        "touchpoints": touchpoints,
        "transitions": transitions,
        "evidence": evidence
    })
}

/// Writes `count` journeys of `touchpoints` touchpoints each into `dir` as `journey-NNNN.json`.
pub fn write_journeys(
    dir: &std::path::Path,
    count: usize,
    touchpoints: usize,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for i in 0..count {
        let id = format!("journey-{i:04}");
        std::fs::write(
            dir.join(format!("{id}.json")),
            journey_json(&id, touchpoints, i as u64),
        )?;
    }
    Ok(())
}

/// The intake's shares over `routes` routes: one dominant route (35–55%), the rest split
/// unevenly, adding up to 100. Empty (split evenly) when there are too many routes for that.
fn route_shares(routes: usize, random: &mut Lcg) -> Vec<i64> {
    let first = 35 + random.below(21) as i64;
    if routes < 2 || routes as i64 - 1 > 100 - first {
        return Vec::new();
    }
    let weights: Vec<i64> = (1..routes).map(|_| 1 + random.below(4) as i64).collect();
    let total: i64 = weights.iter().sum();
    let mut shares = vec![first];
    shares.extend(weights.iter().map(|w| ((100 - first) * w / total).max(1)));
    let rest: i64 = shares[1..].iter().sum();
    shares[0] = 100 - rest;
    shares
}

/// The words of one language: the intake, region names, organisations.
struct Words {
    english: bool,
    intake_actor: Value,
    regions: [&'static str; 8],
    organisations: [&'static str; 4],
    end: &'static str,
}

impl Words {
    fn of(english: bool) -> Words {
        if english {
            Words {
                english,
                intake_actor: json!({"id": "contact", "name": "Contact centre", "kind": "department"}),
                regions: [
                    "North",
                    "East",
                    "South",
                    "West",
                    "Centre",
                    "Riverside",
                    "Park",
                    "Village",
                ],
                organisations: [
                    "Riverside Homes",
                    "Northgate Housing",
                    "Hillview Housing Association",
                    "Canal Side Homes",
                ],
                end: "The tenant has been helped further",
            }
        } else {
            Words {
                english,
                intake_actor: json!({"id": "kcc", "name": "Klantcontactcentrum", "kind": "department"}),
                regions: [
                    "Noord", "Oost", "Zuid", "West", "Centrum", "Haven", "Park", "Dorp",
                ],
                organisations: [
                    "Woonstichting De Linde",
                    "Woonbron Noord",
                    "Stichting Thuis aan de Dijk",
                    "Woongoed Zuid",
                ],
                end: "De huurder is verder geholpen",
            }
        }
    }

    fn region(&self, i: usize) -> String {
        let name = self.regions[i % self.regions.len()];
        match i / self.regions.len() {
            0 => name.to_owned(),
            k => format!("{name} {}", k + 1),
        }
    }

    /// The same word in both languages.
    fn routed_title(&self, title: &str, routes: usize) -> String {
        format!("{title} ({routes} teams)")
    }

    /// The touchpoint that routes tenants to the copies: asks their question first, so it
    /// adds no findings of its own.
    fn intake(&self, stages: &[Value]) -> Value {
        let (title, description) = if self.english {
            (
                "Intake: the tenant says first what is wrong",
                "The contact centre asks how it can help before anything else, then passes the question to the right team with a named contact.",
            )
        } else {
            (
                "Intake: de huurder vertelt eerst zelf wat er is",
                "Het klantcontactcentrum vraagt eerst waarmee het de huurder kan helpen en zet de vraag dan door naar het juiste team, met een vaste contactpersoon.",
            )
        };
        json!({
            "id": "intake",
            "stage": stages.first().map_or(Value::Null, |s| s["id"].clone()),
            "title": title,
            "description": description,
            "actor": self.intake_actor["id"],
            "channel": "phone",
            "direction": "inbound",
            "kind": "contact",
            "attention": {
                "own_question_asked": true,
                "named_contact": true,
                "acknowledged": true,
                "friendliness": 4,
                "helpfulness": 4
            }
        })
    }
}

/// How one template becomes one part of a synthetic journey.
struct Copy<'a> {
    prefix: String,
    suffix: String,
    common_stages: &'a [Value],
    words: &'a Words,
}

/// One copied template: its touchpoints, transitions, evidence and its first touchpoint's id.
struct Part {
    start: String,
    touchpoints: Vec<Value>,
    transitions: Vec<Value>,
    evidence: Vec<Value>,
}

impl Copy<'_> {
    fn build(&self, template: &Value, keep: Option<usize>, random: &mut Lcg) -> Part {
        let points = template["touchpoints"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let index: HashMap<&str, usize> = points
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((t["id"].as_str()?, i)))
            .collect();
        let mut edges: Vec<(usize, usize, Value)> = template["transitions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| {
                let from = *index.get(t["from"].as_str()?)?;
                let to = *index.get(t["to"].as_str()?)?;
                Some((from, to, t.clone()))
            })
            .collect();
        let kept = match keep {
            Some(k) => cut(points.len(), &mut edges, k),
            None => vec![true; points.len()],
        };

        let stage_of: HashMap<&str, usize> = template["stages"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, s)| Some((s["id"].as_str()?, i)))
            .collect();
        let own_stages = stage_of.len().max(1);
        let has_exit: HashSet<usize> = edges.iter().map(|(from, _, _)| *from).collect();
        let mut touchpoints = Vec::new();
        for (i, point) in points.iter().enumerate() {
            if !kept[i] {
                continue;
            }
            let mut point = point.clone();
            self.rename(&mut point, "id");
            if let Some(title) = point["title"].as_str() {
                point["title"] = json!(format!("{title}{}", self.suffix));
            }
            let own = point["stage"]
                .as_str()
                .and_then(|s| stage_of.get(s))
                .copied()
                .unwrap_or(0);
            let common = own * self.common_stages.len() / own_stages;
            if let Some(stage) = self.common_stages.get(common) {
                point["stage"] = stage["id"].clone();
            }
            if !has_exit.contains(&i) && point.get("outcome").is_none() {
                point["outcome"] = json!(self.words.end);
            }
            vary(&mut point, random);
            touchpoints.push(point);
        }

        let mut transitions = Vec::new();
        let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); points.len()];
        for (from, _, transition) in edges.iter_mut() {
            self.rename(transition, "from");
            self.rename(transition, "to");
            by_source[*from].push(transitions.len());
            transitions.push(transition.clone());
        }
        for group in by_source {
            vary_shares(&mut transitions, &group, random);
        }

        let evidence = template["evidence"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| {
                e["touchpoint"]
                    .as_str()
                    .and_then(|t| index.get(t))
                    .is_some_and(|&i| kept[i])
            })
            .map(|e| {
                let mut e = e.clone();
                self.rename(&mut e, "touchpoint");
                e
            })
            .collect();
        Part {
            start: format!("{}{}", self.prefix, points[0]["id"].as_str().unwrap_or("")),
            touchpoints,
            transitions,
            evidence,
        }
    }

    fn rename(&self, value: &mut Value, field: &str) {
        if let Some(id) = value[field].as_str() {
            value[field] = json!(format!("{}{id}", self.prefix));
        }
    }
}

/// Keeps the first `keep` touchpoints in breadth-first order from the start (index 0) and the
/// transitions between them, so every kept touchpoint stays reachable. Touchpoints that lost a
/// transition lose their shares (the rest split evenly, not "tenants leave here"), and those
/// that could then never finish lose their loops back, so the cut journey stays valid.
fn cut(n: usize, edges: &mut Vec<(usize, usize, Value)>, keep: usize) -> Vec<bool> {
    let mut order = vec![usize::MAX; n];
    let mut queue = VecDeque::from([0]);
    order[0] = 0;
    let mut seen = 1;
    while let Some(node) = queue.pop_front() {
        for (from, to, _) in edges.iter() {
            if *from == node && order[*to] == usize::MAX {
                order[*to] = seen;
                seen += 1;
                queue.push_back(*to);
            }
        }
    }
    let kept: Vec<bool> = order.iter().map(|&o| o < keep).collect();
    let before: Vec<usize> = count_exits(n, edges);
    edges.retain(|(from, to, _)| kept[*from] && kept[*to]);
    let after = count_exits(n, edges);
    for (from, _, transition) in edges.iter_mut() {
        if after[*from] < before[*from]
            && let Some(map) = transition.as_object_mut()
        {
            map.remove("share");
        }
    }
    let finishes = can_finish(n, edges);
    edges.retain(|(from, to, _)| finishes[*from] || order[*to] > order[*from]);
    kept
}

fn count_exits(n: usize, edges: &[(usize, usize, Value)]) -> Vec<usize> {
    let mut exits = vec![0; n];
    for (from, _, _) in edges {
        exits[*from] += 1;
    }
    exits
}

/// Which touchpoints have a path to an end (a touchpoint without exits).
fn can_finish(n: usize, edges: &[(usize, usize, Value)]) -> Vec<bool> {
    let exits = count_exits(n, edges);
    let mut finishes: Vec<bool> = exits.iter().map(|&e| e == 0).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (from, to, _) in edges {
            if finishes[*to] && !finishes[*from] {
                finishes[*from] = true;
                changed = true;
            }
        }
    }
    finishes
}

/// Small changes that keep a touchpoint plausible: an emotion a step up or down, an attention
/// answer the other way, a wait a unit longer or shorter.
fn vary(point: &mut Value, random: &mut Lcg) {
    if let Some(score) = point["emotion"]["score"].as_i64()
        && random.chance(0.15)
    {
        let step = if random.chance(0.5) { 1 } else { -1 };
        point["emotion"]["score"] = json!((score + step).clamp(-3, 3));
    }
    if let Some(attention) = point.get_mut("attention").and_then(Value::as_object_mut) {
        for (key, value) in attention.iter_mut() {
            match value {
                Value::Bool(b) if random.chance(0.05) => *b = !*b,
                Value::Number(number)
                    if (key == "friendliness" || key == "helpfulness") && random.chance(0.1) =>
                {
                    let step = if random.chance(0.5) { 1 } else { -1 };
                    *value = json!((number.as_i64().unwrap_or(3) + step).clamp(1, 5));
                }
                _ => {}
            }
        }
    }
    if let Some(wait) = point["wait"].as_str()
        && random.chance(0.5)
        && let Some((amount, unit)) = wait.split_once(' ')
        && let Ok(amount) = amount.parse::<i64>()
    {
        let step = if random.chance(0.5) { 1 } else { -1 };
        point["wait"] = json!(format!("{} {unit}", (amount + step).max(1)));
    }
}

/// Moves up to 5 percentage points between two shares leaving the same touchpoint.
fn vary_shares(transitions: &mut [Value], group: &[usize], random: &mut Lcg) {
    let set: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&i| transitions[i]["share"].is_number())
        .collect();
    if set.len() < 2 {
        return;
    }
    let share = |t: &Value| t["share"].as_f64().unwrap_or(0.0).round() as i64;
    let give = set[random.below(set.len())];
    let take = set[random.below(set.len())];
    let amount = (random.below(6) as i64).min(share(&transitions[give]) - 1);
    if give != take && amount > 0 {
        let (from, to) = (share(&transitions[give]), share(&transitions[take]));
        transitions[give]["share"] = json!(from - amount);
        transitions[take]["share"] = json!(to + amount);
    }
}

/// A small linear congruential generator: deterministic, no dependency, good enough to vary data.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Lcg {
        Lcg(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::config::Config;
    use crate::load::{LoadOptions, load_text};

    fn load(n: usize, seed: u64) -> crate::load::LoadedJourney {
        let names = crate::rules::rule_names();
        let text = super::journey_json("j", n, seed);
        let (journey, problems) = load_text(
            Path::new("j.json"),
            text,
            &LoadOptions {
                rule_names: &names,
                ..Default::default()
            },
        );
        assert!(
            problems.is_empty(),
            "{n} touchpoints, seed {seed}: {:?}",
            problems.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
        journey.expect("loads")
    }

    #[test]
    fn synthetic_journeys_load_without_problems_at_every_size() {
        for seed in 0..14 {
            for n in [1, 3, 11, 12, 17, 18, 40, 100, 250] {
                assert_eq!(load(n, seed).journey.touchpoints.len(), n, "seed {seed}");
            }
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(
            super::journey_json("j", 100, 3),
            super::journey_json("j", 100, 3)
        );
        assert_ne!(
            super::journey_json("j", 100, 3),
            super::journey_json("j", 100, 4)
        );
    }

    #[test]
    fn findings_per_touchpoint_and_main_paths_are_like_the_shipped_journeys() {
        let config = Config::default();
        let (mut touchpoints, mut findings) = (0, 0);
        let mut rules = std::collections::BTreeSet::new();
        for seed in 0..30 {
            let analysed = crate::project::analyse(load(100, seed), &config, None);
            touchpoints += analysed.loaded.journey.touchpoints.len();
            findings += analysed.analysis.active().count();
            rules.extend(analysed.analysis.active().map(|f| f.rule));
            let probability = analysed.analysis.graph.main_path_probability();
            assert!(
                probability >= 0.05,
                "seed {seed}: main path taken by {probability}"
            );
        }
        let per_touchpoint = findings as f64 / touchpoints as f64;
        assert!(
            (0.4..=0.75).contains(&per_touchpoint),
            "{per_touchpoint} findings per touchpoint"
        );
        assert!(rules.len() >= 10, "rules found: {rules:?}");
    }
}
