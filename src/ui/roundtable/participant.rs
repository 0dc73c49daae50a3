//! A participant's own device, opened from an invite: the idea, whom they
//! score for, their scores and their answer code: made for the phone (no
//! way out of the session by accident, progress and the answer code in a bar
//! at the bottom of the screen). Shared by the main app (invites made before
//! the participant page) and the participant page (`ui::participant_page`):
//! each passes its own callbacks.

use super::{idea_summary, scoring_for, scoring_form};
use crate::config::OrgLenses;
use crate::domain::roundtable::{Item, ItemAnswer};
use crate::domain::*;
use crate::i18n::{ui as t, Lang};
use crate::state::{display_title, ParticipantSession};
use crate::ui::{effects, widgets};
use yew::prelude::*;

/// What the participant's view reports.
pub struct Events {
    pub label: Callback<String>,
    pub answer: Callback<(Item, Option<ItemAnswer>)>,
    pub note: Callback<(Item, String)>,
    /// Leave the session (after the confirmation in the view).
    pub leave: Callback<()>,
    /// The answer code was copied (true) or the browser refused.
    pub copied: Callback<bool>,
}

/// A participant's own device: the idea, their scores, and their answer
/// code. `message`: what follows the idea (the main app's read-only
/// message check; nothing on the participant page).
pub fn participant(p: &ParticipantSession, message: Html, lenses: &OrgLenses, lang: Lang, on: &Events) -> Html {
    let code = p.answer_code().unwrap_or_default();
    let ready = !code.is_empty();
    let copy = widgets::copy_with(code.clone(), on.copied.clone());
    let leave = on.leave.reform(|_: MouseEvent| {
        effects::clear_fragment();
    });
    let share = {
        let code = code.clone();
        Callback::from(move |_| effects::share_text(&code))
    };
    let (done, total) = p.progress(&lenses.rules().extra);
    let progress = t::RT_PROGRESS.fill(lang, &[("done", &done.to_string()), ("total", &total.to_string())]);
    html! {
        <div class="participant-view">
            <p class="kicker">{ t::RT_PARTICIPANT_KICKER.get(lang) }</p>
            <h1 tabindex="-1">{ if p.invite.session_name.is_empty() { t::RT_TITLE.get(lang).to_string() } else { p.invite.session_name.clone() } }</h1>
            <p>{ t::RT_PARTICIPANT_HINT.get(lang) }</p>
            if let Some(g) = &p.invite.group {
                { scoring_for(g, &p.invite.group_description, lang) }
            }
            <section class="card" aria-labelledby="p-idea"><h2 id="p-idea">{ t::SECTION_IDEA.get(lang) }</h2>
                <p class="idea-title"><strong>{ display_title(&Assessment { idea: p.invite.idea.clone(), ..Assessment::default() }, lang) }</strong></p>
                { idea_summary(&p.invite.idea, lang) }
                { message }
            </section>
            <section class="card" aria-labelledby="p-you"><h2 id="p-you">{ t::RT_YOU.get(lang) }</h2>
                { widgets::text_field("p-label", t::RT_YOUR_NAME.get(lang), Some(t::RT_YOUR_NAME_HINT.get(lang)), &p.label, false, on.label.clone()) }
            </section>
            { scoring_form("own", &p.answers, p.invite.lens_set(), lenses, lang, on.answer.clone(), on.note.clone()) }
            <section class="card return-code" aria-labelledby="p-code">
                <h2 id="p-code" tabindex="-1">{ t::RT_YOUR_CODE.get(lang) }</h2>
                if ready {
                    <p>{ t::RT_YOUR_CODE_HINT.get(lang) }</p>
                    <label for="p-code-text">{ t::RT_CODE_LABEL.get(lang) }</label>
                    <textarea id="p-code-text" readonly=true value={code.clone()} rows="4" />
                    <div class="actions">
                        <button type="button" id="p-copy" class="primary" onclick={copy}>{ t::RT_COPY_CODE.get(lang) }</button>
                        if effects::can_share() {
                            <button type="button" id="p-share" onclick={share}>{ t::RT_SHARE_CODE.get(lang) }</button>
                        }
                    </div>
                } else {
                    <p id="p-need-name">{ t::RT_NEED_NAME.get(lang) }</p>
                }
            </section>
            <details class="leave">
                <summary id="p-leave">{ t::RT_LEAVE.get(lang) }</summary>
                <p>{ t::RT_LEAVE_HINT.get(lang) }</p>
                <button type="button" id="p-close" class="danger" onclick={leave}>{ t::RT_LEAVE_CONFIRM.get(lang) }</button>
            </details>
            // Sticks to the bottom of the screen, and takes its own room at the end.
            <div class="code-bar">
                <p id="p-progress" role="status">{ progress }</p>
                <button type="button" id="p-show-code" class="primary" onclick={Callback::from(|_| effects::show_selector("#p-code"))}>
                    { t::RT_SHOW_CODE.get(lang) }
                </button>
            </div>
        </div>
    }
}
