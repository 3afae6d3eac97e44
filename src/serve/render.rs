//! The renderer: one look at the files on disk, turned into either the report's pages (in
//! memory, exactly as `tjm report` renders them) or the problems that keep it from loading,
//! worded as `tjm check` words them. It also says which files it read, for the watcher.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::{self, Config};
use crate::diagnostics::{Style, render_config_errors, render_problem};
use crate::i18n::Locale;
use crate::i18n::decide::{Scope, decide};
use crate::project::Project;
use crate::report::templates::Theme;
use crate::report::{ReportOptions, render_pages};

/// What the server renders from, as the command line gave it.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Journey files or folders.
    pub paths: Vec<PathBuf>,
    /// `--config`: this tjm.toml instead of the one found next to the journeys.
    pub config: Option<PathBuf>,
    /// `--theme`: a theme folder, over tjm.toml's.
    pub theme: Option<PathBuf>,
    /// `--lang`.
    pub lang: Option<Locale>,
}

/// The report's pages: file name → HTML, as `tjm report` would write them.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The pages by file name (`index.html`, `rules.html`, one per journey).
    pub pages: BTreeMap<String, String>,
}

/// Why there is no report this time: every problem, rendered as the terminal shows it
/// (without colour), in `locale`.
#[derive(Debug, Clone)]
pub struct Broken {
    /// The locale the problems are worded in, for the page around them.
    pub locale: Locale,
    /// One rendered diagnostic per problem.
    pub diagnostics: Vec<String>,
}

/// One rendering and what it read.
#[derive(Debug, Clone)]
pub struct Rendering {
    /// The pages, or why there are none.
    pub result: Result<Site, Broken>,
    /// The tjm.toml in force, if any.
    pub config_file: Option<PathBuf>,
    /// The theme folder in force, if any.
    pub theme_dir: Option<PathBuf>,
    /// Warnings about the theme (files that override nothing).
    pub warnings: Vec<String>,
}

/// The width diagnostics are wrapped at on the page.
const PAGE_WIDTH: usize = 100;

/// Reads the files as they are now and renders the report, or the problems.
pub fn render(inputs: &Inputs) -> Rendering {
    let style = Style {
        color: false,
        width: PAGE_WIDTH,
    };
    let config_file = inputs
        .config
        .clone()
        .or_else(|| inputs.paths.first().and_then(|p| config::discover(p)));
    let mut rendering = Rendering {
        result: Ok(Site::default()),
        config_file: config_file.clone(),
        theme_dir: inputs.theme.clone(),
        warnings: Vec::new(),
    };
    // Problems with the input are worded before any journey loads: `--lang`, else English,
    // and once tjm.toml is read, its `lang`.
    let early = decide(inputs.lang, None, Scope::Run(&[]));
    let config = match &config_file {
        Some(path) => match config::load_in(path, early) {
            Ok(config) => config,
            Err(errors) => {
                rendering.result = Err(Broken {
                    locale: early,
                    diagnostics: vec![render_config_errors(&errors, style)],
                });
                return rendering;
            }
        },
        None => Config::default(),
    };
    let theme_dir = inputs.theme.clone().or(config.theme.clone());
    rendering.theme_dir.clone_from(&theme_dir);
    let project = Project::open(&inputs.paths, &config, inputs.lang);
    if !project.problems.is_empty() {
        rendering.result = Err(Broken {
            locale: decide(inputs.lang, config.lang, Scope::Run(&[])),
            diagnostics: project
                .problems
                .iter()
                .map(|problem| render_problem(problem, style))
                .collect(),
        });
        return rendering;
    }
    let broken = |error: crate::report::Error| Broken {
        locale: project.locale,
        diagnostics: vec![error.describe(project.locale)],
    };
    let theme = match &theme_dir {
        Some(dir) => match Theme::load(dir, config.allow_theme_scripts, project.locale) {
            Ok(theme) => theme,
            Err(error) => {
                rendering.result = Err(broken(error));
                return rendering;
            }
        },
        None => Theme::builtin(),
    };
    rendering.warnings.clone_from(&theme.warnings);
    // tjm.toml's baseline, as `tjm report` reads it: the trend and what changed
    let mut baseline = None;
    let mut trend = None;
    if let Some(path) = &config.baseline {
        let old = Project::open(std::slice::from_ref(path), &config, inputs.lang);
        if !old.problems.is_empty() {
            rendering.result = Err(Broken {
                locale: project.locale,
                diagnostics: old
                    .problems
                    .iter()
                    .map(|problem| render_problem(problem, style))
                    .collect(),
            });
            return rendering;
        }
        trend = Some(old.as_baseline(config.baseline_date.clone(), &config.costs));
        baseline = Some(crate::diff::compare(&old, &project));
    }
    let options = ReportOptions {
        theme: theme_dir,
        settings: config.settings.clone(),
        provenance: config.provenance(),
        allow_theme_scripts: config.allow_theme_scripts,
        costs: config.costs.clone(),
        baseline,
        trend,
        ..ReportOptions::default()
    };
    rendering.result = render_pages(&project, &options, &theme)
        .map(|pages| Site {
            pages: pages.into_iter().collect(),
        })
        .map_err(broken);
    rendering
}
