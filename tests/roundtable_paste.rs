//! Answer codes pasted at once (issue 15): chat transcripts and e-mail
//! threads with many codes, broken over lines, quoted, repeated, damaged
//! or for another session; and a property: any N valid codes in noise are
//! all found.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/answers.rs"]
mod answers;

use answers::answered;
use proptest::prelude::*;
use wenselijk::codec::paste::{find, sort, Outcome, Pasted};
use wenselijk::codec::roundtable::encode_return;
use wenselijk::domain::roundtable::{Mode, RoundTable};
use wenselijk::i18n::{ui, Lang};

fn table() -> RoundTable {
    let mut rt = RoundTable::new("rt-1", "a18f-1", "Birthday voucher", Mode::OwnDevices, "k3y5ecr7", 1_700_000_000_000);
    rt.submit("Dirk", &answered(2));
    rt.submit("Eva", &answered(2));
    rt
}

fn code(label: &str, level: u8) -> String {
    let rt = table();
    encode_return(&rt.id, &rt.secret, label, &answered(level))
}

/// `code` broken into lines of `width` characters, each after `prefix`.
fn wrap(code: &str, width: usize, prefix: &str) -> String {
    let lines: Vec<String> =
        code.as_bytes().chunks(width).map(|c| format!("{prefix}{}", String::from_utf8_lossy(c))).collect();
    lines.join("\n")
}

/// `code` with `sep` after every `every` characters.
fn every(code: &str, n: usize, sep: &str) -> String {
    let parts: Vec<String> = code.as_bytes().chunks(n).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    parts.join(sep)
}

/// One character in the middle changed.
fn damage(code: &str) -> String {
    let mut b = code.as_bytes().to_vec();
    let i = b.len() / 2;
    b[i] = if b[i] == b'A' { b'B' } else { b'A' };
    String::from_utf8_lossy(&b).into_owned()
}

fn outcomes(text: &str) -> Vec<(String, Outcome)> {
    let rt = table();
    let (report, add) = sort(&rt, &find(text, &rt.id, &rt.secret));
    let added: Vec<&str> = add.iter().map(|r| r.label.as_str()).collect();
    let want: Vec<&str> = report.iter().filter(|p| p.outcome == Outcome::Added).map(|p| p.label.as_str()).collect();
    assert_eq!(added, want, "answers to add match the report");
    report.into_iter().map(|Pasted { label, outcome }| (label, outcome)).collect()
}

#[test]
fn transcripts() {
    use Outcome::*;
    let (anna, bram, cem) = (code("Anna", 3), code("Bram", 4), code("Cem", 1));
    let (dirk_same, eva_new) = (code("Dirk", 2), code("Eva", 5));
    let other = encode_return("rt-2", "k3y5ecr7", "Fleur", &answered(3));
    let forged = encode_return("rt-1", "guess", "Gijs", &answered(3));
    let whatsapp = format!(
        "[10:42, 3-6-2025] Anna: {anna}\n[10:43, 3-6-2025] Bram: hier is de mijne 👍\n{}\n[10:44, 3-6-2025] Cem: ‎{}\n[10:45, 3-6-2025] Anna: {anna}\n[10:46, 3-6-2025] Dirk: nog een keer: {dirk_same}",
        wrap(&bram, 37, ""),
        every(&cem, 9, "\u{200b}")
    );
    let teams = format!(
        "Anna de Vries 10:42\n\"{anna}\"\n\nBram 10:43\nMijn code: {} (sorry, Teams knipt hem)\n\nFleur 10:44\n{other}\n\nEva 10:45\nIk heb mijn antwoord aangepast: {eva_new}\n\nGijs 10:46\n{}",
        every(&bram, 20, " "),
        damage(&cem)
    );
    let outlook = format!(
        "From: Cem <cem@example.org>\nSent: Tuesday 3 June 2025 10:50\nSubject: RE: Ronde tafel\n\nHoi, hier is mijn code:\n<https://wenselijk.example/#{cem}>\n\nGroet, Cem\n\n> From: Bram\n> Sent: Tuesday 3 June 2025 10:40\n>\n{}\n>\n>> From: Anna\n{}\n>> Met vriendelijke groet",
        wrap(&bram, 74, "> "),
        wrap(&anna, 70, ">> ")
    );
    let slack = format!(
        "Anna  10:42 AM\n`{anna}`\nBram  10:43 AM\n```{bram}```\nGijs  10:44 AM\n{forged}\nsee section a1. below, or a1.b\nCem  10:45 AM\n{cem}:tada:"
    );
    type Case = (&'static str, String, Vec<(&'static str, Outcome)>);
    let cases: Vec<Case> = vec![
        ("whatsapp", whatsapp, vec![("Anna", Added), ("Bram", Added), ("Cem", Added), ("Dirk", Same)]),
        (
            "teams",
            teams,
            vec![("Anna", Added), ("Bram", Added), ("Fleur", OtherSession), ("Eva", Changed), ("", Damaged)],
        ),
        ("outlook", outlook, vec![("Cem", Added), ("Bram", Added), ("Anna", Added)]),
        ("slack", slack, vec![("Anna", Added), ("Bram", Added), ("Gijs", Damaged), ("Cem", Added)]),
        ("empty", String::new(), vec![]),
        ("prose only", "Plak hier de codes (a1.…) van iedereen.".into(), vec![]),
    ];
    for (name, text, want) in cases {
        let want: Vec<(String, Outcome)> = want.into_iter().map(|(l, o)| (l.to_owned(), o)).collect();
        assert_eq!(outcomes(&text), want, "{name}");
    }
}

#[test]
fn same_person_twice_in_one_paste() {
    let text = format!("{} en later {}", code("Hans", 1), code("Hans", 4));
    assert_eq!(outcomes(&text), vec![("Hans".into(), Outcome::Added), ("Hans".into(), Outcome::Changed)]);
}

#[test]
fn summary_names_each_skipped_code() {
    use Outcome::*;
    let p = |label: &str, outcome| Pasted { label: label.into(), outcome };
    let report = [p("Anna", Added), p("Bram", Added), p("Dirk", Same), p("", Damaged), p("Fleur", OtherSession)];
    let (head, items) = ui::pasted(&report, Lang::En);
    assert_eq!(head, ["2 added, 3 skipped.", "Added: Anna, Bram."]);
    assert_eq!(
        items,
        [
            "Dirk: these answers were already added.",
            "Code without a readable name: this code was changed or damaged.",
            "Fleur: this code belongs to another round table.",
        ]
    );
    let (head, items) = ui::pasted(&report[3..], Lang::Nl);
    assert_eq!(head, ["0 toegevoegd, 2 overgeslagen."]);
    assert_eq!(items[1], "Fleur: deze code hoort bij een andere ronde tafel.");
}

/// Text around codes: chat lines, quotes, anything but a code's start.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\[[0-9]{2}:[0-9]{2}\\] [A-Z][a-z]{1,8}: [a-z !?.,]{0,30}",
        "> [A-Za-z ]{0,40}",
        "[^a]{0,40}",
        Just(String::new()),
    ]
}

/// How a code appears: as is, wrapped, quoted, spaced, in <…>.
fn shown(code: String, how: u8, width: usize) -> String {
    match how {
        0 => code,
        1 => wrap(&code, width, ""),
        2 => wrap(&code, width, "> "),
        3 => every(&code, width, " \u{200b}"),
        _ => format!("<https://wenselijk.example/#{code}>"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn finds_every_code_in_noise(
        parts in proptest::collection::vec((noise(), 0u8..5, 8usize..80, 1u8..=5), 1..8),
        tail in noise(),
    ) {
        let rt = table();
        let mut text = String::new();
        let mut want = Vec::new();
        for (i, (before, how, width, level)) in parts.into_iter().enumerate() {
            let label = format!("P{i}");
            let code = encode_return(&rt.id, &rt.secret, &label, &answered(level));
            text.push_str(&format!("{before}\n{}\n", shown(code, how, width)));
            want.push(label);
        }
        text.push_str(&tail);
        let found = find(&text, &rt.id, &rt.secret);
        let labels: Vec<String> = found.iter().filter_map(|(_, r)| r.as_ref().ok().map(|r| r.label.clone())).collect();
        prop_assert_eq!(labels, want.clone(), "{}", text);
        prop_assert_eq!(found.len(), want.len());
    }
}

#[test]
fn reducer_adds_all_new_at_once_with_one_undo() {
    use wenselijk::domain::ExampleId;
    use wenselijk::state::{reduce, Action, AppState, Notice};
    let s = reduce(&AppState::new(Lang::Nl), Action::LoadExample(ExampleId::ContactCentreOffer), 1);
    let s = reduce(&s, Action::RtStart(s.current.clone().unwrap()), 2);
    let s = reduce(&s, Action::RtAddParticipant("Anna".into()), 3);
    let tb = s.current_table().unwrap().clone();
    let c = |label: &str| encode_return(&tb.id, &tb.secret, label, &answered(3));
    let text = format!("Anna: {}\nBram: {}\nBram: {}\nCem: {}", c("Anna"), c("Bram"), c("Bram"), damage(&c("Cem")));
    let s2 = reduce(&s, Action::RtAddPasted(find(&text, &tb.id, &tb.secret)), 4);
    let after = s2.current_table().unwrap();
    let done: Vec<(&str, bool)> = after.participants.iter().map(|p| (p.label.as_str(), p.submitted)).collect();
    assert_eq!(done, [("Anna", true), ("Bram", true)]);
    let Some(Notice::AnswersPasted(report)) = &s2.notice else { panic!("a summary: {:?}", s2.notice) };
    assert_eq!(ui::pasted(report, Lang::Nl).0[0], "2 toegevoegd, 1 overgeslagen.");
    let undone = reduce(&s2, Action::Undo, 5);
    assert_eq!(undone.current_table(), s.current_table(), "one undo step takes all back");
    assert_eq!(undone.notice, None);
}
