//! Authoring helpers: scaffolding new journeys (`tjm new`) and the canonical layout (`tjm fmt`).
