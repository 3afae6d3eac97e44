//! Benchmarks of the HTML report: rendering the shipped journeys' pages (no disk writes),
//! one realistic synthetic 100-touchpoint journey (`tjm::synthetic`), the graph layout and the
//! SVG number formatting on their own. Run with `cargo bench --bench report`.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::LazyLock;

use tjm::config::Config;
use tjm::project::Project;
use tjm::report::templates::Theme;
use tjm::report::{ReportOptions, render_pages};

fn main() {
    divan::main();
}

/// The shipped journeys, analysed once.
static SHIPPED: LazyLock<Project> = LazyLock::new(|| {
    let paths = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("journeys")];
    let project = Project::open(&paths, &Config::default(), None);
    assert!(project.problems.is_empty(), "shipped journeys load");
    project
});

/// One synthetic journey of 100 touchpoints, analysed once.
static LARGE: LazyLock<(tempfile::TempDir, Project)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journeys");
    tjm::synthetic::write_journeys(&path, 1, 100).expect("write journey");
    let project = Project::open(&[path], &Config::default(), None);
    (dir, project)
});

/// Every page of the shipped journeys' report: contexts, charts, templates, CSP hashes.
#[divan::bench(sample_count = 20)]
fn render_shipped_report(bencher: divan::Bencher) {
    let options = ReportOptions::default();
    let theme = Theme::builtin();
    bencher.bench(|| {
        let pages = render_pages(&SHIPPED, &options, &theme).expect("renders");
        divan::black_box(pages)
    });
}

/// The report of one 100-touchpoint journey (its page, the index and the rules).
#[divan::bench(sample_count = 20)]
fn render_100_touchpoint_journey(bencher: divan::Bencher) {
    let options = ReportOptions::default();
    let theme = Theme::builtin();
    bencher.bench(|| {
        let pages = render_pages(&LARGE.1, &options, &theme).expect("renders");
        divan::black_box(pages)
    });
}

/// The layered layout of a 100-touchpoint journey graph.
#[divan::bench]
fn layout_100_touchpoints(bencher: divan::Bencher) {
    let journey = &LARGE.1.journeys[0];
    let graph = &journey.analysis.graph;
    let edges: Vec<tjm::report::charts::graph_layout::Edge> = graph
        .steps()
        .map(|s| tjm::report::charts::graph_layout::Edge {
            from: s.from,
            to: s.to,
            loop_back: s.loop_back,
        })
        .collect();
    let n = journey.loaded.journey.touchpoints.len();
    bencher.bench(|| tjm::report::charts::graph_layout::layout(n, &edges, graph.start()));
}

/// Writing 10,000 SVG coordinates the way every chart writes them (`charts::n`).
#[divan::bench]
fn svg_coordinates_10000(bencher: divan::Bencher) {
    let values: Vec<f64> = (0..10_000).map(|i| f64::from(i) * 1.37 - 400.0).collect();
    bencher.bench(|| {
        let mut out = String::with_capacity(80_000);
        for &value in &values {
            let _ = write!(out, "{} ", tjm::report::charts::n(value));
        }
        out
    });
}
