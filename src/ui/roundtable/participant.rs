//! A participant's own device, opened from an invite: the idea, whom they
//! score for, their scores and their answer code: made for the phone (no
//! way out of the session by accident, progress and the answer code in a bar
//! at the bottom of the screen).

use super::{idea_summary, scoring_for, scoring_form};
use crate::codec::roundtable::encode_return;
use crate::config::OrgConfig;
use crate::domain::*;
use crate::i18n::{ui as t, Lang};
use crate::state::{display_title, Action, Notice, ParticipantSession, WordList};
use crate::ui::{effects, message, widgets};
use yew::prelude::*;

/// A participant's own device: the idea, their scores, and their answer code.
pub fn participant(
    p: &ParticipantSession,
    words: &WordList,
    org: &OrgConfig,
    lang: Lang,
    d: &Callback<Action>,
) -> Html {
    let code = encode_return(&p.invite.session_id, &p.invite.secret, p.label.trim(), &p.answers);
    let ready = !p.label.trim().is_empty();
    let copy = widgets::copy_on_click(d, code.clone(), Notice::CodeCopied);
    let leave = {
        let d = d.clone();
        Callback::from(move |_| {
            d.emit(Action::PClose);
            effects::clear_fragment();
        })
    };
    let share = {
        let code = code.clone();
        Callback::from(move |_| effects::share_text(&code))
    };
    let (done, total) = p.progress(&org.lenses.rules().extra);
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
                <message::ReadOnly text={AttrValue::from(p.invite.idea.message.clone())} chosen={p.invite.message_lang}
                    words={words.clone()} org={org.message_words.clone()} lang={lang} />
            </section>
            <section class="card" aria-labelledby="p-you"><h2 id="p-you">{ t::RT_YOU.get(lang) }</h2>
                { widgets::text_field("p-label", t::RT_YOUR_NAME.get(lang), Some(t::RT_YOUR_NAME_HINT.get(lang)), &p.label, false, d.reform(Action::PSetLabel)) }
            </section>
            { scoring_form("own", &p.answers, p.invite.lens_set(), &org.lenses, lang, d.reform(|(i, a)| Action::PSetAnswer(i, a)), d.reform(|(i, n)| Action::PSetNote(i, n))) }
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
