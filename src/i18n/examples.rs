//! The seven built-in example cases, each a filled-in assessment in both
//! languages. They are illustrations of the tool's reasoning, not judgements
//! of real organisations.

use super::{Lang, Text};
use crate::domain::*;

/// The description of an example's idea, field by field.
pub struct IdeaDef {
    pub title: Text,
    pub action: Text,
    pub audience: Text,
    pub channel: Text,
    pub moment: Text,
    pub data: Text,
    pub message: Text,
}

/// A scored item of an example.
pub struct EntryDef {
    pub answer: Option<Answer>,
    pub note: Text,
}

/// A red flag of an example.
pub struct FlagDef {
    pub answer: Option<FlagAnswer>,
    pub note: Text,
}

pub struct ExampleDef {
    pub id: ExampleId,
    /// One or two sentences for the example picker: the case and its question.
    pub summary: Text,
    /// Where the case comes from, in a few words (e.g. "Round table, 2024").
    pub source: Text,
    pub idea: IdeaDef,
    /// In `DimensionId::ALL` order.
    pub dimensions: [EntryDef; 8],
    /// In `ValueQuestion::ALL` order.
    pub values: [EntryDef; 4],
    pub org_values: Text,
    /// In `RedFlag::ALL` order.
    pub flags: [FlagDef; 5],
}

impl ExampleDef {
    /// The example as an assessment in one language.
    pub fn build(&self, lang: Lang) -> Assessment {
        let i = &self.idea;
        let mut a = Assessment {
            idea: Idea {
                title: i.title.get(lang).into(),
                action: i.action.get(lang).into(),
                audience: i.audience.get(lang).into(),
                channel: i.channel.get(lang).into(),
                moment: i.moment.get(lang).into(),
                data: i.data.get(lang).into(),
                message: i.message.get(lang).into(),
            },
            org_values: self.org_values.get(lang).into(),
            example: Some(self.id),
            ..Assessment::default()
        };
        for (d, e) in DimensionId::ALL.iter().zip(&self.dimensions) {
            *a.dimension_mut(*d) = Entry { answer: e.answer, note: e.note.get(lang).into() };
        }
        for (q, e) in ValueQuestion::ALL.iter().zip(&self.values) {
            *a.value_mut(*q) = Entry { answer: e.answer, note: e.note.get(lang).into() };
        }
        for (f, e) in RedFlag::ALL.iter().zip(&self.flags) {
            *a.flag_mut(*f) = FlagEntry { answer: e.answer, note: e.note.get(lang).into() };
        }
        a.groups =
            super::example_groups::groups_of(self.id).iter().enumerate().map(|(i, g)| g.build(i + 1, lang)).collect();
        if let Some(first) = super::example_messages::first_message(self.id) {
            a.message_check.versions.push(MessageVersion { text: first.get(lang).into(), at: 0 });
        }
        a.lenses = super::example_lenses::lenses_of(self.id, lang);
        a.normalise();
        a
    }
}

pub fn example(id: ExampleId) -> &'static ExampleDef {
    &EXAMPLES[id as usize]
}

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}
const fn e(n: u8, nl: &'static str, en: &'static str) -> EntryDef {
    EntryDef { answer: Some(Answer::lv(n)), note: t(nl, en) }
}
const fn unknown(nl: &'static str, en: &'static str) -> EntryDef {
    EntryDef { answer: Some(Answer::Unknown), note: t(nl, en) }
}
const fn flag(answer: FlagAnswer, nl: &'static str, en: &'static str) -> FlagDef {
    FlagDef { answer: Some(answer), note: t(nl, en) }
}
use FlagAnswer::{No, Unsure, Yes};

/// In `ExampleId::ALL` order.
pub static EXAMPLES: [ExampleDef; 7] = [
    // 1. Bank "Wrapped": conditional. Labels feel judgemental and nobody can opt out.
    ExampleDef {
        id: ExampleId::BankWrapped,
        summary: t(
            "Een bank stuurt klanten een jaaroverzicht van hun geldgedrag, met een label per persoon. Inzicht of te persoonlijk?",
            "A bank sends customers a year-in-review of their money habits, with a label for each person. Insight, or too personal?",
        ),
        source: t("Ronde tafel PvKO, 2024", "PvKO round table, 2024"),
        idea: IdeaDef {
            title: t("Jaaroverzicht 'Jouw geldjaar'", "Year-in-review 'Your money year'"),
            action: t(
                "De bank maakt van alle betalingen van het jaar een kleurrijk overzicht. Elke klant krijgt ook een label, zoals 'De Genieter' of 'De Spaarder'.",
                "The bank turns all payments of the year into a colourful overview. Each customer also gets a label, such as 'The Enjoyer' or 'The Saver'.",
            ),
            audience: t(
                "Alle particuliere klanten met een betaalrekening",
                "All personal customers with a current account",
            ),
            channel: t(
                "Bankapp, met een melding op de telefoon",
                "Banking app, with a notification on the phone",
            ),
            moment: t("Half december, vlak voor de feestdagen", "Mid-December, just before the holidays"),
            data: t(
                "Alle betalingen van het jaar, ingedeeld naar soort uitgave",
                "All payments of the year, sorted by type of spending",
            ),
            message: t(
                "Jouw geldjaar staat klaar! Je gaf het meest uit aan eten buiten de deur. Jouw type is: De Genieter. Bekijk je overzicht in de app en deel het met vrienden.",
                "Your money year is ready! You spent the most on eating out. Your type is: The Enjoyer. See your overview in the app and share it with friends.",
            ),
        },
        dimensions: [
            // Complexity
            e(
                4,
                "Het overzicht is kort en beeldend. De klant snapt het in een paar tellen.",
                "The overview is short and visual. The customer gets it in a few seconds.",
            ),
            // Language
            e(
                4,
                "De taal is luchtig en duidelijk. Maar 'De Genieter' kan klinken als een oordeel.",
                "The tone is light and clear. But 'The Enjoyer' can sound like a judgement.",
            ),
            // Place
            e(
                4,
                "Het overzicht staat in de app, waar de klant toch al komt. Een extra stap is niet nodig.",
                "The overview is in the app, which the customer already uses. No extra step is needed.",
            ),
            // Time
            e(
                3,
                "December is een dure maand. Voor wie krap zit, is dit een slecht moment voor een blik op de uitgaven.",
                "December is an expensive month. For someone short of money, it is a bad moment to look back at spending.",
            ),
            // Relevance
            e(
                3,
                "De klant ziet zijn eigen cijfers. Maar niet iedereen wil daar iets mee.",
                "The customer sees their own figures. But not everyone wants to do anything with them.",
            ),
            // Trust
            e(
                3,
                "De cijfers kloppen meestal. Toch schrikt de klant soms: wat weet de bank allemaal van mij?",
                "The figures are usually right. Still, the customer may be startled: what does the bank know about me?",
            ),
            // Empathy
            e(
                2,
                "Een label voelt als een oordeel over mijn leven. Wie schulden heeft of rouwt, voelt zich niet begrepen.",
                "A label feels like a verdict on my life. Someone in debt or grieving does not feel understood.",
            ),
            // Autonomy
            e(
                2,
                "De klant kan het overzicht niet vooraf weigeren. Iedereen krijgt een label, gevraagd of niet.",
                "The customer cannot turn the overview down in advance. Everyone gets a label, asked for or not.",
            ),
        ],
        values: [
            e(
                3,
                "Het geeft inzicht en kan helpen bewuster met geld om te gaan. Voor veel klanten is het vooral leuk om te zien.",
                "It gives insight and can help people handle money more consciously. For many customers it is mainly fun to look at.",
            ),
            e(
                3,
                "De bank geeft zo invulling aan haar zorgplicht. Het is ook gratis reclame als klanten het delen.",
                "The bank fulfils part of its duty of care. It is also free publicity when customers share it.",
            ),
            e(
                2,
                "Klanten van deze bank zoeken rust en degelijkheid. Een speels label past beter bij een jonge, hippe bank.",
                "This bank's customers look for calm and reliability. A playful label suits a young, trendy bank better.",
            ),
            e(
                3,
                "De bank noemt zich betrokken en open. Het overzicht past daarbij, het label minder.",
                "The bank calls itself involved and open. The overview fits that; the label less so.",
            ),
        ],
        org_values: t("Betrokken, open, degelijk", "Involved, open, solid"),
        flags: [
            flag(
                Unsure,
                "De bank gebruikt alleen eigen gegevens. Toch kan een overzicht van al je uitgaven voelen als meekijken.",
                "The bank only uses its own data. Still, an overview of all your spending can feel like being watched.",
            ),
            flag(
                Yes,
                "Het label vertelt de klant hoe hij met geld omgaat. Daar heeft hij niet om gevraagd.",
                "The label tells customers how they handle money. They did not ask for that.",
            ),
            flag(
                No,
                "De klant hoeft niets te doen of te kopen. Het overzicht staat gewoon in de app.",
                "The customer does not have to do or buy anything. The overview just sits in the app.",
            ),
            flag(
                No,
                "De bank heeft er ook baat bij. Maar de klant krijgt echt inzicht.",
                "The bank benefits too. But the customer gets real insight.",
            ),
            flag(
                No,
                "Het is één melding per jaar. Dat is geen overlast.",
                "It is one notification a year. That is no nuisance.",
            ),
        ],
    },
    // 2. Health advice from the insurer: crosses the line. Big brother and paternalism.
    ExampleDef {
        id: ExampleId::HealthAdvice,
        summary: t(
            "Een zorgverzekeraar ziet veel declaraties voor de fysiotherapeut en stuurt ongevraagd gezondheidsadvies. Oprechte zorg of betutteling?",
            "A health insurer sees many physiotherapy claims and sends unsolicited health advice. Sincere care or paternalism?",
        ),
        source: t("Ronde tafel PvKO, 2024", "PvKO round table, 2024"),
        idea: IdeaDef {
            title: t("Rugadvies na declaraties", "Back advice after claims"),
            action: t(
                "De verzekeraar stuurt ongevraagd tips voor een gezonde rug. Hij nodigt de klant uit voor een online rugprogramma.",
                "The insurer sends unasked-for tips for a healthy back. It invites the customer to an online back programme.",
            ),
            audience: t(
                "Verzekerden met meer dan zes behandelingen bij de fysiotherapeut dit jaar",
                "Policyholders with more than six physiotherapy treatments this year",
            ),
            channel: t("E-mail en een bericht in de app van de verzekeraar", "Email and a message in the insurer's app"),
            moment: t("Direct nadat de zesde declaratie is verwerkt", "Straight after the sixth claim has been processed"),
            data: t(
                "Declaraties: soort zorg, aantal behandelingen en kosten",
                "Claims: type of care, number of treatments and costs",
            ),
            message: t(
                "Geachte verzekerde, uit ons declaratieoverzicht is gebleken dat er in het lopende kalenderjaar ten behoeve van u een bovengemiddeld aantal behandelingen fysiotherapie in rekening is gebracht, hetgeen voor ons aanleiding is om u middels dit bericht te informeren over preventieve maatregelen ter voorkoming van rugklachten. Indien u geen gebruik wenst te maken van het kosteloze online rugprogramma, is een reactie niet vereist; deelname is niet verplicht. Aanmelding geschiedt via de app.",
                "Dear policyholder, our claims records indicate that an above-average number of physiotherapy treatments have been charged on your behalf in the current calendar year, which has given us cause to inform you by means of this message of preventive measures for the avoidance of back complaints. Should you not wish to make use of the free online back programme, no response is required; participation is not compulsory. Registration can be effected via the app.",
            ),
        },
        dimensions: [
            // Complexity
            e(
                4,
                "Meedoen is makkelijk: het programma staat in de app. Alleen de brief maakt het zwaarder dan nodig.",
                "Joining is easy: the programme is in the app. Only the letter makes it harder than it needs to be.",
            ),
            // Language
            e(
                2,
                "Lange zinnen, ambtelijke woorden en drie ontkenningen. En 'uit ons declaratieoverzicht is gebleken' klinkt alsof iemand meekijkt.",
                "Long sentences, officialese and three negations. And 'our claims records indicate' sounds as if someone is watching.",
            ),
            // Place
            e(
                3,
                "E-mail en app zijn gewone kanalen. Maar over mijn gezondheid praat ik liever met mijn eigen fysiotherapeut.",
                "Email and app are normal channels. But I would rather talk about my health with my own physiotherapist.",
            ),
            // Time
            e(
                3,
                "Het bericht komt terwijl de klant al in behandeling is. Dat kan helpen, maar ook storen.",
                "The message arrives while the customer is already being treated. That can help, but it can also intrude.",
            ),
            // Relevance
            e(
                3,
                "Veel behandelingen zeggen iets, maar niet alles. Misschien had de klant een ongeluk en helpen rugtips niet.",
                "Many treatments say something, but not everything. Perhaps the customer had an accident and back tips do not help.",
            ),
            // Trust
            e(
                2,
                "De klant vraagt zich af: gebruikt de verzekeraar dit later voor mijn premie? Dat maakt onzeker.",
                "The customer wonders: will the insurer use this later for my premium? That creates doubt.",
            ),
            // Empathy
            e(
                2,
                "De klant heeft pijn en krijgt een standaardbericht. Hij voelt zich een kostenpost, geen mens.",
                "The customer is in pain and gets a standard message. They feel like a cost, not a person.",
            ),
            // Autonomy
            e(
                2,
                "De klant koos niet voor advies van de verzekeraar. Hij kan deze berichten ook niet uitzetten.",
                "The customer did not choose advice from the insurer. Nor can they switch these messages off.",
            ),
        ],
        values: [
            e(
                3,
                "Goede oefeningen kunnen helpen. Maar die krijgt de klant vaak al van de fysiotherapeut.",
                "Good exercises can help. But the customer often gets them from the physiotherapist already.",
            ),
            e(
                4,
                "Minder behandelingen betekent lagere kosten. Dat is voor de verzekeraar duidelijk winst.",
                "Fewer treatments mean lower costs. That is a clear gain for the insurer.",
            ),
            e(
                2,
                "Veel mensen vinden hun gezondheid privé. Advies van de partij die betaalt, voelt als bemoeienis.",
                "Many people see their health as private. Advice from the party that pays feels like meddling.",
            ),
            e(
                3,
                "De verzekeraar zegt 'samen gezond' belangrijk te vinden. Het advies past daarbij, de toon en het moment minder.",
                "The insurer says it values 'healthy together'. The advice fits that; the tone and the timing less so.",
            ),
        ],
        org_values: t("Samen gezond, zorgzaam, betaalbaar", "Healthy together, caring, affordable"),
        flags: [
            flag(
                Yes,
                "De verzekeraar leest declaraties om mensen aan te schrijven. Dat voelt als meekijken in mijn medisch dossier.",
                "The insurer reads claims in order to contact people. That feels like someone looking into my medical file.",
            ),
            flag(
                Yes,
                "De verzekeraar vertelt een volwassene hoe hij gezond moet leven. De klant vroeg daar niet om.",
                "The insurer tells an adult how to live healthily. The customer did not ask for that.",
            ),
            flag(
                No,
                "Meedoen is vrijwillig en er volgt geen herinnering. De klant kan het bericht laten liggen.",
                "Joining is voluntary and no reminder follows. The customer can leave the message be.",
            ),
            flag(
                Unsure,
                "Gaat het om oprechte zorg of om lagere schadelast? Dat weten we pas als de verzekeraar het doel open uitlegt.",
                "Is this sincere care or lower claims costs? We only know once the insurer explains its aim openly.",
            ),
            flag(
                No,
                "Het is één bericht, geen reeks. Daarom is het geen overlast.",
                "It is one message, not a series. So it is no nuisance.",
            ),
        ],
    },
    // 3. Offer during a service call: conditional. It depends on the moment and the rapport.
    ExampleDef {
        id: ExampleId::ContactCentreOffer,
        summary: t(
            "Een klant belt de verzekeraar over een verhuizing. De medewerker ziet een kans om de inboedelverzekering aan te passen. Is dit het moment?",
            "A customer calls the insurer about moving house. The agent sees a chance to adjust the contents insurance. Is this the moment?",
        ),
        source: t("Ronde tafel PvKO, 2024", "PvKO round table, 2024"),
        idea: IdeaDef {
            title: t("Inboedel checken in het verhuisgesprek", "Contents check during a moving call"),
            action: t(
                "De medewerker noteert het nieuwe adres. Daarna biedt hij aan om het verzekerde bedrag voor de inboedel te checken. Het nieuwe huis is groter, dus de dekking is misschien te laag.",
                "The agent records the new address. Then they offer to check the insured amount for home contents. The new home is bigger, so the cover may be too low.",
            ),
            audience: t(
                "Klanten die bellen om een nieuw adres door te geven",
                "Customers who call to give a new address",
            ),
            channel: t("Telefoon, in hetzelfde gesprek", "Phone, in the same call"),
            moment: t(
                "Aan het eind van het gesprek, als de verhuizing geregeld is",
                "At the end of the call, once the move has been sorted",
            ),
            data: t(
                "Wat de klant zelf vertelt, plus een tip uit het klantsysteem (next best action)",
                "What the customer says, plus a prompt from the customer system (next best action)",
            ),
            message: t(
                "Fijn, uw nieuwe adres staat erin. U vertelde dat het nieuwe huis groter is. Dan is de verzekering voor uw spullen misschien te laag. Zal ik dat nu kort met u nalopen, of liever een andere keer?",
                "Good, your new address is in. You mentioned that the new home is bigger. Then the cover for your belongings may be too low. Shall I check that with you briefly now, or would you prefer another time?",
            ),
        },
        dimensions: [
            // Complexity
            e(
                3,
                "Een verzekerd bedrag kiezen is lastig aan de telefoon. De klant moet de waarde van zijn spullen schatten.",
                "Choosing an insured amount is hard on the phone. The customer has to estimate what their belongings are worth.",
            ),
            // Language
            e(
                4,
                "De medewerker gebruikt de woorden van de klant: 'groter huis', niet 'onderverzekering'.",
                "The agent uses the customer's own words: 'bigger home', not 'underinsurance'.",
            ),
            // Place
            e(
                4,
                "De klant is al aan de lijn en kan direct vragen stellen. Later kan het ook online.",
                "The customer is already on the line and can ask questions straight away. It can also be done online later.",
            ),
            // Time
            unknown(
                "Dat hangt af van het gesprek. Heeft de klant haast of stress door de verhuizing? Dat hoort de medewerker pas tijdens het gesprek.",
                "That depends on the call. Is the customer in a hurry or stressed by the move? The agent only hears that during the call.",
            ),
            // Relevance
            e(
                4,
                "De klant noemde zelf het grotere huis. Het voorstel sluit aan op zijn eigen verhaal.",
                "The customer mentioned the bigger home themselves. The offer follows their own story.",
            ),
            // Trust
            e(
                3,
                "Het voorstel klopt inhoudelijk. Maar de klant kan denken: wil hij me iets verkopen?",
                "The offer makes sense. But the customer may think: is he trying to sell me something?",
            ),
            // Empathy
            unknown(
                "Dat hangt af van de band in dit gesprek. Voelde de klant zich gehoord? Dat weten we pas na een proef met echte gesprekken.",
                "That depends on the rapport in this call. Did the customer feel heard? We only know after a trial with real calls.",
            ),
            // Autonomy
            e(
                4,
                "De medewerker vraagt of de klant het nu wil of later. De klant houdt de keuze.",
                "The agent asks whether the customer wants it now or later. The customer keeps the choice.",
            ),
        ],
        values: [
            e(
                4,
                "Met de juiste dekking krijgt de klant na brand of inbraak genoeg vergoed. Dat geeft rust.",
                "With the right cover, the customer gets enough back after a fire or burglary. That gives peace of mind.",
            ),
            e(
                4,
                "De verzekeraar krijgt een hogere premie en een klant die goed verzekerd is.",
                "The insurer gets a higher premium and a customer who is properly insured.",
            ),
            e(
                3,
                "De meeste klanten willen goed verzekerd zijn. Maar sommigen willen aan de telefoon geen verkoop.",
                "Most customers want proper cover. But some want no selling on the phone.",
            ),
            e(
                4,
                "De verzekeraar belooft eerlijk advies. Een check zonder druk past daarbij.",
                "The insurer promises honest advice. A check without pressure fits that.",
            ),
        ],
        org_values: t("Eerlijk advies, persoonlijk, zorgvuldig", "Honest advice, personal, careful"),
        flags: [
            flag(
                No,
                "De medewerker gebruikt wat de klant zelf vertelt. Dat voelt niet als meekijken.",
                "The agent uses what the customer says. That does not feel like being watched.",
            ),
            flag(
                No,
                "De medewerker wijst op een risico en laat de keuze aan de klant.",
                "The agent points out a risk and leaves the choice to the customer.",
            ),
            flag(
                Unsure,
                "Dat hangt af van de medewerker en zijn verkoopdoelen. Telt omzet mee in zijn beoordeling?",
                "That depends on the agent and their sales targets. Does revenue count in their appraisal?",
            ),
            flag(
                No,
                "Met een te lage dekking loopt de klant echt risico. Beide partijen hebben er baat bij.",
                "With too little cover the customer runs a real risk. Both sides benefit.",
            ),
            flag(
                No,
                "De klant belde zelf. Er komt geen extra contact bij.",
                "The customer made the call. No extra contact is added.",
            ),
        ],
    },
    // 4. Reassurance after the purchase: desirable.
    ExampleDef {
        id: ExampleId::PostPurchase,
        summary: t(
            "Een aanbieder belt nieuwe klanten op dag 2 of 3. Op dag 4 mailt hij over de eerste factuur. Welkome geruststelling of extra contact?",
            "A provider calls new customers on day 2 or 3. On day 4 it emails about the first invoice. Welcome reassurance or extra contact?",
        ),
        source: t("Blog over klantbeleving", "Blog on customer experience"),
        idea: IdeaDef {
            title: t("Gerust na de aankoop", "Reassured after the purchase"),
            action: t(
                "De aanbieder belt nieuwe klanten kort om hun keuze te bevestigen en vragen te beantwoorden. Daarna volgt een mail die de eerste factuur uitlegt.",
                "The provider gives new customers a short call to confirm their choice and answer questions. An email explaining the first invoice follows.",
            ),
            audience: t(
                "Nieuwe klanten met een abonnement op internet en tv",
                "New customers with an internet and TV subscription",
            ),
            channel: t("Telefoon (dag 2 of 3) en e-mail (dag 4)", "Phone (day 2 or 3) and email (day 4)"),
            moment: t(
                "Dag 2 of 3 na het afsluiten, en dag 4: vóór de eerste factuur komt",
                "Day 2 or 3 after signing up, and day 4: before the first invoice arrives",
            ),
            data: t(
                "Het gekozen pakket, de startdatum en het telefoonnummer dat de klant zelf gaf",
                "The chosen package, the start date and the phone number the customer gave",
            ),
            message: t(
                "Welkom bij ons! Uw eerste factuur komt op 12 mei. Die is deze keer wat hoger: de eenmalige aansluitkosten staan erop. Daarna betaalt u elke maand hetzelfde bedrag. Vragen? Bel of app ons gerust.",
                "Welcome! Your first invoice will arrive on 12 May. It is a little higher this time: the one-off connection fee is on it. After that you pay the same amount every month. Questions? Feel free to call or message us.",
            ),
        },
        dimensions: [
            // Complexity
            e(
                5,
                "De klant hoeft niets te doen. Hij krijgt antwoord op vragen die hij toch al had.",
                "The customer has nothing to do. They get answers to questions they already had.",
            ),
            // Language
            e(
                4,
                "Het gesprek en de mail zijn kort en in gewone woorden. Alleen de factuur zelf blijft wat technisch.",
                "The call and the email are short and in everyday words. Only the invoice itself stays a bit technical.",
            ),
            // Place
            e(
                4,
                "Een telefoontje kan slecht uitkomen. Neemt de klant niet op, dan volgt alleen een korte sms.",
                "A call may come at a bad time. If the customer does not answer, only a short text message follows.",
            ),
            // Time
            e(
                5,
                "Dit zijn precies de dagen van twijfel en zorg. De mail komt vóór de factuur, niet erna.",
                "These are exactly the days of doubt and worry. The email comes before the invoice, not after it.",
            ),
            // Relevance
            e(
                4,
                "Elke nieuwe klant krijgt een eerste factuur. Het gesprek gaat over zijn eigen pakket.",
                "Every new customer gets a first invoice. The call is about their own package.",
            ),
            // Trust
            e(
                4,
                "De factuur klopt met wat vooraf is gezegd. Het bekende nummer van de aanbieder neemt zorgen over oplichting weg.",
                "The invoice matches what was said in advance. The provider's known number takes away worries about scams.",
            ),
            // Empathy
            e(
                5,
                "De aanbieder begrijpt de onrust na een aankoop. Ik voel me gezien, zonder dat ik zelf hoef te bellen.",
                "The provider understands the unease after a purchase. I feel seen without having to call myself.",
            ),
            // Autonomy
            e(
                4,
                "De klant kan het gesprek kort houden of weigeren. Er komt geen verkooppraatje.",
                "The customer can keep the call short or decline it. There is no sales pitch.",
            ),
        ],
        values: [
            e(
                5,
                "De klant is zeker van zijn keuze en schrikt niet van de factuur. Dat scheelt zorgen en telefoontjes.",
                "The customer feels sure of their choice and is not startled by the invoice. That saves worry and phone calls.",
            ),
            e(
                4,
                "Minder vragen bij het contactcenter, en tevreden klanten die de aanbieder aanraden.",
                "Fewer calls to the contact centre, and happy customers who recommend the provider.",
            ),
            e(
                4,
                "Klanten willen weten waar ze aan toe zijn. Een eerlijke uitleg vooraf past daarbij.",
                "Customers want to know where they stand. An honest explanation in advance fits that.",
            ),
            e(
                5,
                "De aanbieder zegt helder en klantgericht te zijn. Dit laat dat zien in daden.",
                "The provider says it is clear and customer-focused. This shows it in action.",
            ),
        ],
        org_values: t("Helder, klantgericht, betrouwbaar", "Clear, customer-focused, reliable"),
        flags: [
            flag(
                No,
                "Alleen gegevens uit de eigen bestelling. Niets wat de klant verrast.",
                "Only data from the customer's own order. Nothing that surprises the customer.",
            ),
            flag(
                No,
                "Het gesprek geeft informatie, geen les. De klant beslist zelf wat hij ermee doet.",
                "The call gives information, not a lesson. The customer decides what to do with it.",
            ),
            flag(
                No,
                "In het gesprek wordt niets verkocht. Dat is een vaste afspraak.",
                "Nothing is sold during the call. That is a firm rule.",
            ),
            flag(
                No,
                "De aanbieder krijgt minder vragen. Maar de klant heeft het meeste voordeel.",
                "The provider gets fewer calls. But the customer gains the most.",
            ),
            flag(
                No,
                "Twee contacten, elk met een antwoord op een echte vraag. Daarna blijft het stil tot de klant zelf iets wil.",
                "Two contacts, each answering a real question. After that it stays quiet until the customer wants something.",
            ),
        ],
    },
    // 5. Feedback overload: crosses the line. Time at the lowest step and two red flags.
    ExampleDef {
        id: ExampleId::FeedbackOverload,
        summary: t(
            "Een webshop vraagt in één week drie keer om feedback. Twee keer gebeurt dat om 3 uur 's nachts. Betrokken of lastig?",
            "A webshop asks for feedback three times in one week. Twice it does so at 3 a.m. Caring, or a nuisance?",
        ),
        source: t("Blog over klantfeedback", "Blog on customer feedback"),
        idea: IdeaDef {
            title: t("Drie keer vragen om feedback", "Asking for feedback three times"),
            action: t(
                "Na de levering stuurt de webshop twee mails. De ene vraagt om een review op een reviewsite, de andere om een eigen enquête. Een paar dagen later vraagt een derde mail om een productreview.",
                "After delivery the webshop sends two emails. One asks for a review on a review site, the other for its own survey. A few days later a third email asks for a product review.",
            ),
            audience: t("Iedereen die een bestelling heeft ontvangen", "Everyone who has received an order"),
            channel: t("E-mail", "Email"),
            moment: t(
                "Twee mails om 3:03 en 3:05 uur 's nachts, de derde binnen een week",
                "Two emails at 3:03 and 3:05 a.m., the third within a week",
            ),
            data: t(
                "Bestelgegevens: product, leverdatum en e-mailadres",
                "Order data: product, delivery date and email address",
            ),
            message: t(
                "Hoe was je bestelling? Met jouw mening worden we beter. Geef ons een cijfer: het kost maar één minuut.",
                "How was your order? Your opinion helps us get better. Give us a rating: it only takes a minute.",
            ),
        },
        dimensions: [
            // Complexity
            e(
                3,
                "Elke vraag is op zich kort. Maar de klant snapt niet waarom er twee formulieren zijn.",
                "Each request is short in itself. But the customer does not see why there are two forms.",
            ),
            // Language
            e(
                3,
                "De tekst is vriendelijk en duidelijk. Maar drie keer dezelfde vraag klinkt hol.",
                "The text is friendly and clear. But the same question three times sounds hollow.",
            ),
            // Place
            e(
                3,
                "E-mail past bij een webshop. Maar één link gaat naar een andere site, en dat is verwarrend.",
                "Email suits a webshop. But one link goes to another site, which is confusing.",
            ),
            // Time
            e(
                1,
                "Twee mails om 3 uur 's nachts laten zien: hier verstuurt een systeem, geen mens. Drie keer in een week is te vaak.",
                "Two emails at 3 a.m. show that a system is sending them, not a person. Three times in a week is too often.",
            ),
            // Relevance
            e(
                2,
                "De klant heeft het apparaat nog maar net. Voor een productreview is het te vroeg.",
                "The customer has only just got the product. It is too early for a product review.",
            ),
            // Trust
            e(
                3,
                "De mails zijn echt, maar de klant twijfelt even. Is een mail om 3 uur 's nachts geen phishing?",
                "The emails are genuine, but the customer hesitates. Is an email at 3 a.m. a phishing attempt?",
            ),
            // Empathy
            e(
                2,
                "De klant voelt zich een bron van cijfers. Hij merkt niet dat iemand iets met zijn antwoord doet.",
                "The customer feels like a source of ratings. Nothing shows that anyone acts on the answer.",
            ),
            // Autonomy
            e(
                3,
                "De klant kan de mails negeren. Maar hij kan niet kiezen voor één vraag in plaats van drie.",
                "The customer can ignore the emails. But they cannot choose one request instead of three.",
            ),
        ],
        values: [
            e(
                2,
                "De klant heeft zelf weinig aan deze vragen. Hooguit helpt het later andere kopers.",
                "The customer gains little from these requests. At most it helps other buyers later.",
            ),
            e(
                4,
                "De webshop krijgt reviews, cijfers en een betere score op reviewsites.",
                "The webshop gets reviews, ratings and a better score on review sites.",
            ),
            e(
                2,
                "Na een goede levering wil de klant met rust gelaten worden. Drie vragen voelt als zeuren.",
                "After a good delivery the customer wants to be left alone. Three requests feel like nagging.",
            ),
            e(
                2,
                "De webshop wil de klantvriendelijkste zijn. Onnodig storen past daar slecht bij.",
                "The webshop wants to be the most customer-friendly. Needless disturbance fits that poorly.",
            ),
        ],
        org_values: t("Klantvriendelijk, snel, persoonlijk", "Customer-friendly, fast, personal"),
        flags: [
            flag(
                No,
                "De webshop gebruikt alleen de bestelling. Dat is normaal en verwacht.",
                "The webshop only uses the order. That is normal and expected.",
            ),
            flag(
                No,
                "De mails zeggen de klant niet hoe hij moet leven. Ze vragen alleen om een mening.",
                "The emails do not tell the customer how to live. They only ask for an opinion.",
            ),
            flag(
                Yes,
                "Steeds opnieuw vragen voelt als druk. De klant krijgt het gevoel dat hij moet antwoorden.",
                "Asking again and again feels like pressure. The customer feels they have to answer.",
            ),
            flag(
                Unsure,
                "Feedback kan de service beter maken, ook voor de klant. Maar reviews helpen vooral de verkoop.",
                "Feedback can improve the service, also for the customer. But reviews mainly help sales.",
            ),
            flag(
                Yes,
                "Eén vraag was genoeg geweest. Twee extra mails storen de klant zonder reden.",
                "One request would have been enough. Two extra emails bother the customer for no reason.",
            ),
        ],
    },
    // 6. From a low to a peak: conditional. Is using purchase data for the gift welcome?
    ExampleDef {
        id: ExampleId::LowToPeak,
        summary: t(
            "Een klant koopt ver van huis een föhn die kapot blijkt. De winkel stuurt meteen een nieuwe, met een klein cadeau. Verrassend of te persoonlijk?",
            "A customer buys a hair dryer far from home and it turns out to be broken. The shop sends a new one at once, with a small gift. A delight, or too personal?",
        ),
        source: t("Blog over piekmomenten", "Blog on peak moments"),
        idea: IdeaDef {
            title: t("Van dal naar piek: nieuwe föhn plus cadeau", "From low to peak: new hair dryer plus gift"),
            action: t(
                "De medewerker stuurt direct een nieuwe föhn op. De klant hoeft niet terug naar de winkel. Er gaat een klein cadeau mee, gekozen op basis van eerdere aankopen.",
                "The agent sends a new hair dryer at once. The customer does not have to go back to the shop. A small gift goes with it, chosen from earlier purchases.",
            ),
            audience: t(
                "Klanten met een kapot product, gekocht in een winkel ver van huis",
                "Customers with a faulty product bought in a shop far from home",
            ),
            channel: t("Telefoon, daarna een pakket per post", "Phone, then a parcel by post"),
            moment: t("Bij het eerste telefoontje over het kapotte product", "At the first call about the faulty product"),
            data: t(
                "Het nummer van de klantenkaart en de aankopen van de afgelopen jaren",
                "The loyalty card number and purchases from recent years",
            ),
            message: t(
                "Wat vervelend dat uw föhn kapot is. Wij regelen het: morgen ligt er een nieuwe föhn bij u thuis. Er zit ook een kleine verrassing bij, als excuus voor het gedoe.",
                "We are sorry your hair dryer is broken. We will sort it out: a new one will be at your home tomorrow. There is also a small surprise in the parcel, to make up for the trouble.",
            ),
        },
        dimensions: [
            // Complexity
            e(
                5,
                "Eén telefoontje en het is geregeld. De klant wordt niet doorverbonden en hoeft niet te reizen.",
                "One call and it is sorted. The customer is not passed on and does not have to travel.",
            ),
            // Language
            e(
                4,
                "De medewerker erkent het probleem in gewone woorden. Geen regels, wel een oplossing.",
                "The agent acknowledges the problem in everyday words. No rules, just a solution.",
            ),
            // Place
            e(
                5,
                "De nieuwe föhn komt thuis. De winkel ver weg speelt geen rol meer.",
                "The new hair dryer comes to the customer's home. The distant shop no longer matters.",
            ),
            // Time
            e(
                4,
                "De oplossing komt op het moment van de ergernis. Zo wordt een dal een piek.",
                "The solution comes at the moment of annoyance. That turns a low into a peak.",
            ),
            // Relevance
            e(
                3,
                "Het cadeau is gekozen op eerdere aankopen. Maar die waren misschien voor iemand anders.",
                "The gift is chosen from earlier purchases. But those may have been for someone else.",
            ),
            // Trust
            e(
                3,
                "De klant kan denken: hoe weten ze wat ik koop? Zonder uitleg voelt dat vreemd.",
                "The customer may think: how do they know what I buy? Without an explanation, that feels strange.",
            ),
            // Empathy
            e(
                5,
                "De klant voelt zich gehoord en serieus genomen. Het excuus voelt echt.",
                "The customer feels heard and taken seriously. The apology feels genuine.",
            ),
            // Autonomy
            e(
                3,
                "De nieuwe föhn is precies wat de klant wil. Maar over het cadeau is niets gevraagd.",
                "The new hair dryer is exactly what the customer wants. But nobody asked about the gift.",
            ),
        ],
        values: [
            e(
                5,
                "Een werkende föhn zonder reis of gedoe, en een leuke verrassing. Dat onthoudt de klant.",
                "A working hair dryer without travel or hassle, and a nice surprise. The customer remembers that.",
            ),
            e(
                4,
                "Een blije klant die positief over de winkel vertelt. De kosten zijn laag.",
                "A happy customer who speaks well of the shop. The costs are low.",
            ),
            e(
                4,
                "De meeste klanten waarderen snelle hulp. Een cadeau op basis van aankopen vindt niet iedereen prettig.",
                "Most customers value quick help. Not everyone likes a gift based on their purchases.",
            ),
            e(
                4,
                "De winkel zegt: de klant is van iedere afdeling. Deze oplossing laat dat zien.",
                "The shop says the customer belongs to every department. This solution shows that.",
            ),
        ],
        org_values: t("Service, gemak, persoonlijk", "Service, convenience, personal"),
        flags: [
            flag(
                Unsure,
                "Het cadeau laat zien dat de winkel aankopen bijhoudt. Leg uit waarop de keuze is gebaseerd, of vraag wat de klant wil.",
                "The gift shows that the shop keeps track of purchases. Explain what the choice is based on, or ask what the customer would like.",
            ),
            flag(
                No,
                "De winkel lost het probleem op en bemoeit zich verder nergens mee.",
                "The shop solves the problem and does not interfere with anything else.",
            ),
            flag(
                No,
                "Er wordt niets verkocht. De klant hoeft niets terug te doen.",
                "Nothing is sold. The customer owes nothing in return.",
            ),
            flag(
                No,
                "De klant heeft het meeste voordeel. De winkel wint vooral goodwill.",
                "The customer gains the most. The shop mainly wins goodwill.",
            ),
            flag(
                No,
                "De klant belde zelf. Er komt alleen een pakket, geen extra berichten.",
                "The customer made the call. Only a parcel follows, no extra messages.",
            ),
        ],
    },
    // 7. Proactive government help: desirable.
    ExampleDef {
        id: ExampleId::GovernmentHelp,
        summary: t(
            "Een gemeente schrijft inwoners aan die waarschijnlijk recht hebben op een toeslag. Welkome hulp of bemoeizucht?",
            "A municipality writes to residents who are probably entitled to an allowance. Welcome help or meddling?",
        ),
        source: t("Onderzoek Hogeschool Utrecht", "Hogeschool Utrecht research"),
        idea: IdeaDef {
            title: t("Brief: u hebt misschien recht op een toeslag", "Letter: you may be entitled to an allowance"),
            action: t(
                "De gemeente stuurt een brief over de toeslag voor lage inkomens. Die gaat naar inwoners die er waarschijnlijk recht op hebben. De brief legt uit hoe aanvragen werkt. Aanvragen mag, het hoeft niet.",
                "The municipality sends a letter about the low-income allowance. It goes to residents who are probably entitled to it. The letter explains how to apply. Applying is a choice, not a duty.",
            ),
            audience: t(
                "Inwoners die vorig jaar kwijtschelding van gemeentelijke belastingen kregen",
                "Residents whose municipal taxes were waived last year",
            ),
            channel: t(
                "Brief op papier, met een link, een telefoonnummer en een spreekuur",
                "Paper letter, with a link, a phone number and a drop-in hour",
            ),
            moment: t("Zes weken voordat de aanvraag sluit", "Six weeks before applications close"),
            data: t(
                "Alleen eigen gegevens van de gemeente: wie vorig jaar kwijtschelding kreeg",
                "Only the municipality's own data: whose taxes were waived last year",
            ),
            message: t(
                "U hebt misschien recht op een toeslag van € 300. Dat denken we, omdat u vorig jaar kwijtschelding kreeg. U kiest zelf of u de toeslag aanvraagt. Dat kan tot 1 november, online of met hulp op ons spreekuur. Hebt u vragen? Bel ons gerust.",
                "You may be entitled to an allowance of €300. We think so because we waived your local taxes last year. You decide whether to apply. You can apply until 1 November, online or with help at our drop-in hour. Any questions? Feel free to call us.",
            ),
        },
        dimensions: [
            // Complexity
            e(
                4,
                "Aanvragen is één kort formulier. Wie hulp nodig heeft, kan naar het spreekuur.",
                "Applying takes one short form. Anyone who needs help can come to the drop-in hour.",
            ),
            // Language
            e(
                5,
                "De herschreven brief is op B1-niveau: korte zinnen en gewone woorden. De eerste versie was lang en ambtelijk.",
                "The rewritten letter is at B1 level: short sentences and everyday words. The first version was long and full of officialese.",
            ),
            // Place
            e(
                4,
                "Aanvragen kan online, per telefoon of aan de balie. De inwoner kiest zelf.",
                "People can apply online, by phone or at the desk. The resident chooses.",
            ),
            // Time
            e(
                4,
                "De brief komt ruim voor de sluitingsdatum. Er is tijd om rustig na te denken.",
                "The letter arrives well before the deadline. There is time to think it over calmly.",
            ),
            // Relevance
            e(
                4,
                "De brief gaat alleen naar wie waarschijnlijk recht heeft. Het woord 'misschien' is eerlijk: zeker is het niet.",
                "The letter only goes to people who are probably entitled. The word 'may' is honest: it is not certain.",
            ),
            // Trust
            e(
                4,
                "De brief zegt welke gegevens de gemeente gebruikte en waarom. Zo kan de inwoner het zelf controleren.",
                "The letter says which data the municipality used and why. So the resident can check it.",
            ),
            // Empathy
            e(
                4,
                "De toon is vriendelijk, zonder oordeel over geldzorgen. De inwoner voelt zich geholpen, niet bekeken.",
                "The tone is friendly, without judgement about money worries. The resident feels helped, not watched.",
            ),
            // Autonomy
            e(
                5,
                "De inwoner beslist zelf of hij aanvraagt. Niets doen heeft geen gevolgen.",
                "The resident decides whether to apply. Doing nothing has no consequences.",
            ),
        ],
        values: [
            e(
                5,
                "Extra geld voor wie krap zit, zonder zelf te hoeven zoeken. Dat scheelt zorgen.",
                "Extra money for people who are short, without having to search for it. That eases worries.",
            ),
            e(
                4,
                "Meer mensen krijgen de hulp waar ze recht op hebben. Dat voorkomt later grotere problemen, zoals schulden.",
                "More people get the help they are entitled to. That prevents bigger problems later, such as debt.",
            ),
            e(
                4,
                "De meeste inwoners willen deze hulp graag. Sommigen schamen zich, daarom is de brief discreet.",
                "Most residents welcome this help. Some feel ashamed, so the letter is discreet.",
            ),
            e(
                5,
                "De gemeente wil dichtbij en eerlijk zijn. Met deze brief doet ze dat ook echt.",
                "The municipality wants to be approachable and fair. With this letter it really is.",
            ),
        ],
        org_values: t("Dichtbij, eerlijk, behulpzaam", "Approachable, fair, helpful"),
        flags: [
            flag(
                No,
                "De gemeente gebruikt alleen gegevens die ze al heeft, en zegt dat in de brief. Ze koppelt geen andere bestanden.",
                "The municipality only uses data it already holds, and says so in the letter. It links no other files.",
            ),
            flag(
                No,
                "De brief geeft informatie, geen advies over hoe de inwoner moet leven.",
                "The letter gives information, not advice on how the resident should live.",
            ),
            flag(
                No,
                "Eén brief, zonder herinneringen. Aanvragen is een keuze.",
                "One letter, without reminders. Applying is a choice.",
            ),
            flag(
                No,
                "Het voordeel ligt vooral bij de inwoner. De gemeente doet wat ze belooft.",
                "The benefit lies mainly with the resident. The municipality does what it promises.",
            ),
            flag(
                No,
                "De brief gaat alleen naar wie er iets aan heeft. Anderen krijgen niets.",
                "The letter only goes to people who can use it. Nobody else gets one.",
            ),
        ],
    },
];
