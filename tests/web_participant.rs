//! Component tests of the participant page (`ui::participant_page`) in a
//! real browser (wasm-bindgen-test, headless Chromium): opening the invite
//! in the URL, answering, keeping the session in storage, unreadable
//! storage kept aside, a pasted invitation.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use wenselijk::codec::participant::{BACKUP_KEY, STORAGE_KEY};
use wenselijk::codec::roundtable::{encode_invite, Invite};
use wenselijk::domain::roundtable::RoundTable;
use wenselijk::domain::Idea;
use wenselijk::i18n::{ui as t, Lang};
use wenselijk::ui::participant_page::ParticipantPage;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<ParticipantPage>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

fn storage() -> web_sys::Storage {
    window().local_storage().ok().flatten().expect("storage")
}

/// A fresh page: storage as given, the URL's fragment as given.
async fn mount(kept: Option<&str>, fragment: &str) -> Mounted {
    storage().clear().expect("clear");
    if let Some(k) = kept {
        storage().set_item(STORAGE_KEY, k).expect("seed");
    }
    window().location().set_hash(fragment).expect("hash");
    let doc = window().document().expect("document");
    let root = doc.create_element("div").expect("div");
    doc.body().expect("body").append_child(&root).expect("append");
    let handle = yew::Renderer::<ParticipantPage>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, handle: Some(handle) }
}

fn get(m: &Mounted, selector: &str) -> Element {
    m.root.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("no element for {selector}"))
}

fn count(m: &Mounted, selector: &str) -> u32 {
    m.root.query_selector_all(selector).expect("query").length()
}

async fn click(m: &Mounted, selector: &str) {
    get(m, selector).dyn_into::<HtmlElement>().expect("html element").click();
    yew::scheduler::flush().await;
}

/// The language the page shows (the browser's: headless Chromium's).
fn lang() -> Lang {
    wenselijk::i18n::Lang::from_preferences(window().navigator().language().as_deref())
}

fn invite_code(name: &str) -> String {
    let rt = RoundTable { id: "rt-web".into(), name: name.into(), secret: "k3y".into(), ..RoundTable::default() };
    let idea = Idea { title: "Verhuisbericht".into(), action: "Een bericht bij verhuizen".into(), ..Idea::default() };
    encode_invite(&Invite::new(&rt, &idea, None))
}

#[wasm_bindgen_test]
async fn opens_the_invite_in_the_url_and_keeps_the_answers() {
    let m = mount(None, &invite_code("Sessie A")).await;
    assert_eq!(get(&m, "main h1").text_content().as_deref(), Some("Sessie A"));
    assert_eq!(count(&m, "fieldset.item"), 17, "the 17 items");
    assert_eq!(count(&m, "header nav"), 0, "no way out of the session");
    click(&m, "label[for=\"own-dim-time-4\"]").await;
    let progress = t::RT_PROGRESS.fill(lang(), &[("done", "1"), ("total", "17")]);
    assert_eq!(get(&m, "#p-progress").text_content(), Some(progress));
    let kept = storage().get_item(STORAGE_KEY).expect("read").expect("kept");
    assert!(kept.contains("\"format\":\"wenselijk-participant\""), "{kept}");
    assert!(kept.contains("\"time\""), "the answer is kept: {kept}");
    // No name yet: no code, a hint instead.
    assert_eq!(count(&m, "#p-code-text"), 0);
    assert_eq!(count(&m, "#p-need-name"), 1);
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_kept_aside_and_named() {
    let m = mount(Some("{not json"), "").await;
    let problem = get(&m, "#pp-problem").text_content().unwrap_or_default();
    let start = t::PP_KEPT_UNREADABLE.get(lang()).split(':').next().unwrap_or_default();
    assert!(problem.starts_with(start), "{problem}");
    let s = storage();
    let backup = (0..s.length().expect("length"))
        .filter_map(|i| s.key(i).ok().flatten())
        .find(|k| k.starts_with(BACKUP_KEY))
        .expect("a backup key");
    assert_eq!(s.get_item(&backup).expect("read").as_deref(), Some("{not json"), "the text is kept as it was");
    assert!(problem.contains(&backup), "the message names the key: {problem}");
    // The start screen: the paste field, no sessions.
    assert_eq!(count(&m, "#pp-paste"), 1);
    assert_eq!(count(&m, "#pp-resume-0"), 0);
}

#[wasm_bindgen_test]
async fn a_pasted_chat_message_opens_the_session_and_a_damaged_one_says_why() {
    let m = mount(None, "").await;
    let paste = |text: &str| {
        let area = get(&m, "#pp-paste").dyn_into::<HtmlTextAreaElement>().expect("textarea");
        area.set_value(text);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let e = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
        area.dispatch_event(&e).expect("dispatch");
    };
    paste("Join us: https://example.org/participant.html#r1.%%%broken!");
    yew::scheduler::flush().await;
    click(&m, "#pp-open").await;
    assert_eq!(count(&m, "#pp-problem"), 1, "a damaged link is named");
    assert_eq!(count(&m, "#pp-paste"), 1, "still on the start screen");
    paste(&format!("Hi all, the link: https://example.org/participant.html#{}. Thanks!", invite_code("Sessie B")));
    yew::scheduler::flush().await;
    click(&m, "#pp-open").await;
    assert_eq!(get(&m, "main h1").text_content().as_deref(), Some("Sessie B"));
    assert_eq!(count(&m, "#pp-problem"), 0, "the problem is gone once the invitation opens");
    window().location().set_hash("").expect("clear hash");
}
