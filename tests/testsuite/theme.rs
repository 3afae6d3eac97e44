//! Tests for `tjm theme` (to be filled by the feature's owner).
