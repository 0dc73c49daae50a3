//! Component tests in a real browser (wasm-bindgen-test, headless Chromium).
//! Run by scripts/test.sh with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use wenselijk::codec::storage::{BACKUP_PREFIX, STORAGE_KEY};
use wenselijk::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("document")
}

fn storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("storage")
}

async fn mount() -> Mounted {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, handle: Some(handle) }
}

fn find(m: &Mounted, selector: &str) -> Option<Element> {
    m.root.query_selector(selector).ok().flatten()
}

fn get(m: &Mounted, selector: &str) -> Element {
    find(m, selector).unwrap_or_else(|| panic!("no element for {selector}"))
}

async fn click(m: &Mounted, selector: &str) {
    get(m, selector).dyn_into::<HtmlElement>().expect("html element").click();
    yew::scheduler::flush().await;
}

fn attr(m: &Mounted, selector: &str, name: &str) -> String {
    get(m, selector).get_attribute(name).unwrap_or_default()
}

fn reset_storage() {
    storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn starts_on_the_start_view_with_seven_examples() {
    reset_storage();
    let m = mount().await;
    assert!(find(&m, "#new-assessment").is_some());
    assert!(find(&m, "#continue").is_none(), "nothing to continue on a first visit");
    let examples = m.root.query_selector_all("button[data-example]").expect("query");
    assert_eq!(examples.length(), 7);
    assert_eq!(attr(&m, "button[data-view=start]", "aria-current"), "page");
}

#[wasm_bindgen_test]
async fn example_shows_verdict_and_a_score_change_moves_it_and_the_chart() {
    reset_storage();
    let m = mount().await;
    click(&m, "button[data-example=post_purchase]").await;
    assert_eq!(attr(&m, "#verdict", "data-verdict"), "desirable");
    assert_eq!(attr(&m, "#confidence", "data-confidence"), "high");
    let before = attr(&m, "polygon.radar-shape", "points");

    click(&m, "input[name=dim-autonomy][value='1']").await;
    assert_eq!(attr(&m, "#verdict", "data-verdict"), "crosses-line");
    assert_ne!(attr(&m, "polygon.radar-shape", "points"), before, "radar follows the score");
    assert!(get(&m, "#suggestions").text_content().unwrap_or_default().len() > 10);

    click(&m, "input[name=dim-autonomy][value=unknown]").await;
    assert_eq!(attr(&m, "#verdict", "data-verdict"), "conditional");
    assert_eq!(attr(&m, "#confidence", "data-confidence"), "high", "16 of 17 known");
    assert!(find(&m, "circle.radar-unknown").is_some(), "unknown is drawn as an open circle");
}

#[wasm_bindgen_test]
async fn every_change_is_kept_when_the_page_is_hidden_right_after() {
    reset_storage();
    let m = mount().await;
    click(&m, "#new-assessment").await;
    click(&m, "input[name=flag-pushiness][value=yes]").await;
    // Saving runs a moment after a change, and at once when the page is
    // hidden or closed: no waiting here.
    let hidden = web_sys::Event::new("visibilitychange").expect("event");
    document().dispatch_event(&hidden).expect("dispatch");
    let saved = storage().get_item(STORAGE_KEY).ok().flatten().expect("saved");
    assert!(saved.contains("\"pushiness\""), "{saved}");
    assert!(saved.contains("\"view\":\"assess\""), "{saved}");
}

#[wasm_bindgen_test]
async fn language_switch_changes_texts_and_document_lang() {
    reset_storage();
    let m = mount().await;
    let before = get(&m, "main h1").text_content().unwrap_or_default();
    let lang_before = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    click(&m, "#lang-switch").await;
    let after = get(&m, "main h1").text_content().unwrap_or_default();
    let lang_after = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    assert_ne!(before, after);
    assert_ne!(lang_before, lang_after);
    assert!(["nl", "en"].contains(&lang_after.as_str()));
}

#[wasm_bindgen_test]
async fn corrupted_storage_is_kept_aside_and_reported() {
    reset_storage();
    storage().set_item(STORAGE_KEY, "{definitely not json").expect("set");
    let m = mount().await;
    assert!(find(&m, "#notice").is_some(), "a notice names the problem");
    let store = storage();
    let mut backup = None;
    for i in 0..store.length().unwrap_or(0) {
        if let Ok(Some(k)) = store.key(i) {
            if k.starts_with(BACKUP_PREFIX) {
                backup = store.get_item(&k).ok().flatten();
            }
        }
    }
    assert_eq!(backup.as_deref(), Some("{definitely not json"));
    assert!(get(&m, "#notice").text_content().unwrap_or_default().contains(BACKUP_PREFIX));
}

#[wasm_bindgen_test]
async fn typing_a_note_updates_the_assessment() {
    reset_storage();
    let m = mount().await;
    click(&m, "#new-assessment").await;
    let note: HtmlInputElement = get(&m, "#idea-title").dyn_into().expect("input");
    note.set_value("Bel na aankoop");
    let ev = web_sys::InputEvent::new_with_event_init_dict("input", &{
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("event");
    note.dispatch_event(&ev).expect("dispatch");
    yew::scheduler::flush().await;
    assert_eq!(get(&m, "main h1").text_content().unwrap_or_default(), "Bel na aankoop");
}

/// Waits (polling every 10 ms, at most 3 s) until `cond` holds.
async fn until(cond: impl Fn() -> bool, what: &str) {
    for _ in 0..300 {
        if cond() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
        yew::scheduler::flush().await;
    }
    panic!("timed out waiting: {what}");
}

fn count(m: &Mounted, selector: &str) -> u32 {
    m.root.query_selector_all(selector).map(|l| l.length()).unwrap_or(0)
}

#[wasm_bindgen_test]
async fn list_keeps_several_and_delete_can_be_undone() {
    reset_storage();
    let m = mount().await;
    click(&m, "button[data-example=post_purchase]").await;
    click(&m, "button[data-view=start]").await;
    click(&m, "button[data-example=feedback_overload]").await;
    click(&m, "button[data-view=start]").await;
    assert_eq!(count(&m, "#assessments tbody tr"), 2);
    assert_eq!(count(&m, "#assessments .verdict-badge[data-verdict=crosses-line]"), 1);
    assert_eq!(count(&m, "#assessments .verdict-badge[data-verdict=desirable]"), 1);

    click(&m, "#assessments tbody tr:first-child button[data-action=delete]").await;
    assert_eq!(count(&m, "#assessments tbody tr"), 1);
    assert!(find(&m, "#undo").is_some());
    click(&m, "#undo").await;
    assert_eq!(count(&m, "#assessments tbody tr"), 2);
    assert!(find(&m, "#undo").is_none());
}

#[wasm_bindgen_test]
async fn compare_overlays_the_picked_assessments() {
    reset_storage();
    let m = mount().await;
    click(&m, "button[data-example=bank_wrapped]").await;
    click(&m, "#duplicate").await;
    click(&m, "input[name=dim-autonomy][value='5']").await;
    click(&m, "button[data-view=start]").await;
    click(&m, "#assessments tbody tr:nth-child(1) .compare-cell input").await;
    click(&m, "#assessments tbody tr:nth-child(2) .compare-cell input").await;
    click(&m, "#open-compare").await;
    assert_eq!(count(&m, "svg#radar-overlay g.series"), 2);
    let changes = get(&m, "section.changes").text_content().unwrap_or_default();
    assert!(changes.contains('→'), "{changes}");
}

fn set_input(m: &Mounted, selector: &str, value: &str) {
    let el: HtmlInputElement = get(m, selector).dyn_into().expect("input");
    el.set_value(value);
}

#[wasm_bindgen_test]
async fn round_table_hides_scores_until_reveal_then_orders_by_disagreement() {
    reset_storage();
    let m = mount().await;
    click(&m, "button[data-example=contact_centre_offer]").await;
    click(&m, "#start-roundtable").await;
    for name in ["Anna", "Bram"] {
        set_input(&m, "#rt-add", name);
        click(&m, "#rt-add-add").await;
    }
    assert_eq!(count(&m, "li[data-participant]"), 2);
    for (who, time) in [("Anna", "1"), ("Bram", "5")] {
        click(&m, &format!("li[data-participant={who}] button[data-action=score]")).await;
        assert!(find(&m, "ol#rt-agenda-list").is_none(), "nothing revealed while scoring");
        click(&m, &format!("input[name=p-dim-time][value='{time}']")).await;
        click(&m, "#rt-done").await;
        assert!(find(&m, "#rt-private").is_none(), "scores hidden again after done");
    }
    click(&m, "#rt-reveal").await;
    let first = get(&m, "ol#rt-agenda-list li.agenda-item");
    assert_eq!(first.get_attribute("data-item").as_deref(), Some("dim-time"));
    assert_eq!(first.get_attribute("data-spread").as_deref(), Some("4"));
    assert_eq!(count(&m, "li[data-item=dim-time] circle.dot"), 2);
}

fn checked(m: &Mounted, selector: &str) -> bool {
    get(m, selector).dyn_into::<HtmlInputElement>().map(|i| i.checked()).unwrap_or(false)
}

#[wasm_bindgen_test]
async fn a_group_is_added_as_a_card_and_an_item_marked_different_shows_its_scale() {
    reset_storage();
    let m = mount().await;
    click(&m, "#new-assessment").await;
    click(&m, "input[name=dim-trust][value='4']").await;
    assert!(find(&m, "#groups-empty").is_some(), "the empty state says why groups matter");
    assert!(find(&m, "#groups-table").is_none(), "no group table without groups");

    let first_offer = attr(&m, "button.offer-add[data-offer]", "data-offer");
    click(&m, "button.offer-add[data-offer]").await;
    assert!(find(&m, "#groups-empty").is_none());
    let name: HtmlInputElement = get(&m, "#group-0-name").dyn_into().expect("input");
    assert_eq!(name.value(), first_offer, "the card holds the suggested group's name");
    let focused = document().active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused, "group-0-name", "focus moves to the new group's name");
    assert_eq!(count(&m, &format!("button.offer-add[data-offer='{first_offer}']")), 0, "not offered twice");

    // Follows the typical customer, in words, with no scale of its own.
    let trust = get(&m, "#group-0-dim-trust").text_content().unwrap_or_default();
    assert!(trust.contains("4 Goed") || trust.contains("4 Good"), "{trust}");
    assert_eq!(count(&m, "input[name=group-0-dim-trust]"), 0);
    assert!(!checked(&m, "#group-0-dim-trust-differs"));

    // Different for this group: the scale appears, nothing chosen yet.
    click(&m, "#group-0-dim-trust-differs").await;
    assert!(checked(&m, "#group-0-dim-trust-differs"));
    assert_eq!(count(&m, "input[name=group-0-dim-trust]"), 6);
    assert_eq!(count(&m, "input[name=group-0-dim-trust]:checked"), 0);
    click(&m, "input[name=group-0-dim-trust][value='1']").await;
    assert!(find(&m, "#group-0-dim-trust-note").is_some(), "a note says why it differs");
    assert_eq!(attr(&m, "#groups-table tr[data-group='0'] .verdict-badge", "data-verdict"), "crosses-line");
    assert!(find(&m, "#groups-rule").is_some(), "the rule is explained when a group caps the verdict");
    assert_eq!(count(&m, "svg#groups-radar g.series"), 2, "the typical customer and the group");

    // The base moves; the group's own answer stays, and unticking follows the base again.
    click(&m, "input[name=dim-trust][value='5']").await;
    assert!(checked(&m, "input[name=group-0-dim-trust][value='1']"));
    click(&m, "#group-0-dim-trust-differs").await;
    assert_eq!(count(&m, "input[name=group-0-dim-trust]"), 0);
    let trust = get(&m, "#group-0-dim-trust").text_content().unwrap_or_default();
    assert!(trust.contains("5 Sterk") || trust.contains("5 Strong"), "{trust}");
    assert!(find(&m, "#groups-rule").is_none());

    // Adding another group folds the first, which keeps its summary.
    click(&m, "#add-blank-group").await;
    assert!(!get(&m, "#group-0").has_attribute("open"), "the earlier card folds");
    assert!(get(&m, "#group-1").has_attribute("open"), "the new card is open");
    assert_eq!(count(&m, "#group-0 .group-body"), 0, "a folded card builds no body");
    assert_eq!(document().active_element().map(|e| e.id()).unwrap_or_default(), "group-1-name");
}

#[wasm_bindgen_test]
async fn the_message_check_marks_the_text_and_suggests_a_step_without_setting_it() {
    reset_storage();
    let m = mount().await;
    click(&m, "#new-assessment").await;
    assert!(find(&m, "#msg-empty").is_some(), "an empty state before any text");
    let area: web_sys::HtmlTextAreaElement = get(&m, "#idea-message").dyn_into().expect("textarea");
    area.set_value(
        "Indien u het formulier niet tijdig retourneert, wordt uw aanvraag niet in behandeling genomen en kunt u geen \
         aanspraak maken op een inkomensafhankelijke tegemoetkoming in de kosten van het komende kalenderjaar.",
    );
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    area.dispatch_event(&ev).expect("dispatch");
    yew::scheduler::flush().await;
    // The check follows the typed text once typing pauses (80 ms).
    until(|| find(&m, "#msg-empty").is_none(), "the check shows the text").await;
    assert!(attr(&m, "#msg-band", "class").contains("band-hard"), "a long officialese sentence is harder than B1");
    assert!(count(&m, "#msg-marked .mk-negation") >= 2, "niet, geen");
    assert_eq!(count(&m, "#msg-marked .long-sentence"), 1);
    // Every mark is explained by an entry of the list.
    let marks = m.root.query_selector_all("#msg-marked button.mk").expect("marks");
    assert!(marks.length() >= 4);
    for i in 0..marks.length() {
        let mark = marks.item(i).and_then(|n| n.dyn_into::<Element>().ok()).expect("mark");
        for id in mark.get_attribute("aria-describedby").unwrap_or_default().split_whitespace() {
            assert!(find(&m, &format!("#msg-findings #{id}")).is_some(), "{id} is in the list");
        }
    }
    // Choosing a mark explains it beside the text.
    click(&m, "#msg-marked .mk-negation").await;
    assert!(get(&m, "#msg-chosen").text_content().unwrap_or_default().contains("niet"));
    // Taal shows a suggestion; no answer is set by it.
    assert!(find(&m, "#dim-language #msg-suggest-language").is_some());
    assert_eq!(count(&m, "input[name=dim-language]:checked"), 0);
}
