//! The syllable counter against words with known syllables: common words
//! of letters from government, banks, insurers and shops. Each word is
//! written with its syllables separated by `·` (as dictionaries divide
//! them); the count is the number of parts. A real hyphen stays in the
//! word ("e-·mail").

use wenselijk::message::syllables::count;
use wenselijk::message::Lang;

#[rustfmt::skip]
const DUTCH: &[&str] = &[
    // Benefits, tax, municipality
    "toe·slag", "toe·sla·gen", "huur·toe·slag", "zorg·toe·slag", "kin·der·op·vang", "aan·vra·gen", "aan·vraag",
    "in·ko·men", "in·ko·mens·af·han·ke·lijk", "ge·meen·te", "be·las·ting", "be·las·ting·dienst", "aan·gif·te",
    "voor·lo·pig", "de·fi·ni·tief", "te·rug·be·ta·len", "te·rug·vor·de·ring", "ach·ter·stand", "her·in·ne·ring",
    "aan·ma·ning", "deur·waar·der", "uit·ke·ring", "pen·si·oen", "be·zwaar", "be·zwaar·schrift", "be·slis·sing",
    "be·schik·king", "ter·mijn", "re·ge·ling", "re·ge·ring", "o·ver·heid", "mi·nis·te·rie", "wet", "recht",
    "rech·ten", "plich·ten", "ver·plicht", "ver·plich·ting", "toe·stem·ming", "voor·waar·den", "per·soons·ge·ge·vens",
    "i·den·ti·teits·be·wijs", "pas·poort", "rij·be·wijs", "ver·hui·zing", "in·schrij·ving", "uit·schrij·ving",
    "be·wo·ners", "bu·ren", "par·keer·ver·gun·ning", "ver·gun·ning", "af·val", "con·tai·ner", "maat·re·gel",
    // Bank and money
    "re·ke·ning", "re·ke·ning·num·mer", "be·ta·ling", "be·ta·len", "be·drag", "o·ver·ma·ken", "sal·do", "ren·te",
    "hy·po·theek", "le·ning", "kre·diet", "af·los·sing", "schuld", "schul·den", "in·cas·so", "mach·ti·ging",
    "ge·mach·tig·de", "geld", "eu·ro", "pro·cent", "hon·derd", "dui·zend", "twee·ën·twin·tig", "sa·la·ris", "loon",
    "werk·ge·ver", "werk·ne·mer",
    // Insurance and care
    "ver·ze·ke·ring", "ver·ze·ke·raar", "zorg·ver·ze·ke·raar", "pre·mie", "ei·gen", "ri·si·co", "ver·goe·ding",
    "scha·de", "scha·de·for·mu·lier", "po·lis", "dek·king", "ver·ze·kerd", "ver·ze·ker·de", "ge·zond·heid", "zorg",
    "huis·arts", "zie·ken·huis", "me·di·cij·nen", "be·han·de·ling", "ver·wij·zing", "pa·ti·ënt",
    // Shop
    "klant", "klan·ten", "pak·ket", "be·stel·ling", "be·stel·len", "le·ve·ring", "be·zor·ging", "be·zorgd",
    "ge·le·verd", "re·tour", "ga·ran·tie", "fac·tuur", "kos·ten", "ta·rief", "kor·ting", "aan·bie·ding", "ac·tie",
    "gra·tis", "prijs", "prij·zen", "win·kel", "web·win·kel", "rui·len", "te·rug·stu·ren", "te·rug·ga·ve",
    "ver·lo·pen", "ver·len·gen", "op·zeg·gen", "op·zeg·ging", "o·ver·stap·pen",
    // Letters
    "brief", "be·richt", "ge·ge·vens", "a·dres", "ge·boor·te·da·tum", "hand·te·ke·ning", "for·mu·lier",
    "in·for·ma·tie", "con·tact", "da·tum", "maand", "maan·de·lijks", "jaar·lijks", "ge·ach·te", "heer", "me·vrouw",
    "vrien·de·lij·ke", "groet", "hier·bij", "in·dien", "der·hal·ve", "be·treft", "ten·ein·de", "als·ook", "als·me·de",
    "naar", "on·der·staand", "bo·ven·staand", "voor·noemd", "ver·zoe·ken", "ont·van·gen", "ver·stu·ren",
    "in·vul·len", "op·stu·ren", "hoog·ach·tend", "na·mens", "af·spraak", "af·spra·ken", "lo·ket", "ba·lie",
    "o·pe·nings·tij·den", "me·de·wer·ker", "af·de·ling", "or·ga·ni·sa·tie", "te·le·foon", "te·le·foon·num·mer",
    "bel·len", "e-·mail", "nieuws·brief", "ui·ter·lijk", "bin·nen", "werk·da·gen", "da·gen", "we·ken", "mi·nu·ten",
    "uur", "ver·van·gen",
    // Common words
    "fout", "fou·ten", "pro·bleem", "op·los·sing", "vraag", "vra·gen", "ant·woord", "be·ant·woor·den",
    "re·ac·tie", "re·a·ge·ren", "mo·ge·lijk", "on·mo·ge·lijk", "be·lang·rijk", "dui·de·lijk", "een·vou·dig",
    "mak·ke·lijk", "snel", "di·rect", "na·tuur·lijk", "ju·ri·disch", "ver·ant·woor·de·lijk", "doel·groep",
    "ge·vol·gen", "on·der·zoek", "ge·ge·ven", "ge·no·men", "ge·sprek", "mo·ment", "na·ge·gaan", "ou·ders",
    "ge·bruik", "ge·brui·ken", "ge·brui·ker", "be·no·digd", "ver·eist", "pro·ce·du·re", "au·to·ma·tisch",
    "di·gi·taal", "e·lek·tro·nisch", "in·ter·net", "com·pu·ter", "ac·count", "wacht·woord", "in·log·gen",
    "in·log·ge·ge·vens", "e·ven", "ver·der", "on·ge·veer", "mis·schien", "al·leen", "ie·der·een", "vrij·wil·li·ger",
    "bij·een·komst", "zo·als", "be·oor·de·len", "ge·o·pend", "ver·ge·lij·ken", "wo·ning", "huur", "huur·der",
    "ver·huur·der", "ge·zin", "kin·de·ren", "part·ner", "ei·e·ren", "le·zen", "schrij·ven",
    // Vowel pairs, tremas, loanwords
    "so·ci·aal", "fi·nan·ci·eel", "ac·tu·eel", "in·di·vi·du·eel", "e·ven·tu·eel", "si·tu·a·tie", "ja·nu·a·ri",
    "fe·bru·a·ri", "au·gus·tus", "mu·se·um", "bu·reau", "ni·veau", "ca·deau", "Bel·gi·ë", "ru·ï·ne",
    "co·ör·di·na·tor", "ge·ë·va·lu·eerd", "i·dee·ën", "zee·ën", "nieuw", "nieu·we", "se·ri·eus", "mi·lieu",
    "moo·ie", "groei·en", "draai·en", "ooit", "eeuw", "vi·de·o", "the·a·ter", "ma·te·ri·aal", "ra·di·o", "ty·pe",
    "sys·teem", "hob·by", "ba·by", "pri·va·cy", "au·to", "au·to's", "zo'n", "app", "on·line", "up·date", "team",
    "web·site", "down·loa·den",
    // Further words, added after the rules were written
    "ver·ze·ke·rings·maat·schap·pij", "uit·be·ta·ling", "be·las·ting·aan·gif·te", "ge·meen·te·lij·ke",
    "woon·plaats", "na·ti·o·na·li·teit", "huis·hou·den", "al·leen·staand", "echt·ge·noot",
    "stu·die·fi·nan·cie·ring", "kin·der·bij·slag", "zorg·ver·ze·ke·ring", "e·ner·gie", "e·ner·gie·re·ke·ning",
    "le·ve·ran·cier", "a·bon·ne·ment", "op·zeg·ter·mijn", "klach·ten·re·ge·ling", "ge·schil",
    "ge·schil·len·com·mis·sie", "af·schrift", "o·ver·zicht", "jaar·o·ver·zicht", "pin·pas", "spaar·re·ke·ning",
    "be·leg·gen", "ver·mo·gen", "schen·king", "er·fe·nis", "no·ta·ris", "tes·ta·ment", "hu·we·lijk",
    "ge·re·gi·streerd", "part·ner·schap", "schei·ding", "a·li·men·ta·tie", "voog·dij", "jeugd·zorg", "leer·plicht",
    "ba·sis·school", "mid·del·ba·re", "e·xa·men", "di·plo·ma", "cur·sus", "op·lei·ding", "sol·li·ci·ta·tie",
    "va·ca·tu·re", "werk·loos·heid", "bij·stand", "par·ti·ci·pa·tie·wet", "re-·in·te·gra·tie",
    "ar·beids·on·ge·schikt", "ziek·te·wet", "ou·der·dom", "be·jaar·den", "man·tel·zorg", "thuis·zorg", "wijk·team",
    "buurt·huis", "vrij·wil·li·gers·werk", "sub·si·die", "e·ve·ne·ment", "ver·ga·de·ring", "ge·meen·te·raad",
    "bur·ge·mees·ter", "wet·hou·der", "ver·kie·zin·gen", "stem·pas", "le·gi·ti·ma·tie", "uit·trek·sel",
    "reis·do·cu·ment", "fiets", "par·ke·ren", "boe·te", "o·ver·tre·ding", "po·li·tie", "ruim·te", "duur·zaam",
    "zui·nig", "ge·ïn·te·res·seerd", "ge·ïn·for·meerd", "re·ü·nie", "con·ti·nu·ï·teit", "na·ïef", "po·ë·zie",
    "be·ëin·di·gen", "knie·ën", "ge·üp·load", "bu·reaus", "ca·deau·bon", "ni·veaus",
];

#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    // Government, tax, benefits
    "gov·ern·ment", "ap·pli·ca·tion", "ben·e·fit", "ben·e·fits", "tax", "tax·es", "in·come", "coun·cil",
    "de·part·ment", "of·fi·cial", "res·i·dent", "res·i·dents", "hous·ing", "el·i·gi·ble", "el·i·gi·bil·i·ty",
    "al·low·ance", "sup·ple·ment", "dis·a·bil·i·ty", "reg·is·ter", "reg·is·tered", "reg·is·tra·tion", "i·den·ti·ty",
    "pass·port", "li·cence", "de·ci·sion", "de·ci·sions", "ap·peal", "re·view", "com·plaint", "no·tice", "pen·sion",
    // Bank and money
    "pay·ment", "pay·ments", "ac·count", "bal·ance", "in·voice", "re·ceipt", "re·fund", "in·ter·est", "rate",
    "rates", "fee", "fees", "charge", "charg·es", "cost", "costs", "mon·ey", "bank", "card", "cred·it", "deb·it",
    "loan", "mort·gage", "sav·ings", "sal·a·ry", "em·ploy·er", "em·ploy·ee", "em·ploy·ment", "to·tal", "a·mount",
    "a·mounts", "per·cent", "ex·tra",
    // Insurance and care
    "pol·i·cy", "pol·i·cies", "in·sur·ance", "pre·mi·um", "claim", "claims", "cov·er·age", "dam·age",
    "de·duct·i·ble", "hos·pi·tal", "doc·tor", "health", "med·i·cal", "treat·ment", "ap·point·ment", "pa·tient",
    // Shop
    "cus·tom·er", "cus·tom·ers", "ser·vice", "ser·vic·es", "sup·port", "or·der", "or·ders", "de·liv·er·y",
    "ship·ping", "re·turn", "re·turns", "prod·uct", "prod·ucts", "price", "pric·es", "dis·count", "of·fer",
    "mem·ber·ship", "sub·scrip·tion", "can·cel", "can·celled", "can·cel·la·tion", "re·new·al", "con·tract",
    "a·gree·ment", "terms", "con·di·tions", "guar·an·tee", "cat·a·logue", "buy·er", "sup·pli·er",
    // Letters and forms
    "let·ter", "mes·sage", "mes·sag·es", "e·mail", "phone", "num·ber", "ad·dress", "ad·dress·es", "de·tails",
    "in·for·ma·tion", "date", "dead·line", "pe·ri·od", "month", "month·ly", "year", "year·ly", "week", "day",
    "to·day", "to·mor·row", "Mon·day", "Tues·day", "Wednes·day", "Fri·day", "Sat·ur·day", "Jan·u·ar·y",
    "Feb·ru·ar·y", "ques·tion", "ques·tions", "ques·tion·naire", "an·swer", "re·quest", "re·quests",
    "re·quest·ed", "pro·cess", "pro·ce·dure", "re·quire", "re·quired", "re·quire·ment", "doc·u·ment",
    "doc·u·ments", "form", "forms", "sig·na·ture", "no·ti·fi·ca·tion", "re·mind·er", "ex·am·ple", "ex·plain",
    "ex·pla·na·tion", "con·firm", "con·firmed", "con·fir·ma·tion", "sub·mit", "sub·mit·ted", "com·plete",
    "com·plet·ed", "up·date", "up·dat·ed", "down·load", "ac·cess", "ac·ces·si·ble", "on·line", "web·site",
    "pass·word", "se·cure", "se·cu·ri·ty", "pri·va·cy", "da·ta", "per·son·al", "pro·tec·tion",
    // Common words
    "a·vail·a·ble", "pos·si·ble", "re·spon·si·ble", "nec·es·sar·y", "im·por·tant", "un·for·tu·nate·ly",
    "im·me·di·ate·ly", "ap·prox·i·mate·ly", "al·read·y", "a·gain", "al·so", "how·ev·er", "there·fore", "be·cause",
    "al·though", "through", "with·out", "with·in", "be·fore", "af·ter", "dur·ing", "ac·cord·ing", "re·gard·ing",
    "fol·low·ing", "pro·vid·ed", "in·clud·ing", "in·clud·ed", "ex·clud·ing", "ad·di·tion·al", "val·ue", "is·sue",
    "is·sues", "due", "con·tin·ue", "con·tin·ued", "use", "used", "us·ing", "use·ful", "us·er", "re·ceive",
    "re·ceived", "send", "sent", "pay", "paid", "pay·ing", "ap·ply", "ap·plied", "ap·ply·ing", "stud·ies",
    "be·ing", "go·ing", "do·ing", "see·ing", "a·gree", "a·greed", "cre·ate", "cre·at·ed", "i·de·a", "ar·e·a",
    "ar·e·as", "peo·ple", "ta·ble", "sim·ple", "de·ter·mine", "de·ter·mined", "ask", "asked", "click", "call",
    "called", "choose", "check", "checked", "want·ed", "need·ed", "fam·i·ly", "sev·er·al", "gen·er·al",
    "fa·vour·ite", "busi·ness", "busi·ness·es", "com·pa·ny", "com·pa·nies", "of·fice", "prop·er·ty", "rent",
    "ten·ant", "land·lord", "vis·it", "cen·tre", "hun·dred", "may·be", "ar·gue", "rec·i·pe", "eve·ning",
    // Vowel pairs and endings
    "vis·u·al", "ac·tu·al·ly", "u·su·al·ly", "man·u·al", "an·nu·al", "in·di·vid·u·al", "sit·u·a·tion",
    "e·val·u·ate", "qual·i·ty", "lan·guage", "guide", "guid·ance", "build·ing", "suit·a·ble", "fu·el",
    "in·flu·ence", "sci·ence", "cli·ent", "cli·ents", "qui·et", "so·ci·e·ty", "ex·pe·ri·ence", "au·di·ence",
    "ef·fi·cient", "suf·fi·cient", "friend", "ear·li·er", "eas·i·er", "pre·vi·ous", "var·i·ous", "se·ri·ous",
    "anx·ious", "ra·di·o", "ra·ti·o", "sce·nar·i·o", "vid·e·o", "the·o·ry", "mil·lion", "o·pin·ion", "un·ion",
    "re·gion", "fash·ion", "mu·se·um", "tour·i·sm", "spe·cial", "fi·nan·cial", "es·sen·tial", "i·ni·tial",
    "ma·te·ri·al", "me·di·a", "tri·al", "re·li·a·ble", "li·a·bil·i·ty", "di·ag·no·sis", "ap·pre·ci·ate",
    "as·so·ci·a·tion", "ne·go·ti·ate", "some·one", "some·times", "an·y·one", "ev·ery", "ev·ery·one",
    "ev·ery·thing", "an·y·thing", "where·as", "home·page", "life·time", "time·line", "like·ly", "safe·ty",
    "state·ment", "man·age·ment", "com·plete·ly", "large·ly", "sin·cere·ly", "hope·ful·ly", "care·ful",
    "home·less", "a·ware·ness", "set·tle·ment", "han·dled", "en·a·bled", "al·lowed", "de·layed", "played",
    "em·ployed", "eye", "lay·er", "be·yond", "chang·es", "pag·es", "box·es", "pur·pos·es", "ta·bles",
    "ve·hi·cles", "rules", "times", "notes", "sales", "makes", "ma·chine", "po·lice", "u·nique", "league",
    "queue", "rev·e·nue", "a·bove", "be·come", "some", "one", "done", "give", "have", "are", "were", "there",
    "where", "here", "more", "sure", "fu·ture", "fig·ure", "mea·sure", "en·tire", "pow·er", "your", "you", "the",
    "we", "she", "please", "in·crease", "rea·son", "read·y", "great", "search", "ear·ly", "clear", "ap·pear",
    "o·cean", "each", "team", "quite",
    // Further words, added after the rules were written
    "neigh·bour·hood", "res·i·den·tial", "tem·po·rar·y", "per·ma·nent", "en·ti·tled", "en·ti·tle·ment",
    "as·sess·ment", "as·sis·tance", "u·ni·ver·sal", "child·care", "nurs·er·y", "school", "ed·u·ca·tion",
    "u·ni·ver·si·ty", "stu·dent", "re·pay·ment", "o·ver·due", "out·stand·ing", "ar·rears", "bai·liff", "debt",
    "col·lec·tion", "a·gen·cy", "di·rect", "trans·fer", "with·draw·al", "o·ver·draft", "in·sur·er", "ex·cess",
    "quote", "quo·ta·tion", "ac·ci·dent", "in·ju·ry", "theft", "bur·gla·ry", "flood", "dam·aged", "re·pair",
    "re·place·ment", "war·ran·ty", "cou·ri·er", "par·cel", "track·ing", "dis·patched", "re·fund·ed", "ex·change",
    "vouch·er", "loy·al·ty", "points", "bas·ket", "check·out", "news·let·ter", "un·sub·scribe", "pref·er·enc·es",
    "set·tings", "pro·file", "ver·i·fy", "ver·i·fi·ca·tion", "au·then·ti·ca·tion", "de·vice", "mo·bile",
    "brows·er", "cook·ies", "con·sent", "reg·u·la·tions", "leg·is·la·tion", "ob·li·ga·tion", "com·pli·ance",
    "op·por·tu·ni·ty", "com·mu·ni·ty", "en·vi·ron·ment", "re·la·tion·ship", "cir·cum·stanc·es", "fur·ther·more",
    "nev·er·the·less", "where·by", "here·by", "there·af·ter", "forth·with", "a·fore·men·tioned", "pur·su·ant",
    "not·with·stand·ing", "com·mence", "ter·mi·nate", "u·ti·lise", "en·deav·our", "fa·cil·i·tate", "as·cer·tain",
    "re·mu·ner·a·tion", "cor·re·spond·ence", "ac·knowl·edge", "ac·knowl·edge·ment", "a·pol·o·gise", "re·gards",
    "dear", "thank", "thanks", "wel·come", "help·line", "week·days", "o·pen·ing", "min·utes",
];

fn check(list: &[&str], lang: Lang) -> Vec<String> {
    list.iter()
        .filter_map(|hyphenated| {
            let word: String = hyphenated.split('·').collect();
            let want = hyphenated.split('·').count() as u32;
            let got = count(&word, lang);
            (got != want).then(|| format!("{hyphenated}: counted {got}, is {want}"))
        })
        .collect()
}

#[test]
fn dutch_words_have_their_dictionary_syllables() {
    assert!(DUTCH.len() >= 200, "{} Dutch words", DUTCH.len());
    let wrong = check(DUTCH, Lang::Nl);
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), DUTCH.len(), wrong.join("\n"));
}

#[test]
fn english_words_have_their_dictionary_syllables() {
    assert!(ENGLISH.len() >= 200, "{} English words", ENGLISH.len());
    let wrong = check(ENGLISH, Lang::En);
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), ENGLISH.len(), wrong.join("\n"));
}

#[test]
fn the_lists_have_no_duplicates() {
    for list in [DUTCH, ENGLISH] {
        let mut words: Vec<String> = list.iter().map(|w| w.split('·').collect::<String>().to_lowercase()).collect();
        words.sort();
        let n = words.len();
        words.dedup();
        assert_eq!(words.len(), n, "a word is listed twice");
    }
}

#[test]
fn every_word_with_a_letter_or_digit_has_a_syllable() {
    for lang in [Lang::Nl, Lang::En] {
        for w in ["x", "'s", "ß", "日本", "Ω", "4G", "A4", "brrr", "zzz", "---x", "a", "é"] {
            assert!(count(w, lang) >= 1, "{w} {lang:?}");
        }
        for w in ["", "-", "'", "…", "😀", "--"] {
            assert_eq!(count(w, lang), 0, "{w:?} {lang:?}");
        }
    }
}

#[test]
fn case_accents_and_apostrophes_do_not_change_the_count() {
    let cases = [
        (Lang::Nl, "GEMEENTE", 3),
        (Lang::Nl, "Één", 1),
        (Lang::Nl, "café", 2),
        (Lang::Nl, "auto’s", 2),
        (Lang::Nl, "e-mailadres", 4),
        (Lang::Nl, "klantenservice", 4),
        (Lang::En, "DON'T", 1),
        (Lang::En, "don’t", 1),
        (Lang::En, "customer's", 3),
        (Lang::En, "naïve", 2),
        (Lang::En, "e-mail", 2),
    ];
    for (lang, w, n) in cases {
        assert_eq!(count(w, lang), n, "{w} {lang:?}");
    }
}
