//! SARIF 2.1.0 for `tjm check --format sarif`, so code-scanning tools (GitHub, GitLab, editors)
//! can show findings beside the journey files.

use serde::Serialize;

use super::stream::{PerJourney, Streamed};
use crate::diagnostics::finding_span;
use crate::i18n::Locale;
use crate::project::{AnalysedJourney, Project};
use crate::rules::{Level, RULES};

/// Writes the SARIF log for `project` to `out` as pretty JSON and a newline: one run, every
/// rule described, every active finding a result. The journeys are taken out of `project` and
/// written a chunk at a time (see [`super::stream`]), so the log is never held whole.
pub fn write_sarif_log(out: impl std::io::Write, project: &mut Project) -> std::io::Result<()> {
    let log = SarifLog {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "tjm",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: rules(project.locale),
                },
            },
            results: Streamed::new(std::mem::take(&mut project.journeys), Results),
        }],
    };
    super::json_escape::write_pretty_line(out, &log)
}

/// The log; field order is the written order.
#[derive(Serialize)]
struct SarifLog<R> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<R>; 1],
}

#[derive(Serialize)]
struct Run<R> {
    tool: Tool,
    results: R,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<RuleDescription>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescription {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
}

fn rules(locale: Locale) -> Vec<RuleDescription> {
    RULES
        .iter()
        .map(|rule| RuleDescription {
            id: rule.code(),
            name: rule.name(),
            short_description: Text {
                text: rule.summary(locale),
            },
            default_configuration: Configuration {
                level: sarif_level(rule.default_level()),
            },
        })
        .collect()
}

/// A journey's active findings as results.
struct Results;

impl PerJourney for Results {
    type Item<'j> = SarifResult;

    fn items(&self, journey: &AnalysedJourney) -> Vec<SarifResult> {
        let uri = uri(journey.loaded.source.path());
        journey
            .analysis
            .active()
            .map(|finding| {
                let region = finding_span(&journey.loaded, finding).map(|span| {
                    let at = journey.loaded.source.line_column(span.start);
                    Region {
                        start_line: at.line,
                        start_column: at.column,
                    }
                });
                SarifResult {
                    rule_id: finding.code,
                    level: sarif_level(finding.level),
                    message: Text {
                        text: format!(
                            "{} ({})",
                            finding.message(journey.locale),
                            finding.help(journey.locale)
                        ),
                    },
                    locations: [Location {
                        physical_location: PhysicalLocation {
                            artifact_location: ArtifactLocation { uri: uri.clone() },
                            region,
                        },
                    }],
                }
            })
            .collect()
    }
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Off => "note",
    }
}

/// A relative path with forward slashes, as SARIF consumers expect.
fn uri(path: &std::path::Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::write_sarif_log;
    use crate::config::Config;
    use crate::project::Project;

    #[test]
    fn every_active_finding_is_a_located_result() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("journeys/reparatieverzoek.json");
        let mut project = Project::open(&[dir], &Config::default(), None);
        let active = project.journeys[0].analysis.active().count();
        let mut text = Vec::new();
        write_sarif_log(&mut text, &mut project).unwrap();
        let log: serde_json::Value = serde_json::from_slice(&text).unwrap();
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), active);
        for result in results {
            assert!(result["ruleId"].as_str().unwrap().starts_with("TJM"));
            assert!(
                result["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap()
                    > 1
            );
        }
        assert_eq!(
            log["runs"][0]["tool"]["driver"]["rules"]
                .as_array()
                .unwrap()
                .len(),
            crate::rules::RULES.len()
        );
    }
}
