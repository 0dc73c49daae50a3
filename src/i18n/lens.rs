//! Texts of the lenses (issue 14): each lens's name, source, questions,
//! points and advice, the contact plan and the B = MAP chart.

use super::{Lang, Text};
use crate::config::LocalText;
use crate::domain::lens::bmap::Place;
use crate::domain::lens::plan::Expect;
use crate::domain::lens::{Advice, Channel, Day, LensAnswer, LensId, PlanFlag, Point, Status};

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}

/// One lens: its name, where it comes from, what it asks and why.
pub struct LensDef {
    pub name: Text,
    /// One sentence: what the lens looks at.
    pub intro: Text,
    /// The source, for the About view and the reports.
    pub source: Text,
    /// The questions, indexed like `domain::lens::questions`.
    pub questions: &'static [Text],
}

static GOLDEN: LensDef = LensDef {
    name: t("Gouden regels van klantcontact", "Golden rules of customer contact"),
    intro: t(
        "Zes regels waar klanten een organisatie op beoordelen, en hoe snel klanten een antwoord verwachten per kanaal.",
        "Six rules customers judge an organisation by, and how fast customers expect an answer on each channel.",
    ),
    source: t(
        "De zes gouden regels en reactietijden uit het onderzoek ‘Klantvriendelijkste Bedrijf van Nederland’ van SAMR, besproken op de ronde tafel van PvKO (2024).",
        "The six golden rules and response times from SAMR's research ‘Most Customer-Friendly Company of the Netherlands’, discussed at the PvKO round table (2024).",
    ),
    questions: &[
        t(
            "Kan de klant u via dit kanaal bereiken, en krijgt hij op tijd antwoord?",
            "Can the customer reach you through this channel, and do they get an answer in time?",
        ),
        t(
            "Komt het idee elke belofte na die u deze klant hebt gedaan?",
            "Does the idea keep every promise you made to this customer?",
        ),
        t(
            "Heeft de klant iets aan elk contact, zodat u hem nooit zonder reden lastigvalt?",
            "Does the customer gain from every contact, so you never bother them without reason?",
        ),
        t(
            "Kan de klant verder zonder formulieren, bewijs of stappen die alleen u nodig hebt?",
            "Can the customer go on without forms, proof or steps that only you need?",
        ),
        t(
            "Gaat er iets mis, geeft u dat dan toe en lost u het snel op?",
            "If something goes wrong, do you admit it and fix it quickly?",
        ),
        t(
            "Laat het contact echte aandacht voor deze klant zien, geen vast script?",
            "Does the contact show real interest in this customer, not a fixed script?",
        ),
    ],
};

static BMAP: LensDef = LensDef {
    name: t("B = MAP (gedragsmodel van Fogg)", "B = MAP (Fogg's behaviour model)"),
    intro: t(
        "Een proactief bericht is een seintje. Het werkt alleen als de klant op dat moment genoeg wil én kan.",
        "A proactive message is a prompt. It only works when the customer wants to act and is able to, at that moment.",
    ),
    source: t(
        "Het gedragsmodel van BJ Fogg: gedrag = motivatie × vermogen × seintje (B = MAP), besproken op de ronde tafel van PvKO (2024).",
        "BJ Fogg's behaviour model: behaviour = motivation × ability × prompt (B = MAP), discussed at the PvKO round table (2024).",
    ),
    questions: &[
        t(
            "Hoe graag wil de klant iets doen op het moment van het bericht?",
            "How much does the customer want to act at the moment of the message?",
        ),
        t("Hoe makkelijk is de stap voor de klant op dat moment?", "How easy is the step for the customer at that moment?"),
        t(
            "Kan de klant meteen vanuit het bericht handelen (één tik, één telefoontje)?",
            "Can the customer act straight from the message (one tap, one call)?",
        ),
        t(
            "Komt het bericht als de klant er open voor staat (niet druk, niet ’s nachts)?",
            "Does the message come when the customer is open to it (not busy, not at night)?",
        ),
    ],
};

static MOMENTS: LensDef = LensDef {
    name: t("Momenten die ertoe doen", "Moments that matter"),
    intro: t(
        "Voor de klant tellen andere momenten dan de stappen in uw proces. Raakt het idee een moment dat voor de klant telt?",
        "For the customer, other moments count than the steps of your process. Does the idea meet a moment that counts for the customer?",
    ),
    source: t(
        "Momenten van de waarheid tegenover contactmomenten, uit ‘Twee belevingsklassiekers cadeau’ (blog over klantbeleving).",
        "Moments of truth versus touchpoints, from ‘Two classics of customer experience’ (blog on customer experience).",
    ),
    questions: &[
        t(
            "Heeft de klant op dit moment zelf twijfel, zorg of een vraag?",
            "At this moment, does the customer have a doubt, worry or question of their own?",
        ),
        t(
            "Weet u van klanten zelf dat dit moment voor hen telt (gevraagd of gezien)?",
            "Do you know from customers themselves that this moment counts for them (asked or observed)?",
        ),
        t(
            "Komt u vóórdat de klant zelf moet vragen of bellen?",
            "Do you come before the customer has to ask or call?",
        ),
    ],
};

static PEAKS: LensDef = LensDef {
    name: t("Pieken en einde", "Peaks and ends"),
    intro: t(
        "Mensen onthouden vooral het sterkste moment en het laatste. Kies waar u alles geeft, en maak van een dal een piek.",
        "People mostly remember the strongest moment and the last one. Choose where to go all out, and turn a low into a peak.",
    ),
    source: t(
        "De piek-eindregel, uit ‘Je kunt niet altijd pieken. Blaas je klant omver wanneer het moet!’ (blog over klantbeleving).",
        "The peak-end rule, from ‘You cannot always peak. Blow your customer away when it counts!’ (blog on customer experience).",
    ),
    questions: &[
        t("Hoe voelt de klant zich vlak vóór dit contact?", "How does the customer feel just before this contact?"),
        t(
            "Hoe voelt de klant zich tijdens en vlak na dit contact?",
            "How does the customer feel during and just after this contact?",
        ),
        t(
            "Is dit het laatste contact in dit deel van de klantreis?",
            "Is this the last contact in this part of the customer journey?",
        ),
        t("Geeft het contact de klant meer dan hij verwacht?", "Does the contact give the customer more than they expect?"),
    ],
};

static EMOTIONS: LensDef = LensDef {
    name: t("Emoties en vertrouwen", "Emotions and trust"),
    intro: t(
        "Wat voelt de klant op dit moment, en voelt het idee echt? Vertrouwen groeit door openheid vooraf, niet door uitleg achteraf.",
        "What does the customer feel at this moment, and does the idea feel genuine? Trust grows from openness up front, not from explaining afterwards.",
    ),
    source: t(
        "Emoties en echtheid, uit ‘Emoties van de klant laat bedrijfsleven koud’ en ‘Excelleren in service voor een emotionele klantrelatie’.",
        "Emotions and authenticity, from ‘Customers' emotions leave business cold’ and ‘Excelling in service for an emotional customer relationship’.",
    ),
    questions: &[
        t("Hoe voelt de klant zich op dit moment?", "How does the customer feel at this moment?"),
        t(
            "Past de toon van het bericht bij wat de klant nu voelt?",
            "Does the tone of the message fit what the customer feels now?",
        ),
        t("Hoe goed voelt de klant zich begrepen?", "How well does the customer feel understood?"),
        t(
            "Zegt u vooraf en open waarom u contact zoekt en welke gegevens u gebruikt?",
            "Do you say openly, up front, why you make contact and which data you use?",
        ),
        t(
            "Kan de klant later iets ontdekken over dit contact dat u nu niet vertelt?",
            "Could the customer later find out something about this contact that you do not tell now?",
        ),
        t(
            "Klinkt het bericht als iemand die het meent, in uw eigen stem?",
            "Does the message sound like someone who means it, in your own voice?",
        ),
    ],
};

pub fn lens(l: LensId) -> &'static LensDef {
    match l {
        LensId::GoldenRules => &GOLDEN,
        LensId::BMap => &BMAP,
        LensId::Moments => &MOMENTS,
        LensId::PeaksEnds => &PEAKS,
        LensId::Emotions => &EMOTIONS,
    }
}

/// A lens question's text: its own questions first, then the
/// organisation's `extra` ones (an index past both gives "").
pub fn question(l: LensId, i: usize, extra: &[LocalText], lang: Lang) -> &str {
    let own = lens(l).questions;
    match own.get(i) {
        Some(q) => q.get(lang),
        None => extra.get(i - own.len()).map_or("", |q| q.get(lang)),
    }
}

/// A lens answer in words: a step's words, yes, no, unsure, not
/// applicable, or not known yet.
pub fn answer(a: LensAnswer) -> Text {
    match a {
        LensAnswer::Level(l) => SCALE[usize::from(l.get() - 1)],
        LensAnswer::Unknown => super::ui::UNKNOWN,
        LensAnswer::Yes => super::ui::FLAG_YES,
        LensAnswer::No => super::ui::FLAG_NO,
        LensAnswer::Unsure => super::ui::FLAG_UNSURE,
        LensAnswer::NotApplicable => NOT_APPLICABLE,
    }
}

/// The words of a lens scale question's steps, 1 to 5.
pub const SCALE: [Text; 5] = [
    t("Heel laag", "Very low"),
    t("Laag", "Low"),
    t("Midden", "Middle"),
    t("Hoog", "High"),
    t("Heel hoog", "Very high"),
];

/// A point's name: what the lens checks.
pub fn point(p: Point) -> Text {
    match p {
        Point::Available => t("Wees bereikbaar als de klant vraagt", "Be available when the customer asks"),
        Point::Promises => t("Kom beloftes na", "Keep your promises"),
        Point::Bother => t("Val de klant niet onnodig lastig", "Do not bother the customer unnecessarily"),
        Point::Formalities => {
            t("Doe niet moeilijk over regels en formulieren", "Do not be difficult about formalities")
        }
        Point::Mistakes => t("Geef fouten toe en herstel ze", "Admit mistakes and put them right"),
        Point::Involved => t("Wees oprecht betrokken", "Be sincerely involved"),
        Point::Placement => t("Boven de actielijn", "Above the action line"),
        Point::ActNow => t("Meteen te doen", "Easy to act on at once"),
        Point::RightMoment => t("Op een goed moment", "At a good moment"),
        Point::MomentMatters => t("Een moment dat voor de klant telt", "A moment that counts for the customer"),
        Point::CustomerView => t("Gezien vanuit de klant", "Seen from the customer's side"),
        Point::BeforeAsked => t("Vóór de klant hoeft te vragen", "Before the customer has to ask"),
        Point::Peak => t("Maakt een piek", "Creates a peak"),
        Point::RepairsLow => t("Maakt van een dal een piek", "Turns a low into a peak"),
        Point::End => t("Een goed einde", "A good end"),
        Point::Beyond => t("Meer dan verwacht", "More than expected"),
        Point::Tone => t("Toon past bij het gevoel", "Tone fits the feeling"),
        Point::Understood => t("Klant voelt zich begrepen", "Customer feels understood"),
        Point::Upfront => t("Open vooraf", "Open up front"),
        Point::NoSurprise => t("Geen verrassing achteraf", "No surprise afterwards"),
        Point::Human => t("Klinkt echt", "Sounds genuine"),
        Point::Extra(_) => t("Vraag van uw organisatie", "Your organisation's question"),
    }
}

/// What to do about a point at risk or broken, or the B = MAP advice.
pub fn advice(a: Advice) -> Text {
    match a {
        Advice::Fix(p) => fix(p),
        Advice::KeepItEasy => t(
            "Het seintje kan werken: de klant wil en kan. Houd de stap zo klein als hij nu is.",
            "The prompt can work: the customer wants to and can. Keep the step as small as it is now.",
        ),
        Advice::RaiseAbility => t(
            "Maak de stap kleiner: één tik of één telefoontje, met alles al ingevuld wat u al weet.",
            "Make the step smaller: one tap or one call, with everything you already know filled in.",
        ),
        Advice::MoveMoment => t(
            "Kies een ander moment: stuur het seintje als de klant zelf iets wil. Is er zo’n moment niet, stuur dan niets.",
            "Choose another moment: send the prompt when the customer wants something. If there is no such moment, send nothing.",
        ),
        Advice::DoNotPrompt => t(
            "Stuur dit seintje niet. De klant wil nu niet en kan nu niet; een bericht ergert alleen.",
            "Do not send this prompt. The customer does not want to and cannot act now; a message only annoys.",
        ),
    }
}

fn fix(p: Point) -> Text {
    match p {
        Point::Available => t(
            "Kies een kanaal waarop u op tijd antwoordt, of zorg dat er iemand is die dat doet.",
            "Choose a channel on which you answer in time, or make sure someone is there to do so.",
        ),
        Point::Promises => t(
            "Beloof alleen wat u zeker waarmaakt, en bevestig wat u afspreekt.",
            "Only promise what you will surely deliver, and confirm what you agree.",
        ),
        Point::Bother => t(
            "Stuur minder vaak, op een gewoon tijdstip, en alleen als de klant er iets aan heeft.",
            "Send less often, at a normal time, and only when the customer gains from it.",
        ),
        Point::Formalities => t(
            "Schrap stappen en bewijs die alleen u nodig hebt. Vul in wat u al weet.",
            "Drop steps and proof that only you need. Fill in what you already know.",
        ),
        Point::Mistakes => t(
            "Leg vast wie een fout oppakt, hoe snel, en hoe u de klant laat weten dat het is opgelost.",
            "Agree who picks up a mistake, how fast, and how you tell the customer it is fixed.",
        ),
        Point::Involved => t(
            "Schrijf voor deze klant en dit moment, niet voor iedereen tegelijk.",
            "Write for this customer and this moment, not for everyone at once.",
        ),
        Point::MomentMatters => t(
            "Zoek het moment waarop de klant twijfelt of zich zorgen maakt, en kom dan. Een stap in uw eigen proces is daar zelden de aanleiding voor.",
            "Find the moment when the customer doubts or worries, and come then. A step in your own process is rarely that moment.",
        ),
        Point::CustomerView => t(
            "Vraag klanten welke momenten voor hen tellen, of kijk mee in hun klantreis.",
            "Ask customers which moments count for them, or follow them along their journey.",
        ),
        Point::BeforeAsked => t(
            "Kom eerder, zodat de klant niet zelf hoeft te zoeken of te bellen.",
            "Come earlier, so the customer does not have to search or call.",
        ),
        Point::Peak => t(
            "Kies dit moment alleen als u er echt iets moois van maakt. Lukt dat niet, houd het dan kort en rustig.",
            "Only choose this moment if you truly make something good of it. If you cannot, keep it short and calm.",
        ),
        Point::RepairsLow => t(
            "De klant zit in een dal. Los het probleem meteen op en doe er iets extra’s bij: zo wordt het een piek.",
            "The customer is in a low. Solve the problem at once and add something extra: that turns it into a peak.",
        ),
        Point::End => t(
            "Het laatste contact blijft hangen. Sluit af met iets goeds, of verplaats dit contact naar eerder.",
            "The last contact stays with people. End with something good, or move this contact earlier.",
        ),
        Point::Beyond => t(
            "Bedenk wat de klant niet verwacht maar wel waardeert, en doe dat op dit moment.",
            "Think of what the customer does not expect but will value, and do it at this moment.",
        ),
        Point::Tone => t(
            "Erken eerst wat de klant voelt. Pas daarna de inhoud.",
            "First acknowledge what the customer feels. Then the content.",
        ),
        Point::Understood => t(
            "Laat zien dat u de situatie van de klant kent, en vraag wat hij nodig heeft.",
            "Show that you know the customer's situation, and ask what they need.",
        ),
        Point::Upfront => t(
            "Zeg in het bericht zelf waarom u nu komt en welke gegevens u gebruikt.",
            "Say in the message itself why you come now and which data you use.",
        ),
        Point::NoSurprise => t(
            "Vertel nu wat de klant later toch ontdekt. Openheid achteraf, als de klant ernaar vraagt, schaadt het vertrouwen.",
            "Tell now what the customer will find out later. Openness only afterwards, when the customer asks, damages trust.",
        ),
        Point::Human => t(
            "Schrijf zoals een medewerker het zou zeggen, met een naam en een manier om te reageren.",
            "Write as a staff member would say it, with a name and a way to reply.",
        ),
        Point::Placement | Point::ActNow | Point::RightMoment => t(
            "Zie het advies bij B = MAP.",
            "See the advice under B = MAP.",
        ),
        Point::Extra(_) => t(
            "Uw organisatie vindt deze vraag belangrijk. Bespreek hoe het idee er wel aan voldoet.",
            "Your organisation finds this question important. Discuss how the idea can meet it.",
        ),
    }
}

pub fn status(s: Status) -> Text {
    match s {
        Status::Met => t("in orde", "met"),
        Status::AtRisk => t("risico", "at risk"),
        Status::Broken => t("geschonden", "broken"),
        Status::Open => t("nog open", "open"),
        Status::NotApplicable => t("niet van toepassing", "not applicable"),
    }
}

pub fn place(p: Place) -> Text {
    match p {
        Place::Above => t("Boven de actielijn: het seintje kan werken.", "Above the action line: the prompt can work."),
        Place::Near => t(
            "Op de actielijn: het seintje werkt soms wel, soms niet.",
            "On the action line: the prompt works sometimes, sometimes not.",
        ),
        Place::Below => t(
            "Onder de actielijn: het seintje werkt niet en kan ergeren.",
            "Below the action line: the prompt fails and may annoy.",
        ),
    }
}

pub fn channel(c: Channel) -> Text {
    match c {
        Channel::Phone => t("Telefoon", "Phone"),
        Channel::InPerson => t("Persoonlijk (balie, bezoek)", "In person (desk, visit)"),
        Channel::Chat => t("Chat", "Chat"),
        Channel::SocialMedia => t("Sociale media", "Social media"),
        Channel::WhatsApp => t("WhatsApp", "WhatsApp"),
        Channel::App => t("App", "App"),
        Channel::Website => t("Website", "Website"),
        Channel::Email => t("E-mail", "Email"),
    }
}

/// "On this channel customers expect an answer within 30 seconds."
pub fn plan_expect(c: Channel, lang: Lang) -> String {
    PLAN_EXPECT.fill(lang, &[("when", expect(c.response_time()).get(lang))])
}

pub fn expect(e: Expect) -> Text {
    match e {
        Expect::HalfMinute => t("binnen 30 seconden", "within 30 seconds"),
        Expect::AtOnce => t("meteen", "at once"),
        Expect::SameWorkingDay => t("dezelfde werkdag", "the same working day"),
        Expect::SameOrNextWorkingDay => t("dezelfde of de volgende werkdag", "the same or the next working day"),
    }
}

pub fn day(d: Day) -> Text {
    match d {
        Day::Mon => t("maandag", "Monday"),
        Day::Tue => t("dinsdag", "Tuesday"),
        Day::Wed => t("woensdag", "Wednesday"),
        Day::Thu => t("donderdag", "Thursday"),
        Day::Fri => t("vrijdag", "Friday"),
        Day::Sat => t("zaterdag", "Saturday"),
        Day::Sun => t("zondag", "Sunday"),
    }
}

/// An hour of sending as written in the plan: "3:00".
pub fn hour(h: u8) -> String {
    format!("{h}:00")
}

/// A contact plan flag in words.
pub fn flag(f: PlanFlag, lang: Lang) -> String {
    match f {
        PlanFlag::Night(h) => FLAG_NIGHT.fill(lang, &[("time", &hour(h))]),
        PlanFlag::Quiet(h) => FLAG_QUIET.fill(lang, &[("time", &hour(h))]),
        PlanFlag::Weekend(d) => FLAG_WEEKEND.fill(lang, &[("day", day(d).get(lang))]),
        PlanFlag::TooOften(n) => FLAG_TOO_OFTEN.fill(lang, &[("n", &n.to_string())]),
        PlanFlag::Twice => FLAG_TWICE.get(lang).into(),
        PlanFlag::NotInTime => FLAG_NOT_IN_TIME.get(lang).into(),
        PlanFlag::MaybeNotInTime => FLAG_MAYBE_NOT_IN_TIME.get(lang).into(),
    }
}

/// A lens answer in words: "4 High", "Yes", "Not known yet", or "Not
/// answered yet" for none.
pub fn answer_word(a: Option<LensAnswer>, lang: Lang) -> String {
    match a {
        None => super::ui::NOT_ANSWERED.get(lang).to_string(),
        Some(LensAnswer::Level(l)) => format!("{} {}", l.get(), answer(LensAnswer::Level(l)).get(lang)),
        Some(a) => answer(a).get(lang).to_string(),
    }
}

/// A step's name, or "Step n" when it has none.
pub fn step_name(name: &str, n: usize, lang: Lang) -> String {
    match name.trim() {
        "" => STEP.fill(lang, &[("n", &n.to_string())]),
        name => name.to_string(),
    }
}

/// The notice after removing a step of the journey.
pub fn step_removed(name: &str, n: usize, lang: Lang) -> String {
    STEP_REMOVED.fill(lang, &[("name", &step_name(name, n, lang))])
}

crate::texts! {
    LENSES = "Lenzen", "Lenses";
    NOT_APPLICABLE = "Niet van toepassing", "Not applicable";
    LENSES_INTRO = "Bekijk hetzelfde idee door een andere bril. Een lens geeft advies; hij verandert het oordeel niet, tenzij uw organisatie dat zo instelt.",
        "Look at the same idea from another angle. A lens gives advice; it does not change the verdict, unless your organisation sets it to.";
    LENSES_NONE = "Nog geen lens aan. Zet hierboven een lens aan om het idee van een andere kant te bekijken.",
        "No lens on yet. Switch a lens on above to look at the idea from another side.";
    LENS_ON = "{name} aan", "{name} on";
    LENS_COUNTS = "Telt mee: een geschonden punt maakt het oordeel hooguit ‘wenselijk onder voorwaarden’.",
        "Counts: a broken point makes the verdict at most ‘desirable under conditions’.";
    LENS_ADVISORY = "Advies: verandert het oordeel niet.", "Advice: does not change the verdict.";
    LENS_OFF_KEPT = "De antwoorden van een lens die uit staat, blijven bewaard.", "The answers of a lens switched off are kept.";
    SOURCE = "Bron", "Source";
    EXTRA_QUESTION = "Vraag van uw organisatie", "Your organisation's question";
    QUESTION = "vraag {n}", "question {n}";
    RESULT = "Wat de lens ziet", "What the lens sees";
    POINT = "Punt", "Point";
    STATUS = "Stand", "Status";
    WHAT_TO_CHANGE = "Wat u kunt veranderen", "What you can change";
    ANSWERS = "De antwoorden", "The answers";
    NOTHING_TO_CHANGE = "Niets: elk beantwoord punt is in orde.", "Nothing: every answered point is met.";
    SUMMARY = "{met} in orde, {risk} risico, {broken} geschonden, {open} nog open", "{met} met, {risk} at risk, {broken} broken, {open} open";
    PLAN = "Contactplan", "Contact plan";
    PLAN_CHANNEL = "Kanaal", "Channel";
    PLAN_DAY = "Dag van versturen", "Day of sending";
    PLAN_HOUR = "Uur van versturen", "Hour of sending";
    PLAN_PER_WEEK = "Zulke contacten per week", "Such contacts per week";
    PLAN_IN_TIME = "Kan dit kanaal op tijd antwoorden?", "Can this channel answer in time?";
    PLAN_EXPECT = "Klanten verwachten op dit kanaal antwoord {when}.", "On this channel customers expect an answer {when}.";
    PLAN_CHOOSE = "Kies…", "Choose…";
    PLAN_OK = "Het tijdstip en het aantal contacten zijn in orde.", "The time and the number of contacts are fine.";
    FLAG_NIGHT = "Verstuurd om {time}: ’s nachts. Dat stoort, en het laat zien dat een systeem stuurt, geen mens.",
        "Sent at {time}: at night. That disturbs, and it shows a system is sending, not a person.";
    FLAG_QUIET = "Verstuurd om {time}: vroeg of laat op de dag. Dat kan storen.", "Sent at {time}: early or late in the day. That may disturb.";
    FLAG_WEEKEND = "Verstuurd op {day}: in het weekend is er vaak niemand om vragen te beantwoorden.",
        "Sent on {day}: at the weekend there is often nobody to answer questions.";
    FLAG_TOO_OFTEN = "{n} keer in een week: te vaak. Vanaf de derde keer valt u de klant lastig.",
        "{n} times in a week: too often. From the third time on you bother the customer.";
    FLAG_TWICE = "2 keer in een week: let op dat elk contact iets brengt.", "Twice in a week: make sure every contact brings something.";
    FLAG_NOT_IN_TIME = "Het kanaal kan niet op tijd antwoorden. De klant reageert, en hoort niets.",
        "The channel cannot answer in time. The customer replies, and hears nothing.";
    FLAG_MAYBE_NOT_IN_TIME = "Niet bekend of het kanaal op tijd kan antwoorden.", "Not known whether the channel can answer in time.";
    BMAP_CHART = "Het idee op het gedragsmodel van Fogg", "The idea on Fogg's behaviour model";
    BMAP_MOTIVATION = "Motivatie", "Motivation";
    BMAP_ABILITY = "Vermogen (hoe makkelijk)", "Ability (how easy)";
    BMAP_LINE = "Actielijn", "Action line";
    BMAP_IDEA = "Het idee", "The idea";
    BMAP_POINT = "Motivatie {m} ({mw}), vermogen {a} ({aw}).", "Motivation {m} ({mw}), ability {a} ({aw}).";
    BMAP_UNPLACED = "Beantwoord motivatie en vermogen om het idee op de grafiek te zetten.",
        "Answer motivation and ability to place the idea on the chart.";
    JOURNEY = "Klantreis", "Customer journey";
    JOURNEY_INTRO = "Zet de stappen van de klant op volgorde. Vink aan welke momenten voor de klant tellen, en kies waar het idee contact maakt.",
        "Put the customer's steps in order. Tick which moments count for the customer, and choose where the idea makes contact.";
    JOURNEY_EMPTY = "Nog geen stappen. Voeg de eerste stap van de klantreis toe.", "No steps yet. Add the first step of the customer journey.";
    STEP = "Stap {n}", "Step {n}";
    STEP_MATTERS = "Telt voor de klant", "Counts for the customer";
    STEP_INTERNAL = "Stap in het eigen proces", "Step in your own process";
    STEP_ADD = "Stap toevoegen", "Add a step";
    STEP_REMOVE = "Stap {n} verwijderen", "Remove step {n}";
    STEP_UP = "Stap {n} eerder", "Move step {n} earlier";
    STEP_NAME = "Naam van stap {n}", "Name of step {n}";
    STEP_REMOVED = "De stap ‘{name}’ is verwijderd.", "The step ‘{name}’ was removed.";
    STEP_IDEA_HERE = "Het idee komt hier", "The idea comes here";
    STEP_IDEA_AT = "Het idee komt bij stap {n}: {name}.", "The idea comes at step {n}: {name}.";
    STEP_IDEA_NOWHERE = "Nog niet gekozen waar het idee komt.", "Not chosen yet where the idea comes.";
    PEAKS_CURVE = "Gevoel van de klant: vóór en tijdens het contact", "The customer's feeling: before and during the contact";
    PEAKS_BEFORE = "Vóór", "Before";
    PEAKS_DURING = "Tijdens", "During";
    PEAKS_LINE = "Vóór: {before}. Tijdens: {during}.", "Before: {before}. During: {during}.";
    FEELING = "Gevoel op dit moment: {feeling}", "Feeling at this moment: {feeling}";
    SIGNS_GOOD = "Tekenen van echtheid", "Signs of authenticity";
    SIGNS_BAD = "Waarschuwingen", "Warnings";
    NONE_YET = "Nog geen.", "None yet.";
    COMPARE_LENSES = "Lenzen", "Lenses";
    COMPARE_LENS_OFF = "uit", "off";
    RULE_LENS = "Lens telt mee", "Lens counts";
    RULE_LENS_WHEN = "Uw organisatie laat een lens meetellen en die lens heeft een geschonden punt. Zonder instelling telt geen lens mee.",
        "Your organisation makes a lens count and that lens has a broken point. Without that setting no lens counts.";
    FINDING_LENS = "De lens ‘{name}’ telt mee en heeft een geschonden punt.", "The lens ‘{name}’ counts and has a broken point.";
    ADVICE_LENS = "Zie het advies van de lens ‘{name}’.", "See the advice of the lens ‘{name}’.";
}
