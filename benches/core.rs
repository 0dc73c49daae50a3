//! Native benchmark of the pure core: scoring, codecs, reports and a
//! 50-participant round table. No dependencies: a fixed number of runs per
//! case, reporting median and p95 per call.
//!
//!     cargo bench --bench core            # full run
//!     BENCH_QUICK=1 cargo bench --bench core   # smoke run (few iterations)

use std::hint::black_box;
use std::rc::Rc;
use std::time::Instant;
use wenselijk::codec::storage::{self, Saved};
use wenselijk::codec::{file, link, roundtable as rtc};
use wenselijk::config::OrgConfig;
use wenselijk::domain::roundtable::{agenda, apply_agreed, RoundTable};
use wenselijk::domain::scoring::evaluate;
use wenselijk::domain::*;
use wenselijk::i18n::{examples::example, Lang};
use wenselijk::report;
use wenselijk::sync;

fn measure(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<f64> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    println!("| {name:<44} | {median:>10.1} | {p95:>10.1} | {runs:>6} |");
}

fn table_with(n: usize) -> (RoundTable, Assessment) {
    let base = example(ExampleId::ContactCentreOffer).build(Lang::Nl);
    let mut rt = RoundTable::new("t1", "r1", "Bench", Default::default(), "secret", 0);
    for i in 0..n {
        let mut a = Assessment::default();
        for (k, d) in DimensionId::ALL.iter().enumerate() {
            a.dimension_mut(*d).answer = Some(Answer::lv(((i + k) % 5 + 1) as u8));
            a.dimension_mut(*d).note = format!("Note {i} on {k}");
        }
        for q in ValueQuestion::ALL {
            a.value_mut(q).answer = Some(if i % 7 == 0 { Answer::Unknown } else { Answer::lv((i % 5 + 1) as u8) });
        }
        for (k, f) in RedFlag::ALL.iter().enumerate() {
            a.flag_mut(*f).answer = Some(FlagAnswer::ALL[(i + k) % 3]);
        }
        rt.submit(&format!("Deelnemer {i}"), &a);
    }
    (rt, base)
}

fn main() {
    let quick = std::env::var_os("BENCH_QUICK").is_some();
    let runs = |n: usize| if quick { (n / 50).max(5) } else { n };
    let examples: Vec<Assessment> = ExampleId::ALL.iter().map(|id| example(*id).build(Lang::Nl)).collect();
    let records: Vec<Record> = (0..200)
        .map(|i| Record {
            id: format!("a{i}"),
            created: i,
            updated: i,
            assessment: examples[i as usize % examples.len()].clone(),
        })
        .collect();
    let export = file::export(&records, 0);
    let fragment = link::encode(&examples[0]);
    let (rt50, base) = table_with(50);
    let code = rtc::encode_return("t1", "secret", "Deelnemer 0", &rt50.participants[0].answers);

    println!("| case | median µs | p95 µs | runs |");
    println!("|---|---:|---:|---:|");
    measure("evaluate (one example)", runs(20_000), || {
        black_box(evaluate(black_box(&examples[0])));
    });
    let mut eight = examples[0].clone();
    eight.groups = (0..8)
        .map(|i| {
            let mut g = eight.groups[i % 2].clone();
            g.id = format!("g{i}");
            g
        })
        .collect();
    measure("evaluate (8 customer groups)", runs(20_000), || {
        black_box(evaluate(black_box(&eight)));
    });
    measure("markdown report (one example)", runs(2_000), || {
        black_box(report::markdown(&examples[0], &OrgConfig::default(), Lang::Nl, 0));
    });
    measure("link encode (one example)", runs(2_000), || {
        black_box(link::encode(black_box(&examples[0])));
    });
    measure("link decode (one example)", runs(2_000), || {
        black_box(link::decode(black_box(&fragment)).ok());
    });
    measure("file export (200 assessments)", runs(200), || {
        black_box(file::export(black_box(&records), 0));
    });
    measure("file import (200 assessments)", runs(200), || {
        black_box(file::import(black_box(&export)).ok());
    });
    measure("round table agenda (50 participants)", runs(2_000), || {
        black_box(agenda(black_box(&rt50)));
    });
    measure("round table apply agreed (50 participants)", runs(2_000), || {
        black_box(apply_agreed(black_box(&rt50), &base));
    });
    measure("round table markdown (50 participants)", runs(200), || {
        black_box(report::roundtable_markdown(black_box(&rt50), &base, &OrgConfig::default(), Lang::Nl, 0));
    });
    measure("answer code decode", runs(2_000), || {
        black_box(rtc::decode_return(black_box(&code), "t1", "secret").ok());
    });
    // Several tabs (issue 11): what a tab does after a change with 200
    // assessments, and what storage decoding costs it.
    let saved = Saved { records: records.iter().cloned().map(Rc::new).collect(), ..Saved::default() };
    let stored_text = storage::encode(&saved);
    let mut edited = saved.clone();
    Rc::make_mut(&mut edited.records[7]).assessment.idea.title = "Edited in this tab".into();
    measure("sync: note one edit (200 assessments)", runs(2_000), || {
        let mut mine = saved.clone();
        sync::note_edits(&mut mine, black_box(&edited), "tab1", 10);
        black_box(mine);
    });
    let mut mine = saved.clone();
    sync::note_edits(&mut mine, &edited, "tab1", 10);
    measure("sync: merge, nothing new elsewhere (200)", runs(500), || {
        black_box(sync::sync(black_box(&saved), Some(&saved), "tab1", 20));
    });
    measure("sync: merge one edit (200)", runs(500), || {
        black_box(sync::sync(black_box(&mine), Some(&saved), "tab1", 20));
    });
    measure("storage decode (200 assessments)", runs(200), || {
        black_box(storage::decode(black_box(&stored_text), 0).ok());
    });
    println!("\nexport of 200 assessments: {} bytes; one share link: {} chars", export.len(), fragment.len());
}
