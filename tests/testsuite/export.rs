//! Tests for `tjm export` (to be filled by the feature's owner).
