//! Tests for `tjm report` (to be filled by the feature's owner).
