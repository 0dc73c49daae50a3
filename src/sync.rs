//! Several tabs, one collection: see below.
