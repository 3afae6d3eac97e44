//! Tests for `tjm new` (to be filled by the feature's owner).
