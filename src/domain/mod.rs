//! The pure domain: the assessment model, the scoring rules and chart geometry.
//! Nothing here knows about the browser.

pub mod chart;
pub mod compare;
pub mod groups;
pub mod lens;
pub mod library;
pub mod model;
pub mod roundtable;
pub mod scoring;
pub mod stamp;
pub mod versions;
pub mod view;

pub use library::*;
pub use model::*;
pub use view::View;

use std::cmp::Ordering;

/// Sorts a short slice stably (insertion sort), with the same result as
/// `slice::sort_by`. For the few items of one assessment or round table,
/// where the standard library's sort would add kilobytes of code to the
/// program for every element type.
pub(crate) fn sort_small_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sort_small_by_is_stable_and_sorts() {
        let mut seed = 7u32;
        for len in 0..40 {
            let mut v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (((seed >> 16) % 5) as u8, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| std::cmp::Reverse(x.0));
            super::sort_small_by(&mut v, |a, b| b.0.cmp(&a.0));
            assert_eq!(v, want);
        }
    }
}
