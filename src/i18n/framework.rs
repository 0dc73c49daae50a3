//! The framework's content: the eight dimensions of service (Hogeschool
//! Utrecht), the value-versus-values lens (Joris Krijger) and the red flags,
//! with scale words, helper questions and advice. Data in one place; the
//! components only render it.

use super::Text;
use crate::domain::{DimensionId, RedFlag, ValueQuestion};

/// Content of one dimension.
pub struct DimensionText {
    /// One or two sentences: what this dimension asks of a proactive service.
    pub explain: Text,
    /// What step 1 (crosses the line) looks like for this dimension.
    pub low: Text,
    /// What step 5 (strong) looks like.
    pub high: Text,
    /// Questions that prompt discussion before scoring.
    pub helpers: &'static [Text],
    /// Concrete improvements when the dimension scores 3 or lower.
    pub advice: &'static [Text],
    /// How to find out when the answer is not known yet.
    pub find_out: Text,
}

/// Content of one value-versus-values question.
pub struct ValueText {
    pub explain: Text,
    /// Improvements when the answer is weak.
    pub advice: &'static [Text],
    pub find_out: Text,
}

/// Content of one red flag.
pub struct FlagText {
    pub explain: Text,
    pub advice: &'static [Text],
    pub find_out: Text,
}

/// Words for the five steps of the dimension scale, worst first.
pub const DIMENSION_SCALE: [Text; 5] = [
    Text { nl: "Over de schreef", en: "Crosses the line" },
    Text { nl: "Zwak", en: "Weak" },
    Text { nl: "Redelijk", en: "Fair" },
    Text { nl: "Goed", en: "Good" },
    Text { nl: "Sterk", en: "Strong" },
];

pub fn dimension(d: DimensionId) -> &'static DimensionText {
    &DIMENSIONS[d.index()]
}

pub fn value(q: ValueQuestion) -> &'static ValueText {
    &VALUES[q as usize]
}

pub fn flag(f: RedFlag) -> &'static FlagText {
    &FLAGS[f as usize]
}

/// An item's name and question: all a participant's scoring form shows
/// (the participant page has no more of the framework than this; see
/// `ui::participant_page`).
pub struct Brief {
    pub name: Text,
    /// For a dimension HU's guiding question, in the customer's voice; for a
    /// red flag the yes / no / unsure question.
    pub question: Text,
}

pub fn dimension_brief(d: DimensionId) -> &'static Brief {
    &DIMENSION_BRIEFS[d.index()]
}

pub fn value_brief(q: ValueQuestion) -> &'static Brief {
    &VALUE_BRIEFS[q as usize]
}

pub fn flag_brief(f: RedFlag) -> &'static Brief {
    &FLAG_BRIEFS[f as usize]
}

/// The words for each step 1..=5 of a value question.
pub fn value_scale(q: ValueQuestion) -> &'static [Text; 5] {
    VALUE_SCALES[q as usize]
}

/// In `DimensionId::ALL` order.
pub static DIMENSION_BRIEFS: [Brief; 8] = [
    Brief {
        name: Text { nl: "Complexiteit", en: "Complexity" },
        question: Text { nl: "Hoe ingewikkeld is het?", en: "How complicated is it?" },
    },
    Brief {
        name: Text { nl: "Taal", en: "Language" },
        question: Text { nl: "Begrijp ik het?", en: "Do I understand it?" },
    },
    Brief {
        name: Text { nl: "Plaats", en: "Place" },
        question: Text { nl: "Waar moet ik zijn?", en: "Where do I need to go?" },
    },
    Brief {
        name: Text { nl: "Tijd", en: "Time" },
        question: Text { nl: "Wanneer? Is dit het moment?", en: "When? Is this the moment?" },
    },
    Brief {
        name: Text { nl: "Individuele relevantie", en: "Individual relevance" },
        question: Text { nl: "Is dit van toepassing op mijn situatie?", en: "Does this apply to my situation?" },
    },
    Brief {
        name: Text { nl: "Vertrouwen tot handelen", en: "Trust to act" },
        question: Text { nl: "Klopt het? Is het veilig?", en: "Is it right? Is it safe?" },
    },
    Brief {
        name: Text { nl: "Empathie", en: "Empathy" },
        question: Text { nl: "Voel ik me gezien, gehoord en begrepen?", en: "Do I feel seen, heard and understood?" },
    },
    Brief {
        name: Text { nl: "Autonomie", en: "Autonomy" },
        question: Text {
            nl: "Kan ik zelf beslissen over of, hoe en wanneer?",
            en: "Can I decide for myself whether, how and when?",
        },
    },
];

/// In `ValueQuestion::ALL` order.
pub static VALUE_BRIEFS: [Brief; 4] = [
    Brief {
        name: Text { nl: "Waarde voor de klant", en: "Value for the customer" },
        question: Text { nl: "Wat is de waarde voor de klant?", en: "What is the value for the customer?" },
    },
    Brief {
        name: Text { nl: "Waarde voor de organisatie", en: "Value for the organisation" },
        question: Text { nl: "Wat is de waarde voor de organisatie?", en: "What is the value for the organisation?" },
    },
    Brief {
        name: Text { nl: "Waarden van de klant", en: "Customer's values" },
        question: Text { nl: "Past het bij de waarden van de klant?", en: "Does it fit the customer's values?" },
    },
    Brief {
        name: Text { nl: "Waarden van de organisatie", en: "Organisation's values" },
        question: Text {
            nl: "Past het bij de waarden waar de organisatie voor zegt te staan?",
            en: "Does it fit the values the organisation says it stands for?",
        },
    },
];

static VALUE_SCALES: [&[Text; 5]; 4] = [&VALUE_SCALE, &VALUE_SCALE, &FIT_SCALE, &FIT_SCALE];

/// In `RedFlag::ALL` order.
pub static FLAG_BRIEFS: [Brief; 5] = [
    Brief {
        name: Text { nl: "Big brother-gevoel", en: "Big brother feeling" },
        question: Text {
            nl: "Kan dit voelen alsof de organisatie meekijkt?",
            en: "Could this feel as if the organisation is watching?",
        },
    },
    Brief {
        name: Text { nl: "Betutteling", en: "Paternalism" },
        question: Text {
            nl: "Kan dit voelen alsof de organisatie bepaalt wat goed is voor de klant?",
            en: "Could this feel as if the organisation decides what is good for the customer?",
        },
    },
    Brief {
        name: Text { nl: "Ongevraagd dwingend", en: "Pushy" },
        question: Text {
            nl: "Voelt de klant druk, zonder makkelijke manier om nee te zeggen?",
            en: "Does the customer feel pressure, with no easy way to say no?",
        },
    },
    Brief {
        name: Text { nl: "Vooral waarde voor de organisatie", en: "Mainly value for the organisation" },
        question: Text {
            nl: "Dient dit vooral de organisatie, terwijl het als zorg wordt gebracht?",
            en: "Does this mainly serve the organisation, while it is presented as care?",
        },
    },
    Brief {
        name: Text { nl: "Onnodig storen", en: "Unnecessary contact" },
        question: Text {
            nl: "Stoort dit de klant zonder goede reden, te vaak of op een vreemd uur?",
            en: "Does this bother the customer without good reason, too often or at an odd hour?",
        },
    },
];

/// In `DimensionId::ALL` order.
pub static DIMENSIONS: [DimensionText; 8] = [
    DimensionText {
        explain: Text {
            nl: "Hoeveel moeite kost het de klant om het aanbod te snappen en erop te reageren?",
            en: "How much effort does it take the customer to grasp the offer and respond to it?",
        },
        low: Text {
            nl: "De klant moet veel uitzoeken, invullen of regelen. Hij haakt af of voelt zich dom.",
            en: "The customer has to work out, fill in or arrange a lot. They give up or feel stupid.",
        },
        high: Text {
            nl: "Eén duidelijke stap. De organisatie doet het werk, de klant hoeft weinig te doen.",
            en: "One clear step. The organisation does the work; the customer has little to do.",
        },
        helpers: &[
            Text {
                nl: "Hoeveel stappen moet de klant zetten na ons bericht?",
                en: "How many steps does the customer have to take after our message?",
            },
            Text {
                nl: "Kan de klant het aanbod in één zin navertellen?",
                en: "Could the customer retell the offer in one sentence?",
            },
            Text {
                nl: "Welke gegevens vullen wij al in, zodat de klant dat niet hoeft?",
                en: "Which details do we fill in already, so the customer does not have to?",
            },
        ],
        advice: &[
            Text {
                nl: "Breng het terug tot één duidelijke vervolgstap.",
                en: "Reduce it to one clear next step.",
            },
            Text {
                nl: "Vul vooraf in wat al bekend is. Laat de klant alleen controleren.",
                en: "Pre-fill what is already known. Let the customer only check it.",
            },
            Text {
                nl: "Test het aanbod met vijf klanten: waar lopen ze vast?",
                en: "Test the offer with five customers: where do they get stuck?",
            },
        ],
        find_out: Text {
            nl: "Laat een paar klanten het aanbod lezen en vraag wat ze nu zouden doen.",
            en: "Let a few customers read the offer and ask what they would do next.",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Snapt de klant meteen wat we bedoelen? Woorden, toon en lengte bepalen of de hulp aankomt.",
            en: "Does the customer see at once what we mean? Words, tone and length decide whether the help gets through.",
        },
        low: Text {
            nl: "Vaktaal, lange zinnen en kleine lettertjes. De klant leest het drie keer en twijfelt nog steeds.",
            en: "Jargon, long sentences and small print. The customer reads it three times and is still unsure.",
        },
        high: Text {
            nl: "Korte zinnen in gewone woorden (B1). De klant snapt in één keer wat er staat en wat hij kan doen.",
            en: "Short sentences in everyday words (B1). The customer understands at once what it says and what they can do.",
        },
        helpers: &[
            Text {
                nl: "Gebruiken we de woorden van de klant, of onze eigen vaktaal?",
                en: "Do we use the customer's words, or our own jargon?",
            },
            Text {
                nl: "Is de tekst op B1-niveau: korte zinnen en gewone woorden?",
                en: "Is the text at B1 level: short sentences and everyday words?",
            },
            Text {
                nl: "Hoe klinkt de toon: als hulp, als reclame of als waarschuwing?",
                en: "How does the tone come across: as help, as advertising or as a warning?",
            },
            Text {
                nl: "Weet de klant na één keer lezen wat de volgende stap is?",
                en: "After one reading, does the customer know the next step?",
            },
        ],
        advice: &[
            Text {
                nl: "Herschrijf de tekst op B1-niveau. Gebruik korte zinnen, met één boodschap per zin.",
                en: "Rewrite the text at B1 level. Use short sentences, with one message per sentence.",
            },
            Text {
                nl: "Schrijf positief. Zeg wat de klant kan doen en vermijd ontkenningen.",
                en: "Write positively. Say what the customer can do and avoid negations.",
            },
            Text {
                nl: "Vervang vaktaal door de woorden die klanten zelf gebruiken. Het contactcenter kent ze.",
                en: "Replace jargon with the words customers use themselves. The contact centre knows them.",
            },
        ],
        find_out: Text {
            nl: "Laat een paar klanten het bericht lezen en in eigen woorden uitleggen.",
            en: "Have a few customers read the message and explain it in their own words.",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Komt het aanbod via een kanaal dat past bij de klant en de boodschap? En kan de klant daar ook terecht met vragen?",
            en: "Does the offer come through a channel that suits the customer and the message? And can the customer ask questions there too?",
        },
        low: Text {
            nl: "Het bericht komt via een onverwacht of onveilig kanaal. Met vragen gaat de klant van loket naar loket.",
            en: "The message arrives through an unexpected or unsafe channel. With questions, the customer is sent from desk to desk.",
        },
        high: Text {
            nl: "Het bericht komt via het kanaal dat de klant zelf kiest. Bij vragen is er snel een mens bereikbaar.",
            en: "The message comes through the channel the customer chose. For questions, a person is quickly within reach.",
        },
        helpers: &[
            Text {
                nl: "Past dit kanaal bij deze boodschap: brief, mail, app, telefoon of balie?",
                en: "Does this channel suit this message: letter, email, app, phone or desk?",
            },
            Text {
                nl: "Welk kanaal gebruikt deze klant zelf het liefst?",
                en: "Which channel does this customer prefer to use?",
            },
            Text {
                nl: "Waar kan de klant terecht als hij twijfelt of liever met iemand praat?",
                en: "Where can the customer go if they are unsure or would rather talk to someone?",
            },
            Text {
                nl: "Kan de klant reageren in hetzelfde kanaal, of moet hij overstappen?",
                en: "Can the customer reply in the same channel, or do they have to switch?",
            },
        ],
        advice: &[
            Text {
                nl: "Laat de klant kiezen via welk kanaal hij dit soort berichten krijgt.",
                en: "Let the customer choose the channel for this kind of message.",
            },
            Text {
                nl: "Zet in elk bericht hoe de klant een medewerker bereikt, met nummer en openingstijden.",
                en: "Put in every message how to reach an employee, with the number and opening hours.",
            },
            Text {
                nl: "Laat de klant reageren in hetzelfde kanaal, zonder doorverwijzing.",
                en: "Let the customer reply in the same channel, without being referred elsewhere.",
            },
        ],
        find_out: Text {
            nl: "Kijk welke kanalen deze groep klanten echt gebruikt, en vraag het aan het contactcenter.",
            en: "Check which channels this group of customers really uses, and ask the contact centre.",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Komt het aanbod op een moment dat ertoe doet voor de klant? Een goed idee op het verkeerde moment voelt als storen.",
            en: "Does the offer come at a moment that matters to the customer? A good idea at the wrong moment feels like a disturbance.",
        },
        low: Text {
            nl: "Het bericht komt midden in de nacht of in een zware periode. Of het is al de derde keer deze week.",
            en: "The message arrives in the middle of the night or in a hard time. Or it is already the third time this week.",
        },
        high: Text {
            nl: "Het bericht komt precies als de klant ermee bezig is. Hij denkt: fijn, daar had ik net een vraag over.",
            en: "The message comes just when the customer is thinking about it. They think: great, I was just wondering about that.",
        },
        helpers: &[
            Text {
                nl: "Telt dit moment voor de klant, of alleen voor ons proces?",
                en: "Does this moment count for the customer, or only for our process?",
            },
            Text {
                nl: "Hoe voelt de klant zich op dit moment: druk, bezorgd of blij?",
                en: "How does the customer feel at this moment: busy, worried or happy?",
            },
            Text {
                nl: "Hoe vaak hebben we deze klant de laatste tijd al benaderd?",
                en: "How often have we contacted this customer recently?",
            },
            Text {
                nl: "Op welke dag en welk uur komt het bericht binnen?",
                en: "On which day and at what hour does the message arrive?",
            },
        ],
        advice: &[
            Text {
                nl: "Kies een moment dat telt voor de klant, zoals vlak voor de eerste rekening.",
                en: "Pick a moment that counts for the customer, such as just before the first invoice.",
            },
            Text {
                nl: "Verstuur alleen overdag en op werkdagen. Stel een maximum in voor het aantal berichten.",
                en: "Send only in the daytime and on working days. Set a limit on the number of messages.",
            },
            Text {
                nl: "Sla het bericht over na een klacht, een verlies of een ander zwaar moment.",
                en: "Skip the message after a complaint, a loss or another hard moment.",
            },
        ],
        find_out: Text {
            nl: "Breng de klantreis in kaart. Vraag klanten wanneer ze twijfelen of zorgen hebben.",
            en: "Map the customer journey. Ask customers when they have doubts or worries.",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Past het aanbod bij de echte situatie en behoefte van deze klant? Of krijgt iedereen hetzelfde bericht?",
            en: "Does the offer fit this customer's real situation and need? Or does everyone get the same message?",
        },
        low: Text {
            nl: "Het aanbod slaat nergens op voor deze klant. Het rust op oude of foute gegevens, of het is gewoon reclame.",
            en: "The offer makes no sense for this customer. It rests on old or wrong data, or it is just advertising.",
        },
        high: Text {
            nl: "Het aanbod sluit aan op een behoefte die de klant zelf herkent. Hij denkt: dit gaat echt over mij.",
            en: "The offer meets a need the customer recognises. They think: this is really about me.",
        },
        helpers: &[
            Text {
                nl: "Hebben we een echte behoefte gehoord of gezien, of vooral een kans voor ons?",
                en: "Did we hear or see a real need, or mainly an opportunity for us?",
            },
            Text {
                nl: "Voor welke klanten past dit aanbod minder goed, en wat doen we dan?",
                en: "For which customers does this offer fit less well, and what do we do then?",
            },
            Text {
                nl: "Hoe actueel en juist zijn de gegevens waarop we dit baseren?",
                en: "How current and correct is the data we base this on?",
            },
        ],
        advice: &[
            Text {
                nl: "Maak de doelgroep kleiner. Kies alleen klanten bij wie de behoefte duidelijk is.",
                en: "Narrow the audience. Choose only customers whose need is clear.",
            },
            Text {
                nl: "Controleer de gegevens vlak voor verzending. Dan klopt het bericht met de situatie van nu.",
                en: "Check the data just before sending. Then the message matches the situation of today.",
            },
            Text {
                nl: "Ga van informeren naar persoonlijk informeren. Noem eerst de situatie van de klant, dan het aanbod.",
                en: "Move from informing to informing personally. Name the customer's situation first, then the offer.",
            },
        ],
        find_out: Text {
            nl: "Vraag een groep klanten of het aanbod bij hen past. Tel hoe vaak ze nee zeggen.",
            en: "Ask a group of customers whether the offer fits them. Count how often they say no.",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Durft de klant in actie te komen? Dat gebeurt als het bericht klopt, echt van ons komt en veilig voelt.",
            en: "Does the customer dare to act? That happens when the message is right, really comes from us and feels safe.",
        },
        low: Text {
            nl: "Het bericht lijkt op phishing, bevat fouten of vraagt om gevoelige gegevens. De klant weet niet wat hij kan geloven.",
            en: "The message looks like phishing, contains errors or asks for sensitive details. The customer does not know what to believe.",
        },
        high: Text {
            nl: "Het bericht klopt en is herkenbaar van de organisatie. Het zegt welke gegevens zijn gebruikt. Beloftes worden nagekomen.",
            en: "The message is right and clearly from the organisation. It says which data was used. Promises are kept.",
        },
        helpers: &[
            Text {
                nl: "Hebben we al een relatie met deze klant opgebouwd, in dit gesprek of daarvoor?",
                en: "Have we already built a relationship with this customer, in this conversation or before?",
            },
            Text {
                nl: "Kan de klant makkelijk nagaan dat het bericht echt van ons komt?",
                en: "Can the customer easily check that the message really comes from us?",
            },
            Text {
                nl: "Weet de klant welke gegevens we gebruikten en waarom?",
                en: "Does the customer know which data we used and why?",
            },
            Text {
                nl: "Kunnen we alles waarmaken wat we in het bericht beloven?",
                en: "Can we deliver everything we promise in the message?",
            },
        ],
        advice: &[
            Text {
                nl: "Leg in het bericht uit welke gegevens zijn gebruikt en waarom.",
                en: "Explain in the message which data was used and why.",
            },
            Text {
                nl: "Verwijs naar de eigen app of website in plaats van een link. Zo herkent de klant phishing.",
                en: "Point to your own app or website instead of a link. That helps the customer spot phishing.",
            },
            Text {
                nl: "Beloof alleen wat de organisatie zeker kan waarmaken, en kom elke belofte na.",
                en: "Promise only what the organisation can surely deliver, and keep every promise.",
            },
        ],
        find_out: Text {
            nl: "Vraag klanten of ze het bericht zouden geloven en erop zouden ingaan, en waarom.",
            en: "Ask customers whether they would believe the message and act on it, and why.",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Laat het aanbod zien dat de organisatie snapt wat de klant meemaakt? Oprechte betrokkenheid telt, een trucje valt door de mand.",
            en: "Does the offer show that the organisation understands what the customer is going through? Sincere care counts; a trick is soon seen through.",
        },
        low: Text {
            nl: "Het bericht is kil en standaard, of juist te amicaal. Het gaat voorbij aan wat de klant voelt, of plakt een label op hem.",
            en: "The message is cold and generic, or overly chummy. It ignores what the customer feels, or puts a label on them.",
        },
        high: Text {
            nl: "Het bericht sluit aan bij wat de klant voelt, zoals twijfel na een aankoop. De klant voelt zich gehoord en serieus genomen.",
            en: "The message meets what the customer feels, such as doubt after a purchase. The customer feels heard and taken seriously.",
        },
        helpers: &[
            Text {
                nl: "Wat voelt de klant op dit moment, en hoe houden we daar rekening mee?",
                en: "What does the customer feel at this moment, and how do we take that into account?",
            },
            Text {
                nl: "Sluit het aanbod aan op het gesprek, of komt het uit het niets?",
                en: "Does the offer follow from the conversation, or does it come out of nowhere?",
            },
            Text {
                nl: "Kan het bericht iemand kwetsen of een label op iemand plakken?",
                en: "Could the message hurt someone or put a label on them?",
            },
            Text {
                nl: "Zou een betrokken medewerker het in een gesprek ook zo zeggen?",
                en: "Would a caring employee say it this way in a conversation?",
            },
        ],
        advice: &[
            Text {
                nl: "Begin bij de situatie en het gevoel van de klant. Noem pas daarna het aanbod.",
                en: "Start with the customer's situation and feelings. Only then mention the offer.",
            },
            Text {
                nl: "Laat labels en oordelen over de klant weg. Beschrijf wat er gebeurde.",
                en: "Leave out labels and judgements about the customer. Describe what happened.",
            },
            Text {
                nl: "Geef medewerkers ruimte om van het script af te wijken. De klant gaat voor.",
                en: "Give employees room to leave the script. The customer comes first.",
            },
        ],
        find_out: Text {
            nl: "Luister gesprekken terug of lees reacties op vergelijkbare berichten. Welke gevoelens komen steeds terug?",
            en: "Listen back to calls or read reactions to similar messages. Which feelings keep coming back?",
        },
    },
    DimensionText {
        explain: Text {
            nl: "Houdt de klant de regie? Een proactief aanbod is een uitnodiging. De klant beslist zelf of hij erop ingaat.",
            en: "Does the customer stay in control? A proactive offer is an invitation. The customer decides whether to take it up.",
        },
        low: Text {
            nl: "Nee zeggen of afmelden kan nergens. De organisatie regelt iets voor de klant zonder het te vragen.",
            en: "There is no way to say no or opt out. The organisation arranges something for the customer without asking.",
        },
        high: Text {
            nl: "De klant kiest zelf of, hoe en wanneer. Nee zeggen of afmelden kost één klik en heeft geen gevolgen.",
            en: "The customer chooses whether, how and when. Saying no or opting out takes one click and has no consequences.",
        },
        helpers: &[
            Text {
                nl: "Heeft de klant een gevoel van keuze, of voelt het als moeten?",
                en: "Does the customer have a sense of choice, or does it feel like an obligation?",
            },
            Text {
                nl: "Hoe makkelijk kan de klant nee zeggen of zich afmelden?",
                en: "How easily can the customer say no or opt out?",
            },
            Text {
                nl: "Kan de klant zelf kiezen hoe en wanneer hij verder gaat?",
                en: "Can the customer choose how and when to go on?",
            },
            Text {
                nl: "Wat gebeurt er als de klant niets doet?",
                en: "What happens if the customer does nothing?",
            },
        ],
        advice: &[
            Text {
                nl: "Voeg een duidelijke afmeldknop toe, net zo zichtbaar als de ja-knop.",
                en: "Add a clear opt-out button, just as visible as the yes button.",
            },
            Text {
                nl: "Maak van een besluit een voorstel. Laat de klant eerst bevestigen, pas dan verandert er iets.",
                en: "Turn a decision into a proposal. Let the customer confirm first; only then does anything change.",
            },
            Text {
                nl: "Laat de klant kiezen hoe vaak en over welke onderwerpen hij berichten krijgt.",
                en: "Let the customer choose how often and on which topics they get messages.",
            },
        ],
        find_out: Text {
            nl: "Doorloop het bericht als klant. Tel hoeveel stappen nee zeggen kost, en hoeveel ja.",
            en: "Go through the message as a customer. Count how many steps it takes to say no, and to say yes.",
        },
    },
];

/// Scale words for the two value questions, worst first.
const VALUE_SCALE: [Text; 5] = [
    Text { nl: "Geen", en: "None" },
    Text { nl: "Weinig", en: "Little" },
    Text { nl: "Redelijk", en: "Some" },
    Text { nl: "Duidelijk", en: "Clear" },
    Text { nl: "Groot", en: "Great" },
];

/// Scale words for the two fit questions, worst first.
const FIT_SCALE: [Text; 5] = [
    Text { nl: "Botst", en: "Clashes" },
    Text { nl: "Schuurt", en: "Strained" },
    Text { nl: "Neutraal", en: "Neutral" },
    Text { nl: "Past", en: "Fits" },
    Text { nl: "Past heel goed", en: "Fits very well" },
];

/// In `ValueQuestion::ALL` order.
pub static VALUES: [ValueText; 4] = [
    ValueText {
        explain: Text {
            nl: "Wat levert het de klant op: tijd, geld, zekerheid, rust of inzicht? Kijk door de ogen van de klant.",
            en: "What does the customer gain: time, money, certainty, peace of mind or insight? Look through the customer's eyes.",
        },
        advice: &[
            Text {
                nl: "Schrijf in één zin op wat de klant eraan heeft. Is die zin vaag, pas dan het idee aan.",
                en: "Write down in one sentence what the customer gains. If that sentence is vague, change the idea.",
            },
            Text {
                nl: "Richt het aanbod op een echte zorg, zoals onzekerheid over de eerste rekening.",
                en: "Aim the offer at a real worry, such as doubt about the first invoice.",
            },
            Text {
                nl: "Voeg directe hulp toe: een antwoord, een regeling of een stap die wij overnemen.",
                en: "Add direct help: an answer, an arrangement or a step we take over.",
            },
        ],
        find_out: Text {
            nl: "Vraag klanten wat het hen oplevert. Of test het met een kleine groep en meet het effect.",
            en: "Ask customers what they would gain. Or try it with a small group and measure the effect.",
        },
    },
    ValueText {
        explain: Text {
            nl: "Wat wint de organisatie ermee: lagere kosten, minder claims, meer verkoop of invulling van de zorgplicht? Dat mag, als het open gebeurt en de klant ook wint.",
            en: "What does the organisation gain: lower costs, fewer claims, more sales or meeting its duty of care? That is fine, if it is open and the customer gains too.",
        },
        advice: &[
            Text {
                nl: "Noem eerlijk wat de organisatie ermee wint, ook in het bericht zelf.",
                en: "Say honestly what the organisation gains, in the message itself too.",
            },
            Text {
                nl: "Leg de winst voor de organisatie naast die voor de klant. Wint vooral de organisatie? Versterk dan de waarde voor de klant.",
                en: "Set the organisation's gain beside the customer's. Does the organisation gain most? Then strengthen the value for the customer.",
            },
            Text {
                nl: "Is de waarde voor de organisatie klein? Kies een meetbaar doel, zoals minder telefoontjes. Zo blijft het idee bestaan.",
                en: "Is the value for the organisation small? Choose a measurable goal, such as fewer calls. That way the idea can last.",
            },
        ],
        find_out: Text {
            nl: "Vraag de opdrachtgever welk doel het idee dient en hoe het succes wordt gemeten.",
            en: "Ask the sponsor which goal the idea serves and how its success will be measured.",
        },
    },
    ValueText {
        explain: Text {
            nl: "Vindt de klant dit passend van deze organisatie? Denk aan privacy, eerlijkheid en zelf beslissen.",
            en: "Does the customer find this fitting from this organisation? Think of privacy, honesty and deciding for oneself.",
        },
        advice: &[
            Text {
                nl: "Vraag toestemming voordat gevoelige gegevens worden gebruikt, zoals uitgaven of gezondheid.",
                en: "Ask permission before sensitive data is used, such as spending or health.",
            },
            Text {
                nl: "Laat de klant kiezen of hij dit soort hulp wil, en in welke vorm.",
                en: "Let the customer choose whether they want this kind of help, and in what form.",
            },
            Text {
                nl: "Toets het idee bij verschillende groepen klanten. Wat de ene groep leuk vindt, kan de andere storen.",
                en: "Test the idea with different groups of customers. What one group enjoys may annoy another.",
            },
        ],
        find_out: Text {
            nl: "Leg het idee voor aan een klantpanel. Vraag of het past bij wat zij van de organisatie verwachten.",
            en: "Put the idea to a customer panel. Ask whether it fits what they expect from the organisation.",
        },
    },
    ValueText {
        explain: Text {
            nl: "Klopt het idee met wat de organisatie uitstraalt? Een bank die rust en zorg belooft, verliest geloofwaardigheid met een opdringerige verkoopactie.",
            en: "Does the idea match what the organisation radiates? A bank that promises calm and care loses credibility with a pushy sales campaign.",
        },
        advice: &[
            Text {
                nl: "Leg het idee naast de kernwaarden en de missie. Schrap wat ermee botst.",
                en: "Hold the idea against the core values and the mission. Remove what clashes with them.",
            },
            Text {
                nl: "Vraag collega's buiten het team om mee te denken, bijvoorbeeld een ethische commissie.",
                en: "Ask colleagues outside the team to think along, for example an ethics committee.",
            },
            Text {
                nl: "Zorg dat de uitvoering de waarden waarmaakt: bij elke afdeling, in elk kanaal, elke keer.",
                en: "Make sure the delivery lives up to the values: in every department, in every channel, every time.",
            },
        ],
        find_out: Text {
            nl: "Vraag wie over de merkwaarden of ethiek gaat of het idee past. Laat een echt voorbeeldbericht zien.",
            en: "Ask whoever looks after the brand values or ethics whether the idea fits. Show a real sample message.",
        },
    },
];

/// In `RedFlag::ALL` order.
pub static FLAGS: [FlagText; 5] = [
    FlagText {
        explain: Text {
            nl: "De klant schrikt van wat de organisatie over hem weet. Of hij ziet zijn gegevens gebruikt op een manier die hij niet verwachtte.",
            en: "The customer is startled by what the organisation knows about them. Or they see their data used in a way they did not expect.",
        },
        advice: &[
            Text {
                nl: "Gebruik alleen gegevens die de klant logisch vindt voor dit doel.",
                en: "Use only data the customer would see as logical for this purpose.",
            },
            Text {
                nl: "Vertel open welke gegevens zijn gebruikt, waarom, en hoe de klant dit kan uitzetten.",
                en: "Say openly which data was used, why, and how the customer can switch this off.",
            },
            Text {
                nl: "Vraag eerst toestemming en begin algemeen. Maak het bericht pas persoonlijk als de klant dat wil.",
                en: "Ask permission first and start in general terms. Make the message personal only when the customer wants that.",
            },
        ],
        find_out: Text {
            nl: "Laat klanten het bericht lezen. Vraag hoe de organisatie dit volgens hen weet, en of dat goed voelt.",
            en: "Show customers the message. Ask how they think the organisation knows this, and whether that feels right.",
        },
    },
    FlagText {
        explain: Text {
            nl: "De organisatie gedraagt zich als een ouder. Ze wijst de klant op zijn gedrag of geeft advies waar hij niet om vroeg.",
            en: "The organisation acts like a parent. It points out the customer's behaviour or gives advice they did not ask for.",
        },
        advice: &[
            Text {
                nl: "Geef informatie in plaats van advies. Laat de klant zelf conclusies trekken.",
                en: "Give information instead of advice. Let the customer draw their own conclusions.",
            },
            Text {
                nl: "Schrap woorden als 'moet', 'beter' en 'verstandig'. Schrijf wat de klant kan doen.",
                en: "Remove words like 'must', 'better' and 'sensible'. Write what the customer can do.",
            },
            Text {
                nl: "Laat de klant kiezen of hij tips of advies wil krijgen.",
                en: "Let the customer choose whether they want to receive tips or advice.",
            },
        ],
        find_out: Text {
            nl: "Vraag een paar klanten hoe de toon overkomt: als hulp of als een preek.",
            en: "Ask a few customers how the tone comes across: as help or as a lecture.",
        },
    },
    FlagText {
        explain: Text {
            nl: "Het aanbod zet de klant onder druk, met deadlines, herhaling of vooraf aangevinkte keuzes. Nee zeggen kost moeite.",
            en: "The offer puts the customer under pressure, with deadlines, repetition or pre-ticked choices. Saying no takes effort.",
        },
        advice: &[
            Text {
                nl: "Haal nep-deadlines en teksten als 'laatste kans' weg.",
                en: "Remove fake deadlines and wording such as 'last chance'.",
            },
            Text {
                nl: "Maak nee zeggen net zo makkelijk als ja zeggen.",
                en: "Make saying no just as easy as saying yes.",
            },
            Text {
                nl: "Respecteer een nee. Stop met herinneringen zodra de klant het aanbod afwijst.",
                en: "Respect a no. Stop reminders as soon as the customer turns the offer down.",
            },
        ],
        find_out: Text {
            nl: "Tel de stappen voor ja en voor nee. Lees het bericht hardop: klinkt het als een vraag of een eis?",
            en: "Count the steps for yes and for no. Read the message aloud: does it sound like a question or a demand?",
        },
    },
    FlagText {
        explain: Text {
            nl: "Het bericht spreekt over zorg of service. Het echte doel is kosten besparen, claims verlagen of meer verkopen.",
            en: "The message speaks of care or service. The real goal is cutting costs, lowering claims or selling more.",
        },
        advice: &[
            Text {
                nl: "Wees eerlijk over het doel. Zeg ook wat de organisatie ermee wint.",
                en: "Be honest about the goal. Also say what the organisation gains.",
            },
            Text {
                nl: "Versterk de waarde voor de klant, tot die minstens even groot is.",
                en: "Strengthen the value for the customer until it is at least as large.",
            },
            Text {
                nl: "Haal verkoop uit een zorgbericht. Stuur een aanbod apart, als de klant dat wil.",
                en: "Take sales out of a care message. Send an offer separately, if the customer wants one.",
            },
        ],
        find_out: Text {
            nl: "Vraag het team welk cijfer het idee moet verbeteren. Gaat dat cijfer over de klant of over de organisatie?",
            en: "Ask the team which figure the idea should improve. Is that figure about the customer or about the organisation?",
        },
    },
    FlagText {
        explain: Text {
            nl: "Elk contact kost de klant aandacht. Denk aan een webwinkel die drie keer per week om feedback vraagt. Twee keer was dat om drie uur 's nachts.",
            en: "Every contact costs the customer attention. Think of a webshop that asks for feedback three times a week. Twice it did so at 3 a.m.",
        },
        advice: &[
            Text {
                nl: "Stel een maximum in voor het aantal berichten per klant, voor alle afdelingen samen.",
                en: "Set a limit on the number of messages per customer, for all departments together.",
            },
            Text {
                nl: "Verstuur berichten alleen overdag, op een uur dat past bij de klant.",
                en: "Send messages only in the daytime, at an hour that suits the customer.",
            },
            Text {
                nl: "Vraag hooguit één keer om feedback per contact, en alleen als er iets mee gebeurt.",
                en: "Ask for feedback at most once per contact, and only if something is done with it.",
            },
        ],
        find_out: Text {
            nl: "Tel hoeveel berichten één klant per maand krijgt, van alle afdelingen samen. Let ook op de uren.",
            en: "Count how many messages one customer gets per month, from all departments together. Note the hours too.",
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the framework, with a label saying where it lives.
    fn all_texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for (i, t) in DIMENSION_SCALE.iter().enumerate() {
            out.push((format!("dimension scale {i}"), *t));
        }
        for d in DimensionId::ALL {
            let (x, b) = (dimension(d), dimension_brief(d));
            let k = d.key();
            for (field, t) in [
                ("name", b.name),
                ("question", b.question),
                ("explain", x.explain),
                ("low", x.low),
                ("high", x.high),
                ("find_out", x.find_out),
            ] {
                out.push((format!("{k}.{field}"), t));
            }
            for (i, t) in x.helpers.iter().enumerate() {
                out.push((format!("{k}.helpers[{i}]"), *t));
            }
            for (i, t) in x.advice.iter().enumerate() {
                out.push((format!("{k}.advice[{i}]"), *t));
            }
        }
        for q in ValueQuestion::ALL {
            let (x, b) = (value(q), value_brief(q));
            let k = q.key();
            for (field, t) in
                [("name", b.name), ("question", b.question), ("explain", x.explain), ("find_out", x.find_out)]
            {
                out.push((format!("{k}.{field}"), t));
            }
            for (i, t) in value_scale(q).iter().enumerate() {
                out.push((format!("{k}.scale[{i}]"), *t));
            }
            for (i, t) in x.advice.iter().enumerate() {
                out.push((format!("{k}.advice[{i}]"), *t));
            }
        }
        for f in RedFlag::ALL {
            let (x, b) = (flag(f), flag_brief(f));
            let k = f.key();
            for (field, t) in
                [("name", b.name), ("question", b.question), ("explain", x.explain), ("find_out", x.find_out)]
            {
                out.push((format!("{k}.{field}"), t));
            }
            for (i, t) in x.advice.iter().enumerate() {
                out.push((format!("{k}.advice[{i}]"), *t));
            }
        }
        out
    }

    /// Texts that are questions: they must end with a question mark.
    fn question_texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for d in DimensionId::ALL {
            let x = dimension(d);
            out.push((format!("{}.question", d.key()), dimension_brief(d).question));
            for (i, t) in x.helpers.iter().enumerate() {
                out.push((format!("{}.helpers[{i}]", d.key()), *t));
            }
        }
        for q in ValueQuestion::ALL {
            out.push((format!("{}.question", q.key()), value_brief(q).question));
        }
        for f in RedFlag::ALL {
            out.push((format!("{}.question", f.key()), flag_brief(f).question));
        }
        out
    }

    /// Running prose (explanations, advice, how to find out): full sentences.
    fn prose_texts() -> Vec<(String, Text)> {
        let mut out = Vec::new();
        for d in DimensionId::ALL {
            let x = dimension(d);
            let k = d.key();
            for (field, t) in [("explain", x.explain), ("low", x.low), ("high", x.high), ("find_out", x.find_out)] {
                out.push((format!("{k}.{field}"), t));
            }
            for (i, t) in x.advice.iter().enumerate() {
                out.push((format!("{k}.advice[{i}]"), *t));
            }
        }
        for q in ValueQuestion::ALL {
            let x = value(q);
            out.push((format!("{}.explain", q.key()), x.explain));
            out.push((format!("{}.find_out", q.key()), x.find_out));
            for (i, t) in x.advice.iter().enumerate() {
                out.push((format!("{}.advice[{i}]", q.key()), *t));
            }
        }
        for f in RedFlag::ALL {
            let x = flag(f);
            out.push((format!("{}.explain", f.key()), x.explain));
            out.push((format!("{}.find_out", f.key()), x.find_out));
            for (i, t) in x.advice.iter().enumerate() {
                out.push((format!("{}.advice[{i}]", f.key()), *t));
            }
        }
        out
    }

    /// Sentences of a text: split after '.', '?' or '!' followed by a space.
    fn sentences(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let b = s.as_bytes();
        for i in 0..b.len() {
            let end = matches!(b[i], b'.' | b'?' | b'!') && (i + 1 == b.len() || b[i + 1] == b' ');
            if end {
                out.push(s[start..=i].trim());
                start = i + 1;
            }
        }
        if start < s.len() && !s[start..].trim().is_empty() {
            out.push(s[start..].trim());
        }
        out
    }

    fn words(s: &str) -> usize {
        s.split_whitespace().count()
    }

    #[test]
    fn every_text_is_filled_in_both_languages() {
        for (label, t) in all_texts() {
            for s in [t.nl, t.en] {
                assert!(!s.trim().is_empty(), "{label}: empty text");
                assert_eq!(s, s.trim(), "{label}: leading or trailing space");
                assert!(!s.contains("TODO"), "{label}: still a placeholder");
                assert!(!s.contains("  "), "{label}: double space in {s:?}");
            }
        }
    }

    #[test]
    fn dutch_and_english_differ() {
        for (label, t) in all_texts() {
            assert_ne!(t.nl, t.en, "{label}: Dutch equals English");
        }
    }

    #[test]
    fn both_languages_end_with_the_same_mark() {
        for (label, t) in all_texts() {
            let a = t.nl.chars().last().filter(|c| c.is_ascii_punctuation());
            let b = t.en.chars().last().filter(|c| c.is_ascii_punctuation());
            assert_eq!(a, b, "{label}: {:?} vs {:?}", t.nl, t.en);
        }
    }

    #[test]
    fn questions_end_with_a_question_mark() {
        for (label, t) in question_texts() {
            assert!(t.nl.ends_with('?') && t.en.ends_with('?'), "{label}: {t:?}");
        }
    }

    #[test]
    fn prose_ends_as_a_sentence() {
        for (label, t) in prose_texts() {
            for s in [t.nl, t.en] {
                assert!(s.ends_with('.') || s.ends_with('?'), "{label}: {s:?}");
                assert!(s.starts_with(|c: char| c.is_uppercase()), "{label}: {s:?}");
            }
        }
    }

    #[test]
    fn dutch_sentences_stay_short() {
        // B1: aim under 15 words, never 25 or more.
        for (label, t) in all_texts() {
            for s in sentences(t.nl) {
                assert!(words(s) < 25, "{label}: {} words in {s:?}", words(s));
            }
        }
    }

    #[test]
    fn dutch_addresses_nobody_directly() {
        // Advice is written as imperatives, questions in "we" or "de klant" form.
        const FORBIDDEN: [&str; 6] = ["u", "uw", "je", "jij", "jouw", "jullie"];
        for (label, t) in all_texts() {
            for w in t.nl.split(|c: char| !c.is_alphabetic()) {
                let w = w.to_lowercase();
                assert!(!FORBIDDEN.contains(&w.as_str()), "{label}: {w:?} in {:?}", t.nl);
            }
        }
    }

    #[test]
    fn dimensions_are_in_hu_order() {
        let table = [
            (DimensionId::Complexity, "Complexiteit", "Complexity", "Hoe ingewikkeld is het?"),
            (DimensionId::Language, "Taal", "Language", "Begrijp ik het?"),
            (DimensionId::Place, "Plaats", "Place", "Waar moet ik zijn?"),
            (DimensionId::Time, "Tijd", "Time", "Wanneer? Is dit het moment?"),
            (
                DimensionId::Relevance,
                "Individuele relevantie",
                "Individual relevance",
                "Is dit van toepassing op mijn situatie?",
            ),
            (DimensionId::Trust, "Vertrouwen tot handelen", "Trust to act", "Klopt het? Is het veilig?"),
            (DimensionId::Empathy, "Empathie", "Empathy", "Voel ik me gezien, gehoord en begrepen?"),
            (DimensionId::Autonomy, "Autonomie", "Autonomy", "Kan ik zelf beslissen over of, hoe en wanneer?"),
        ];
        assert_eq!(table.len(), DIMENSIONS.len());
        for (d, nl, en, question) in table {
            let x = dimension_brief(d);
            assert_eq!((x.name.nl, x.name.en), (nl, en), "{d:?}");
            assert_eq!(x.question.nl, question, "{d:?}");
        }
    }

    #[test]
    fn value_questions_and_flags_are_in_enum_order() {
        let values = [
            (ValueQuestion::CustomerValue, "Waarde voor de klant"),
            (ValueQuestion::OrgValue, "Waarde voor de organisatie"),
            (ValueQuestion::CustomerValuesFit, "Waarden van de klant"),
            (ValueQuestion::OrgValuesFit, "Waarden van de organisatie"),
        ];
        assert_eq!(values.len(), VALUES.len());
        for (q, nl) in values {
            assert_eq!(value_brief(q).name.nl, nl, "{q:?}");
        }
        let flags = [
            (RedFlag::BigBrother, "Big brother-gevoel"),
            (RedFlag::Paternalism, "Betutteling"),
            (RedFlag::Pushiness, "Ongevraagd dwingend"),
            (RedFlag::MainlyOrgValue, "Vooral waarde voor de organisatie"),
            (RedFlag::UnnecessaryContact, "Onnodig storen"),
        ];
        assert_eq!(flags.len(), FLAGS.len());
        for (f, nl) in flags {
            assert_eq!(flag_brief(f).name.nl, nl, "{f:?}");
        }
    }

    #[test]
    fn dimensions_have_enough_helpers_and_advice() {
        for d in DimensionId::ALL {
            let x = dimension(d);
            assert!((3..=4).contains(&x.helpers.len()), "{d:?}: {} helpers", x.helpers.len());
            assert!((2..=4).contains(&x.advice.len()), "{d:?}: {} advice", x.advice.len());
        }
        for q in ValueQuestion::ALL {
            assert!((2..=4).contains(&value(q).advice.len()), "{q:?}");
        }
        for f in RedFlag::ALL {
            assert!((2..=4).contains(&flag(f).advice.len()), "{f:?}");
        }
    }

    fn assert_distinct(label: &str, items: &[&str]) {
        for (i, a) in items.iter().enumerate() {
            for b in &items[i + 1..] {
                assert_ne!(a, b, "{label}: {a:?} appears twice");
            }
        }
    }

    #[test]
    fn scales_have_five_distinct_words() {
        let mut scales: Vec<(String, [Text; 5])> = vec![("dimension scale".into(), DIMENSION_SCALE)];
        for q in ValueQuestion::ALL {
            scales.push((q.key().into(), *value_scale(q)));
        }
        for (label, scale) in scales {
            assert_eq!(scale.len(), 5);
            assert_distinct(&format!("{label} (nl)"), &scale.map(|t| t.nl));
            assert_distinct(&format!("{label} (en)"), &scale.map(|t| t.en));
        }
    }

    #[test]
    fn names_questions_and_advice_are_unique() {
        for lang in [crate::i18n::Lang::Nl, crate::i18n::Lang::En] {
            let names: Vec<&str> = DIMENSION_BRIEFS
                .iter()
                .map(|x| x.name.get(lang))
                .chain(VALUE_BRIEFS.iter().map(|x| x.name.get(lang)))
                .chain(FLAG_BRIEFS.iter().map(|x| x.name.get(lang)))
                .collect();
            assert_distinct(&format!("names ({lang:?})"), &names);

            let questions: Vec<&str> = question_texts().iter().map(|(_, t)| t.get(lang)).collect();
            assert_distinct(&format!("questions ({lang:?})"), &questions);

            let advice: Vec<&str> = DIMENSIONS
                .iter()
                .flat_map(|x| x.advice)
                .chain(VALUES.iter().flat_map(|x| x.advice))
                .chain(FLAGS.iter().flat_map(|x| x.advice))
                .map(|t| t.get(lang))
                .collect();
            assert_distinct(&format!("advice ({lang:?})"), &advice);
        }
    }

    #[test]
    fn sentence_splitter_works() {
        let cases: [(&str, usize); 4] = [
            ("Eén zin.", 1),
            ("Klopt het? Is het veilig?", 2),
            ("Twee keer om drie uur 's nachts, B1-niveau.", 1),
            ("Tel de stappen. Lees het hardop: klinkt het goed?", 2),
        ];
        for (s, n) in cases {
            assert_eq!(sentences(s).len(), n, "{s:?}");
        }
    }
}
