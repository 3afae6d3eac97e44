//! Comparing two versions of journeys (`tjm diff`, `tjm report --baseline`).
