//! The participant page (`participant.html`): the lean second program. It
//! does only what a participant needs: open the invitation in the URL (or
//! pasted), show the idea, let them score it with the main app's scoring
//! widgets, keep their progress on the phone and hand back the answer code.
//! Its state and reducer are `crate::participant_page`; its storage and the
//! URL are `effects::kept` and `effects::url`. Nothing of the main app's
//! state, reports, round-table facilitation or examples is reachable from
//! here, so the linker leaves them out of this program.

use super::effects::{self, kept};
use super::roundtable::{participant, ParticipantEvents};
use crate::i18n::{ui as t, Lang};
use crate::participant_page::{Act, Notice, Page, Problem};
use crate::state::display_title;
use std::rc::Rc;
use yew::prelude::*;

/// The stylesheet, the same as the main app's.
const CSS: &str = crate::css::MINIFIED;

/// Mounts the participant page in `host` (the page's `[data-wenselijk]`
/// element); see `web/participant-loader.js`.
pub fn mount(host: web_sys::Element, base: String) {
    let theme = if effects::prefers_dark() { crate::embed::Theme::Dark } else { crate::embed::Theme::Light };
    let options = crate::embed::Options { theme, ..Default::default() };
    let Some(container) = effects::prepare_host(&host, true, CSS, &options, base) else {
        return;
    };
    yew::Renderer::<ParticipantPage>::with_root(container).render();
}

struct State(Page);

impl Reducible for State {
    type Action = Act;
    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let mut page = self.0.clone();
        page.reduce(act);
        Rc::new(State(page))
    }
}

/// The invitation in the URL's fragment, if there is one, as an action.
fn from_url() -> Option<Act> {
    effects::invite_fragment().map(Act::Open)
}

/// The participant page (public for the component tests).
#[component]
pub fn ParticipantPage() -> Html {
    let state = use_reducer(|| {
        // `?lang=` wins over the participant's earlier choice, which wins
        // over the browser's language.
        let asked = query_lang();
        let mut page = Page::start(kept::load(), asked.unwrap_or_else(effects::browser_lang));
        if let Some(lang) = asked {
            page.lang = lang;
        }
        if let Some(act) = from_url() {
            page.reduce(act);
        }
        State(page)
    });
    let d = state.dispatcher();
    let page = &state.0;
    let lang = page.lang;

    // A link pasted into the address bar of this tab.
    {
        let d = d.clone();
        use_effect_with((), move |_| {
            effects::on_hash_change(move || {
                if let Some(act) = from_url() {
                    d.dispatch(act);
                }
            });
        });
    }
    // Keep what changed on the phone; say so when storage refuses.
    {
        let d = d.clone();
        let not_kept = page.problem == Some(Problem::NotKept);
        use_effect_with(page.kept.clone(), move |k| {
            let ok = kept::save(k);
            if ok == not_kept {
                d.dispatch(Act::Saved(ok));
            }
        });
    }
    // The address shows the open session's invite, so a reload opens it
    // again (also after opening one pasted or from the list).
    let open_code = page.session().and_then(|_| page.kept.sessions.first()).map(|j| j.code.clone());
    use_effect_with(open_code, |code| effects::show_fragment(code.as_deref()));
    use_effect_with(lang, |lang| effects::apply_lang(*lang));
    use_effect_with(page.screen, |_| effects::focus_selector("h1"));

    let switch = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Act::Lang(lang.other())))
    };
    let body = match page.session() {
        Some(p) => {
            let on = ParticipantEvents {
                label: callback(&d, Act::Label),
                answer: callback(&d, |(i, a)| Act::Answer(i, a)),
                note: callback(&d, |(i, n)| Act::Note(i, n)),
                leave: callback(&d, |_| Act::Leave),
                copied: callback(&d, Act::Copied),
            };
            participant(p, Html::default(), &p.invite.org_lenses().unwrap_or_default(), lang, &on)
        }
        None => start(page, &d),
    };
    html! {
        <>
            <header class="site-header">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"?"}</span>
                    <span class="name">{ t::APP_NAME.get(lang) }</span>
                </div>
                <button type="button" id="lang-switch" class="lang-switch" onclick={switch}
                    aria-label={t::LANG_SWITCH_LABEL.get(lang)} lang={lang.other().code()}>
                    { t::LANG_SWITCH.get(lang) }
                </button>
            </header>
            <main id="main">
                { problem(page, &d) }
                { body }
                <div id="notice-region" role="status" aria-live="polite">
                    { for page.notice.map(|n| html! { <p class="notice">{ match n {
                        Notice::Copied => t::NOTICE_CODE_COPIED.get(lang),
                        Notice::CopyFailed => t::NOTICE_COPY_FAILED.get(lang),
                    } }</p> }) }
                </div>
            </main>
        </>
    }
}

/// A callback that sends the action `f` makes of its value.
fn callback<T: 'static>(d: &UseReducerDispatcher<State>, f: impl Fn(T) -> Act + 'static) -> Callback<T> {
    let d = d.clone();
    Callback::from(move |x| d.dispatch(f(x)))
}

/// `?lang=en` or `?lang=nl` in the page's address.
fn query_lang() -> Option<Lang> {
    effects::query_pairs().into_iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::from_code(&v))
}

/// The problem on the page, if any, in words, with a way to close it.
fn problem(page: &Page, d: &UseReducerDispatcher<State>) -> Html {
    let lang = page.lang;
    let Some(p) = &page.problem else { return Html::default() };
    let text = match p {
        Problem::Invite(e) => t::PP_BAD_INVITE.fill(lang, &[("detail", &t::describe_decode(e, lang))]),
        Problem::Kept { error, backup } => {
            let kept = match backup {
                Some(key) => t::PP_KEPT_ASIDE.fill(lang, &[("key", key)]),
                None => String::new(),
            };
            let unreadable = t::PP_KEPT_UNREADABLE.fill(lang, &[("detail", &t::describe_decode(error, lang))]);
            format!("{unreadable} {kept}")
        }
        Problem::NotKept => t::PP_NOT_KEPT.get(lang).to_owned(),
    };
    html! {
        <div class="banner warning" role="alert" id="pp-problem">
            <p>{ text }</p>
            <button type="button" id="pp-dismiss" onclick={callback(d, |_: MouseEvent| Act::Dismiss)}>{ t::DISMISS.get(lang) }</button>
        </div>
    }
}

/// No session open: the sessions kept on this phone, and a field to paste
/// an invitation into.
fn start(page: &Page, d: &UseReducerDispatcher<State>) -> Html {
    let lang = page.lang;
    let sessions = &page.kept.sessions;
    html! {
        <div class="participant-view participant-start">
            <p class="kicker">{ t::RT_PARTICIPANT_KICKER.get(lang) }</p>
            <h1 tabindex="-1">{ t::PP_TITLE.get(lang) }</h1>
            <p>{ t::PP_INTRO.get(lang) }</p>
            if !sessions.is_empty() {
                <section class="card" aria-labelledby="pp-kept">
                    <h2 id="pp-kept">{ t::PP_KEPT.get(lang) }</h2>
                    <ul class="kept-sessions">
                        { for sessions.iter().map(|j| &j.session).enumerate().map(|(i, s)| {
                            let title = display_title(&crate::domain::Assessment { idea: s.invite.idea.clone(), ..Default::default() }, lang);
                            let name = if s.invite.session_name.is_empty() { title.clone() } else { format!("{} · {title}", s.invite.session_name) };
                            let (done, total) = s.progress(&s.invite.org_lenses().unwrap_or_default().rules().extra);
                            html! {
                                <li>
                                    <p><strong>{ name.clone() }</strong><br />
                                        <span class="hint">{ t::RT_PROGRESS.fill(lang, &[("done", &done.to_string()), ("total", &total.to_string())]) }</span></p>
                                    <div class="actions">
                                        <button type="button" class="primary" id={format!("pp-resume-{i}")} onclick={callback(d, move |_: MouseEvent| Act::Resume(i))}
                                            aria-label={t::PP_RESUME_NAMED.fill(lang, &[("name", &name)])}>{ t::PP_RESUME.get(lang) }</button>
                                        <button type="button" id={format!("pp-forget-{i}")} onclick={callback(d, move |_: MouseEvent| Act::Forget(i))}
                                            aria-label={t::PP_FORGET_NAMED.fill(lang, &[("name", &name)])}>{ t::PP_FORGET.get(lang) }</button>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if page.forgotten.is_some() {
                <p class="notice" id="pp-forgotten">{ t::PP_FORGOTTEN.get(lang) }{" "}
                    <button type="button" id="pp-undo" onclick={callback(d, |_: MouseEvent| Act::Undo)}>{ t::UNDO.get(lang) }</button>
                </p>
            }
            <section class="card" aria-labelledby="pp-paste-title">
                <h2 id="pp-paste-title">{ t::PP_PASTE_TITLE.get(lang) }</h2>
                <PasteForm {lang} on_open={callback(d, Act::Open)} />
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PasteProps {
    lang: Lang,
    on_open: Callback<String>,
}

/// A field to paste an invitation link (or a message with it) into.
#[component]
fn PasteForm(p: &PasteProps) -> Html {
    let lang = p.lang;
    let text = use_state_eq(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(super::widgets::event_value(&e)))
    };
    let onsubmit = {
        let (text, on_open) = (text.clone(), p.on_open.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_open.emit((*text).clone());
        })
    };
    html! {
        <form {onsubmit}>
            <label for="pp-paste">{ t::PP_PASTE_LABEL.get(lang) }</label>
            <textarea id="pp-paste" rows="3" value={(*text).clone()} {oninput} />
            <div class="actions">
                <button type="submit" class="primary" id="pp-open">{ t::PP_OPEN.get(lang) }</button>
            </div>
        </form>
    }
}
