//! Benchmarks of the pipeline on realistic synthetic journeys (`tjm::synthetic`: built from
//! the shipped journeys, with their text lengths, findings per touchpoint and rule mix):
//! loading and checking 1,000 journeys of 100 touchpoints, and the parts on their own.
//! Run with `cargo bench --bench pipeline`; whole commands: `benches/compare.py`.

use std::path::PathBuf;
use std::sync::LazyLock;

use tjm::config::Config;
use tjm::project::Project;

fn main() {
    divan::main();
}

/// 1,000 journey files of 100 touchpoints, written once per run.
static CORPUS: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journeys");
    tjm::synthetic::write_journeys(&path, 1000, 100).expect("write corpus");
    (dir, path)
});

/// Load, validate, build graphs and run every rule: what `tjm check` does.
#[divan::bench(sample_count = 10)]
fn load_and_check_1000_journeys(bencher: divan::Bencher) {
    let paths = vec![CORPUS.1.clone()];
    let config = Config::default();
    bencher.bench(|| {
        let project = Project::open(&paths, &config, None);
        assert_eq!(project.journeys.len(), 1000);
        divan::black_box(project)
    });
}

/// Loading one 100-touchpoint journey from text (parse, deserialise, validate).
#[divan::bench]
fn load_one_journey(bencher: divan::Bencher) {
    let text = tjm::synthetic::journey_json("one", 100, 1);
    let names = tjm::rules::rule_names();
    let options = tjm::load::LoadOptions {
        rule_names: &names,
        ..Default::default()
    };
    bencher
        .bench(|| tjm::load::load_text(std::path::Path::new("one.json"), text.clone(), &options));
}

/// The rules and scores on one loaded 100-touchpoint journey.
#[divan::bench]
fn analyse_one_journey(bencher: divan::Bencher) {
    let text = tjm::synthetic::journey_json("one", 100, 1);
    let (loaded, _) =
        tjm::load::load_text(std::path::Path::new("one.json"), text, &Default::default());
    let loaded = loaded.expect("synthetic journeys load");
    let config = Config::default();
    bencher.bench(|| tjm::project::analyse(loaded.clone(), &config, None));
}
