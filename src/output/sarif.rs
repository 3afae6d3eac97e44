//! SARIF 2.1.0 for `tjm check --format sarif`, so code-scanning tools (GitHub, GitLab, editors)
//! can show findings beside the journey files.

use serde_json::{Value, json};

use crate::diagnostics::finding_span;
use crate::project::Project;
use crate::rules::{Level, RULES};

/// The SARIF log for a project: one run, every rule described, every active finding a result.
pub fn sarif_log(project: &Project) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            json!({
                "id": rule.code(),
                "name": rule.name(),
                "shortDescription": {"text": rule.summary(project.locale)},
                "defaultConfiguration": {"level": sarif_level(rule.default_level())},
            })
        })
        .collect();
    let mut results = Vec::new();
    for journey in &project.journeys {
        for finding in journey.analysis.active() {
            let mut location =
                json!({"artifactLocation": {"uri": uri(journey.loaded.source.path())}});
            if let Some(span) = finding_span(&journey.loaded, finding) {
                let at = journey.loaded.source.line_column(span.start);
                location["region"] = json!({"startLine": at.line, "startColumn": at.column});
            }
            results.push(json!({
                "ruleId": finding.code,
                "level": sarif_level(finding.level),
                "message": {"text": format!(
                    "{} ({})",
                    finding.message(journey.locale),
                    finding.help(journey.locale)
                )},
                "locations": [{"physicalLocation": location}],
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "tjm",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
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
    use super::sarif_log;
    use crate::config::Config;
    use crate::project::Project;

    #[test]
    fn every_active_finding_is_a_located_result() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("journeys/reparatieverzoek.json");
        let project = Project::open(&[dir], &Config::default(), None);
        let log = sarif_log(&project);
        let results = log["runs"][0]["results"].as_array().unwrap();
        let active = project.journeys[0].analysis.active().count();
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
