//! From the tagger's names and the gazetteer matches to the mentions of a document:
//! reconciling the two, trimming ("the"), and making the document consistent (a name
//! tagged once is a name wherever it recurs; one surface form has one type).

use super::features::{Built, Tok, flag};
use super::lexicon::{GazMatch, Kind, Lexicon, Strict, bit};
use super::model::Type;
use super::tagger::Tagged;

/// A mention: tagging tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct M {
    pub start: usize,
    pub end: usize,
    pub ty: Type,
    /// The gazetteer entry of exactly these tokens, if any.
    pub entry: Option<u32>,
}

pub(crate) fn kind_type(k: Kind) -> Type {
    match k {
        Kind::Org => Type::Org,
        Kind::Place | Kind::Country => Type::Loc,
    }
}

/// The gazetteer entry and strictness of exactly `toks`, if any.
fn entry_of(lex: &Lexicon, toks: &[Tok]) -> Option<(u32, Strict)> {
    lex.lookup(toks).map(|p| {
        let ph = &lex.phrases[p as usize];
        (ph.entry, ph.strict)
    })
}

/// Hash of a token sequence's lowercase forms (for comparing surface forms).
pub(crate) fn surface(toks: &[Tok]) -> u64 {
    let mut h = 0x5375_7266u64;
    for t in toks {
        h = super::features::fmix(super::features::step(h, t.key));
    }
    h
}

/// [`surface`] of a name as linking compares it: the period of a final abbreviation does
/// not count ("Voice Systems and Services Inc." at the end of a sentence is "… Inc").
pub(crate) fn name_surface(text: &str, toks: &[Tok]) -> u64 {
    let Some((last, rest)) = toks.split_last() else {
        return surface(toks);
    };
    let word = last.span().slice(text);
    match word.strip_suffix('.') {
        // (not an initial or initialism: "Cargill U.K." is not "Cargill U.K", "C. Itoh" not
        // "C Itoh")
        Some(w) if w.len() >= 2 && !w.contains('.') && last.has(flag::WORD) => {
            let h = surface(rest);
            super::features::fmix(super::features::step(h, super::features::key_hash(w)))
        }
        _ => surface(toks),
    }
}

/// Builds the mentions of a document from its tokens and gazetteer matches (`b`) and the
/// tagger's names.
pub(crate) fn resolve(text: &str, b: &Built, tagged: &[Tagged], lex: &Lexicon, out: &mut Vec<M>) {
    let (toks, gaz, cands, lower_seen) =
        (&b.toks[..], &b.found[..], &b.cands[..], &b.lower_seen[..]);
    out.clear();
    // Companies named with an honorific ("Mr. Rooter Corp"), tagged with it or after it:
    // few or none, so that the test below stays linear in a long text.
    let titled = |i: usize| toks[i].gaz & bit::TITLE != 0;
    let honorific_orgs: Vec<Tagged> = tagged
        .iter()
        .filter(|p| p.ty == Type::Org && (titled(p.start) || p.start > 0 && titled(p.start - 1)))
        .copied()
        .collect();
    // The words written right before a club's staff ("Chelsea" of "Chelsea manager"),
    // found once when asked.
    let before_club_roles = std::cell::OnceCell::<Vec<u64>>::new();
    // 1. The tagger's names, trimmed of a leading "the", typed by the gazetteer when it
    //    knows the name.
    for m in tagged {
        let (mut a, b) = (m.start, m.end);
        if b - a > 1 && toks[a].has(flag::WORD) && is_the(&toks[a]) {
            match entry_of(lex, &toks[a..b]) {
                Some(_) => {}
                None => a += 1,
            }
        }
        // A calendar word at the edge is not part of a name ("August National Association"),
        // unless it is the given name of a person ("Jan Kowalczyk", "April Reyes") or the
        // gazetteer knows the name with it ("Sunday Telegraph", "Sunday Times").
        while b - a > 1
            && toks[a].gaz & bit::TIME != 0
            && toks[a + 1].has(flag::INIT_CAP)
            && !(m.ty == Type::Per && toks[a].gaz & bit::GIVEN != 0)
            && entry_of(lex, &toks[a..b]).is_none_or(|(_, strict)| strict == Strict::FeatureOnly)
        {
            a += 1;
        }
        // Nor an ordinary word opening the sentence ("Often Pipex and other suppliers"),
        // unless only a legal form would be left ("Fewer Brothers").
        let legal_form = |t: &Tok| {
            t.gaz & bit::ORG_SUFFIX != 0 || super::gazetteer::company_word(t.span().slice(text))
        };
        let mut opened = false;
        while b - a > 1
            && toks[a].has(flag::FIRST)
            && toks[a + 1].has(flag::INIT_CAP)
            && !(b - a == 2 && legal_form(&toks[a + 1]))
            && super::gazetteer::opener(toks[a].span().slice(text))
        {
            a += 1;
            opened = true;
        }
        // Nor is a function word ("BY WORLDSOURCES" in a line of capitals), unless it is
        // written together with the next or last word ("AT&T").
        let mut b = b;
        while b - a > 1
            && toks[a].gaz & bit::FUNC != 0
            && toks[a].has(flag::ALL_CAPS)
            && toks[a].end != toks[a + 1].start
        {
            a += 1;
        }
        while b - a > 1
            && toks[b - 1].gaz & bit::FUNC != 0
            && toks[b - 1].has(flag::ALL_CAPS)
            && toks[b - 2].end != toks[b - 1].start
        {
            b -= 1;
        }
        if m.ty == Type::Org && demonym_opening(text, lex, toks, a, b) {
            continue;
        }
        let mut ty = m.ty;
        // "Mr Livingstone", "Lord Goldsmith": an honorific makes a person of an unknown
        // name, and is not part of it (other titles also start companies: "General Motors")
        if ty != Type::Per
            && b - a > 1
            && toks[a].gaz & bit::TITLE != 0
            && super::gazetteer::honorific(toks[a].span().slice(text))
                .is_some_and(|h| h.person_only)
            && toks[a + 1].has(flag::INIT_CAP)
            && toks[a + 1..b]
                .iter()
                .all(|t| t.gaz & (bit::ORG_KEY | bit::ORG_SUFFIX) == 0)
            && entry_of(lex, &toks[a..b]).is_none()
        {
            ty = Type::Per;
            a += 1;
        }
        // Nor is it part of a person's name when the tagger took it in ("Mrs. Jones" is
        // "Jones", as "Mrs. Jones" beside it is), unless it is a peer's or king's title
        // ("Lord Sugar"), or the name is a company's named so ("Mr. Rooter" beside "Mr.
        // Rooter Corp").
        if ty == Type::Per
            && b - a > 1
            && toks[a + 1].has(flag::INIT_CAP)
            && after_honorific(text, toks, a + 1)
            && !honorific_orgs.iter().any(|p| {
                // (the company's name as tagged, with the honorific or after it)
                let from = if p.start > 0 && toks[p.start - 1].lower == toks[a].lower {
                    p.start - 1
                } else {
                    p.start
                };
                p.ty == Type::Org
                    && p.end - from > b - a
                    && surface(&toks[from..from + (b - a)]) == surface(&toks[a..b])
            })
        {
            a += 1;
        }
        // A title the tagger left out before a company's name is its first word ("General
        // Cinema Corp", "General Automation Inc"), unless only people have it.
        if ty == Type::Org
            && a > 0
            && out.last().is_none_or(|p| p.end < a)
            && toks[a - 1].gaz & bit::TITLE != 0
            && toks[a - 1].has(flag::INIT_CAP)
            && toks[a - 1].end + 1 == toks[a].start
            && super::gazetteer::honorific(toks[a - 1].span().slice(text))
                .is_none_or(|h| !h.person_only)
            && legal_form(&toks[b - 1])
        {
            a -= 1;
        }
        let entry = entry_of(lex, &toks[a..b]);
        if let Some((e, strict)) = entry
            && strict != Strict::FeatureOnly
        {
            let kind = lex.entries[e as usize].kind;
            let kt = kind_type(kind);
            // (a given name only for a club, alone, in an article that names another
            // club or gives the club's staff, and when no person of the article has it:
            // "Chelsea were beaten by Arsenal", not "Chelsea" after "Chelsea Clinton")
            let sports = |e: u32| lex.entries[e as usize].org_type == Some("sports");
            // ("as Chelsea manager", "Chelsea striker")
            let club_roles = || {
                before_club_roles
                    .get_or_init(|| {
                        let mut v: Vec<u64> = toks
                            .windows(2)
                            .filter(|w| super::gazetteer::club_role(w[1].span().slice(text)))
                            .map(|w| w[0].lower)
                            .collect();
                        v.sort_unstable();
                        v
                    })
                    .binary_search(&toks[a].lower)
                    .is_ok()
            };
            let given_alone = || {
                b - a == 1
                    && sports(e)
                    && (gaz.iter().any(|g| {
                        let other = lex.phrases[g.phrase as usize].entry;
                        other != e && sports(other)
                    }) || club_roles())
                    && !tagged.iter().any(|p| {
                        p.ty == Type::Per
                            && p.end - p.start > 1
                            && toks[p.start..p.end]
                                .iter()
                                .any(|t| t.lower == toks[a].lower)
                    })
            };
            if kt != ty && kt == Type::Org && (toks[a].gaz & bit::GIVEN == 0 || given_alone()) {
                ty = kt;
            }
            // A country the tagger took for an organisation is the place, as CoNLL writes
            // it ("Philippines said"; a club named for one too), and so is a state's
            // abbreviation ("CHICAGO, ILL."); one it took for a person also, unless its
            // words are given names ("Jordan").
            // (any place, when the tagger read the word opening the sentence with it:
            // "Across Asia, policymakers …")
            let country_person = ty == Type::Per
                && (kind == Kind::Country && (a..b).all(|j| toks[j].gaz & bit::GIVEN == 0)
                    || opened && kt == Type::Loc);
            if country_person
                || ty == Type::Org
                    && (kind == Kind::Country
                        || kind == Kind::Place && toks[b - 1].has(flag::HAS_PERIOD))
            {
                ty = Type::Loc;
            }
        }
        // "Mr Forbes", "Mrs Washington": a name right after an honorific that is never part
        // of one is a person's, though a company or place has it (not "Mr. Rooter Corp").
        let titled = after_honorific(text, toks, a)
            && toks[a].has(flag::INIT_CAP)
            && toks[a..b]
                .iter()
                .all(|t| t.gaz & (bit::ORG_KEY | bit::ORG_SUFFIX) == 0);
        if titled {
            ty = Type::Per;
        }
        out.push(M {
            start: a,
            end: b,
            ty,
            entry: entry.map(|e| e.0).filter(|_| !titled),
        });
    }
    month_surnames(text, toks, out);
    split_coordinated(text, toks, gaz, lex, out);
    // 2. Gazetteer matches the tagger missed.
    let mut k = 0;
    for g in gaz {
        while k < out.len() && out[k].end <= g.start {
            k += 1;
        }
        let ph = &lex.phrases[g.phrase as usize];
        // An organisation's name goes on over legal forms written after it ("Standard and
        // Poor's" + "Corp"), not over its initials ("Saudi Press Agency SPA").
        let mut g = *g;
        if lex.entries[ph.entry as usize].kind == Kind::Org {
            while g.end < toks.len()
                && toks[g.end].gaz & bit::ORG_SUFFIX != 0
                && !super::link::initials_of(
                    toks[g.end].span().slice(text),
                    text,
                    &toks[g.start..g.end],
                )
            {
                g.end += 1;
            }
        }
        let g = &g;
        // Any overlap with a tagged name: the tagger's boundaries win, except that a
        // known name containing tagged names replaces them.
        let overlaps = out[k..]
            .iter()
            .take_while(|m| m.start < g.end)
            .any(|m| m.end > g.start);
        let entry = &lex.entries[ph.entry as usize];
        let span = &toks[g.start..g.end];
        if ph.strict == Strict::FeatureOnly
            || (g.end - g.start == 1
                && (entry.kind != Kind::Org
                    || ph.strict == Strict::Name && toks[g.start].word != ph.exact))
            || !direct_ok(toks, g, ph.strict, lower_seen)
            || entry.kind == Kind::Org && demonym_opening(text, lex, toks, g.start, g.end)
            // (a company's one-word name after "Mr" is a surname: "Mr Forbes")
            || g.end - g.start == 1 && after_honorific(text, toks, g.start)
        {
            continue;
        }
        if overlaps {
            let inside = out[k..]
                .iter()
                .take_while(|m| m.start < g.end)
                .filter(|m| m.end > g.start)
                .all(|m| m.start >= g.start && m.end <= g.end);
            let same = out[k].start == g.start && out[k].end == g.end;
            // A company's name of several words that the tagger read as a person's
            // ("auditors Grant Thornton", "lead manager Morgan Stanley", "Dean Witter
            // analyst") is the company's, unless a title stands before it ("Rep. John
            // Lewis") or a role after it (", a Democratic congressman").
            if same
                && span.len() > 1
                && out[k].ty == Type::Per
                && entry.kind == Kind::Org
                && ph.strict == Strict::Name
                && !title_before(toks, g.start)
                && !role_apposition(text, toks, g.end)
            {
                out[k].ty = Type::Org;
                out[k].entry = Some(ph.entry);
                continue;
            }
            if inside && !same && span.len() > 1 {
                let first = k;
                let mut last = k;
                while last < out.len() && out[last].start < g.end {
                    last += 1;
                }
                out.splice(
                    first..last,
                    [M {
                        start: g.start,
                        end: g.end,
                        ty: kind_type(entry.kind),
                        entry: Some(ph.entry),
                    }],
                );
            }
            continue;
        }
        out.insert(
            k,
            M {
                start: g.start,
                end: g.end,
                ty: kind_type(entry.kind),
                entry: Some(ph.entry),
            },
        );
    }
    repair(toks, lex, out);
    remits(text, toks, lex, out);
    national_arms(toks, lex, out);
    and_company_words(text, toks, out);
    joined_firms(text, toks, out);
    partner_firms(text, toks, out);
    possessive_firms(text, toks, out);
    polities(text, toks, out);
    bracketed_names(text, toks, out);
    comma_joined(text, toks, out);
    town_letters(text, toks, out);
    city_country(toks, lex, out);
    town_states(text, toks, cands, lex, out);
    // One letter alone is not a name ("(N)" in a league table, "I").
    out.retain(|m| m.end - m.start > 1 || toks[m.start].chars > 1);
    disjoint(out);
    web_names(text, toks, out);
    definitions(text, toks, lex, out);
    terms(text, toks, lex, out);
    disjoint(out);
    initialisms(text, toks, out);
    geographic_names(text, toks, out);
    // "Additionally, …", "Obviously, …": an adverb opening its sentence names nothing;
    // nor do "Through their …", "Veteran actor …", "Thank you".
    // (unless a person of the article has the word in a full name: "Said, a U.S. citizen"
    // after "Edward Said")
    let opener = |m: &M| {
        m.end - m.start == 1
            && (opening_adverb(text, toks, m.start) || ordinary_opener(text, toks, m.start))
    };
    if out.iter().any(opener) {
        let in_full = full_name_words(toks, out, |_| true);
        out.retain(|m| !opener(m) || in_full.binary_search(&toks[m.start].lower).is_ok());
    }
    // A name does not end in a possessive mark ("Liberal Democrats'", "'Angels'" in single
    // quotation marks), nor in a possessive suffix where the article also names it without
    // one ("Carrier's Feb. 10 announcement").
    possessive_ends(text, toks, lex, out);
    // A known venue alone is a place ("at Murrayfield", "the win at Anfield"); not a
    // club's name that holds it ("Ibrox" is a place, "Rangers" a club).
    for m in out.iter_mut() {
        let (a, b) = (toks[m.start].start as usize, toks[m.end - 1].end as usize);
        if m.ty != Type::Loc && !text[a..b].contains('\n') && super::gazetteer::venue(&text[a..b]) {
            m.ty = Type::Loc;
            m.entry = None;
        }
    }
    known_bands(text, toks, cands, out);
    named_groups(text, toks, out);
    numbered_units(text, toks, out);
    bodies_of(text, toks, lex, out);
    // "River Aldwater", "Hartwith Moor": a geographic word makes a place, not a person;
    // so does the word of an administrative area ending the name ("Harrison County").
    // Not a surname after a given name ("Charlotte Church", "Wayne Bridge").
    for m in out.iter_mut() {
        let surname = || place_word_surname(text, toks, m);
        if m.ty == Type::Per
            && m.end - m.start > 1
            // (a geographic word opening the name that is a given name opens a person's
            // name, "Dale Mohler", "Glen Johnson"; not one that opens places, "River
            // Aldwater", nor after "the", "the Glen Oaks store")
            && (toks[m.start].gaz & bit::LOC_HEAD != 0
                && (toks[m.start].gaz & bit::GIVEN == 0
                    || super::gazetteer::place_lead(toks[m.start].lower)
                    || m.start > 0 && toks[m.start - 1].lower == WORDS.the)
                || toks[m.end - 1].gaz & bit::LOC_HEAD != 0
                || super::gazetteer::admin_unit(toks[m.end - 1].span().slice(text)))
            && !surname()
        {
            m.ty = Type::Loc;
        }
        // "Miles Inc.", "Douglas & Lomason": a legal form or an ampersand makes a company.
        // (not between given names: "Jim & Sarah")
        let amp = || {
            (m.start + 1..m.end.saturating_sub(1)).any(|j| {
                toks[j].chars == 1
                    && toks[j].lower == WORDS.amp
                    && (toks[j - 1].gaz & toks[j + 1].gaz & bit::GIVEN) == 0
            })
        };
        if m.ty == Type::Per
            && m.end - m.start > 1
            && (toks[m.end - 1].gaz & bit::ORG_SUFFIX != 0 || amp())
        {
            m.ty = Type::Org;
        }
        // "Litton Industries", "a trader at Mellon Financial", "Virgin Radio": a word that
        // ends companies' names and not people's or places' makes a company.
        if matches!(m.ty, Type::Per | Type::Loc)
            && m.end - m.start > 1
            && super::gazetteer::company_word(toks[m.end - 1].span().slice(text))
        {
            m.ty = Type::Org;
        }
        // "DaimlerChrysler", "PaineWebber": two words made one, a company's way; and a
        // legal form grown into the name ("Citicorp", "Keycorp", "PHLCorp").
        if m.ty == Type::Per
            && m.end - m.start == 1
            && (inner_capital(toks[m.start].span().slice(text))
                || corp_word(toks[m.start].span().slice(text)))
        {
            m.ty = Type::Org;
        }
    }
    people_in_lists(text, toks, out);
    initialled_people(text, toks, out);
    companies_in_lists(text, toks, lex, out);
    places_in_lists(toks, lex, out);
    initial_lists(text, toks, out);
    lineups(text, toks, out);
    possessors_of_people(toks, out);
    eponymous_companies(text, toks, out);
    tickers(text, toks, out);
    constituencies(text, toks, lex, out);
    common_openers(text, toks, cands, lower_seen, lex, out);
    campaign_names(toks, lower_seen, out);
    match_results(text, toks, lex, out);
    result_lines(text, toks, lex, out);
    two_organisations(toks, lex, out);
    partnerships(text, toks, lex, out);
    comma_firms(text, toks, out);
    remits_with_and(toks, out);
    firms_named_for_people(text, toks, out);
    people_of_firms(text, toks, out);
    clubs_of_players(text, toks, lex, out);
    propagate(text, toks, cands, lower_seen, out);
    // After the votes: a dateline is a place whatever its namesakes in the story are, and
    // does not make them places.
    datelines(text, toks, lex, out);
    places_after_in(toks, lex, out);
    towns_in_countries(text, toks, lex, out);
    places_near(toks, out);
    particle_surnames(text, toks, out);
    patronymics(text, toks, out);
    // A country found otherwise than by the tagger is a place too ("the UK public" after
    // "UK Independence Party"). (What the tagger itself read as an organisation was typed
    // above, where the gazetteer entry counts as a name; here it keeps the tagger's type
    // when the entry is only a feature.)
    for m in out.iter_mut() {
        // (Tagged names are in text order: a binary search finds this one's.)
        if m.ty == Type::Org
            && entry_of(lex, &toks[m.start..m.end])
                .is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Country)
            && !tagged[tagged.partition_point(|t| t.start < m.start)..]
                .iter()
                .take_while(|t| t.start == m.start)
                .any(|t| t.end == m.end && t.ty == Type::Org)
        {
            m.ty = Type::Loc;
        }
    }
    // "Nazi Germany", "West Germany", "W. Germany": a country after a group's or a
    // compass word is the place ("Jools Holland" stays a person); so is a country alone
    // that is no given name ("Germany", not "Jordan").
    let country = |k: usize| {
        entry_of(lex, &toks[k..k + 1])
            .is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Country)
    };
    let modifier = |t: &Tok| {
        t.gaz & (bit::DEMONYM | bit::LOC_KEY) != 0
            || matches!(t.span().slice(text), "N." | "S." | "E." | "W.")
    };
    for m in out.iter_mut() {
        if m.ty == Type::Per
            && m.end - m.start == 2
            && modifier(&toks[m.start])
            && toks[m.start + 1].gaz & (bit::LOC_U | bit::LOC_L) != 0
            && country(m.start + 1)
        {
            m.ty = Type::Loc;
        }
    }
    // (a country is a place of the gazetteer: its bits are tested before the entry)
    let places: Vec<usize> = (0..out.len())
        .filter(|&j| {
            let m = &out[j];
            m.ty == Type::Per
                && m.end - m.start == 1
                && toks[m.start].gaz & bit::GIVEN == 0
                && toks[m.start].gaz & (bit::LOC_U | bit::LOC_L) != 0
                && country(m.start)
        })
        .collect();
    if !places.is_empty() {
        // (nor a person's surname: "Holland" of "Jools Holland")
        let surnames = surnames(toks, out);
        for j in places {
            if surnames.binary_search(&toks[out[j].start].lower).is_err() {
                out[j].ty = Type::Loc;
            }
        }
    }
    capital_the(text, toks, out);
    people_by_surname(toks, out);
    compound_surnames(toks, out);
    wire_services(text, toks, out);
    unit_abbreviations(toks, out);
    honorifics_inside(text, toks, out);
    people_after_bodies(text, toks, out);
    portfolio_people(text, toks, lower_seen, out);
    administrations(text, toks, out);
    titled_people(text, toks, out);
    roles_after_bodies(toks, lex, out);
    analysts_firms(toks, out);
    measures(text, toks, out);
    things_not_people(text, toks, out);
    title_words(text, toks, out);
    works(text, toks, out);
    programmes(text, toks, out);
    laws(text, toks, out);
    quoted_titles(text, toks, out);
    title_case_headline(text, toks, lower_seen, lex, out);
    generational_suffixes(text, toks, out);
    institutions_and_buildings(text, toks, out);
    compound_institutions(text, toks, out);
    grounds(text, toks, cands, out);
    headline_parts(text, toks, lower_seen, out);
    // Words that name nothing; those that are also given names ("Oscar", "Emmy") still
    // name a person after a title, beside a verb of saying ("Commander Oscar told") or as
    // the short form of a person's full name in the article ("Oscar de la Renta").
    // (whether the article writes a technical term's initials as a company's, found once
    // for each: the test reads the whole text)
    let defined = std::cell::RefCell::new(Vec::<(&str, bool)>::new());
    let nothing = |m: &M| {
        let (a, b) = (toks[m.start].start as usize, toks[m.end - 1].end as usize);
        let w = &text[a..b];
        super::gazetteer::not_a_name(w)
            || party_and_state(w)
            || super::gazetteer::tech_term(w) && {
                let known = defined.borrow().iter().find(|d| d.0 == w).map(|d| d.1);
                !known.unwrap_or_else(|| {
                    let d = initials_defined(text, toks, out, w);
                    defined.borrow_mut().push((w, d));
                    d
                })
            }
    };
    let none: Vec<bool> = out.iter().map(nothing).collect();
    if none.contains(&true) {
        let in_full = full_name_words(toks, out, |_| true);
        let mut k = 0;
        out.retain(|m| {
            k += 1;
            !none[k - 1]
                || m.end - m.start == 1
                    && toks[m.start].gaz & bit::GIVEN != 0
                    && (m.start > 0 && toks[m.start - 1].gaz & (bit::TITLE | bit::ROLE) != 0
                        || speaks(text, toks, m)
                        || in_full.binary_search(&toks[m.start].lower).is_ok())
        });
    }
    the_one_word_person(text, toks, out);
    people_not_places(toks, lex, out);
    table_labels(text, toks, lower_seen, out);
    headline_opener(text, toks, out);
    headline_epithet(text, toks, out);
    within_blocks(text, toks, out);
    // An honorific that is never part of a name is no person alone ("Justice" of "Chief
    // Justice"); nor is a legal form alone a person or a place ("Corp" of "Supermarkets
    // General Corp"; not one in capitals, a code: "State: CO"), nor a title's plural.
    out.retain(|m| {
        let apart_honorific = m.ty == Type::Per
            && m.end - m.start == 1
            && super::gazetteer::honorific(toks[m.start].span().slice(text))
                .is_some_and(|h| h.apart);
        let legal_form = m.ty != Type::Org
            && toks[m.start..m.end]
                .iter()
                .all(|t| t.gaz & bit::ORG_SUFFIX != 0 && !t.has(flag::ALL_CAPS));
        !apart_honorific && !legal_form && !titles_plural(text, toks, lex, m)
    });
    // (again for the names found since: "not the Republican Party's.")
    possessive_ends(text, toks, lex, out);
}

/// Ends names before a possessive mark ("Liberal Democrats'"), and before a possessive
/// suffix where the article names the same without it, unless the gazetteer knows the name
/// with it or a stock ticker follows ("Carrier's Feb. 10 announcement" beside "Carrier";
/// "McDonald's", "HECK'S <HEX>", and "St Mary's" alone, stay).
fn possessive_ends(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let poss_end = |m: &M| m.end - m.start > 1 && toks[m.end - 1].has(flag::POSS);
    if !out.iter().any(poss_end) {
        return;
    }
    let mut plain: Vec<u64> = out
        .iter()
        .filter(|m| !poss_end(m))
        .map(|m| surface(&toks[m.start..m.end]))
        .collect();
    plain.sort_unstable();
    for m in out.iter_mut() {
        while poss_end(m)
            && (toks[m.end - 1].chars == 1
                || lex.lookup(&toks[m.start..m.end]).is_none()
                    && ticker_after(text, toks, m.end).is_none()
                    && plain
                        .binary_search(&surface(&toks[m.start..m.end - 1]))
                        .is_ok())
        {
            m.end -= 1;
            m.entry = entry_of(lex, &toks[m.start..m.end]).map(|e| e.0);
        }
    }
}

/// "Rabbis said …", "Bishops met on Monday": a one-word "person" opening its sentence
/// before a word in lower case that is the plural of a title ([`bit::TITLE`]: "Rabbi",
/// "Bishop") is the people who hold it, no name.
fn titles_plural(text: &str, toks: &[Tok], lex: &Lexicon, m: &M) -> bool {
    let t = &toks[m.start];
    if m.ty != Type::Per || m.end - m.start != 1 || !t.has(flag::FIRST) || t.has(flag::ALL_CAPS) {
        return false;
    }
    let Some(one) = t.span().slice(text).strip_suffix('s') else {
        return false;
    };
    toks.get(m.end)
        .is_some_and(|n| n.has(flag::WORD) && !n.has(flag::HAS_UPPER))
        && lex.word_bits(super::features::lower_hash(one)) & bit::TITLE != 0
}

/// Does the article write initials `w` in brackets after a name ("Philippine Airlines Ltd
/// (PAL)"), as a ticker ("Anacomp Inc <AAC>") or as the first word of a longer name ("XP
/// System VOF"), or name an organisation they are the initials of ("the Clinton Global
/// Initiative" for "CGI")?
fn initials_defined(text: &str, toks: &[Tok], out: &[M], w: &str) -> bool {
    // (a name of two words or more that is no term itself: not "Asymmetric Digital
    // Subscriber Line (ADSL)")
    let name = |m: &M| {
        m.end - m.start > 1
            && !super::gazetteer::not_a_name(
                &text[toks[m.start].start as usize..toks[m.end - 1].end as usize],
            )
    };
    // (in round brackets after such a name: not "digital terrestrial television (DTT)")
    let after_name = |i: usize| {
        let before = text[..i - 1].trim_end().len();
        out.iter()
            .any(|m| toks[m.end - 1].end as usize == before && name(m))
    };
    text.match_indices(w).any(|(i, _)| {
        text[..i].ends_with('<')
            || text[..i].ends_with('(') && text[i + w.len()..].starts_with(')') && after_name(i)
    }) || out.iter().any(|m| {
        m.end - m.start > 1 && toks[m.start].span().slice(text) == w
            || m.ty == Type::Org
                && super::link::initials_of(w, text, &toks[m.start..m.end])
                && name(m)
    })
}

/// A legislator's party and state after the name ("Trent Lott, R-Miss.", "(D-Calif.)",
/// "R-Texas", "D-N.Y."): no organisation or place of its own.
fn party_and_state(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4
        && b.len() <= 16
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

/// "Glendale Federal Savings and Loan", "First Bank and Trust": an organisation's name
/// ending in a word of companies' names (no legal form, which ends a name) goes on over
/// "and" and another such word.
fn and_company_words(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let mut changed = false;
    for k in 0..out.len() {
        let m = out[k];
        let (last, and, next) = (m.end - 1, m.end, m.end + 1);
        if m.ty == Type::Org
            && next < toks.len()
            && toks[last].gaz & bit::ORG_SUFFIX == 0
            && org_word(text, &toks[last])
            && toks[and].lower == WORDS.and
            && title_word(&toks[next])
            && org_word(text, &toks[next])
            // (not a name of its own: "the Justice Department and Congress")
            && toks[next].gaz & (bit::ORG_U | bit::ORG_B | bit::LOC_U | bit::LOC_B) == 0
            && !out
                .get(k + 1)
                .is_some_and(|n| n.start == next && (n.end > next + 1 || n.entry.is_some()))
        {
            out[k].end = next + 1;
            changed = true;
        }
    }
    if changed {
        disjoint(out);
    }
}

/// "Commission on Presidential Debates", "Institute for Fiscal Studies": a body's name
/// whose last word heads bodies named for their remit (`data/remit_heads.txt`), then "on"
/// or "for" and words in capitals (with "and", "of" or "the" between them), is one name
/// with them; not a name the gazetteer knows ("the Security Council on Iraq"), nor before
/// a day ("the Commission on Monday", "Rob Da Bank on Thursdays") or a person ("the
/// Campaign for Jim Harwell").
fn remits(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let w = &*WORDS;
    let days = |t: &Tok| {
        let w = t.span().slice(text);
        w.strip_suffix('s')
            .is_some_and(|one| lex.word_bits(super::features::lower_hash(one)) & bit::TIME != 0)
    };
    let capital =
        |t: &Tok| cap_word(t) && t.gaz & bit::TIME == 0 && !t.has(flag::FIRST) && !days(t);
    let mut changed = false;
    let mut next = 0;
    for k in 0..out.len() {
        let m = out[k];
        let prep = m.end;
        if m.ty != Type::Org
            || m.entry.is_some()
            || m.start < next
            || !toks.get(prep + 1).is_some_and(capital)
            || toks[prep].lower != w.on && toks[prep].lower != w.for_
            || toks[prep].has(flag::HAS_UPPER)
            || !super::gazetteer::remit_head(toks[m.end - 1].span().slice(text))
        {
            continue;
        }
        // The words of the remit, through the mentions they start.
        let mut end = prep + 1;
        let mut j = prep + 1;
        while j < toks.len() && j < prep + 9 {
            if capital(&toks[j]) {
                j += 1;
                end = j;
            } else if [w.and, w.of, w.the].contains(&toks[j].lower)
                && !toks[j].has(flag::HAS_UPPER)
                && toks.get(j + 1).is_some_and(capital)
            {
                j += 1;
            } else {
                break;
            }
        }
        let mut last = k + 1;
        while last < out.len() && out[last].start < end {
            end = end.max(out[last].end);
            last += 1;
        }
        if out[k + 1..last].iter().any(|o| o.ty == Type::Per) {
            continue;
        }
        out[k].end = end;
        next = end;
        changed = true;
    }
    if changed {
        disjoint(out);
    }
}

/// "General Motors of Canada Ltd", "Saab-Scania of America Inc": an organisation, "of",
/// and a place with a legal form after it are one company's name (the legal form puts the
/// place inside the name; "Hoechst AG of West Germany" stays two).
fn national_arms(toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let mut i = 1;
    while i < out.len() {
        let (a, b) = (out[i - 1], out[i]);
        let place = |t: &[Tok]| {
            entry_of(lex, t)
                .is_some_and(|(e, _)| kind_type(lex.entries[e as usize].kind) == Type::Loc)
        };
        if a.ty == Type::Org
            && b.ty == Type::Org
            && a.end + 1 == b.start
            && toks[a.end].lower == WORDS.of
            && !toks[a.end].has(flag::HAS_UPPER)
            && b.end - b.start > 1
            && toks[b.end - 1].gaz & bit::ORG_SUFFIX != 0
            && place(&toks[b.start..b.end - 1])
        {
            out[i - 1].end = b.end;
            out[i - 1].entry = entry_of(lex, &toks[a.start..b.end]).map(|e| e.0);
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// "American Telephone and Telegraph Co", "Goodyear Tire and Rubber Co", "Hongkong and
/// Shanghai Banking Corp", "the Finance and Economy Ministry": two names the tagger read
/// apart across "and", the second ending in a legal form (or, after "the", a word that
/// heads bodies' names), are one organisation's when the first is no name of its own:
/// not one the gazetteer knows, not in capitals, without a legal form or a word that
/// heads bodies' names, and not written alone anywhere else in the article ("First Boston
/// Corp and Kidder, Peabody and Co", "Bank of Tokyo and Westpac Banking Corp", "EDS and
/// Hughes Aircraft Co", "Daewoo Group and General Motors Corp" stay two).
fn joined_firms(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    // The names of all mentions, sorted (made once, at the first pair).
    let names = std::cell::OnceCell::<Vec<u64>>::new();
    join_pass(out, |out, k| {
        let m = out[k];
        let Some(n) = out.get(k + 1).copied() else {
            return (m, 1);
        };
        let last = &toks[n.end - 1];
        // (the second's initials in brackets after it make it a name of its own: "the
        // Reuter Monitor and Composite Information Service (CIS)")
        let own_initials = || {
            toks.get(n.end).is_some_and(|t| t.lower == WORDS.open)
                && toks.get(n.end + 1).is_some_and(|t| {
                    super::link::initials_of(t.span().slice(text), text, &toks[n.start..n.end])
                })
        };
        // (after "the", a word that heads bodies' names ends the name too: "the Finance
        // and Economy Ministry"; not in the plural, "the State and Defense Departments")
        let body = m.start > 0
            && toks[m.start - 1].lower == WORDS.the
            && last.gaz & bit::ORG_KEY != 0
            && !last.span().slice(text).ends_with('s')
            && !own_initials();
        let joined = m.ty == Type::Org
            && n.ty == Type::Org
            && n.start == m.end + 1
            && toks[m.end].lower == WORDS.and
            && n.end - n.start >= 2
            && (last.gaz & bit::ORG_SUFFIX != 0 || body)
            && m.entry.is_none()
            && toks[m.start..m.end].iter().all(|t| {
                t.has(flag::INIT_CAP)
                    && !t.has(flag::ALL_CAPS)
                    && t.gaz & (bit::ORG_KEY | bit::ORG_SUFFIX | bit::ORG_U) == 0
            })
            // (not a person's name, nor one ending as companies' do: "Asher Edelman and
            // Dominion Textile Ltd", "Rockwell International and UNC Nuclear Inc")
            && toks[m.start].gaz & bit::GIVEN == 0
            && toks[n.start].gaz & bit::GIVEN == 0
            && !super::gazetteer::company_word(toks[m.end - 1].span().slice(text))
            // (one word: a place's name, "Hongkong and Shanghai Banking Corp"; not
            // "Conoco and Atlantic Richfield Co")
            && (m.end - m.start > 1 || body || toks[m.start].gaz & (bit::LOC_U | bit::LOC_B) != 0);
        if !joined {
            return (m, 1);
        }
        // (the names as the tagger left them: the list is read ahead of the pass's writes)
        let names = names.get_or_init(|| {
            let mut v: Vec<u64> = out.iter().map(|o| surface(&toks[o.start..o.end])).collect();
            v.sort_unstable();
            v
        });
        // (written so once: this mention)
        if count_sorted(names, surface(&toks[m.start..m.end])) == 1 {
            one_company(m, Some(n), n.end)
        } else {
            (m, 1)
        }
    });
}

/// "Boatmen's Bancshares Inc", "Dillard's Department Stores Inc": a company's name that
/// holds a possessive begins with the word before it, when its name ends in a legal form
/// and that word is no name the gazetteer knows, nor the last of a longer name, nor a
/// word of a person's full name in the article, nor written without a possessive there,
/// nor an acronym outside a headline in capitals ("Britain's Tate and Lyle Plc",
/// "Chrysler's American Motors Corp", "Carl Icahn's TWA Inc", "Icahn's TWA Inc",
/// "Macrovision's Entertainment Technologies Group" beside "Macrovision said", "ATT's
/// Network Systems Group" keep their owners apart).
fn possessive_firms(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let known = bit::ORG_U | bit::ORG_B | bit::ORG_I | bit::ORG_L | bit::LOC_U | bit::LOC_B;
    let known = known | bit::LOC_I | bit::LOC_L | bit::GIVEN | bit::DEMONYM | bit::FUNC;
    let apart = std::cell::OnceCell::<(Vec<u64>, Vec<u64>)>::new();
    // The companies' names that begin with their owner's word: (index, the word).
    let merges: Vec<(usize, usize)> = (0..out.len())
        .filter_map(|k| {
            let m = out[k];
            let w = m.start.checked_sub(2)?;
            let ok = m.ty == Type::Org
                && m.end - m.start >= 2
                && toks[m.end - 1].gaz & bit::ORG_SUFFIX != 0
                && toks[m.start - 1].has(flag::POSS)
                && toks[m.start - 1].span().slice(text).ends_with(['s', 'S'])
                && toks[w].end == toks[m.start - 1].start
                && toks[w].has(flag::WORD)
                && toks[w].has(flag::INIT_CAP)
                && toks[w].gaz & known == 0
                && (w == 0 || !toks[w - 1].has(flag::CAND))
                && (!toks[w].has(flag::ALL_CAPS) || toks[w].has(flag::CAPS_LINE))
                && {
                    // (found once, when a first name may hold a possessive: the words of
                    // people's full names, and the words written without a possessive after
                    // them, which would make the owner's word a company of its own,
                    // "Macrovision said")
                    let (people, bare) = apart.get_or_init(|| {
                        let mut bare: Vec<u64> = (0..toks.len())
                            .filter(|&j| toks.get(j + 1).is_none_or(|n| !n.has(flag::POSS)))
                            .map(|j| toks[j].lower)
                            .collect();
                        bare.sort_unstable();
                        (full_name_words(toks, out, |_| true), bare)
                    });
                    people.binary_search(&toks[w].lower).is_err()
                        && bare.binary_search(&toks[w].lower).is_err()
                };
            ok.then_some((k, w))
        })
        .collect();
    if merges.is_empty() {
        return;
    }
    // (the owner's word, where the company's name begins and ends)
    let mut owners: Vec<(u64, usize, usize)> = merges
        .iter()
        .map(|&(k, w)| (toks[w].lower, w, out[k].end))
        .collect();
    owners.sort_unstable();
    // The owner's word and its mark, which no other name may hold ("Boatmen" read as a
    // person).
    let mut taken: Vec<(usize, usize)> = merges.iter().map(|&(k, w)| (w, out[k].start)).collect();
    for &(k, w) in &merges {
        out[k].start = w;
    }
    // The company's short name elsewhere is the word with its possessive mark and the
    // words of its name that follow it there ("Boatmen's was the prize", "Reader's Digest
    // said" of "Reader's Digest Association Inc").
    let mut names: Vec<usize> = merges.iter().map(|m| m.0).collect();
    for (xi, x) in out.iter_mut().enumerate() {
        if merges.binary_search_by_key(&xi, |m| m.0).is_ok()
            || x.end - x.start != 1
            || !toks
                .get(x.end)
                .is_some_and(|p| p.has(flag::POSS) && p.start == toks[x.start].end)
        {
            continue;
        }
        let word = toks[x.start].lower;
        let i = owners.partition_point(|o| o.0 < word);
        let Some(&(_, w, long_end)) = owners.get(i).filter(|o| o.0 == word) else {
            continue;
        };
        let taken_from = x.end;
        let mut e = x.end + 1;
        let mut j = w + 2;
        while j < long_end - 1
            && e < toks.len()
            && toks[e].lower == toks[j].lower
            && toks[e].has(flag::HAS_UPPER)
        {
            e += 1;
            j += 1;
        }
        *x = M {
            start: x.start,
            end: e,
            ty: Type::Org,
            entry: None,
        };
        // (what the tagger read in the words taken in goes: "Digest" as a person)
        taken.push((taken_from, e));
        names.push(xi);
    }
    taken.sort_unstable();
    names.sort_unstable();
    let inside = |m: &M| {
        let i = taken.partition_point(|t| t.1 <= m.start);
        taken.get(i).is_some_and(|t| t.0 < m.end)
    };
    let mut k = 0;
    out.retain(|m| {
        k += 1;
        names.binary_search(&(k - 1)).is_ok() || !inside(m)
    });
}

/// "Merrill Lynch, Pierce, Fenner and Smith Inc", "Donaldson, Lufkin and Jenrette
/// Securities Corp": an organisation ending in a legal form, after a list of surnames
/// (capitalised words the gazetteer does not know, none a given name, each joined by a
/// comma or "and", the first opening its clause), is one firm named after its partners:
/// the surnames are part of its name, no people.
fn partner_firms(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let joiner = |j: usize| toks[j].lower == WORDS.comma || toks[j].lower == WORDS.and;
    // (not a word of a company's own name: "Inc", "International", "Laboratories",
    // "Citicorp", "PaineWebber")
    let surname = |t: &Tok| {
        let w = t.span().slice(text);
        title_word(t)
            && t.gaz & (bit::GIVEN | bit::FUNC | bit::LOC_U | bit::LOC_B | bit::TIME) == 0
            && !org_word(text, t)
            && !corp_word(w)
            && !inner_capital(w)
            && !super::gazetteer::opener(w)
    };
    let mut k = 0;
    while k < out.len() {
        let m = out[k];
        k += 1;
        if m.ty != Type::Org
            || m.entry.is_some()
            || toks[m.end - 1].gaz & bit::ORG_SUFFIX == 0
            || m.start < 2
        {
            continue;
        }
        // (the last part itself surnames before its legal form: "Jenrette Securities Corp",
        // "Harris Upham and Co"; not "United Technologies Corp", "ANR Pipeline Co")
        let partners = toks[m.start..m.end].iter().all(|t| {
            surname(t)
                || t.gaz & bit::ORG_SUFFIX != 0
                || t.lower == WORDS.and
                || t.lower == WORDS.amp
                || matches!(
                    t.span().slice(text),
                    "Securities" | "Associates" | "Partners"
                )
        });
        if !partners {
            continue;
        }
        // Back over "Word ," / "Word and" (one or two words an item), at most four items.
        let mut a = m.start;
        let mut items = 0;
        while items < 4 && a >= 2 && joiner(a - 1) && !break_before(text, toks, a) {
            let mut b = a - 1;
            let mut words = 0;
            while words < 2 && b > 0 && surname(&toks[b - 1]) {
                b -= 1;
                words += 1;
            }
            if words == 0 {
                break;
            }
            a = b;
            items += 1;
        }
        // (the first item opens its clause: not "Smith, Jones and Acme Corp" after a name;
        // nor is it an adverb opening the sentence: "Separately, Commerzbank AG")
        if opening_adverb(text, toks, a) {
            continue;
        }
        let opens = a == 0
            || !toks[a - 1].has(flag::HAS_UPPER)
            || toks[a - 1].has(flag::PUNCT) && toks[a - 1].lower != WORDS.comma;
        // (and there is a comma among the joiners: "Procter and Gamble Co" is whole already)
        let comma = (a..m.start).any(|j| toks[j].lower == WORDS.comma);
        if items == 0 || !opens || !comma {
            continue;
        }
        // Every mention inside the stretch is one the gazetteer does not know.
        let first = out.partition_point(|x| x.end <= a);
        // (nor a company's name of more words: "Wetex International, Quadrant Corp" is two)
        if out[first..k - 1]
            .iter()
            .any(|x| x.entry.is_some() || x.start < a || x.ty == Type::Org && x.end - x.start > 1)
        {
            continue;
        }
        out.splice(
            first..k,
            [M {
                start: a,
                end: m.end,
                ty: Type::Org,
                entry: None,
            }],
        );
        k = first + 1;
    }
}

/// "Backlog 36.8 mln vs 33.9 mln", "Record March 20", "Sorghum: 1.2": a one-word name
/// opening a line of a table, before a figure (a colon or a month's name between), that
/// labels such lines ([`super::gazetteer::table_label`]) or that the article also writes in
/// lower case, in a row of figures, is the line's label, no name.
fn table_labels(text: &str, toks: &[Tok], lower_seen: &[u64], out: &mut Vec<M>) {
    let number = |j: usize| toks.get(j).is_some_and(|t| t.has(flag::NUMBER));
    // (a row of figures: two numbers on the line, not "Radio 1 said")
    let row = |n: usize| {
        (n..toks.len())
            .take_while(|&j| j == n || !break_before(text, toks, j))
            .filter(|&j| number(j))
            .nth(1)
            .is_some()
    };
    let label = |m: &M| {
        let (a, n) = (m.start, m.start + 1);
        m.end == n
            && (a == 0 || break_before(text, toks, a))
            && n < toks.len()
            && !break_before(text, toks, n)
            && (number(n)
                || (toks[n].lower == WORDS.colon || toks[n].gaz & bit::TIME != 0) && number(n + 1))
            && (super::gazetteer::table_label(toks[a].lower)
                || lower_seen.binary_search(&toks[a].lower).is_ok() && row(n))
    };
    if out.iter().any(label) {
        out.retain(|m| !label(m));
    }
}

/// "Choose hope over fear - Kennedy": a one-word "person" opening a headline (a first line
/// with a story after it), before a word in lower case, that the story never writes again
/// is the headline's verb or noun, not a name (a given name still is one).
fn headline_opener(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let Some(first) = out.first() else {
        return;
    };
    let lone = first.ty == Type::Per
        && first.start == 0
        && first.end == 1
        && toks[0].gaz & (bit::GIVEN | bit::TITLE) == 0
        && toks
            .get(1)
            .is_some_and(|t| t.has(flag::WORD) && !t.has(flag::HAS_UPPER))
        && headed(text, toks);
    if !lone {
        return;
    }
    // (again also as part of a hyphenated name: "Kilroy" of "Robert Kilroy-Silk")
    let word = toks[0].lower;
    let w = toks[0].span().slice(text);
    let again = toks[1..].iter().any(|t| {
        t.lower == word
            || t.has(flag::HAS_HYPHEN) && {
                let s = t.span().slice(text);
                s.len() > w.len() && s.starts_with(w) && s[w.len()..].starts_with('-')
            }
    });
    if !again {
        out.remove(0);
    }
}

/// "Fuming Robinson blasts officials … England coach Andy Robinson said": a person of two
/// words opening a headline, whose first word is no given name and is in no other name of
/// the article, while the story names someone else of that surname in full, is the
/// surname after an epithet ("Angry Williams", "Actor Foxx", "Teenager Tait"); the name is
/// the surname, which then joins the story's full name.
fn headline_epithet(text: &str, toks: &[Tok], out: &mut [M]) {
    let Some(&first) = out.first() else {
        return;
    };
    if first.ty != Type::Per
        || first.start != 0
        || first.end != 2
        || toks[0].gaz & bit::GIVEN != 0
        || !headed(text, toks)
    {
        return;
    }
    let (epithet, surname) = (toks[0].lower, toks[1].lower);
    let rest = &out[1..];
    let elsewhere = rest
        .iter()
        .any(|m| toks[m.start..m.end].iter().any(|t| t.lower == epithet));
    let full_name = rest
        .iter()
        .any(|m| m.ty == Type::Per && m.end - m.start >= 2 && toks[m.end - 1].lower == surname);
    if full_name && !elsewhere {
        out[0].start = 1;
        out[0].entry = None;
    }
}

/// "Jonathan Edwards believes Phillips Idowu can take gold … Idowu landed 17.30m": a
/// name of two or three capitalised words the tagger read as an organisation, with no
/// word of a company's name and unknown to the gazetteer, is a person's when its last
/// word stands alone as a person twice or more in the article.
fn people_by_surname(toks: &[Tok], out: &mut [M]) {
    let org_word = bit::ORG_SUFFIX | bit::ORG_KEY | bit::CONNECTOR | bit::LOC_KEY;
    // (nor a first word the gazetteer knows as anything but a given name, "Honeywell
    // Bull", "Paris Bourse", "Defence Caspar Weinberger", nor one opening a sentence, "If
    // Steam", "Rapper Eminem")
    let known = bit::ORG_B | bit::ORG_U | bit::LOC_B | bit::LOC_U | bit::DEMONYM | bit::TITLE;
    let known = known | bit::ROLE | bit::FUNC | bit::TIME | bit::DESCRIPTOR | bit::ROLE_MOD;
    let candidate = |m: &M| {
        m.ty == Type::Org
            && m.entry.is_none()
            && (2..=3).contains(&(m.end - m.start))
            && toks[m.start].gaz & known == 0
            && toks[m.start..m.end].iter().all(|t| {
                t.has(flag::WORD)
                    && t.has(flag::INIT_CAP)
                    && !t.has(flag::ALL_CAPS)
                    && !t.has(flag::FIRST)
                    && t.gaz & org_word == 0
            })
    };
    if !out.iter().any(candidate) {
        return;
    }
    let alone = first_words(toks, out, |m| m.ty == Type::Per && m.end - m.start == 1);
    for k in 0..out.len() {
        if candidate(&out[k]) {
            let last = toks[out[k].end - 1].lower;
            if count_sorted(&alone, last) >= 2 {
                out[k].ty = Type::Per;
            }
        }
    }
}

/// "missed by full-back Roland De Marigny … a De Marigny penalty", "Carlo De Benedetti …
/// De Benedetti said": a name of two or more words (up to [`MAX_SURNAME`]) read as an
/// organisation or a place, unknown to the gazetteer and with no word of either's name,
/// is a person's when a longer name of a person of the article, opening with a given
/// name, ends in the same words (a surname of several).
fn compound_surnames(toks: &[Tok], out: &mut [M]) {
    let body_word = bit::ORG_SUFFIX | bit::ORG_KEY | bit::LOC_KEY | bit::LOC_HEAD;
    let candidate = |m: &M| {
        m.ty != Type::Per
            && m.entry.is_none()
            && (2..=MAX_SURNAME).contains(&(m.end - m.start))
            && toks[m.start..m.end]
                .iter()
                .all(|t| t.has(flag::WORD) && t.gaz & body_word == 0)
    };
    if !out.iter().any(candidate) {
        return;
    }
    // The last words of the people's names that open with a given name, and the first
    // words of the organisations' names (each name's shorter ends, indexed once).
    let (mut endings, mut openings) = (Vec::new(), Vec::new());
    for m in out.iter() {
        let len = m.end - m.start;
        for n in 2..len.min(MAX_SURNAME + 1) {
            if m.ty == Type::Per && toks[m.start].gaz & bit::GIVEN != 0 {
                endings.push(surface(&toks[m.end - n..m.end]));
            } else if m.ty == Type::Org {
                openings.push(surface(&toks[m.start..m.start + n]));
            }
        }
    }
    endings.sort_unstable();
    openings.sort_unstable();
    for m in out.iter_mut() {
        if candidate(m) {
            let words = surface(&toks[m.start..m.end]);
            // (not the short form of an organisation's longer name: "Outboard Marine" of
            // "Outboard Marine Corp", beside a misread "An Outboard Marine")
            if endings.binary_search(&words).is_ok() && openings.binary_search(&words).is_err() {
                m.ty = Type::Per;
            }
        }
    }
}

/// The most words of a surname of several ([`compound_surnames`]).
const MAX_SURNAME: usize = 4;

/// The lowercase hashes of the first words of the mentions `keep` selects, sorted
/// (repeats kept).
fn first_words(toks: &[Tok], out: &[M], keep: impl Fn(&M) -> bool) -> Vec<u64> {
    let mut words: Vec<u64> = out
        .iter()
        .filter(|m| keep(m))
        .map(|m| toks[m.start].lower)
        .collect();
    words.sort_unstable();
    words
}

/// "a Reuter survey shows", "REUTER" signing off: a news agency's name alone is an
/// organisation, unless a person of the article has it as a surname ("Stefan Reuter").
fn wire_services(text: &str, toks: &[Tok], out: &mut [M]) {
    let agency = |m: &M| {
        m.ty != Type::Org
            && m.end - m.start == 1
            && super::gazetteer::wire_service(toks[m.start].span().slice(text))
    };
    if !out.iter().any(agency) {
        return;
    }
    let surnames = surnames(toks, out);
    for m in out.iter_mut() {
        if agency(m) && surnames.binary_search(&toks[m.start].lower).is_err() {
            m.ty = Type::Org;
            m.entry = None;
        }
    }
}

/// The lowercase hashes of the last words of the people's names of more than one word
/// (their surnames), sorted.
fn surnames(toks: &[Tok], out: &[M]) -> Vec<u64> {
    let mut v: Vec<u64> = out
        .iter()
        .filter(|p| p.ty == Type::Per && p.end - p.start > 1)
        .map(|p| toks[p.end - 1].lower)
        .collect();
    v.sort_unstable();
    v
}

/// Is `t` a noun that a name before it modifies ("administration" of "the Obama
/// administration"): a word in lower case, no function word, no verb in -s or -ed.
fn modifies(text: &str, t: &Tok) -> bool {
    let w = t.span().slice(text);
    t.has(flag::WORD)
        && !t.has(flag::HAS_UPPER)
        && t.gaz & bit::FUNC == 0
        && !w.ends_with("ed")
        && (!w.ends_with('s') || w.ends_with("ss"))
}

/// "the Bible", "the Bourse", "the Museum": a one-word "person" after "the" in lower case,
/// at the end of its phrase, is no person (a title or a given name is: "the Pope", "the
/// Donald"; one before a noun names whose it is: "the Obama administration"), unless it
/// is the surname of a person of the article, or their family's ("the Clintons").
fn the_one_word_person(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let lone = |m: &M| {
        m.ty == Type::Per
            && m.end - m.start == 1
            && m.start >= 1
            && is_the(&toks[m.start - 1])
            && !toks[m.start - 1].has(flag::INIT_CAP)
            && toks[m.start].gaz & (bit::GIVEN | bit::TITLE) == 0
            // (a plural names a family or a band: "the Clintons", "the Bradys")
            && !toks[m.start].span().slice(text).ends_with('s')
            && !toks.get(m.end).is_some_and(|t| modifies(text, t))
    };
    if !out.iter().any(lone) {
        return;
    }
    let surnames = surnames(toks, out);
    let surname = |m: &M| {
        let w = toks[m.start].span().slice(text);
        let family = w.strip_suffix('s').map(super::features::lower_hash);
        [Some(toks[m.start].lower), family]
            .into_iter()
            .flatten()
            .any(|h| surnames.binary_search(&h).is_ok())
    };
    out.retain(|m| !lone(m) || surname(m));
}

/// May mention `m` be two names the tagger read as one organisation ([`split_coordinated`],
/// [`comma_joined`])? An organisation's name of three tokens or more that the gazetteer
/// does not know as a whole.
fn joins_names(m: &M) -> bool {
    m.ty == Type::Org && m.entry.is_none() && m.end - m.start >= 3
}

/// Replaces, in order, each mention that may be two names read as one ([`joins_names`])
/// by the one or two mentions `split` makes of it (`None`: it stays); the first of them is
/// looked at again when `split` says so (the rest of a list: "A, B and C").
fn split_names(out: &mut Vec<M>, mut split: impl FnMut(&M) -> Option<(M, Option<M>, bool)>) {
    let mut k = 0;
    while k < out.len() {
        let m = out[k];
        let Some((first, second, again)) = joins_names(&m).then(|| split(&m)).flatten() else {
            k += 1;
            continue;
        };
        out[k] = first;
        if let Some(second) = second {
            out.insert(k + 1, second);
        }
        if !again {
            k += 1 + usize::from(second.is_some());
        }
    }
}

/// "Deutsche Bank Securities and Goldman Sachs Asset Management": an organisation the
/// tagger read across "and", "&" or a comma, where a known organisation's name opens both
/// sides (not "Procter and Gamble", "Marks & Spencer", "Merrill Lynch, Pierce, Fenner &
/// Smith"), is two or more.
fn split_coordinated(text: &str, toks: &[Tok], gaz: &[GazMatch], lex: &Lexicon, out: &mut Vec<M>) {
    let known_org =
        |g: &GazMatch| lex.entries[lex.phrases[g.phrase as usize].entry as usize].kind == Kind::Org;
    let opens = |a: usize, b: usize| {
        let i = gaz.partition_point(|g| g.start < a);
        gaz[i..]
            .iter()
            .take_while(|g| g.start == a)
            .any(|g| g.end <= b && known_org(g))
    };
    split_names(out, |m| {
        // (the last "and" or comma of a list: "Bank of Japan, Federal Reserve Board and
        // Bank of England"; the part before it is looked at again)
        let j = (m.start + 1..m.end - 1).rev().find(|&j| {
            matches!(toks[j].span().slice(text), "and" | "&" | ",") && opens(j + 1, m.end)
        })?;
        if !opens(m.start, j) {
            return None;
        }
        let part = |a: usize, b: usize| M {
            start: a,
            end: b,
            ty: Type::Org,
            entry: entry_of(lex, &toks[a..b]).map(|e| e.0),
        };
        Some((part(m.start, j), Some(part(j + 1, m.end)), true))
    });
}

/// A stock ticker in angle brackets right after token `end - 1`, as wire copy writes one
/// after a company's name ("Salomon Inc <SB>", "KUBOTA LTD
/// <KUB.T>"): the index of the ticker's token.
pub(crate) fn ticker_after(text: &str, toks: &[Tok], end: usize) -> Option<usize> {
    if end == 0 || end + 2 >= toks.len() {
        return None;
    }
    let is = |i: usize, s: &str| toks[i].chars == 1 && toks[i].span().slice(text) == s;
    if !is(end, "<") {
        return None;
    }
    let gap = between(text, toks, end);
    let t = toks[end + 1].span().slice(text);
    let shape = (1..=10).contains(&t.len())
        && t.bytes().any(|b| b.is_ascii_uppercase())
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.');
    // (on the same line, or the next one where wire copy is wrapped: "PS Group
    // Inc\n<PSG>"; not after a headline)
    let lines = gap.bytes().filter(|&b| b == b'\n').count();
    let near = lines == 0 || lines == 1 && !toks[end - 1].has(flag::CAPS_LINE);
    (is(end + 2, ">") && shape && near).then_some(end + 1)
}

/// Is mention `m` a ticker in angle brackets after another name (see [`ticker_after`])?
pub(crate) fn is_ticker(text: &str, toks: &[Tok], m: &M) -> bool {
    m.end - m.start == 1 && m.start >= 2 && ticker_after(text, toks, m.start - 1) == Some(m.start)
}

/// A name followed by a stock ticker is a company's, and the ticker is a mention of it.
/// In a line of capitals, where the tagger may find only part of the name or none of it
/// ("BARNETT BANKS OF FLORIDA <BBF>"), the name is the longest run of words before the
/// ticker that the article also writes as the start of an organisation's name ("Barnett
/// Banks of Florida Inc").
fn tickers(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    const MAX_RUN: usize = 8;
    // (most articles have no angle bracket at all)
    if !text.contains('<') {
        return;
    }
    let mut found: Vec<M> = Vec::new();
    // The organisation mentions by their first word (made when first needed).
    let mut orgs_by_first: Vec<(u64, usize)> = Vec::new();
    let mut indexed = false;
    for p in 1..toks.len() {
        if !toks[p - 1].has(flag::CAPS_LINE) || ticker_after(text, toks, p).is_none() {
            continue;
        }
        if !indexed {
            indexed = true;
            orgs_by_first.extend(
                out.iter()
                    .enumerate()
                    .filter(|(_, m)| m.ty == Type::Org)
                    .map(|(k, m)| (toks[m.start].lower, k)),
            );
            orgs_by_first.sort_unstable();
        }
        // The run of words (and "&") on the ticker's line before it.
        let mut k = p;
        while k > 0 && p - k < MAX_RUN {
            let t = &toks[k - 1];
            let word = t.has(flag::WORD) || t.chars == 1 && t.lower == WORDS.amp;
            if !word || break_before(text, toks, k) {
                break;
            }
            k -= 1;
        }
        // The longest part of it that starts an organisation's name elsewhere.
        let starts_org = |a: usize| {
            let first = toks[a].lower;
            let from = orgs_by_first.partition_point(|e| e.0 < first);
            orgs_by_first[from..]
                .iter()
                .take_while(|e| e.0 == first)
                .any(|&(_, k)| {
                    let m = &out[k];
                    m.start != a
                        && m.end - m.start >= p - a
                        && (0..p - a).all(|d| toks[m.start + d].lower == toks[a + d].lower)
                })
        };
        if let Some(a) = (k..p).find(|&a| toks[a].has(flag::WORD) && starts_org(a)) {
            found.push(M {
                start: a,
                end: p,
                ty: Type::Org,
                entry: None,
            });
        }
    }
    if !found.is_empty() {
        // The run replaces what the tagger found inside it. (The runs are in order of
        // their ends: the first run ending after a mention is the only one that may
        // overlap it, unless it starts past the mention.)
        out.retain(|m| {
            let k = found.partition_point(|f| f.end <= m.start);
            found.get(k).is_none_or(|f| f.start >= m.end)
        });
        out.append(&mut found);
        out.sort_by_key(|m| m.start);
    }
    // The ticker is a mention of the company too, found by the tagger or not.
    let n = out.len();
    for i in 0..n {
        let m = &mut out[i];
        if is_ticker(text, toks, m) {
            m.ty = Type::Org;
        } else if let Some(t) = ticker_after(text, toks, m.end) {
            m.ty = Type::Org;
            let taken = out.get(i + 1).is_some_and(|x| x.start == t);
            if !taken {
                out.push(M {
                    start: t,
                    end: t + 1,
                    ty: Type::Org,
                    entry: None,
                });
            }
        }
    }
    if out.len() > n {
        out.sort_by_key(|m| m.start);
    }
}

/// Verbs of saying right before or after a name: a person's (or an organisation's) voice.
const SAYS: &[&str] = &["said", "says", "told", "added", "asked", "wrote", "tweeted"];

/// Does a verb of saying stand right before or after mention `m` ("Commander Oscar told")?
fn speaks(text: &str, toks: &[Tok], m: &M) -> bool {
    let word = |i: usize| toks.get(i).map_or("", |t| t.span().slice(text));
    SAYS.contains(&word(m.end)) || m.start > 0 && SAYS.contains(&word(m.start - 1))
}

/// "He told BBC One's Breakfast with Frost programme", "Radio 4's Today programme": the
/// capitalised words between a broadcaster's possessive and a noun for a broadcast work
/// ("programme", "show", "series": `data/programme_nouns.txt`) are the work's title, no
/// one's name (not a company's units: "Sony's Columbia and TriStar film units").
fn programmes(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let mut titles: Vec<(usize, usize)> = Vec::new();
    for k in 1..out.len() {
        let (owner, m) = (out[k - 1], out[k]);
        if owner.ty != Type::Org
            || owner.end + 1 != m.start
            || !toks[owner.end].has(flag::POSS)
            || toks[owner.end].start != toks[owner.end - 1].end
        {
            continue;
        }
        // (capitalised words and the small words between them, up to six)
        let mut e = m.start;
        while e < toks.len()
            && e < m.start + 6
            && (cap_word(&toks[e]) || toks[e].gaz & (bit::CONNECTOR | bit::FUNC) != 0)
        {
            e += 1;
        }
        if e > m.start
            && e < toks.len()
            && cap_word(&toks[e - 1])
            && super::gazetteer::programme_noun(toks[e].span().slice(text))
        {
            titles.push((m.start, e));
        }
    }
    if !titles.is_empty() {
        out.retain(|m| !titles.iter().any(|&(a, b)| a <= m.start && m.end <= b));
    }
}

/// Names of laws and bills ("the Mental Capacity Bill", "the Clean Air Act", "Kill Bill")
/// name no organisation, person or place, unless the gazetteer knows the name ("Buffalo
/// Bills"). A name of one word is a person's ("Bill"), unless it is the law's word alone
/// (see `lone_law` below). Nor do the names in a treaty's
/// (`data/treaty_heads.txt`): before its noun ("the Louvre Accord", "the Paris
/// Agreement") or after it and "of" or "on" ("the Treaty of Rome", "the European
/// Convention on Human Rights"), unless the treaty names a body.
fn laws(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    // A body named as a treaty is an organisation, named in full ("the General Agreement
    // on Tariffs and Trade": `data/treaty_bodies.txt`).
    let mut grew = false;
    for m in out.iter_mut() {
        let word = |j: usize| toks[j].span().slice(text);
        if m.start >= 3
            && !toks[m.start - 1].has(flag::HAS_UPPER)
            && super::gazetteer::treaty_head(word(m.start - 2))
            && super::gazetteer::treaty_body(&format!(
                "{} {} {}",
                word(m.start - 3),
                word(m.start - 2),
                word(m.start - 1)
            ))
        {
            m.start -= 3;
            m.ty = Type::Org;
            m.entry = None;
            grew = true;
            // (through "and" and a word in capitals the tagger left out: "Tariffs and
            // Trade")
            if toks.get(m.end).is_some_and(|t| t.lower == WORDS.and)
                && toks.get(m.end + 1).is_some_and(cap_word)
            {
                m.end += 2;
            }
        }
    }
    // (a name the tagger read inside the words taken in goes)
    if grew {
        disjoint(out);
    }
    let treaty = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.has(flag::INIT_CAP) && super::gazetteer::treaty_head(t.span().slice(text))
        })
    };
    let law =
        |m: &M| m.entry.is_none() && super::gazetteer::law_head(toks[m.end - 1].span().slice(text));
    // A law's word alone ("Bill") is the law's, not a person's, after a determiner and a
    // few words that qualify it ("its ID cards Bill", "the hunting Bill", "the Bill"), or
    // in an article that names laws so ("the Gambling Bill") and nobody in full by it
    // ("Bill Gates").
    let lone_law = {
        let law_word =
            |t: &Tok| t.has(flag::INIT_CAP) && super::gazetteer::law_head(t.span().slice(text));
        // (a law's word after a capitalised word of its name, "Gambling Bill")
        let named_law = move |i: usize| {
            i > 0
                && law_word(&toks[i])
                && cap_word(&toks[i - 1])
                && toks[i - 1].gaz & bit::TITLE == 0
                && !toks[i - 1].has(flag::FIRST)
                && !law_determiner(toks[i - 1].lower)
                && !break_before(text, toks, i)
        };
        // (the words of the article's laws and the given names of its people in full,
        // found only when some mention is a law's word alone)
        let lone = out
            .iter()
            .any(|m| m.end - m.start == 1 && m.entry.is_none() && law_word(&toks[m.start]));
        let (mut heads, given): (Vec<u64>, Vec<u64>) = if lone {
            let heads = (1..toks.len())
                .filter(|&i| named_law(i))
                .map(|i| toks[i].lower)
                .collect();
            let given = out
                .iter()
                .filter(|m| m.ty == Type::Per && m.end - m.start > 1)
                .map(|m| toks[m.start].lower)
                .collect();
            (heads, given)
        } else {
            Default::default()
        };
        heads.sort_unstable();
        heads.dedup();
        move |m: &M| {
            // (not one of a list of given names: "the Bill, Hillary and Chelsea Clinton
            // Foundation")
            let listed = toks
                .get(m.end)
                .is_some_and(|t| t.lower == WORDS.comma || t.lower == WORDS.and)
                && toks
                    .get(m.end + 1)
                    .is_some_and(|t| t.gaz & bit::GIVEN != 0 && title_word(t));
            if m.end - m.start != 1 || !law(m) || listed {
                return false;
            }
            let w = toks[m.start].lower;
            let mut j = m.start;
            let mut determined = false;
            while j > 0 && m.start - j <= 3 {
                let t = &toks[j - 1];
                if t.has(flag::POSS)
                    || (!t.has(flag::HAS_UPPER) || t.has(flag::FIRST)) && law_determiner(t.lower)
                {
                    determined = true;
                    break;
                }
                if !(t.has(flag::WORD)
                    && (t.has(flag::ALL_CAPS) || !t.has(flag::HAS_UPPER))
                    && t.gaz & bit::FUNC == 0)
                {
                    break;
                }
                j -= 1;
            }
            determined
                || named_law(m.start)
                || heads.binary_search(&w).is_ok() && !given.contains(&w)
        }
    };
    out.retain(|m| {
        let before = treaty(m.end) && !break_before(text, toks, m.end);
        let after = m.start >= 2 && is_of_or_on(&toks[m.start - 1]) && treaty(m.start - 2);
        !before && !after && (m.end - m.start < 2 || !law(m)) && !lone_law(m)
    });
}

/// Is the word of lower-case hash `lower` a determiner before a law's name ("the", "its",
/// "this")? (Not "his" or "her": "her husband Bill".)
fn law_determiner(lower: u64) -> bool {
    static D: std::sync::LazyLock<[u64; 5]> = std::sync::LazyLock::new(|| {
        ["the", "a", "its", "this", "that"].map(super::features::lower_hash)
    });
    D.contains(&lower)
}

/// Titles of works and names of products and vessels after the noun that says what they
/// are ("the comedy Sideways", "his album Innocent Man", "cholesterol drug Crestor", "the
/// tanker Exxon Valdez"), after a ship's prefix ("USS Cole") or before the noun of a
/// disease or a malicious program ("Alzheimer's disease", "the Santy worm") name no person,
/// organisation or place; nor do the article's other mentions of the same name ("Sideways
/// won again") or of a word of it ("Housewives" of "Desperate Housewives"), unless one
/// says something ("Crestor said"), or, for one word, a person of the article has a longer
/// name that holds it ("Ray" beside "Ray Charles").
fn works(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let lower_word = |t: &Tok| t.has(flag::WORD) && !t.has(flag::HAS_UPPER);
    let after_noun = |m: &M| {
        // A disease's, a pathogen's or a malicious program's name: "Alzheimer's disease",
        // "the Ebola virus", "the Santy worm"
        let mut j = m.end;
        if toks.get(j).is_some_and(|t| t.has(flag::POSS)) {
            j += 1;
        }
        if m.entry.is_none()
            && toks.get(j).is_some_and(|t| {
                lower_word(t) && super::gazetteer::thing_noun(t.span().slice(text))
            })
        {
            return true;
        }
        // A ship's name: "USS Cole", "the RMS Titanic" (the prefix in the name or before it)
        let prefix = |i: usize| super::gazetteer::ship_prefix(toks[i].span().slice(text));
        // (not a company's: "the USS Chemicals division", "RMS International Inc.")
        if (m.end - m.start > 1 && prefix(m.start)
            || m.start > 0
                && prefix(m.start - 1)
                && toks[m.start - 1].end + 1 == toks[m.start].start)
            && toks[m.start..m.end]
                .iter()
                .all(|t| t.gaz & (bit::ORG_KEY | bit::ORG_SUFFIX) == 0)
        {
            return m.entry.is_none();
        }
        let Some(mut n) = m.start.checked_sub(1) else {
            return false;
        };
        // In apposition: "the new impotence drug, Viagra, has …" (not a person's name,
        // nor after "of": "the director of the film, Vinod Pande,").
        let comma = |t: &Tok| t.chars == 1 && t.span().slice(text) == ",";
        if n > 0 && comma(&toks[n]) && toks.get(m.end).is_some_and(comma) {
            let of = toks[n.saturating_sub(4)..n - 1]
                .iter()
                .any(|t| t.span().slice(text) == "of");
            if of || toks[m.start].gaz & bit::GIVEN != 0 {
                return false;
            }
            n -= 1;
        }
        let before = n.checked_sub(1).map_or("", |b| toks[b].span().slice(text));
        // (not a name the gazetteer knows, nor one with a legal form: "the hit Disney
        // film", "a drug Upjohn Co has sold")
        let noun = toks[n].span().slice(text);
        // ("his role in Closer": a work after "in"; not a person's name, "a role in Mike
        // Nichols' Closer", nor a word before a noun, "a role in Gulf policy", nor a
        // place's or an organisation's, "a performance in North Florida")
        let role_in = noun == "in"
            && super::gazetteer::work_role(before)
            && toks[m.start].gaz & bit::GIVEN == 0
            && !toks[m.end - 1].has(flag::POSS)
            && toks
                .get(m.end)
                .is_none_or(|t| !t.has(flag::POSS) && !lower_word(t))
            && toks[m.start..m.end]
                .iter()
                .all(|t| t.gaz & (bit::LOC_U | bit::LOC_B | bit::ORG_U | bit::ORG_B) == 0);
        lower_word(&toks[n])
            && m.entry.is_none()
            && toks[m.end - 1].gaz & bit::ORG_SUFFIX == 0
            && !text[toks[n].end as usize..toks[m.start].start as usize].contains('\n')
            && (super::gazetteer::work_noun(before, noun) || role_in)
    };

    // (each mention tested once)
    let titled: Vec<bool> = out.iter().map(after_noun).collect();
    if !titled.contains(&true) {
        return;
    }
    let titles = || out.iter().zip(&titled).filter(|e| *e.1).map(|e| e.0);
    let mut names: Vec<u64> = titles().map(|m| surface(&toks[m.start..m.end])).collect();
    names.sort_unstable();
    let mut words: Vec<u64> = titles()
        .flat_map(|m| toks[m.start..m.end].iter().map(|t| t.lower))
        .collect();
    words.sort_unstable();
    let a_name = |m: &M| names.binary_search(&surface(&toks[m.start..m.end])).is_ok();
    let in_full = full_name_words(toks, out, |m| !a_name(m));
    let keep: Vec<bool> = out
        .iter()
        .zip(&titled)
        .map(|(m, &titled)| {
            let one = m.end - m.start == 1;
            let work = a_name(m) || one && words.binary_search(&toks[m.start].lower).is_ok();
            !work
                || !titled
                    && (speaks(text, toks, m)
                        || one && in_full.binary_search(&toks[m.start].lower).is_ok())
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Does a noun for a settlement, in lower case, and "of" stand before mention `m` ("the
/// town of Soweida"), or before the name that "and" joins to it ("the towns of Barentsburg
/// and Pyramiden")? (Not one after it: "CNN town hall", "Newcastle city centre".)
fn settled(text: &str, toks: &[Tok], m: &M) -> bool {
    let noun = |t: &Tok| {
        t.has(flag::WORD)
            && !t.has(flag::HAS_UPPER)
            && super::gazetteer::settlement_noun(t.span().slice(text))
    };
    let of = |a: usize| a >= 2 && toks[a - 1].lower == WORDS.of && noun(&toks[a - 2]);
    if of(m.start) {
        return true;
    }
    // The second of two: "the mining towns of Barentsburg and Pyramiden".
    if m.start < 2 || toks[m.start - 1].lower != WORDS.and {
        return false;
    }
    let mut a = m.start - 1;
    while a > 0
        && m.start - 1 - a < 3
        && toks[a - 1].has(flag::WORD)
        && toks[a - 1].has(flag::INIT_CAP)
    {
        a -= 1;
    }
    a < m.start - 1 && of(a)
}

/// A "person" that is all a quotation holds in at least half of the places it is named
/// ("his production of “Lohengrin”", "the success of “Titanic,”") is a title; its
/// mentions go, but for those that say something. (A nickname inside a name, "Ahmed
/// 'Mido' Hossam", and a name quoted now and then, "chants of “Trump”", are no titles.)
fn quoted_titles(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let quoted = |m: &M| {
        let (a, b) = (toks[m.start].start as usize, toks[m.end - 1].end as usize);
        // (the words beyond the marks)
        let nickname = || {
            m.start > 1
                && toks[m.start - 2].has(flag::INIT_CAP)
                && toks.get(m.end + 1).is_some_and(|t| t.has(flag::INIT_CAP))
                || alias_before(text, a)
        };
        m.ty == Type::Per
            && m.entry.is_none()
            && (toks[m.start].gaz & bit::GIVEN == 0 && quoted_whole(text, a, b) && !nickname()
                || possessive_title(text, toks, m))
    };
    let mut titles: Vec<u64> = out
        .iter()
        .filter(|m| quoted(m))
        .map(|m| surface(&toks[m.start..m.end]))
        .collect();
    if titles.is_empty() {
        return;
    }
    titles.sort_unstable();
    titles.dedup();
    // Of each such name: how often quoted whole, and how often named.
    let mut counts = vec![(0usize, 0usize); titles.len()];
    for m in out.iter() {
        if let Ok(k) = titles.binary_search(&surface(&toks[m.start..m.end])) {
            counts[k].0 += usize::from(quoted(m));
            counts[k].1 += 1;
        }
    }
    out.retain(|m| {
        titles
            .binary_search(&surface(&toks[m.start..m.end]))
            .map_or(true, |k| {
                2 * counts[k].0 < counts[k].1 || speaks(text, toks, m)
            })
    });
}

/// Is mention `m` the possessive that opens a quoted title ("“Angela's Ashes”",
/// "\"Schindler's List,\""): an opening mark right before it, then "'s" and up to six
/// words in capitals or function words in lower case, up to the closing mark?
fn possessive_title(text: &str, toks: &[Tok], m: &M) -> bool {
    let opened = text[..toks[m.start].start as usize]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '"' | '“' | '`'));
    if !opened || !toks.get(m.end).is_some_and(|t| t.has(flag::POSS)) {
        return false;
    }
    let word = |t: &Tok| {
        t.has(flag::WORD)
            && (t.has(flag::INIT_CAP) || t.gaz & bit::FUNC != 0 && !t.has(flag::HAS_UPPER))
    };
    let mut j = m.end + 1;
    while j < toks.len() && j < m.end + 7 && word(&toks[j]) {
        j += 1;
    }
    j > m.end + 1 && {
        let mut after = text[toks[j - 1].end as usize..].chars();
        let mut c = after.next();
        if matches!(c, Some(',' | '.')) {
            c = after.next();
        }
        matches!(c, Some('"' | '”'))
    }
}

/// Does the text before `at` (an opening quotation mark) end in words that give a
/// person's other name ("known as", "known online as", "nicknamed", "dubbed", "alias")?
fn alias_before(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let b = text[from..at]
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .as_bytes();
    let ends = |w: &str| {
        b.len() >= w.len()
            && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
            && (b.len() == w.len() || !b[b.len() - w.len() - 1].is_ascii_alphanumeric())
    };
    // ("known as", "known online as")
    ["nicknamed", "dubbed", "alias", "aka"]
        .into_iter()
        .any(ends)
        || ends("as")
            && (0..b.len().saturating_sub(5)).any(|i| {
                b[i..i + 6].eq_ignore_ascii_case(b"known ")
                    && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            })
}

/// Is `text[a..b]` all that a pair of quotation marks holds (with a comma or full stop
/// before the closing mark: “Titanic,”), after a space or an opening bracket?
fn quoted_whole(text: &str, a: usize, b: usize) -> bool {
    let open = |c: char| matches!(c, '"' | '“' | '‘' | '`' | '\'');
    let close = |c: char| matches!(c, '"' | '”' | '’' | '\'');
    let mut before = text[..a].chars().rev();
    let opened = before.next().is_some_and(open)
        && before
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['));
    let mut after = text[b..].chars().peekable();
    after.next_if(|&c| matches!(c, ',' | '.'));
    // (an apostrophe before a letter is none: "'Cozza's' eye")
    opened && after.next().is_some_and(close) && after.next().is_none_or(|c| !c.is_alphanumeric())
}

/// How many times `h` is in the sorted `list`.
fn count_sorted(list: &[u64], h: u64) -> usize {
    list.partition_point(|&x| x <= h) - list.partition_point(|&x| x < h)
}

/// The lower-case hashes of the words of the people the article names in full (of those
/// `include` takes), sorted: "Ray" of "Ray Charles".
fn full_name_words(toks: &[Tok], out: &[M], include: impl Fn(&M) -> bool) -> Vec<u64> {
    let mut words: Vec<u64> = out
        .iter()
        .filter(|m| m.ty == Type::Per && m.end - m.start > 1 && include(m))
        .flat_map(|m| toks[m.start..m.end].iter().map(|t| t.lower))
        .collect();
    words.sort_unstable();
    words
}

/// "In a speech to the Foreign Policy Centre Mr Straw said": a name read across an
/// honorific that is only ever written before a person's name ("Mr", "Mrs") is two: the
/// words before it, and the person after it.
fn honorifics_inside(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let inside = |m: &M| {
        (m.start + 1..m.end.saturating_sub(1)).find(|&h| {
            title_word(&toks[h + 1]) && super::gazetteer::opens_name(toks[h].span().slice(text))
        })
    };
    let mut k = 0;
    while k < out.len() {
        let m = out[k];
        k += 1;
        if m.entry.is_some() || m.end - m.start < 3 {
            continue;
        }
        if let Some(h) = inside(&m) {
            split_off_person(out, k - 1, h, h + 1);
            k += 1;
        }
    }
}

/// Cuts mention `k` at token `end` and puts after it a person from token `start` to the
/// mention's end (the words between, an honorific or a title, are neither's).
fn split_off_person(out: &mut Vec<M>, k: usize, end: usize, start: usize) {
    let m = out[k];
    out[k].end = end;
    out.insert(
        k + 1,
        M {
            start,
            end: m.end,
            ty: Type::Per,
            entry: None,
        },
    );
}

/// "Chairman of the Environmental Audit Committee Peter Ainsworth MP": a name read across
/// a body's key word ("Committee", "Court", "Council") and a given name after it (a title
/// between them is neither's), with a capitalised word and no word of an organisation's
/// name after that, is two: the body, and the person.
fn people_after_bodies(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let org_words = bit::ORG_KEY | bit::ORG_SUFFIX;
    // (the body's end and the person's start: a title between them is neither's, "Supreme
    // Court Justice Antonin Scalia"; a title is no given name, "County Justice Information
    // System")
    let inside = |m: &M| {
        (m.start + 1..m.end.saturating_sub(1)).find_map(|g| {
            let person = toks[g].gaz & bit::GIVEN != 0
                && toks[g].gaz & bit::TITLE == 0
                && title_word(&toks[g])
                && title_word(&toks[g + 1])
                && toks[g..m.end].iter().all(|t| t.gaz & org_words == 0)
                && !super::gazetteer::company_word(toks[m.end - 1].span().slice(text));
            let titled = g >= m.start + 2 && toks[g - 1].gaz & bit::TITLE != 0;
            let body_end = if titled { g - 1 } else { g };
            (person && toks[body_end - 1].gaz & bit::ORG_KEY != 0).then_some((body_end, g))
        })
    };
    let mut k = 0;
    while k < out.len() {
        let m = out[k];
        k += 1;
        if m.entry.is_some() || m.ty != Type::Org || m.end - m.start < 4 {
            continue;
        }
        if let Some((body_end, g)) = inside(&m) {
            split_off_person(out, k - 1, body_end, g);
            k += 1;
        }
    }
}

/// "Minister of State for Energy Alick Buchanan-Smith", "Secretary of Defense Caspar
/// Weinberger", "Minister of Industry and Trade Cahit Aral": a name read across the words of
/// a minister's portfolio ([`super::gazetteer::portfolio_word`]) after "Minister" or
/// "Secretary" and "of" or "for", and two to four capitalised words after them that are
/// neither portfolio words nor words of organisations' names nor written in lower case in
/// the article, is two: the portfolio (an organisation, as when it is
/// read alone) and the person. A portfolio read alone is an organisation, not a place
/// ("Minister of Industry"), and so is one read before the title, all its words ("Work
/// and Pensions" of "Work and Pensions Secretary Alan Johnson").
fn portfolio_people(text: &str, toks: &[Tok], lower_seen: &[u64], out: &mut Vec<M>) {
    let portfolio = |t: &Tok| title_word(t) && super::gazetteer::portfolio_word(t.lower);
    let minister = |t: &Tok| {
        title_word(t) && matches!(t.span().slice(text), "Minister" | "Secretary" | "Ministers")
    };
    let joint = |t: &Tok| t.lower == WORDS.and || t.lower == WORDS.amp;
    // (a title, then "of" or "for" and only portfolio words, "the" and joints up to `a`)
    let after_title = |a: usize| {
        let (mut j, mut of) = (a, false);
        while j > 0 && a - j < 8 {
            let t = &toks[j - 1];
            if minister(t) {
                return of;
            }
            if t.lower == WORDS.of || t.lower == WORDS.for_ {
                of = true;
            } else if !(portfolio(t) || joint(t) || t.lower == WORDS.the) {
                return false;
            }
            j -= 1;
        }
        false
    };
    // (where the person starts: after the portfolio's words, its last one a portfolio word)
    let split = |m: &M| {
        let mut g = m.start;
        while g < m.end && (portfolio(&toks[g]) || g > m.start && joint(&toks[g])) {
            g += 1;
        }
        while g > m.start && !portfolio(&toks[g - 1]) {
            g -= 1;
        }
        (g > m.start
            && (2..=4).contains(&(m.end - g))
            && toks[g..m.end].iter().all(|t| {
                title_word(t)
                    && !org_word(text, t)
                    && !portfolio(t)
                    && lower_seen.binary_search(&t.lower).is_err()
            }))
        .then_some(g)
    };
    let mut k = 0;
    while k < out.len() {
        let m = out[k];
        k += 1;
        if m.entry.is_some() || !after_title(m.start) {
            continue;
        }
        // ("Minister of Industry" read as a place)
        if toks[m.start..m.end].iter().all(portfolio) {
            out[k - 1].ty = Type::Org;
        } else if m.ty == Type::Org
            && let Some(g) = split(&m)
        {
            split_off_person(out, k - 1, g, g);
            k += 1;
        }
    }
    // "Work and Pensions Secretary Alan Johnson", "Culture, Media and Sport Secretary": a
    // portfolio the tagger read before its minister's title is the organisation too, all
    // its words ("Work" was a person, "Media and Sport" a broadcaster).
    let in_portfolio = |t: &Tok| portfolio(t) || joint(t) || t.lower == WORDS.comma;
    let mut changed = false;
    for m in out.iter_mut() {
        if m.entry.is_some() || !toks[m.start..m.end].iter().all(in_portfolio) {
            continue;
        }
        let mut j = m.end;
        while j < toks.len() && j < m.end + 4 && in_portfolio(&toks[j]) {
            j += 1;
        }
        if !toks
            .get(j)
            .is_some_and(|t| minister(t) && !t.has(flag::CAPS_LINE))
        {
            continue;
        }
        // (from its first portfolio word, to its last; a portfolio is a few words)
        let mut a = m.start;
        while a > 0 && m.start - a < 6 && in_portfolio(&toks[a - 1]) {
            a -= 1;
        }
        while a < m.start && !portfolio(&toks[a]) {
            a += 1;
        }
        *m = M {
            start: a,
            end: j,
            ty: Type::Org,
            entry: None,
        };
        changed = true;
    }
    if changed {
        disjoint(out);
    }
}

/// "Shigeki Matsumoto of Nikko Securities Co Ltd", "Leigh Stevens of PaineWebber Group
/// Inc": a name read across a person's name, "of" and a company's name ending in a legal
/// form is two, the person and the company, when the person's name is two or three
/// capitalised words with no word of organisations' names and a given name first (or a
/// surname the article names alone as a person's), and the company's starts with no place
/// ("General Motors of Canada Ltd", "Richardson Greenshields of Canada Ltd" stay).
fn people_of_firms(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let of_at =
        |m: &M| (m.start + 2..=m.start + 3).find(|&o| o < m.end && toks[o].lower == WORDS.of);
    let candidate = |m: &M| {
        m.ty == Type::Org
            && m.entry.is_none()
            && toks[m.end - 1].gaz & bit::ORG_SUFFIX != 0
            && of_at(m).is_some_and(|o| {
                m.end - o > 2
                    && toks[o + 1].gaz & (bit::LOC_B | bit::LOC_U) == 0
                    && toks[m.start..o]
                        .iter()
                        .all(|t| title_word(t) && !org_word(text, t))
            })
    };
    if !out.iter().any(candidate) {
        return;
    }
    let alone: Vec<u64> = out
        .iter()
        .filter(|n| n.ty == Type::Per && n.end - n.start == 1)
        .map(|n| toks[n.start].lower)
        .collect();
    let surname_alone = |lower: u64| alone.contains(&lower);
    let mut k = 0;
    while k < out.len() {
        let m = out[k];
        k += 1;
        if !candidate(&m) {
            continue;
        }
        let o = of_at(&m).expect("a candidate has 'of'");
        if toks[m.start].gaz & bit::GIVEN != 0 || surname_alone(toks[o - 1].lower) {
            out[k - 1].start = o + 1;
            out.insert(
                k - 1,
                M {
                    start: m.start,
                    end: o,
                    ty: Type::Per,
                    entry: None,
                },
            );
            k += 1;
        }
    }
}

/// "the Reagan Administration", "the Clinton Administration": a name before
/// "Administration" that is a person's (the tagger read the two as a person, or a person
/// of the article has it as surname) is that person, as "the Obama administration" is;
/// "the Federal Aviation Administration" stays an organisation.
fn administrations(text: &str, toks: &[Tok], out: &mut [M]) {
    let admin = |m: &M| {
        m.entry.is_none()
            && (2..=3).contains(&(m.end - m.start))
            && toks[m.end - 1].span().slice(text) == "Administration"
    };
    if !out.iter().any(admin) {
        return;
    }
    let mut people: Vec<u64> = out
        .iter()
        .filter(|m| m.ty == Type::Per && !admin(m))
        .map(|m| toks[m.end - 1].lower)
        .collect();
    people.sort_unstable();
    for m in out.iter_mut() {
        if admin(m)
            && (m.ty == Type::Per || people.binary_search(&toks[m.end - 2].lower).is_ok())
            && title_word(&toks[m.end - 2])
        {
            m.end -= 1;
            m.ty = Type::Per;
        }
    }
}

/// "South Korean Trade Minister Rha Woong Bae", "the group's chairman Li Ka-shing": a name
/// of two or three words in title case right after a title, that the gazetteer does not
/// know and that has no word of organisations' names, is a person's, though the tagger
/// read an organisation ("market leader Best Buy", "vice president Boeing" stay); so is
/// such a name of a title and a given name ("Queen Elizabeth II"; not after "the": "the
/// Queen Elizabeth", a ship).
fn titled_people(text: &str, toks: &[Tok], out: &mut [M]) {
    // (and a title then a given name read as one organisation: "Queen Elizabeth II")
    let regnal = |t: &Tok| super::gazetteer::name_suffix(t.span().slice(text));
    for m in out.iter_mut() {
        if m.ty == Type::Org
            && m.entry.is_none()
            && (2..=3).contains(&(m.end - m.start))
            && toks[m.start].gaz & bit::TITLE != 0
            && title_word(&toks[m.start])
            && (m.start == 0 || !is_the(&toks[m.start - 1]))
            && toks[m.start + 1].gaz & bit::GIVEN != 0
            && title_word(&toks[m.start + 1])
            && toks[m.start + 2..m.end]
                .iter()
                .all(|t| title_word(t) && !org_word(text, t) || regnal(t))
        {
            m.ty = Type::Per;
            continue;
        }
        if m.ty == Type::Org
            && m.entry.is_none()
            && (2..=3).contains(&(m.end - m.start))
            && title_before(toks, m.start)
            && !matches!(toks[m.start - 1].span().slice(text), "Leader" | "leader")
            && toks[m.start..m.end].iter().all(|t| {
                title_word(t) && t.gaz & (bit::LOC_U | bit::LOC_B) == 0 && !org_word(text, t)
            })
        {
            m.ty = Type::Per;
        }
    }
}

/// "an analyst with Hambrecht and Quist", "economist at L.F. Rothschild": after a person who
/// speaks for the firm they work at or with ([`super::gazetteer::market_analyst`]) and "at"
/// or "with", a name the tagger read as a person's is the firm's, with a partner's surname
/// after "and" ("Purvin and Gertz").
fn analysts_firms(toks: &[Tok], out: &mut Vec<M>) {
    let firm = |m: &M| {
        m.ty == Type::Per
            && m.entry.is_none()
            && m.start >= 2
            && (toks[m.start - 1].lower == WORDS.at || toks[m.start - 1].lower == WORDS.with)
            && super::gazetteer::market_analyst(toks[m.start - 2].lower)
    };
    if !out.iter().any(firm) {
        return;
    }
    let mut k = 0;
    while k < out.len() {
        if !firm(&out[k]) {
            k += 1;
            continue;
        }
        out[k].ty = Type::Org;
        let e = out[k].end;
        let partner = e + 1 < toks.len()
            && toks[e].lower == WORDS.and
            && title_word(&toks[e + 1])
            && toks[e + 1].gaz & bit::GIVEN == 0
            && toks.get(e + 2).is_none_or(|t| !title_word(t));
        // (a surname the tagger found alone, or no mention there)
        let next = out.get(k + 1).map(|n| (n.start, n.end));
        if partner && next.is_none_or(|(a, b)| a > e + 1 || (a, b) == (e + 1, e + 2)) {
            if next == Some((e + 1, e + 2)) {
                out.remove(k + 1);
            }
            out[k].end = e + 2;
        }
        k += 1;
    }
}

/// "1.28 billion H.K. Dlrs", "Nine Mths", "AT NINE PCT": a mention holding an abbreviation
/// of a unit, a scale or a table label ([`super::gazetteer::unit_abbreviation`]) names
/// nothing; one it opens is cut off ("Shr Royal Dutch Petroleum Co"), if more than a word
/// is left.
fn unit_abbreviations(toks: &[Tok], out: &mut Vec<M>) {
    let unit = |j: usize| super::gazetteer::unit_abbreviation(toks[j].lower);
    if !out.iter().any(|m| (m.start..m.end).any(unit)) {
        return;
    }
    out.retain_mut(|m| {
        if !unit(m.start) {
            return !(m.start..m.end).any(unit);
        }
        while m.start < m.end && unit(m.start) {
            m.start += 1;
        }
        // (what is left a name of more than one word: not "Tonnes" of "Mln Tonnes")
        m.end - m.start > 1 && !(m.start..m.end).any(unit)
    });
}

/// "the Freedom of Information Act", "Value Added Tax (VAT)", "the Common Agricultural
/// Policy", "the Marshall Plan": a name of several words ending in a word of a law, a
/// treaty, a tax, a plan or a measure is no organisation, person or place (nor is its
/// acronym in brackets after it), unless the gazetteer knows it or an organisation word
/// comes before that word ("National Commission on Dairy Policy").
fn measures(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let measure = |m: &M| {
        matches!(m.ty, Type::Org | Type::Per | Type::Loc)
            && m.entry.is_none()
            && m.end - m.start > 1
            && super::gazetteer::measure_head(toks[m.end - 1].span().slice(text))
            && toks[m.start..m.end - 1]
                .iter()
                .all(|t| t.gaz & bit::ORG_KEY == 0)
    };
    if !out.iter().any(measure) {
        return;
    }
    let mut drop = vec![false; out.len()];
    let mut acronyms = Vec::new();
    for k in 0..out.len() {
        if !measure(&out[k]) {
            continue;
        }
        drop[k] = true;
        // (its acronym right after it, "Value Added Tax (VAT)", wherever it is written)
        let e = out[k].end;
        if let Some(n) = out.get(k + 1)
            && n.start == e + 1
            && n.end == n.start + 1
            && toks[e].span().slice(text) == "("
            && toks.get(n.end).is_some_and(|t| t.span().slice(text) == ")")
        {
            acronyms.push(toks[n.start].word);
        }
    }
    let acronym =
        |m: &M| m.ty == Type::Org && m.end - m.start == 1 && acronyms.contains(&toks[m.start].word);
    let mut k = 0;
    out.retain(|m| {
        k += 1;
        let dropped = drop[k - 1] || acronym(m);
        !dropped
    });
}

/// The name of a body right before a role's head ("Chairman", "Secretary",
/// "Representative") keeps none of the role's words:
/// - a word of rank (`data/rank_words.txt`): "Federal Reserve Board Vice Chairman",
///   "Assistant Treasury Secretary", "Deputy State Department spokesman": a name that ends
///   in one ends before it, one that opens with one opens after it;
/// - a portfolio after a place's name: "U.S. Trade Representative Clayton Yeutter", "U.K.
///   Defence Secretary" are the place and the role's words, not an organisation "U.S.
///   Trade" (the tagger's reading): the name ends before the portfolio and is the place's
///   (not a word that also keys bodies' names: "New Hampshire Union Leader" is a
///   newspaper).
fn roles_after_bodies(toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let rank = |t: &Tok| t.has(flag::WORD) && super::gazetteer::rank_word(t.lower);
    let portfolio = |t: &Tok| {
        t.has(flag::WORD)
            && t.gaz & bit::ROLE_MOD != 0
            && t.gaz & bit::ORG_KEY == 0
            && !super::gazetteer::rank_word(t.lower)
    };
    for m in out.iter_mut() {
        if m.ty != Type::Org || m.end - m.start < 2 || !role_after(toks, m) {
            continue;
        }
        if rank(&toks[m.end - 1]) {
            m.end -= 1;
            m.entry = None;
        }
        if m.end - m.start > 1 && rank(&toks[m.start]) && role_after(toks, m) {
            m.start += 1;
            m.entry = None;
        }
        if m.end - m.start > 1
            && portfolio(&toks[m.end - 1])
            && role_after(toks, m)
            && let Some((e, strict)) = entry_of(lex, &toks[m.start..m.end - 1])
            && strict != Strict::FeatureOnly
            && matches!(lex.entries[e as usize].kind, Kind::Place | Kind::Country)
        {
            m.end -= 1;
            m.ty = Type::Loc;
            m.entry = Some(e);
        }
    }
}

/// Is the word right after mention `m` a role's head ("Chairman", "Secretary")?
fn role_after(toks: &[Tok], m: &M) -> bool {
    toks.get(m.end)
        .is_some_and(|t| t.gaz & bit::ROLE != 0 && t.has(flag::WORD))
}

/// "The Sound of Music", "Call of Duty", "It's Now or Never", "Diary of a Mad Black
/// Woman": a one-word "person" ending a run of words in title case with a small word
/// inside is a word of a title, not a name. Not when a word of the run is a role or title
/// ("Secretary of State Rice") or a name ("Brown to Blair"), nor when the word is a given
/// name or a word of a full name of the article.
fn title_words(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    const SMALL: &[&str] = &[
        "of", "or", "a", "an", "the", "in", "on", "to", "for", "at", "from",
    ];
    let one = |m: &M| {
        m.ty == Type::Per
            && m.end - m.start == 1
            && m.start > 1
            && toks[m.start].gaz & bit::GIVEN == 0
    };
    // Where the run of words in title case before `m` starts, when it is a title's: the
    // title's first word opens no sentence ("Officers of Korth", "Prior to Elian"), and the
    // name is no possessor ("to Hitler's Germany").
    let run = |m: &M| -> Option<usize> {
        if toks.get(m.end).is_some_and(|t| t.has(flag::POSS)) {
            return None;
        }
        let (mut j, mut small) = (m.start, false);
        while j > 0 && m.start - j < 8 && !break_before(text, toks, j) {
            let t = &toks[j - 1];
            if t.gaz & (bit::TITLE | bit::ROLE) != 0 {
                return None;
            }
            if t.has(flag::WORD) && !t.has(flag::HAS_UPPER) && SMALL.contains(&t.span().slice(text))
            {
                small = true;
            } else if cap_word(t) && !t.has(flag::FIRST) {
                if small {
                    return Some(j - 1);
                }
            } else {
                return None;
            }
            j -= 1;
        }
        None
    };
    let titled: Vec<(usize, usize)> = (0..out.len())
        .filter(|&k| one(&out[k]))
        .filter_map(|k| run(&out[k]).map(|a| (k, a)))
        .collect();
    if titled.is_empty() {
        return;
    }
    // (the words of people's full names: "Freedom for Elian" beside "Elian Gonzalez")
    let names = full_name_words(toks, out, |_| true);
    // (nor a run with a name in it: "the Netherlands to Arafat")
    let mut drop = vec![false; out.len()];
    for (k, a) in titled {
        let m = &out[k];
        let named = out.iter().any(|o| o.start < m.start && a < o.end);
        drop[k] = !named && names.binary_search(&toks[m.start].lower).is_err();
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// A one-word name the article often writes after an article or a possessive, at the
/// head of its phrase ("an Oscar for", "her second Oscar.", "the new Xbox,"), names a
/// thing, an award or a product, not a person: none of its mentions is a person's. Unless
/// a person of the article has the name ("Oscar Pistorius"), or it says or tells something
/// ("Obama said", beside "an Obama administration").
fn things_not_people(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    const BEFORE: &[&str] = &[
        "a", "an", "his", "her", "its", "their", "our", "my", "your", "new", "first", "second",
        "third", "fourth", "fifth",
    ];
    let word = |i: usize| toks.get(i).map_or("", |t| t.span().slice(text));
    let one = |m: &M| m.ty == Type::Per && m.end - m.start == 1;
    // (the name heads its phrase: "her second Oscar for", "the new Xbox,"; not "a
    // Clinton supporter", where it modifies a noun)
    const AFTER: &[&str] = &[
        "for", "of", "in", "at", "on", "with", "and", "or", "is", "was",
    ];
    let head = |i: usize| {
        toks.get(i)
            .is_none_or(|t| !t.has(flag::WORD) || t.has(flag::HAS_UPPER))
            || AFTER.contains(&word(i))
    };
    let thing = |m: &M| one(m) && m.start > 0 && BEFORE.contains(&word(m.start - 1)) && head(m.end);
    if !out.iter().any(thing) {
        return;
    }
    // Each word once, then its evidence over all the article's mentions.
    let mut words = first_words(toks, out, thing);
    words.dedup();
    // (one pass over the mentions for all the words: mentions, mentions as a thing, and
    // whether a person's full name has the word or a mention of it speaks)
    let mut evidence = vec![(0usize, 0usize, false); words.len()];
    for m in out.iter() {
        if m.ty == Type::Per && m.end - m.start > 1 {
            for t in &toks[m.start..m.end] {
                if let Ok(k) = words.binary_search(&t.lower) {
                    evidence[k].2 = true;
                }
            }
        }
        if one(m)
            && let Ok(k) = words.binary_search(&toks[m.start].lower)
            && !evidence[k].2
        {
            if speaks(text, toks, m) {
                evidence[k].2 = true;
            }
            evidence[k].0 += 1;
            evidence[k].1 += thing(m) as usize;
        }
    }
    // (a third of its mentions or more)
    let mut k = 0;
    words.retain(|_| {
        let (n, as_thing, person) = evidence[k];
        k += 1;
        !person && 3 * as_thing >= n
    });
    out.retain(|m| !(one(m) && words.binary_search(&toks[m.start].lower).is_ok()));
}

/// A member's seat: the name after "MP for", "MSP for", "MEP for" or "AM for", or before
/// "by-election", is a place (a constituency), with a second name joined by "and" ("MP for
/// Hornsey and Wood Green", "AM for Aberavon", "MP for West Ham", "the Hartlepool
/// by-election").
fn constituencies(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let word = |i: usize| toks.get(i).map_or("", |t| t.span().slice(text));
    let mut i = 0;
    while i < out.len() {
        let a = out[i].start;
        // (or a name before "by-election": "the Hartlepool by-election"; not an
        // organisation the gazetteer knows, "the Labour by-election campaign")
        let after = &text[toks[out[i].end - 1].end as usize..];
        let by_election = after.starts_with(" by")
            && ["by-election", "by-elections", "byelection", "byelections"]
                .iter()
                .any(|w| after[1..].starts_with(w))
            && out[i]
                .entry
                .is_none_or(|e| kind_type(lex.entries[e as usize].kind) == Type::Loc);
        let seat = by_election
            || a >= 2
                && toks[a - 1].chars == 3
                && word(a - 1) == "for"
                && matches!(word(a - 2), "MP" | "MSP" | "MEP" | "AM" | "MLA" | "TD");
        if seat {
            out[i].ty = Type::Loc;
            out[i].entry = None;
            // "… and Wood Green": the next name after "and" joins the seat.
            let e = out[i].end;
            let and = word(e) == "and";
            if and && let Some(n) = out.get(i + 1).filter(|n| n.start == e + 1) {
                out[i].end = n.end;
                out.remove(i + 1);
            } else if and && toks.get(e + 1).is_some_and(|t| t.has(flag::INIT_CAP)) {
                let mut b = e + 1;
                while b < toks.len() && toks[b].has(flag::INIT_CAP) && toks[b].has(flag::WORD) {
                    b += 1;
                }
                if out.get(i + 1).is_none_or(|n| n.start >= b) {
                    out[i].end = b;
                }
            }
        }
        i += 1;
    }
}

/// Does a blank line lie between tokens `j - 1` and `j`?
fn blank_before(text: &str, toks: &[Tok], j: usize) -> bool {
    let gap = between(text, toks, j);
    gap.len() > 1 && crate::segment::blank_line(gap)
}

/// The text between tokens `j - 1` and `j`.
fn between<'t>(text: &'t str, toks: &[Tok], j: usize) -> &'t str {
    &text[toks[j - 1].end as usize..toks[j].start as usize]
}

/// Does the text open with a headline: a line break within its first forty tokens (after
/// the second)?
fn headed(text: &str, toks: &[Tok]) -> bool {
    (2..toks.len().min(40)).any(|j| break_before(text, toks, j))
}

/// Is token `start - 1` a title ("Mr", "Rep.", "President")?
fn title_before(toks: &[Tok], start: usize) -> bool {
    start > 0 && toks[start - 1].gaz & bit::TITLE != 0
}

/// Does a line break lie between tokens `j - 1` and `j`?
fn break_before(text: &str, toks: &[Tok], j: usize) -> bool {
    between(text, toks, j).contains('\n')
}

/// Names do not run across a blank line: the repairs above join words across punctuation
/// (", Inc.", "&"), which may lie in the next paragraph. Such a mention keeps its part up
/// to its last capitalised word before the break, or goes. (A sentence break is no such
/// bound: in wire copy one is often guessed wrong at a line break, "Hong\nKong".)
fn within_blocks(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    out.retain_mut(|m| {
        let Some(k) = (m.start + 1..m.end).find(|&k| blank_before(text, toks, k)) else {
            return true;
        };
        let Some(last) = (m.start..k).rev().find(|&j| cap_word(&toks[j])) else {
            return false;
        };
        m.end = last + 1;
        m.entry = None;
        true
    });
}

/// A one-word name opening its sentence or a quotation that the article also writes in
/// lower case and never capitalised inside a sentence ("Music piracy is …" beside "music
/// downloads") is the common word, not a name; unless the gazetteer knows it, or the
/// article writes names in lower case too ("venezuela", a known place: then case tells
/// nothing).
fn common_openers(
    text: &str,
    toks: &[Tok],
    cands: &[usize],
    lower_seen: &[u64],
    lex: &Lexicon,
    out: &mut Vec<M>,
) {
    let seen = |t: &Tok| lower_seen.binary_search(&t.lower).is_ok();
    // (also a word of a headline in capitals: "ACME SETS TWO-FOR-ONE STOCK SPLIT" beside
    // "the split")
    // (or opening a quotation: 'said: "Murder is the most serious of crimes"')
    // (not a word quoted alone: the journal “Building”)
    // (or opening the text after a dateline: "WASHINGTON, Feb 26 - Sugar imports ...",
    // "LONDON (Reuters) - Cocoa futures ...")
    let after_dateline = |i: usize| {
        i >= 2
            && matches!(toks[i - 1].span().slice(text), "-" | "–" | "—")
            && (toks[i - 2].has(flag::NUMBER) || toks[i - 2].span().slice(text) == ")")
    };
    let opens = |i: usize| {
        toks[i].has(flag::FIRST)
            || after_dateline(i)
            || i > 0
                && toks[i - 1].has(flag::OPENER)
                && !matches!(toks[i - 1].span().slice(text), "(" | "[")
                && !toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.span().slice(text), "\"" | "”" | "’" | "'"))
    };
    let opener = |m: &M| {
        let t = &toks[m.start];
        let headline = t.has(flag::CAPS_LINE) && t.has(flag::ALL_CAPS) && t.chars > 3;
        m.end - m.start == 1
            && (opens(m.start) && !t.has(flag::CAPS_LINE) || headline)
            && !t.has(flag::HAS_PERIOD)
            && seen(t)
    };
    // A name the gazetteer knows, unless it marks it as too ambiguous to take alone
    // ("~Mobile": "Mobile phones are …" beside "mobile").
    let known = |a: usize, b: usize| {
        entry_of(lex, &toks[a..b]).is_some_and(|(_, strict)| strict != Strict::FeatureOnly)
    };
    // (the article-wide test only when some name is in doubt; a known place also written
    // in lower case shows an article in lower case: "venezuela is seeking")
    if !out.iter().any(opener)
        || cands
            .iter()
            .any(|&j| toks[j].gaz & bit::LOC_U != 0 && seen(&toks[j]) && known(j, j + 1))
    {
        return;
    }
    // (capitalised inside a longer name of another kind does not count: "Music industry
    // bosses" beside "Sony Music"; inside one of its own kind it may be its short form:
    // "Commission" of "European Commission", "Arango" of "Luis Arango")
    let longer: Vec<(usize, usize, Type)> = out
        .iter()
        .filter(|m| m.end - m.start > 1)
        .map(|m| (m.start, m.end, m.ty))
        .collect();
    let in_other_name = |j: usize, ty: Type| {
        let i = longer.partition_point(|&(a, _, _)| a <= j);
        i > 0 && j < longer[i - 1].1 && longer[i - 1].2 != ty
    };
    out.retain(|m| {
        let t = &toks[m.start];
        !opener(m)
            || known(m.start, m.end)
            || cands.iter().any(|&j| {
                let u = &toks[j];
                u.lower == t.lower
                    && !opens(j)
                    && !u.has(flag::CAPS_LINE)
                    && !in_other_name(j, m.ty)
            })
    });
}

/// Is token `i` an adverb in "-ly" opening its sentence before a comma ("Additionally,",
/// "Obviously,"), not a given name or a name the gazetteer knows ("Kelly,", "Italy,")?
fn opening_adverb(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    t.has(flag::FIRST)
        && t.chars >= 5
        && t.gaz & (bit::GIVEN | bit::LOC_U | bit::LOC_B | bit::ORG_U | bit::ORG_B) == 0
        && t.span().slice(text).ends_with("ly")
        && toks.get(i + 1).is_some_and(|n| n.span().slice(text) == ",")
}

/// Is token `i` an ordinary word opening its sentence before a word in lower case or a
/// comma ([`super::gazetteer::opener`]: "Through their …", "Likewise, …")?
fn ordinary_opener(text: &str, toks: &[Tok], i: usize) -> bool {
    toks[i].has(flag::FIRST)
        && !toks[i].has(flag::CAPS_LINE)
        && toks.get(i + 1).is_some_and(|n| {
            n.has(flag::WORD) && !n.has(flag::HAS_UPPER) && n.gaz & bit::ORG_SUFFIX == 0
                || n.has(flag::POSS)
                || n.span().slice(text) == ","
        })
        && super::gazetteer::opener(toks[i].span().slice(text))
}

/// Does `word` join two capitalised words into one ("DaimlerChrysler", "PaineWebber",
/// "KeyCorp"), as company names do and surnames do not? A surname's prefix of up to three
/// letters does not count ("McIlroy", "DiCaprio", "MacAndrews", "LaTronica").
fn inner_capital(word: &str) -> bool {
    let b = word.as_bytes();
    let Some(i) =
        (1..b.len()).find(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
    else {
        return false;
    };
    let long =
        i > 3 || i == 3 && !matches!(&b[..3], b"Mac" | b"Van" | b"Von" | b"Del" | b"Dal" | b"Des");
    long && b[0].is_ascii_uppercase() && b[i..].iter().any(u8::is_ascii_lowercase)
}

/// "The" written with its capital inside a sentence is part of the name it starts ("a
/// column in The Halverton Courier", "play resumed at The Brackmoor"), and so is "THE"
/// before a name that makes a line of its own (a heading: "THE HALVERTON COURIER"): taken
/// in at the end, once types and gazetteer entries are settled on the name without it.
fn capital_the(text: &str, toks: &[Tok], out: &mut [M]) {
    let newline =
        |a: usize, b: usize| text[toks[a].end as usize..toks[b].start as usize].contains('\n');
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let a = m.start;
        let inside = a >= 2
            && toks[a - 1].has(flag::INIT_CAP)
            && toks[a - 1].has(flag::HAS_LOWER)
            && !toks[a - 1].has(flag::FIRST)
            && {
                // After a word in lower case or a comma ("and The", "reported, The"), not
                // after a colon or an opening quote (a title: "Lessons: The Life of").
                let p = &toks[a - 2];
                p.has(flag::WORD) && !p.has(flag::HAS_UPPER) && p.has(flag::HAS_LOWER)
                    || p.span().slice(text) == ","
            };
        let heading = a >= 1
            && toks[a - 1].has(flag::ALL_CAPS)
            && (a == 1 || newline(a - 2, a - 1))
            && (m.end == toks.len() || newline(m.end - 1, m.end));
        if a > prev_end && is_the(&toks[a - 1]) && (inside || heading) {
            m.start -= 1;
        }
        prev_end = m.end;
    }
}

/// "Halverton, Westmark": a place, a comma and a country are two places (the city, then
/// its country), even where the gazetteer or the tagger reads them as one name.
fn city_country(toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let comma = WORDS.comma;
    let mut i = 0;
    while i < out.len() {
        let m = out[i];
        let split = (m.ty == Type::Loc)
            .then(|| (m.start + 1..m.end.saturating_sub(1)).find(|&k| toks[k].lower == comma))
            .flatten()
            .filter(|&k| {
                entry_of(lex, &toks[k + 1..m.end])
                    .is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Country)
            });
        if let Some(k) = split {
            split_mention(toks, lex, out, i, k);
        }
        i += 1;
    }
}

/// "Englewood, Colo, into receivership", "Madill, Okla., failed": an abbreviation of a US
/// state ([`super::gazetteer::state_abbreviation`]) after a place (or a capitalised word)
/// and a comma, and before punctuation, is a place, whatever the tagger read ("Colo" as a
/// person) or missed; so is the town before it when the tagger read a person or nothing
/// there.
fn town_states(text: &str, toks: &[Tok], cands: &[usize], lex: &Lexicon, out: &mut Vec<M>) {
    let comma = WORDS.comma;
    let state = |j: usize| {
        j >= 2
            && toks[j - 1].lower == comma
            && cap_word(&toks[j - 2])
            && toks[j].chars <= 5
            && toks.get(j + 1).is_none_or(|t| !t.has(flag::WORD))
            && super::gazetteer::state_abbreviation(toks[j].span().slice(text))
    };
    let mut added = Vec::new();
    for &j in cands {
        if !state(j) {
            continue;
        }
        let k = out.partition_point(|m| m.end <= j);
        match out.get(k).filter(|m| m.start <= j) {
            // (the state's entry when the gazetteer knows the abbreviation: "Okla." is
            // Oklahoma)
            Some(m) if (m.start, m.end) == (j, j + 1) => {
                if m.ty != Type::Loc {
                    out[k] = M {
                        ty: Type::Loc,
                        entry: place_entry(lex, &toks[j..j + 1]),
                        ..out[k]
                    };
                }
            }
            Some(_) => continue,
            None => added.push(M {
                start: j,
                end: j + 1,
                ty: Type::Loc,
                entry: place_entry(lex, &toks[j..j + 1]),
            }),
        }
        // (the town before it: "Madill, Okla." read as a person, or missed)
        let town = j - 2;
        let before = k.checked_sub(1).map(|p| out[p]);
        match before.filter(|p| p.end == town + 1) {
            Some(p) if p.ty == Type::Per => out[k - 1].ty = Type::Loc,
            Some(_) => {}
            // (a place's name before the town's last word: "Palm Beach" of "Palm Beach
            // Gardens")
            None if before.is_some_and(|p| p.end == town && p.ty == Type::Loc)
                && title_word(&toks[town]) =>
            {
                out[k - 1].end = town + 1;
                out[k - 1].entry = None;
            }
            None => {
                // (its words in title case, none of an organisation's name: "Palm Beach
                // Gardens", not "Seaford Union Free School District")
                let mut a = town + 1;
                while a > town.saturating_sub(3)
                    && title_word(&toks[a - 1])
                    && !toks[a - 1].has(flag::FIRST)
                    && (a == town + 1 || !break_before(text, toks, a))
                    && (k == 0 || out[k - 1].end < a)
                {
                    a -= 1;
                }
                if a <= town && !toks[a..=town].iter().any(|t| org_word(text, t)) {
                    added.push(M {
                        start: a,
                        end: town + 1,
                        ty: Type::Loc,
                        entry: None,
                    });
                }
            }
        }
    }
    if !added.is_empty() {
        out.extend(added);
        disjoint(out);
    }
}

/// The gazetteer entry of exactly `toks` when it is a place's.
fn place_entry(lex: &Lexicon, toks: &[Tok]) -> Option<u32> {
    entry_of(lex, toks)
        .map(|e| e.0)
        .filter(|&e| kind_type(lex.entries[e as usize].kind) == Type::Loc)
}

/// Splits mention `i` of `out` around token `k` (a comma or "and") into two of its type,
/// each typed by the gazetteer anew.
fn split_mention(toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>, i: usize, k: usize) {
    let m = out[i];
    out[i].end = k;
    out[i].entry = entry_of(lex, &toks[m.start..k]).map(|e| e.0);
    out.insert(
        i + 1,
        M {
            start: k + 1,
            end: m.end,
            ty: m.ty,
            entry: entry_of(lex, &toks[k + 1..m.end]).map(|e| e.0),
        },
    );
}

/// Adds places the tagger missed: a run of capitalised words that begins or ends with a
/// geographic feature word ("River Tallow", "Brackmoor Fell", "Lake Como"), outside any
/// mention and not in a line of capitals, nor across a blank line.
fn geographic_names(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let the = WORDS.the;
    let word = |t: &Tok| t.has(flag::WORD) && t.has(flag::INIT_CAP) && !t.has(flag::CAPS_LINE);
    let mut added = false;
    let mut i = 0;
    while i < toks.len() {
        if !word(&toks[i]) {
            i += 1;
            continue;
        }
        let mut start = i;
        let mut end = i + 1;
        // Not across a blank line.
        while end < toks.len() && word(&toks[end]) && !blank_before(text, toks, end) {
            end += 1;
        }
        i = end;
        // "The River Tallow": the article is not part of the name.
        if toks[start].lower == the {
            start += 1;
        }
        // A leading feature word takes one name ("River Tallow", "Lake Como"), a trailing
        // one up to two ("Brackmoor Fell", "Rio Grande Valley"); longer runs are more
        // likely title-case headlines than names.
        let head = |t: &Tok| t.gaz & bit::LOC_HEAD != 0;
        let fits = match end - start {
            2 => head(&toks[start]) || head(&toks[end - 1]),
            3 => head(&toks[end - 1]),
            _ => false,
        };
        if !fits {
            continue;
        }
        if out.iter().any(|m| m.start < end && start < m.end) {
            continue;
        }
        out.push(M {
            start,
            end,
            ty: Type::Loc,
            entry: None,
        });
        added = true;
    }
    if added {
        disjoint(out);
    }
}

/// A headline in title case ("Clinton Hid Past Health Problems From Public, Former White
/// House Doctor Says") capitalises every word, so a name in it may have taken in its
/// neighbours ("Clinton Hid", "Former White House"). A name of the headline that the story
/// never writes, with a part that the story names ("Clinton", "White House"), is that part.
/// (The words left out are no given names, titles, words of organisations' or places'
/// names: "Maria Lopez", "Bristol City" and "Democratic Party" stay whole.)
fn title_case_headline(
    text: &str,
    toks: &[Tok],
    lower_seen: &[u64],
    lex: &Lexicon,
    out: &mut Vec<M>,
) {
    // The first line: four words or more, every word of four letters or more capitalised,
    // not all in capitals (and a headline's length: a text of one long line is read no
    // further than that).
    const HEADLINE_TOKENS: usize = 40;
    let Some(end) = (1..toks.len().min(HEADLINE_TOKENS + 1)).find(|&j| break_before(text, toks, j))
    else {
        return;
    };
    let words = || toks[..end].iter().filter(|t| t.has(flag::WORD));
    if words().count() < 4
        || words().all(|t| !t.has(flag::HAS_LOWER))
        || words().any(|t| t.chars >= 4 && !t.has(flag::INIT_CAP))
    {
        return;
    }
    // The story's names, and its people's surnames ("Clinton" of "Hillary Clinton").
    let mut written: Vec<(u64, Type)> = out
        .iter()
        .filter(|m| m.start >= end)
        .flat_map(|m| {
            let surname = (m.ty == Type::Per && m.end - m.start > 1)
                .then(|| (surface(&toks[m.end - 1..m.end]), m.ty));
            std::iter::once((surface(&toks[m.start..m.end]), m.ty)).chain(surname)
        })
        .collect();
    written.sort_unstable_by_key(|w| w.0);
    let find = |a: usize, b: usize| {
        let h = surface(&toks[a..b]);
        let i = written.partition_point(|w| w.0 < h);
        written.get(i).filter(|w| w.0 == h).map(|w| w.1)
    };
    let keep = bit::GIVEN
        | bit::TITLE
        | bit::ORG_SUFFIX
        | bit::ORG_KEY
        | bit::LOC_KEY
        | bit::LOC_HEAD
        | bit::ORG_B
        | bit::ORG_I
        | bit::ORG_L
        | bit::ORG_U
        | bit::LOC_B
        | bit::LOC_I
        | bit::LOC_L
        | bit::LOC_U;
    let droppable = |t: &Tok| t.gaz & keep == 0;
    let lower = |t: &Tok| lower_seen.binary_search(&t.lower).is_ok();
    let mut gone = false;
    for m in out.iter_mut() {
        if m.end > end || m.end - m.start < 2 || m.ty == Type::Loc || find(m.start, m.end).is_some()
        {
            continue;
        }
        // Words the story writes in lower case ("Minimum Wage", "Hateful Rhetoric"): no
        // name.
        if m.entry.is_none()
            && toks[m.start..m.end]
                .iter()
                .all(|t| droppable(t) && lower(t))
        {
            m.end = m.start;
            gone = true;
            continue;
        }
        // The longest part, ending or starting where the name does.
        let n = m.end - m.start;
        let part = (1..n).rev().find_map(|len| {
            let right = (m.start + len, m.end);
            let left = (m.start, m.start + len);
            [left, right].into_iter().find_map(|(a, b)| {
                let rest = toks[m.start..a].iter().chain(&toks[b..m.end]);
                let ty = find(a, b)?;
                rest.clone().all(droppable).then_some((a, b, ty))
            })
        });
        if let Some((a, b, ty)) = part {
            (m.start, m.end, m.ty) = (a, b, ty);
            m.entry = entry_of(lex, &toks[a..b]).map(|e| e.0);
        }
    }
    if gone {
        out.retain(|m| m.end > m.start);
    }
}

/// The index of the last token of person mention `m` that is a name: before a
/// generational suffix ("King" of "Martin Luther King Jr.").
pub(crate) fn last_name_token(text: &str, toks: &[Tok], m: &M) -> usize {
    let last = m.end - 1;
    if last > m.start
        && toks[last].chars <= 4
        && super::gazetteer::name_suffix(toks[last].span().slice(text))
    {
        last - 1
    } else {
        last
    }
}

/// "Martin Luther King Jr.", "Adam Clayton Powell III", "John Paul II": a generational
/// suffix or regnal number right after a person's name is part of it. So are "I", "V" and
/// "X" after a monarch's one name ("Queen Elizabeth I", "King Baudouin I born", "Pedro I
/// of Brazil"), after a monarch's title (`data/monarch_titles.txt`; with the name or before
/// it) or before "of" or the sentence's end.
fn generational_suffixes(text: &str, toks: &[Tok], out: &mut [M]) {
    // (short words only, before the lookup)
    let suffix =
        |j: usize| toks[j].chars <= 4 && super::gazetteer::name_suffix(toks[j].span().slice(text));
    let monarch = |j: usize| super::gazetteer::monarch_title(toks[j].span().slice(text));
    let regnal = |m: &M| {
        let j = m.end;
        let titled = m.end - m.start == 2 && monarch(m.start);
        (m.end - m.start == 1 || titled)
            && matches!(toks[j].span().slice(text), "I" | "V" | "X")
            && (titled
                || m.start > 0 && monarch(m.start - 1)
                || toks
                    .get(j + 1)
                    .is_none_or(|t| t.lower == WORDS.of || t.span().slice(text) == "."))
    };
    let found: Vec<usize> = (0..out.len())
        .filter(|&k| {
            let j = out[k].end;
            out[k].ty == Type::Per
                && j < toks.len()
                && between(text, toks, j) == " "
                && (suffix(j) || regnal(&out[k]))
        })
        .collect();
    if found.is_empty() {
        return;
    }
    // (not a token another mention holds; looked up among the mentions' sorted spans)
    let mut spans: Vec<(usize, usize)> = out.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    for k in found {
        let j = out[k].end;
        let before = spans.partition_point(|s| s.0 <= j);
        let held = spans[..before].iter().rev().take(4).any(|s| j < s.1);
        if !held {
            out[k].end = j + 1;
            out[k].entry = None;
        }
    }
}

/// Known bands are organisations ("Coldplay", "Franz Ferdinand"), whatever the tagger read
/// them as, and are added where it missed them ("from U2 frontman Bono", "In addition to
/// Green Day, …"); not after a title or inside a longer run of capitalised words
/// ("Archduke Franz Ferdinand", "The Abba Gold album"), nor across a line.
fn known_bands(text: &str, toks: &[Tok], cands: &[usize], out: &mut Vec<M>) {
    let cap_word = |i: usize| toks[i].has(flag::WORD) && toks[i].has(flag::INIT_CAP);
    let mut found: Vec<(usize, usize)> = Vec::new();
    // (the capitalised candidate words only)
    for &i in cands {
        if !super::gazetteer::music_group_head(toks[i].lower) {
            continue;
        }
        // (with the "The" before it first: "The Who", "from The Streets")
        let the = i > 0 && toks[i - 1].span().slice(text) == "The";
        let name_at = |i: usize| {
            let a = toks[i].start as usize;
            (i + 1..(i + 8).min(toks.len()) + 1).rev().find(|&j| {
                let name = &text[a..toks[j - 1].end as usize];
                !name.contains('\n') && super::gazetteer::music_group(name)
            })
        };
        let (i, j) = match the.then(|| name_at(i - 1)).flatten() {
            Some(j) => (i - 1, Some(j)),
            None => (i, name_at(i)),
        };
        let after_title = i > 0
            && (toks[i - 1].gaz & bit::TITLE != 0 || cap_word(i - 1) && !toks[i].has(flag::FIRST));
        if let Some(j) = j
            && !after_title
            && !(j < toks.len() && cap_word(j) && !between(text, toks, j).contains('\n'))
        {
            found.push((i, j));
        }
    }
    if found.is_empty() {
        return;
    }
    // (the mentions by span, with their index)
    let mut spans: Vec<(usize, usize, usize)> = out
        .iter()
        .enumerate()
        .map(|(k, m)| (m.start, m.end, k))
        .collect();
    spans.sort_unstable();
    let before = out.len();
    for (i, j) in found {
        let at = spans.partition_point(|s| (s.0, s.1) < (i, j));
        if let Some(&(a, b, k)) = spans.get(at)
            && (a, b) == (i, j)
        {
            out[k].ty = Type::Org;
            out[k].entry = None;
            continue;
        }
        // (a name the tagger read inside the band's gives way to it: "Zeppelin" of "Led
        // Zeppelin"; one running out of it keeps its place)
        let covered = spans[..at].iter().rev().take(4).any(|s| s.0 < i && s.1 > i)
            || spans[at..].iter().take_while(|s| s.0 < j).any(|s| s.1 > j);
        if !covered {
            out.push(M {
                start: i,
                end: j,
                ty: Type::Org,
                entry: None,
            });
        }
    }
    if out.len() > before {
        disjoint(out);
    }
}

/// "the League of Women Voters", "the Council of Mortgage Lenders": after "the", a word
/// that heads organisations' names ([`bit::ORG_KEY`]: "League", "Council", "Society"),
/// "of" and words in title case are one organisation's name, where the tagger found none
/// of it or only its end ("Women Voters"); not where a name runs into it from before, and
/// not past "and" ("the University of California and Dan Gillmor" are two).
fn bodies_of(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let title =
        |t: &Tok| t.has(flag::INIT_CAP) && !t.has(flag::CAPS_LINE) && t.gaz & bit::FUNC == 0;
    // Where the tagger's names start, and the tokens inside one past its first (marked
    // once, when a body is first met: one pass, whatever the number of bodies).
    let marks = std::cell::OnceCell::<(Vec<bool>, Vec<bool>)>::new();
    let marks = || {
        marks.get_or_init(|| {
            let (mut starts, mut inside) = (vec![false; toks.len()], vec![false; toks.len()]);
            for m in out.iter().filter(|m| m.start < m.end) {
                starts[m.start] = true;
                for x in inside.iter_mut().take(m.end).skip(m.start + 1) {
                    *x = true;
                }
            }
            (starts, inside)
        })
    };
    let mut found = Vec::new();
    for i in 1..toks.len().saturating_sub(2) {
        let head = &toks[i];
        if head.gaz & bit::ORG_KEY == 0
            || !title(head)
            || !is_the(&toks[i - 1])
            || toks[i + 1].lower != WORDS.of
            || !title(&toks[i + 2])
        {
            continue;
        }
        // (words in title case, up to a time word or another name the tagger found: not
        // "Saturday" of "the University of Rochester Saturday", nor "Clinton" of "the
        // Office of Immigrant Affairs Clinton set up", nor "London" after "the
        // Association of International Bond Dealers")
        let name_at = |j: usize| marks().0[j];
        let mut end = i + 3;
        while toks
            .get(end)
            .is_some_and(|t| title(t) && t.gaz & bit::TIME == 0 && !name_at(end))
        {
            end += 1;
        }
        let (a, b) = (head.start as usize, toks[end - 1].end as usize);
        let runs_in = marks().1[i];
        if text[a..b].contains('\n') || runs_in {
            continue;
        }
        let entry = entry_of(lex, &toks[i..end]).map(|(e, _)| e);
        found.push(M {
            start: i,
            end,
            ty: Type::Org,
            entry,
        });
    }
    if !found.is_empty() {
        out.extend(found);
        disjoint(out);
    }
}

/// "the 9th Circuit", "the 7th U.S. Circuit Court of Appeals", "the 3rd Infantry
/// Division", "the 4th Congressional District": an ordinal in digits before a run of
/// capitalised words on its line, one of which names a numbered body
/// (`data/numbered_units.tsv`), starts a name that runs to the end of the run or of the
/// name found there: an organisation's, or a place's for a district with no organisation
/// word.
fn numbered_units(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    // (a digit first, tested on the byte before the token is read: "7th", "101st")
    let bytes = text.as_bytes();
    let ordinal = |t: &Tok| {
        let w = &bytes[t.start as usize..t.end as usize];
        w.len() >= 3
            && matches!(&w[w.len() - 2..], b"st" | b"nd" | b"rd" | b"th")
            && w[..w.len() - 2].iter().all(u8::is_ascii_digit)
    };
    let mut found = Vec::new();
    for i in 0..toks.len().saturating_sub(1) {
        if !bytes
            .get(toks[i].start as usize)
            .is_some_and(u8::is_ascii_digit)
            || !ordinal(&toks[i])
        {
            continue;
        }
        // (the run ends with its last unit or organisation word: not "GOP" of "the 6th
        // Congressional District GOP")
        let (mut k, mut end) = (i + 1, None);
        let mut org = false;
        while k < toks.len() && k < i + 6 && cap_word(&toks[k]) && !break_before(text, toks, k) {
            match super::gazetteer::numbered_unit(toks[k].span().slice(text)) {
                Some(place) => {
                    end = Some(k + 1);
                    org |= !place;
                }
                None if toks[k].gaz & bit::ORG_KEY != 0 => {
                    end = end.map(|_| k + 1);
                    org = true;
                }
                None => {}
            }
            k += 1;
        }
        if let Some(k) = end {
            found.push((i, k, if org { Type::Org } else { Type::Loc }));
        }
    }
    if found.is_empty() {
        return;
    }
    for (a, mut b, mut ty) in found {
        // (a name found there runs on: "Circuit Court of Appeals")
        if let Some(m) = out.iter().find(|m| m.start < b && a < m.end) {
            if m.start < a + 1 {
                continue;
            }
            if m.end > b && m.ty == Type::Org {
                ty = Type::Org;
            }
            b = b.max(m.end);
        }
        out.retain(|m| !(m.start < b && a < m.end));
        out.push(M {
            start: a,
            end: b,
            ty,
            entry: None,
        });
    }
    disjoint(out);
}

/// "Theresa May", "Brian May": a month's name in title case right after a person's given
/// name, with no number after it (not "Obama May 5"), is the person's surname.
fn month_surnames(text: &str, toks: &[Tok], out: &mut [M]) {
    for k in 0..out.len() {
        let m = out[k];
        let e = m.end;
        let next_start = out.get(k + 1).map_or(usize::MAX, |n| n.start);
        if m.ty == Type::Per
            && toks[m.end - 1].gaz & bit::GIVEN != 0
            && e < toks.len()
            && next_start > e
            && toks[e].gaz & bit::TIME != 0
            && toks[e].has(flag::INIT_CAP)
            && !toks[e].has(flag::ALL_CAPS)
            && !between(text, toks, e).contains('\n')
            && toks.get(e + 1).is_none_or(|t| !t.has(flag::NUMBER))
            && ["May", "June", "April", "August"].contains(&toks[e].span().slice(text))
        {
            out[k].end = e + 1;
            out[k].entry = None;
        }
    }
}

/// Is token `i`, a calendar word that is a person's surname in the article ("May" of
/// "Theresa May"), the month here: after "in", "since", "late" and the like ("in May":
/// [`super::gazetteer::month_lead`]), beside a day or a year ("May 5", "5th May", "May 2017") or
/// listed with another calendar word ("April and May")?
fn dated_month(text: &str, toks: &[Tok], i: usize) -> bool {
    if toks[i].gaz & bit::TIME == 0 {
        return false;
    }
    // A day of the month ("5", "5th") or a year ("2017"), not any figure ("MAY 15.0" in a
    // table of companies).
    let number = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let w = t.span().slice(text);
            let digits = w.trim_end_matches(|c: char| c.is_ascii_lowercase());
            t.has(flag::NUMBER)
                && digits.bytes().all(|b| b.is_ascii_digit())
                && digits
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=31).contains(&n) || (1000..=2100).contains(&n))
        })
    };
    let calendar = |j: usize| toks.get(j).is_some_and(|t| t.gaz & bit::TIME != 0);
    let word = |j: usize| toks[j].span().slice(text);
    let joined = |j: usize| matches!(word(j), "and" | "or" | "to" | "," | "-" | "–");
    i > 0
        && (number(i - 1)
            || super::gazetteer::month_lead(toks[i - 1].lower)
            || joined(i - 1) && i > 1 && calendar(i - 2))
        || number(i + 1)
        || i + 2 < toks.len() && joined(i + 1) && calendar(i + 2)
}

/// "M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders)": in a list of names each
/// written with a bare initial (one capital letter, no period), as team sheets give them,
/// the initial and the capitalised words after it are one person's name, whatever the
/// tagger made of them (the surname alone, "Henderson" a company, "A" an article). An item
/// opens the text, a line or follows a comma, semicolon, colon or dash, and ends before
/// punctuation, "and" or a line break; it counts only beside another item (at most
/// [`LIST_GAP`] tokens apart), in a text with at least three.
fn initial_lists(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let bare_initial = |t: &Tok| {
        t.chars == 1 && t.has(flag::WORD) && t.has(flag::ALL_CAPS) && !t.has(flag::HAS_PERIOD)
    };
    let opens = |i: usize| {
        i == 0
            || break_before(text, toks, i)
            || matches!(
                toks[i - 1].span().slice(text),
                "," | ";" | ":" | "-" | "–" | "—"
            )
    };
    let name_word = |j: usize| name_part(text, toks, j);
    let mut items: Vec<(usize, usize)> = Vec::new();
    for i in 0..toks.len().saturating_sub(1) {
        if !bare_initial(&toks[i])
            || !opens(i)
            || toks[i + 1].start != toks[i].end + 1
            || !name_word(i + 1)
        {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && j < i + 5 && name_word(j) && !break_before(text, toks, j) {
            j += 1;
        }
        let ends = j == toks.len()
            || break_before(text, toks, j)
            || toks[j].lower == WORDS.and
            || matches!(toks[j].span().slice(text), "," | ";" | "(" | ")" | ".");
        if ends {
            items.push((i, j));
        }
    }
    if items.len() < 3 {
        return;
    }
    let near = |k: usize| {
        k > 0 && items[k].0 - items[k - 1].1 <= LIST_GAP
            || k + 1 < items.len() && items[k + 1].0 - items[k].1 <= LIST_GAP
    };
    for (k, &(a, b)) in items.iter().enumerate() {
        if !near(k) {
            continue;
        }
        let first = out.partition_point(|m| m.end <= a);
        let last = first + out[first..].iter().take_while(|m| m.start < b).count();
        // (a mention reaching out of the item is left alone)
        if out[first..last].iter().any(|m| m.start < a || m.end > b) {
            continue;
        }
        let person = M {
            start: a,
            end: b,
            ty: Type::Per,
            entry: None,
        };
        let same = |m: &M| m.start == a && m.end == b && m.ty == Type::Per;
        if last - first == 1 && same(&out[first]) {
            continue;
        }
        out.splice(first..last, [person]);
    }
}

/// Is token `j` a word of a person's name after an initial: capitalised, or a particle in
/// lower case before one ("de" of "R de Marigny", "van der" of "M van der Westhuizen")?
fn name_part(text: &str, toks: &[Tok], j: usize) -> bool {
    // (at most two particles in a row)
    for t in toks.iter().skip(j).take(3) {
        if title_word(t) {
            return true;
        }
        if !particle(text, t) {
            return false;
        }
    }
    false
}

/// Is `t` a particle of a name, in lower case ("de", "van")?
fn particle(text: &str, t: &Tok) -> bool {
    t.has(flag::WORD)
        && !t.has(flag::HAS_UPPER)
        && super::gazetteer::name_particle(t.span().slice(text))
}

/// "Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Luis Garcia": a line that only
/// lists names (at least four, three commas, at most one word in lower case), most of them
/// (three in five) people's, a third of them surnames of people the article names in full,
/// lists people: its other names the tagger read as places or
/// organisations, and the gazetteer does not know, are people's too; not companies' names,
/// nor clubs in brackets.
fn lineups(text: &str, toks: &[Tok], out: &mut [M]) {
    let mut surnames: Option<Vec<u64>> = None;
    let mut k = 0;
    // The start of the line of token `seen`, the last token looked at for breaks.
    let (mut line_start, mut seen) = (0, 0);
    while k + 3 < out.len() {
        // (four names within a few tokens, or no list here: most text is not)
        if out[k + 3].start - out[k].start > 6 * 4 {
            k += 1;
            continue;
        }
        // The line of mention k: from the last break at or before it to the next.
        let first = out[k].start;
        for j in seen + 1..=first {
            if break_before(text, toks, j) {
                line_start = j;
            }
        }
        let line_end = (first + 1..toks.len())
            .find(|&j| break_before(text, toks, j))
            .unwrap_or(toks.len());
        let line = line_start..line_end;
        (line_start, seen) = (line_end, line_end);
        let k_end = k + out[k..].iter().take_while(|m| m.start < line_end).count();
        let (mut commas, mut lower) = (0, 0);
        for t in &toks[line] {
            if t.lower == WORDS.comma {
                commas += 1;
            } else if t.has(flag::WORD) && !t.has(flag::HAS_UPPER) && t.lower != WORDS.and {
                lower += 1;
            }
        }
        let ms = &out[k..k_end];
        let people = ms.iter().filter(|m| m.ty == Type::Per).count();
        // (and at least two, a third, are surnames of people the article names in full,
        // as a match report's line-ups are: not a list of brands or towns the tagger
        // took for people)
        let known = |ms: &[M], surnames: &[u64]| {
            ms.iter()
                .filter(|m| m.end - m.start == 1)
                .filter(|m| surnames.binary_search(&toks[m.start].lower).is_ok())
                .count()
        };
        if ms.len() >= 4 && commas >= 3 && lower <= 1 && people * 5 >= ms.len() * 3 && {
            let surnames = surnames.get_or_insert_with(|| self::surnames(toks, out));
            let n = known(&out[k..k_end], surnames);
            n >= 2 && n * 3 >= k_end - k
        } {
            // (not a company's name, nor a club in brackets after a player, "K Morgan
            // (Ospreys)"; a substitute is, "Traore (Biscan 67)")
            let company = |m: &M| toks[m.start..m.end].iter().any(|t| org_word(text, t));
            let club = |m: &M| {
                m.start > 0
                    && toks[m.start - 1].lower == WORDS.open
                    && toks.get(m.end).is_none_or(|t| !t.has(flag::NUMBER))
            };
            for m in &mut out[k..k_end] {
                if m.ty != Type::Per
                    && m.entry.is_none()
                    && m.end - m.start <= 3
                    && !company(m)
                    && !club(m)
                {
                    m.ty = Type::Per;
                }
            }
        }
        k = k_end;
    }
}

/// Tokens between two items of a list of names with bare initials ([`initial_lists`]): room
/// for a bracketed club or country and its comma.
const LIST_GAP: usize = 8;

/// Does `m` open with a given name (no place word) and end in a place word that is a
/// surname too ("Charlotte Church", "Geoff Marsh": [`super::gazetteer::place_surname`])?
fn place_word_surname(text: &str, toks: &[Tok], m: &M) -> bool {
    toks[m.start].gaz & bit::GIVEN != 0
        && toks[m.start].gaz & bit::LOC_HEAD == 0
        && super::gazetteer::place_surname(toks[m.end - 1].span().slice(text))
}

/// "CCL UNIT ACQUIRES NESTLE CANADA CAN OPERATIONS": in a headline in capitals, a noun that
/// makes a company part of another ([`super::gazetteer::part_noun`]: "UNIT", "SUBSIDIARY")
/// ends no name that the gazetteer does not know; the name before it stands ("CCL"),
/// unless it is a word the article also writes in lower case ("NEW UNIT").
fn headline_parts(text: &str, toks: &[Tok], lower_seen: &[u64], out: &mut Vec<M>) {
    // (a part noun in a headline in capitals)
    let part = |t: &Tok| {
        t.has(flag::CAPS_LINE)
            && t.has(flag::ALL_CAPS)
            && super::gazetteer::part_noun(&t.span().slice(text).to_ascii_lowercase())
    };
    let mut cut = false;
    for m in out.iter_mut() {
        if m.end - m.start > 1 && m.entry.is_none() && part(&toks[m.end - 1]) {
            m.end -= 1;
            cut = true;
        }
    }
    // (what is left of "NEW UNIT", "HEALTH UNIT" is a word the article writes in lower
    // case: no name)
    if cut {
        out.retain(|m| {
            let t = &toks[m.start];
            !(m.end - m.start == 1
                && t.has(flag::CAPS_LINE)
                && lower_seen.binary_search(&t.lower).is_ok()
                && toks.get(m.end).is_some_and(part))
        });
    }
}

/// "I looked at Gavin" beside "Gavin Henson": a one-word "place" that the gazetteer does
/// not know, which is a given name and a word of a person the article names in full, is
/// that person; not a town before a comma and its state ("Sharon, Connecticut").
fn people_not_places(toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let candidate = |m: &M| {
        m.ty == Type::Loc
            && m.end - m.start == 1
            && m.entry.is_none()
            && toks[m.start].gaz & bit::GIVEN != 0
            && !toks[m.start].has(flag::ALL_CAPS)
    };
    if !out.iter().any(candidate) {
        return;
    }
    let names = full_name_words(toks, out, |_| true);
    // (not a town before its state: "the Sharon, Connecticut, home")
    let places: Vec<usize> = out
        .iter()
        .filter(|m| m.ty == Type::Loc)
        .map(|m| m.start)
        .collect();
    let town = |m: &M| {
        toks.get(m.end).is_some_and(|t| t.lower == WORDS.comma)
            && places.binary_search(&(m.end + 1)).is_ok()
    };
    for m in out.iter_mut() {
        if candidate(m)
            && names.binary_search(&toks[m.start].lower).is_ok()
            && lex.lookup(&toks[m.start..m.end]).is_none()
            && !town(m)
        {
            m.ty = Type::Per;
        }
    }
}

/// "Vneshtorgbank", "Copenhagen Handelsbank", "Boersenzeitung": a "person" or "place"
/// whose last word is a compound ending in a word of banks, newspapers or companies
/// ([`super::gazetteer::institution_compound`]: "-bank", "-zeitung") is an organisation;
/// not a surname ("Dana Milbank", "Milbank said" beside her full name).
fn compound_institutions(text: &str, toks: &[Tok], out: &mut [M]) {
    let compound = |m: &M| {
        m.ty != Type::Org
            && m.entry.is_none()
            && toks[m.start].gaz & bit::GIVEN == 0
            && super::gazetteer::institution_compound(toks[m.end - 1].span().slice(text))
    };
    if !out.iter().any(compound) {
        return;
    }
    let names = full_name_words(toks, out, |_| true);
    for m in out.iter_mut() {
        if compound(m) && names.binary_search(&toks[m.end - 1].lower).is_err() {
            m.ty = Type::Org;
        }
    }
}

/// "the Millennium Stadium", "the National Indoor Arena", "Heathrow Airport": capitalised
/// words ending in a word that ends the names of grounds ([`super::gazetteer::ground_word`])
/// are one place, whatever the tagger made of them (nothing, its last word alone, a
/// company's name in it: "the Emirates Stadium"). Not where a mention runs on past the
/// ground's word ("Manchester Airport Group") or starts before its name; the name stops at
/// a possessive ("Sydney's Olympic Stadium"), a line break and a word opening its sentence
/// that names nothing ("Outside Wembley Stadium"). So are the known venues of more than
/// one word ([`super::gazetteer::venue`]: "Melbourne Cricket Ground", "Old Trafford").
fn grounds(text: &str, toks: &[Tok], cands: &[usize], out: &mut Vec<M>) {
    let cap_word = |i: usize| {
        let t = &toks[i];
        t.has(flag::CAND) && t.has(flag::WORD) && t.has(flag::HAS_UPPER) && !t.has(flag::POSS)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for &j in cands {
        let t = &toks[j];
        if t.has(flag::INIT_CAP)
            && !t.has(flag::CAPS_LINE)
            && super::gazetteer::ground_word(t.lower)
        {
            let mut a = j;
            while a > 0 && cap_word(a - 1) && between(text, toks, a) == " " {
                a -= 1;
            }
            if a < j
                && toks[a].has(flag::FIRST)
                && (super::gazetteer::opener(toks[a].span().slice(text))
                    || opening_adverb(text, toks, a))
            {
                a += 1;
            }
            if a < j {
                found.push((a, j + 1));
            }
        }
        // Known venues of more than one word ("Melbourne Cricket Ground", "Old Trafford").
        if super::gazetteer::venue_head(t.lower) {
            let a = t.start as usize;
            if let Some(b) = (j + 2..(j + 6).min(toks.len()) + 1).rev().find(|&b| {
                let name = &text[a..toks[b - 1].end as usize];
                !name.contains('\n') && super::gazetteer::venue(name)
            }) {
                found.push((j, b));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // (the mentions are in order and apart: those over a name are a run of them)
    let mut gone = vec![false; out.len()];
    let before = out.len();
    for (a, b) in found {
        let (first, last) = (
            out[..before].partition_point(|m| m.end <= a),
            out[..before].partition_point(|m| m.start < b),
        );
        if out[first..last].iter().any(|m| m.start < a || m.end > b) {
            continue;
        }
        gone[first..last].fill(true);
        out.push(M {
            start: a,
            end: b,
            ty: Type::Loc,
            entry: None,
        });
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        k > before || !gone[k - 1]
    });
    disjoint(out);
}

/// "the Princess Grace Hospital", "the Prince Edward Theatre": a "person" whose name ends in
/// a word that ends the names of institutions or buildings and never a person's is an
/// organisation or a place, with a peer's or royal title before it that the tagger left out.
fn institutions_and_buildings(text: &str, toks: &[Tok], out: &mut [M]) {
    for k in 0..out.len() {
        let free_before = k == 0 || out[k - 1].end < out[k].start;
        // (not in a list of people: "Ross McFarlane, Domingo Hospital (Spain)")
        let listed = k > 0
            && out[k - 1].ty == Type::Per
            && out[k - 1].end + 1 == out[k].start
            && toks[out[k].start - 1].lower == WORDS.comma;
        let m = &mut out[k];
        if m.ty != Type::Per || m.end - m.start < 2 || m.entry.is_some() || listed {
            continue;
        }
        let last = toks[m.end - 1].span().slice(text);
        let ty = if super::gazetteer::institution_word(last) {
            Type::Org
        } else if super::gazetteer::building_word(last) {
            Type::Loc
        } else {
            continue;
        };
        m.ty = ty;
        // (an honorific that is part of a name: "Prince", "Lady", not "Mr")
        let titled = m.start > 0
            && toks[m.start - 1].end + 1 == toks[m.start].start
            && super::gazetteer::honorific(toks[m.start - 1].span().slice(text))
                .is_some_and(|h| !h.apart);
        // (not over the end of the mention before)
        if titled && free_before {
            m.start -= 1;
        }
    }
}

/// "Paul Giamatti, Thomas Haden Church and Virginia Madsen", "John Terry and Wayne
/// Bridge": a "place" opening with a given name and ending in a place word that is a
/// surname too ([`super::gazetteer::place_surname`]), listed beside a person (a comma or
/// "and" between), is a person; so is one of two words after a role noun or before a verb
/// of saying ("spokesman Mike Lake told").
fn people_in_lists(text: &str, toks: &[Tok], out: &mut [M]) {
    let listed = |a: &M, b: &M| {
        b.start == a.end + 1 && (toks[a.end].lower == WORDS.comma || toks[a.end].lower == WORDS.and)
    };
    for k in 0..out.len() {
        let m = out[k];
        let person_like = m.ty == Type::Loc
            && m.entry.is_none()
            && m.end - m.start > 1
            && place_word_surname(text, toks, &m);
        if !person_like {
            continue;
        }
        let before = k > 0 && out[k - 1].ty == Type::Per && listed(&out[k - 1], &m);
        let after = out
            .get(k + 1)
            .is_some_and(|n| n.ty == Type::Per && listed(&m, n));
        if before || after {
            out[k].ty = Type::Per;
        }
    }
    // "Yukos spokesman Mike Lake told AFP": a given name and a place word, after a role
    // noun or before a verb of saying, is a person's name whatever the place word.
    for m in out.iter_mut() {
        if m.ty == Type::Loc
            && m.entry.is_none()
            && m.end - m.start == 2
            && toks[m.start].gaz & bit::GIVEN != 0
            && toks[m.start].gaz & bit::LOC_HEAD == 0
            && (speaks(text, toks, m) || m.start > 0 && toks[m.start - 1].gaz & bit::ROLE != 0)
        {
            m.ty = Type::Per;
        }
    }
}

/// "company chairman RN Tatawala", "Salman Rushdie, JM Coetzee and Kazuo Ishiguro", "KK
/// Mittal, a fund manager": a name of initials without periods (two or three capitals the
/// gazetteer does not know, but as the opening of a longer name, "JP" of "JP Morgan";
/// written nowhere else alone) and a word in title case of no
/// body's or place's name reads as an organisation's (as "GE Capital" does), but it is a
/// person's after a role noun, before a comma and a role noun, or listed beside a person.
/// Firms named so ("JD Power", "AG Edwards") have none of these.
fn initialled_people(text: &str, toks: &[Tok], out: &mut [M]) {
    let not_name = bit::ORG_SUFFIX | bit::ORG_KEY | bit::LOC_KEY | bit::LOC_HEAD | bit::CONNECTOR;
    let not_name = not_name | bit::FUNC | bit::TIME | bit::DEMONYM | bit::ROLE | bit::DESCRIPTOR;
    let initials = |t: &Tok| {
        let s = t.span().slice(text).as_bytes();
        (2..=3).contains(&s.len())
            && s.iter().all(u8::is_ascii_uppercase)
            && t.gaz & !(bit::PHRASE_START | bit::RUN_TIME_START) == 0
    };
    let candidate = |m: &M| {
        m.ty != Type::Per
            && m.entry.is_none()
            && m.end - m.start == 2
            && initials(&toks[m.start])
            && title_word(&toks[m.start + 1])
            && toks[m.start + 1].gaz & not_name == 0
    };
    if !out.iter().any(candidate) {
        return;
    }
    let role = |t: Option<&Tok>| t.is_some_and(|t| t.has(flag::WORD) && t.gaz & bit::ROLE != 0);
    // How often the article writes each candidate's initials (counted in one pass).
    let mut letters = first_words(toks, out, candidate);
    letters.dedup();
    let mut written = vec![0u32; letters.len()];
    for (j, t) in toks.iter().enumerate() {
        if let Ok(i) = letters.binary_search(&t.lower)
            && !toks.get(j + 1).is_some_and(title_word)
        {
            written[i] += 1;
        }
    }
    let once = |w: u64| letters.binary_search(&w).is_ok_and(|i| written[i] == 0);
    for k in 0..out.len() {
        let m = out[k];
        if !candidate(&m) || !once(toks[m.start].lower) {
            continue;
        }
        let role_before = m.start > 0 && role(toks.get(m.start - 1));
        let role_after = role_apposition(text, toks, m.end);
        // (a list, not an apposition: "and" between the two, or the person listed on
        // beside a third name, as "DLF Builders, Dr Vancheshwar, told" is not; nor two
        // things of one kind, "Windows Courier and MSN Courier")
        let person = |n: &M| n.ty == Type::Per && toks[n.end - 1].lower != toks[m.end - 1].lower;
        let and = |a: &M, b: &M| listed(toks, a, b, true);
        let listed = |a: &M, b: &M| listed(toks, a, b, false);
        let before = k > 0 && person(&out[k - 1]) && listed(&out[k - 1], &m) && {
            and(&out[k - 1], &m) || k > 1 && listed(&out[k - 2], &out[k - 1])
        };
        let after = out.get(k + 1).is_some_and(|n| {
            person(n)
                && listed(&m, n)
                && (and(&m, n) || out.get(k + 2).is_some_and(|o| listed(n, o)))
        });
        let beside = before || after;
        if role_before || role_after || beside {
            out[k].ty = Type::Per;
        }
    }
}

/// Does a comma and a role follow token `end` (", a fund manager", ", chief executive", ",
/// a Democratic congressman"): an apposition that describes a person? The role noun may
/// come after an article and up to two words.
fn role_apposition(text: &str, toks: &[Tok], end: usize) -> bool {
    if toks.get(end).is_none_or(|t| t.lower != WORDS.comma) {
        return false;
    }
    let article = |t: &Tok| matches!(t.span().slice(text), "a" | "an" | "the");
    let j = end + 1;
    let j = if toks.get(j).is_some_and(article) {
        j + 1
    } else {
        j
    };
    toks.get(j..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .take_while(|t| t.has(flag::WORD))
        .any(|t| t.gaz & bit::ROLE != 0)
}

/// Are mentions `a` and `b` next in a list: a comma, "and" or both between them, the comma
/// only when `last` is false (no "and" before the last item)?
fn listed(toks: &[Tok], a: &M, b: &M, last: bool) -> bool {
    let w = &*WORDS;
    a.end < b.start
        && match &toks[a.end..b.start] {
            [c] => c.lower == w.and || !last && c.lower == w.comma,
            [c, d] => c.lower == w.comma && d.lower == w.and,
            _ => false,
        }
}

/// "Boston, Denver, Newark and Philadelphia": a one-word "person" that the gazetteer knows
/// as a place, next to a place in a list (a comma, "and" or both between them), is the
/// place; so is a one-word "organisation" that it knows only as a place, between two
/// places or after or before two ("visits Manchester, Liverpool, Leicester"; not a club
/// among clubs).
fn places_in_lists(toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let listed = |a: &M, b: &M| listed(toks, a, b, false);
    let place = |m: &M| {
        m.ty == Type::Per
            && m.end - m.start == 1
            && m.entry
                .is_some_and(|e| kind_type(lex.entries[e as usize].kind) == Type::Loc)
    };
    // (an "organisation" of one word the gazetteer knows only as a place: with places on
    // both sides, or two on one)
    let known_place = |m: &M| {
        m.ty == Type::Org
            && m.end - m.start == 1
            && m.entry
                .is_none_or(|e| kind_type(lex.entries[e as usize].kind) == Type::Loc)
            && [Kind::Place, Kind::Country]
                .iter()
                .any(|&k| lex.names_kind(&toks[m.start..m.end], k))
            && !lex.names_kind(&toks[m.start..m.end], Kind::Org)
    };
    let unknown = |m: &M| {
        m.ty == Type::Org
            && m.end - m.start == 1
            && m.entry.is_none()
            && !toks[m.start].has(flag::ALL_CAPS)
            && lex.lookup(&toks[m.start..m.end]).is_none()
    };
    for k in 0..out.len() {
        let loc = |k: usize| out.get(k).is_some_and(|m: &M| m.ty == Type::Loc);
        // (mentions j and j + 1 are listed, the other one a place)
        let by = |j: usize, other: usize| loc(other) && listed(&out[j], &out[j + 1]);
        let before = k > 0 && by(k - 1, k - 1);
        let after = k + 1 < out.len() && by(k, k + 1);
        let m = &out[k];
        // (the gazetteer is asked only about a name listed beside a place)
        let ok = (before || after)
            && (place(m)
                || known_place(m)
                    && (before && after
                        || before && k > 1 && by(k - 2, k - 2)
                        || after && k + 2 < out.len() && by(k + 1, k + 2))
                // (one it does not know at all, between two places: "Somerset, Basingstoke,
                // Shrewsbury")
                || unknown(m) && before && after);
        if ok {
            out[k].ty = Type::Loc;
        }
    }
}

/// "Toyota, Suzuki and Ford", "Samsung, Sendo and Siemens": a one-word "person" in a list
/// of three or more whose other items next to it are organisations (between two of them, or
/// after two or before two: "Bloomberg, BBC and BSkyB") is an organisation too, as is a
/// place the gazetteer also knows as one ("Google, Yahoo, Ebay and Amazon"), unless it
/// is a given name ("Franz Ferdinand, Travis and Snow Patrol" is left alone) or a word of
/// a person's full name in the article, or the list names bands (a bill of acts, where a
/// singer goes by one name: "Morrissey, Supergrass and Idlewild").
fn companies_in_lists(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let w = &*WORDS;
    // (a place the gazetteer also knows as an organisation: "Google, Yahoo, Ebay and
    // Amazon")
    let also_org = |m: &M| {
        m.ty == Type::Loc
            && m.end - m.start == 1
            && (m.start == 0 || toks[m.start - 1].lower != w.of)
            && lex.names_kind(&toks[m.start..m.end], Kind::Org)
    };
    let listed = |a: &M, b: &M, last: bool| listed(toks, a, b, last);
    let org = |k: usize| out[k].ty == Type::Org;
    let band = |k: usize| {
        let m = &out[k];
        super::gazetteer::music_group(
            &text[toks[m.start].start as usize..toks[m.end - 1].end as usize],
        )
    };
    let candidate = |k: usize| {
        let m = &out[k];
        let person = m.ty == Type::Per
            && m.end - m.start == 1
            && toks[m.start].gaz & (bit::GIVEN | bit::LOC_U | bit::LOC_B) == 0;
        if !person && !also_org(m) {
            return false;
        }
        let n = out.len();
        // (inside: "A, m and B"; last: "A, B and m"; first: "m, A and B")
        let inside = k > 0
            && k + 1 < n
            && org(k - 1)
            && org(k + 1)
            && listed(&out[k - 1], m, false)
            && toks[out[k - 1].end].lower == w.comma
            && listed(m, &out[k + 1], false);
        let last = k > 1
            && org(k - 2)
            && org(k - 1)
            && listed(&out[k - 2], &out[k - 1], false)
            && toks[out[k - 2].end].lower == w.comma
            && listed(&out[k - 1], m, true);
        let first = k + 2 < n
            && org(k + 1)
            && org(k + 2)
            && listed(m, &out[k + 1], false)
            && toks[m.end].lower == w.comma
            && listed(&out[k + 1], &out[k + 2], true);
        let others = if inside {
            [k - 1, k + 1]
        } else if last {
            [k - 2, k - 1]
        } else {
            [k + 1, k + 2]
        };
        (inside || last || first) && !others.iter().any(|&j| band(j))
    };
    let found: Vec<usize> = (0..out.len()).filter(|&k| candidate(k)).collect();
    if found.is_empty() {
        return;
    }
    let names = full_name_words(toks, out, |_| true);
    for k in found {
        if names.binary_search(&toks[out[k].start].lower).is_err() {
            out[k].ty = Type::Org;
        }
    }
}

/// "Chelsea's John Terry", "Arsenal's Thierry Henry": a one-word "person" whose possessive
/// comes right before a person's full name is the team or organisation the person plays
/// or works for (the place for a place the gazetteer knows: "Britain's Paula Radcliffe").
fn possessors_of_people(toks: &[Tok], out: &mut [M]) {
    let candidate = |k: usize| {
        let (m, n) = (out[k], out[k + 1]);
        m.ty == Type::Per
            && m.end - m.start == 1
            && toks[m.start].gaz & bit::GIVEN == 0
            && toks.get(m.end).is_some_and(|t| t.has(flag::POSS))
            && n.start == m.end + 1
            && n.ty == Type::Per
            && n.end - n.start > 1
    };
    let found: Vec<usize> = (0..out.len().saturating_sub(1))
        .filter(|&k| candidate(k))
        .collect();
    if found.is_empty() {
        return;
    }
    // (not a word of a person's full name in the article: "Obama's Eric Holder")
    let names = full_name_words(toks, out, |_| true);
    for k in found {
        let t = &toks[out[k].start];
        if names.binary_search(&t.lower).is_err() {
            let place = t.gaz & (bit::LOC_U | bit::LOC_B) != 0;
            out[k].ty = if place { Type::Loc } else { Type::Org };
        }
    }
}

/// "pop band Busted", "engineering group Jarvis", "advocacy group America's Voice": the
/// capitalised name right after "band" or "group" and a lower-case word that says what kind
/// (not a determiner: "the group Jones founded"; not a name's word: "Jacobs Engineering
/// group Inc") is an organisation's, on the same line. The tagger's name there keeps its
/// words, unless a possessive carries a group's name on ("America's Voice"; a band's is
/// its work: "Metallica's Madly in Anger"); else the run of capitalised words (up to four)
/// is the name.
fn named_groups(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your",
        "whose", "which",
    ];
    // (a capitalised word of two letters or more on the line: not "group C.")
    let name_word = |k: usize| {
        k < toks.len()
            && cap_word(&toks[k])
            && toks[k].chars >= 2
            && !toks[k].has(flag::INITIAL)
            && !break_before(text, toks, k)
    };
    let (band, group) = (WORDS.band, WORDS.group);
    let mut found = Vec::new();
    for i in 1..toks.len().saturating_sub(1) {
        let lower = toks[i].lower;
        if lower != band && lower != group || toks[i].has(flag::HAS_UPPER) {
            continue;
        }
        let prev = &toks[i - 1];
        let kind_word = prev.has(flag::WORD)
            && prev.has(flag::HAS_LOWER)
            && !prev.has(flag::HAS_UPPER)
            && !DETERMINERS.contains(&prev.span().slice(text));
        let ok = kind_word && name_word(i + 1) && !toks[i + 1].has(flag::FIRST);
        if !ok {
            continue;
        }
        let (mut k, mut possessive) = (i + 1, false);
        while k < i + 6 && k < toks.len() {
            if name_word(k) {
                k += 1;
            } else if lower == group && toks[k].has(flag::POSS) && name_word(k + 1) {
                possessive = true;
                k += 2;
            } else {
                break;
            }
        }
        found.push((i + 1, k, possessive));
    }
    if found.is_empty() {
        return;
    }
    let mut pushed = false;
    for (a, b, possessive) in found {
        if possessive {
            out.retain(|m| !(m.start < b && a < m.end));
        }
        if let Some(m) = out.iter_mut().find(|m| m.start == a) {
            if m.ty != Type::Org {
                m.ty = Type::Org;
                m.entry = None;
            }
        } else if !out.iter().any(|m| m.start < b && a < m.end) {
            out.push(M {
                start: a,
                end: b,
                ty: Type::Org,
                entry: None,
            });
            pushed = true;
        }
    }
    if pushed {
        disjoint(out);
    }
}

/// Does `word` end in "corp" after three letters or more ("Citicorp", "Keycorp")?
fn corp_word(word: &str) -> bool {
    word.len() >= 7
        && word.is_char_boundary(word.len() - 4)
        && word[word.len() - 4..].eq_ignore_ascii_case("corp")
        && word[..word.len() - 4].chars().all(char::is_alphabetic)
}

/// An organisation the tagger read across one comma that joins two names, not one firm's
/// ("Kidder, Peabody", "Paul, Weiss"): a name and its initials ("American Soybean
/// Association, ASA"), a person and the initials of their body or their role ("David
/// Haggard, ASA president", "David Lomax, Group Economics Adviser at …"), or two names of
/// the same kind of body ("Tokai Bank, Fuji Bank"). The parts are mentions of their own
/// (a role none).
fn comma_joined(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let comma = |t: &Tok| t.chars == 1 && t.span().slice(text) == ",";
    split_names(out, |m| {
        let mut commas = (m.start + 1..m.end - 1).filter(|&j| comma(&toks[j]));
        let (Some(j), None) = (commas.next(), commas.next()) else {
            return None;
        };
        let (left, right) = (&toks[m.start..j], &toks[j + 1..m.end]);
        let word = |t: &Tok| t.span().slice(text);
        let last = &right[right.len() - 1];
        let initials = right.len() == 1
            && last.has(flag::ALL_CAPS)
            && super::link::initials_of(word(last), text, left);
        // A person: a given name and a surname or two, no word of a body's name.
        let person = (2..=3).contains(&left.len())
            && left[0].gaz & bit::GIVEN != 0
            && left
                .iter()
                .all(|t| t.has(flag::INIT_CAP) && t.gaz & (bit::ORG_KEY | bit::ORG_SUFFIX) == 0);
        let acronym = right.len() == 1 && last.has(flag::ALL_CAPS) && last.chars >= 2;
        let role = last.gaz & (bit::TITLE | bit::ROLE) != 0;
        let key = |t: &Tok| t.gaz & bit::ORG_KEY != 0 && t.gaz & bit::ORG_SUFFIX == 0;
        let same_kind = left.len() >= 2
            && right.len() >= 2
            && key(&left[left.len() - 1])
            && left[left.len() - 1].lower == last.lower;
        let part = |start: usize, end: usize, ty: Type| M {
            start,
            end,
            ty,
            entry: None,
        };
        let (before, after) = (|ty| part(m.start, j, ty), |ty| part(j + 1, m.end, ty));
        if initials || same_kind {
            Some((before(Type::Org), Some(after(Type::Org)), false))
        } else if person && acronym {
            Some((before(Type::Per), Some(after(Type::Org)), false))
        } else if person && role {
            Some((before(Type::Per), None, false))
        } else {
            None
        }
    });
}

/// "Cheung Kong (Holdings) Ltd", "Industrial Equity (Pacific) Ltd": a company suffix the
/// tagger found alone after a bracketed name belongs to the name before the bracket, which
/// takes in what was found inside it. A suffix left alone is no name.
fn bracketed_names(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let is = |j: usize, s: &str| toks[j].span().slice(text) == s;
    let word = |j: usize| {
        toks[j].has(flag::WORD) && toks[j].has(flag::HAS_UPPER) && toks[j].gaz & bit::FUNC == 0
    };
    let mut changed = false;
    for m in out.iter_mut() {
        let p = m.start;
        if m.ty != Type::Org || m.end - p != 1 || toks[p].gaz & bit::ORG_SUFFIX == 0 || p < 3 {
            continue;
        }
        if !is(p - 1, ")") {
            continue;
        }
        let Some(q) = (p.saturating_sub(6)..p - 1).rev().find(|&j| is(j, "(")) else {
            continue;
        };
        if q == 0 || q + 1 == p - 1 || !(q + 1..p - 1).all(word) || !word(q - 1) {
            continue;
        }
        // Back over the capitalised words of the name, not past a sentence's first word.
        let mut s = q - 1;
        while s > 0 && !toks[s].has(flag::FIRST) && word(s - 1) {
            s -= 1;
        }
        m.start = s;
        changed = true;
    }
    if changed {
        disjoint(out);
    }
    // A company suffix alone ("Ltd", "Inc") names nothing.
    out.retain(|m| {
        m.ty != Type::Org
            || m.end - m.start != 1
            || toks[m.start].gaz & bit::ORG_SUFFIX == 0
            || m.entry.is_some()
    });
}

/// A club's town letter in brackets is part of its name where a results table writes it,
/// before the score ("Mladost (L) 2", "Mladost (L) 4 2 1 1"): one or two capitals that
/// are not a known name themselves (not a ticker or initials: "Coca Cola Co (KO) said").
fn town_letters(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let is = |j: usize, s: &str| toks[j].span().slice(text) == s;
    let mut changed = false;
    for m in out.iter_mut() {
        let e = m.end;
        if m.ty == Type::Org
            && e + 3 < toks.len()
            && is(e, "(")
            && is(e + 2, ")")
            && toks[e + 1].has(flag::ALL_CAPS)
            && toks[e + 1].chars <= 2
            && toks[e + 1].gaz & (bit::ORG_U | bit::LOC_U) == 0
            && toks[e].start == toks[e - 1].end + 1
            && toks[e + 3].has(flag::NUMBER)
            && !text[toks[e + 2].end as usize..toks[e + 3].start as usize].contains('\n')
        {
            m.end = e + 3;
            changed = true;
        }
    }
    if changed {
        disjoint(out);
    }
}

/// Sorts mentions and drops any that overlaps an earlier (or longer) one: repairs extend
/// names and may reach a neighbour.
fn disjoint(out: &mut Vec<M>) {
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut end = 0;
    out.retain(|m| {
        if m.start < end || m.end <= m.start {
            return false;
        }
        end = m.end;
        true
    });
}

/// Hashes of a few punctuation tokens and words the repairs look for.
struct Words {
    open: u64,
    close: u64,
    amp: u64,
    amp_word: u64,
    semi: u64,
    colon: u64,
    comma: u64,
    slash: u64,
    and: u64,
    with: u64,
    the: u64,
    in_: u64,
    near: u64,
    at: u64,
    new: u64,
    of: u64,
    on: u64,
    for_: u64,
    band: u64,
    group: u64,
}

static WORDS: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| {
    use super::features::lower_hash as h;
    Words {
        open: h("("),
        close: h(")"),
        amp: h("&"),
        amp_word: h("amp"),
        semi: h(";"),
        colon: h(":"),
        comma: h(","),
        slash: h("/"),
        and: h("and"),
        with: h("with"),
        the: h("the"),
        in_: h("in"),
        near: h("near"),
        at: h("at"),
        new: h("new"),
        of: h("of"),
        on: h("on"),
        for_: h("for"),
        band: h("band"),
        group: h("group"),
    }
});

/// Is this a word in title case ("Lufkin", not "LUFKIN" nor "lufkin")?
fn title_word(t: &Tok) -> bool {
    t.has(flag::WORD) && t.has(flag::INIT_CAP) && t.has(flag::HAS_LOWER)
}

/// Is this a word of organisations' names: a legal form, a key word ("Bank", "Union") or a
/// word that ends only companies' names ("Industries", "Brothers")?
fn org_word(text: &str, t: &Tok) -> bool {
    t.gaz & (bit::ORG_KEY | bit::ORG_SUFFIX) != 0
        || super::gazetteer::company_word(t.span().slice(text))
}

/// Is this a capitalised word (or an all-capitals one)?
fn cap_word(t: &Tok) -> bool {
    t.has(flag::WORD) && t.has(flag::HAS_UPPER)
}

/// Does the word look like a web company's name ("Goto.com", "Amazon.co.uk")?
fn dotcom(text: &str, t: &Tok) -> bool {
    if !cap_word(t) || !t.has(flag::HAS_PERIOD) {
        return false;
    }
    let s = t.span().slice(text).as_bytes();
    [".com", ".net", ".org", ".co.uk", ".io"]
        .iter()
        .any(|d| s.len() > d.len() + 1 && s[s.len() - d.len()..].eq_ignore_ascii_case(d.as_bytes()))
}

/// The end of an "&" joint after token `i` ("&", or "&AMP;" as escaped in some feeds): the
/// index of the token after it.
fn ampersand(toks: &[Tok], i: usize) -> Option<usize> {
    let w = &*WORDS;
    if toks.get(i)?.lower != w.amp {
        return None;
    }
    if toks.get(i + 1).is_some_and(|t| t.lower == w.amp_word)
        && toks.get(i + 2).is_some_and(|t| t.lower == w.semi)
    {
        return Some(i + 3);
    }
    Some(i + 1)
}

/// Names made of ordinary words the article also uses in lower case ("Health Workers")
/// are not people; followed by "for" or "of" and another name, they are one organisation
/// ("Health Workers for a Free Palestine").
fn campaign_names(toks: &[Tok], lower_seen: &[u64], out: &mut Vec<M>) {
    let common = |t: &Tok| {
        !t.has(flag::WORD)
            || t.gaz & bit::CONNECTOR != 0
            || lower_seen.binary_search(&t.lower).is_ok() && t.gaz & bit::GIVEN == 0
    };
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (out[i], out[i + 1]);
        let gap = &toks[a.end..b.start];
        let joined = a.ty != Type::Loc
            && !gap.is_empty()
            && gap.len() <= 2
            && gap[0].gaz & bit::CONNECTOR != 0
            && matches!(gap[0].chars, 2 | 3)
            && !gap[0].has(flag::HAS_UPPER)
            && gap
                .iter()
                .all(|t| t.gaz & bit::CONNECTOR != 0 && !t.has(flag::HAS_UPPER))
            && is_for_or_of(&gap[0])
            && a.end - a.start >= 2
            && toks[a.start..a.end].iter().all(common);
        if joined {
            out[i].end = b.end;
            out[i].ty = Type::Org;
            out[i].entry = None;
            out.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// A company named after people, then shortened: a name of two words or more that the
/// tagger read as a person's, which the article also writes as the first words of a
/// company's name with its legal form ("McDonnell Douglas" beside "McDonnell Douglas
/// Corp", "Du Pont" beside "Du Pont Co"), is the company; unless an honorific or a title
/// comes right before it ("Mr Hutton").
fn eponymous_companies(text: &str, toks: &[Tok], out: &mut [M]) {
    let company = |m: &M| {
        m.ty == Type::Org && m.end - m.start > 2 && toks[m.end - 1].gaz & bit::ORG_SUFFIX != 0
    };
    // A surname alone that is the word a company of three words goes by ("Kodak" beside
    // "Eastman Kodak Co"), when it is no word of a person the article names in full.
    let mut middles: Vec<u64> = out
        .iter()
        .filter_map(|c| middle_name(text, toks, c).map(|w| toks[w].lower))
        .collect();
    if !middles.is_empty() {
        middles.sort_unstable();
        let named = full_name_words(toks, out, |_| true);
        for m in out.iter_mut() {
            let w = toks[m.start].lower;
            if m.ty == Type::Per
                && m.end - m.start == 1
                && !title_before(toks, m.start)
                && middles.binary_search(&w).is_ok()
                && named.binary_search(&w).is_err()
            {
                m.ty = Type::Org;
            }
        }
    }
    // The companies' names by their first word.
    let mut companies: Vec<(u64, usize, usize)> = out
        .iter()
        .filter(|c| company(c))
        .map(|c| (toks[c.start].lower, c.start, c.end))
        .collect();
    if companies.is_empty() {
        return;
    }
    companies.sort_unstable();
    for m in out.iter_mut() {
        let n = m.end - m.start;
        if m.ty != Type::Per || n < 2 || title_before(toks, m.start) {
            continue;
        }
        let first = toks[m.start].lower;
        let sf = surface(&toks[m.start..m.end]);
        let from = companies.partition_point(|c| c.0 < first);
        if companies[from..]
            .iter()
            .take_while(|c| c.0 == first)
            .any(|&(_, a, b)| b - a > n && surface(&toks[a..a + n]) == sf)
        {
            m.ty = Type::Org;
        }
    }
}

/// Two organisations joined by "and" that the tagger read as one ("China Construction
/// Bank and Bank of China", "Security Pacific National Bank and Provident National
/// Bank"): each side is a name of two words or more, and both are names the gazetteer
/// knows, or they end with the same word. Partnerships named for people ("Procter and
/// Gamble") and names with "and" inside ("Department of Trade and Industry") stay whole.
fn two_organisations(toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let and = WORDS.and;
    let mut i = 0;
    while i < out.len() {
        let m = out[i];
        let split = (m.ty == Type::Org && m.entry.is_none())
            .then(|| (m.start + 2..m.end.saturating_sub(2)).find(|&k| toks[k].lower == and))
            .flatten()
            .filter(|&k| {
                let (a, b) = (&toks[m.start..k], &toks[k + 1..m.end]);
                let org = |t: &[Tok]| {
                    entry_of(lex, t).is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Org)
                };
                cap_word(&a[a.len() - 1])
                    && cap_word(&b[0])
                    && (org(a) && org(b) || a[a.len() - 1].lower == b[b.len() - 1].lower)
            });
        if let Some(k) = split {
            split_mention(toks, lex, out, i, k);
        }
        i += 1;
    }
}

/// "Goldman, Sachs and Co", "Kidder, Peabody & Co.", "Kalf, Voorhis & Co": a firm named for
/// two people in the old style, a comma after the first name, that the tagger read as the
/// first name and a firm ("Goldman" and "Sachs and Co"): one word that the tagger found as
/// a name, a comma, and a firm of one word, "and" or "&" and a word that finishes a firm's
/// name ([`super::gazetteer::partner_word`]: "Co", "Sons") are one firm. Not a time word
/// before the comma ("Thursday, Bear Stearns and Co said"), nor a firm of more words after
/// it, a list's next item ("Citicorp, J.P. Morgan and Co.").
fn comma_firms(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let joiner = |t: &Tok| t.lower == WORDS.and || t.lower == WORDS.amp;
    join_pass(out, |out, i| {
        let a = out[i];
        let Some(b) = out.get(i + 1).copied() else {
            return (a, 1);
        };
        let first = &toks[a.start];
        let shape = a.ty != Type::Loc
            && a.end - a.start == 1
            && cap_word(first)
            && !first.has(flag::ALL_CAPS)
            && first.gaz & (bit::TIME | bit::FUNC) == 0
            && toks.get(a.end).is_some_and(|t| t.lower == WORDS.comma)
            && b.start == a.end + 1
            && b.ty == Type::Org
            && b.end - b.start == 3
            && joiner(&toks[b.start + 1])
            && cap_word(&toks[b.start])
            && super::gazetteer::partner_word(toks[b.end - 1].span().slice(text));
        if shape {
            one_company(a, Some(b), b.end)
        } else {
            (a, 1)
        }
    });
}

/// A body's name whose remit after "of" or "for" has two parts joined by "and", that the
/// tagger ended at "and" ("the Alabama Bureau of Tourism and Travel", "the League of
/// American Producers and Theater Owners"): up to two words in title case after "and",
/// which no person's name and no name the gazetteer knows opens, are the name's last
/// words ("the Ministry of Defence and Nato", "the Bank of England and Barclays", "the
/// University of Chicago and John Smith" are two).
fn remits_with_and(toks: &[Tok], out: &mut Vec<M>) {
    let (and, of, for_) = (WORDS.and, WORDS.of, WORDS.for_);
    let plain = |t: &Tok| {
        cap_word(t)
            && !t.has(flag::ALL_CAPS)
            && t.gaz
                & (bit::FUNC | bit::GIVEN | bit::PHRASE_START | bit::RUN_TIME_START | bit::TIME)
                == 0
    };
    join_pass(out, |out, i| {
        let a = out[i];
        let next = out.get(i + 1).copied();
        let n = a.end;
        let remit = a.ty == Type::Org
            && a.end - a.start >= 3
            && (a.start + 1..a.end - 1).any(|k| toks[k].lower == of || toks[k].lower == for_)
            && cap_word(&toks[a.end - 1])
            && toks.get(n).is_some_and(|t| t.lower == and)
            && !toks[a.start..a.end].iter().any(|t| t.lower == and);
        if !remit {
            return (a, 1);
        }
        // (one or two plain words, then no more of a name)
        let mut end = n + 1;
        while end < n + 3 && toks.get(end).is_some_and(plain) {
            end += 1;
        }
        // (not a list's next name: "… of Schiller Park and Merchants and Manufacturers
        // State Bank")
        let ends = end > n + 1
            && toks
                .get(end)
                .is_none_or(|t| !cap_word(t) && ![and, of, for_, WORDS.amp].contains(&t.lower));
        // (what the tagger found there, if anything, is these words and not a person)
        let fits = next.is_none_or(|b| {
            b.start >= end || b.start == n + 1 && b.end == end && b.ty != Type::Per
        });
        if ends && fits {
            one_company(a, next, end)
        } else {
            (a, 1)
        }
    });
}

/// A company named for two people or things that the tagger read as two names: "Lamson
/// and Sessions Co" (one word, "and", one word and a legal form), when neither word is a
/// name the gazetteer knows ("Ford and Chrysler Corp" are two).
///
/// So is a name followed by "and" or "&" and a word that finishes a firm's name ("Samuel
/// Montagu and Co Ltd", "James Capel and Co", "David Rubin & Partners":
/// [`super::gazetteer::partner_word`]), with the legal forms after it, when the tagger
/// left the word out or read it as a name of its own.
fn partnerships(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let and = WORDS.and;
    let joiner = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.lower == and || t.lower == WORDS.amp)
    };
    let partner = |j: usize| {
        toks.get(j)
            .is_some_and(|t| super::gazetteer::partner_word(t.span().slice(text)))
    };
    join_pass(out, |out, i| {
        let a = out[i];
        let next = out.get(i + 1).copied();
        if a.end - a.start <= 4 && joiner(a.end) && partner(a.end + 1) {
            let mut end = a.end + 2;
            while toks
                .get(end)
                .is_some_and(|t| cap_word(t) && t.gaz & bit::ORG_SUFFIX != 0)
            {
                end += 1;
            }
            // (a name the tagger read from the word on, "Co Ltd", is taken in, up to the
            // firm's last word: not "of New York" of "Polshek and Partners of New York";
            // one beyond it is left alone)
            if next.is_none_or(|b| b.start >= end || b.start == a.end + 1) {
                if let Some(b) = next.filter(|b| b.start < end) {
                    // ("Co., L.P.": legal forms after a comma)
                    if toks[end.min(b.end)..b.end]
                        .iter()
                        .all(|t| !t.has(flag::WORD) || t.gaz & bit::ORG_SUFFIX != 0)
                    {
                        end = end.max(b.end);
                    }
                }
                return one_company(a, next, end);
            }
        }
        let Some(b) = next else {
            return (a, 1);
        };
        let joined = a.end - a.start == 1
            && b.end - b.start == 2
            && b.start == a.end + 1
            && toks[a.end].lower == and
            && b.ty == Type::Org
            && toks[b.end - 1].gaz & bit::ORG_SUFFIX != 0
            && cap_word(&toks[a.start])
            && cap_word(&toks[b.start])
            && !toks[a.start].has(flag::CAPS_LINE)
            && entry_of(lex, &toks[a.start..a.end]).is_none()
            && entry_of(lex, &toks[b.start..b.start + 1]).is_none();
        if joined {
            one_company(a, next, b.end)
        } else {
            (a, 1)
        }
    });
}

/// Rewrites `out` in one pass, in place: `step(out, i)` gives the mention kept for
/// mention `i` and how many mentions it stands for (1, or 2 with the one after it), so that
/// joining names shifts no others (no removal from the middle of the list).
fn join_pass(out: &mut Vec<M>, mut step: impl FnMut(&[M], usize) -> (M, usize)) {
    let (mut w, mut i) = (0, 0);
    while i < out.len() {
        // (reads mentions `i` and after only, which no write has reached: w <= i)
        let (m, n) = step(out, i);
        out[w] = m;
        w += 1;
        i += n;
    }
    out.truncate(w);
}

/// Mention `a` made one organisation up to token `end`, of no known entry, and how many
/// mentions it stands for ([`join_pass`]): with `next` when that one starts before `end`.
fn one_company(a: M, next: Option<M>, end: usize) -> (M, usize) {
    let m = M {
        start: a.start,
        end,
        ty: Type::Org,
        entry: None,
    };
    (m, 1 + usize::from(next.is_some_and(|b| b.start < end)))
}

/// A company named in full for a person, which the tagger read as the person's given name
/// and a company ("Mark" and "IV Industries Inc", "J. Henry" and "Schroder Wagg and Co
/// Ltd", "Alex" and "Brown and Sons Inc" of "Alex. Brown and Sons Inc"): given names
/// (and initials) right before a name that ends in a legal form are its first words; so
/// is a given name written short with a period ([`super::gazetteer::given_abbreviation`]).
/// Not a name without a legal form ("the Clinton White House").
fn firms_named_for_people(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let given =
        |t: &Tok| (t.gaz & bit::GIVEN != 0 || t.has(flag::INITIAL)) && t.gaz & bit::FUNC == 0;
    // (token `j` one or two spaces or line breaks after the one before it)
    let spaced = |j: usize| {
        let gap = between(text, toks, j);
        !gap.is_empty() && gap.len() <= 2 && gap.bytes().all(|c| c == b' ' || c == b'\n')
    };
    join_pass(out, |out, k| {
        let p = out[k];
        let Some(o) = out.get(k + 1).copied() else {
            return (p, 1);
        };
        let firm =
            o.ty == Type::Org && o.end - o.start > 1 && toks[o.end - 1].gaz & bit::ORG_SUFFIX != 0;
        let last = &toks[p.end - 1];
        let full = o.start == p.end
            && toks[p.start..p.end].iter().all(given)
            && last.gaz & bit::GIVEN != 0
            && spaced(o.start);
        let short = o.start == p.end + 1
            && p.end - p.start == 1
            && toks[p.end].span().slice(text) == "."
            && between(text, toks, p.end).is_empty()
            && spaced(o.start)
            && super::gazetteer::given_abbreviation(last.span().slice(text));
        if p.ty == Type::Per && firm && (full || short) {
            one_company(p, Some(o), o.end)
        } else {
            (p, 1)
        }
    });
}

/// "Norwich striker Keith O'Neill", "Sunderland forward Niall Quinn": a town the gazetteer
/// knows, right before a position only a player holds
/// ([`super::gazetteer::player_position`]) and a name, is the town's club; a country's or
/// another national side's name stays the place ("England striker Alan Shearer":
/// [`super::gazetteer::national_side`]).
fn clubs_of_players(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    for m in out.iter_mut() {
        if m.ty != Type::Loc || m.end - m.start != 1 {
            continue;
        }
        let position = toks.get(m.end).is_some_and(|t| {
            !t.has(flag::HAS_UPPER) && super::gazetteer::player_position(t.span().slice(text))
        });
        if !position || !toks.get(m.end + 1).is_some_and(|t| t.has(flag::INIT_CAP)) {
            continue;
        }
        let town = entry_of(lex, &toks[m.start..m.end])
            .is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Place);
        if town && !super::gazetteer::national_side(toks[m.start].span().slice(text)) {
            m.ty = Type::Org;
            m.entry = None;
        }
    }
}

/// Match results: "Kessling beat Dunmore 2-0", "Halverton drew 1-1 with Tressby", "Arlby
/// lost 3-2 to Carrow". Unless either side is a person, the two sides are teams: a side
/// the tagger missed, or read as a place the gazetteer does not know, is an organisation;
/// countries (national sides) stay places.
fn match_results(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let n = toks.len();
    let word = |j: usize| toks[j].span().slice(text);
    // The end of a score "2-0" at token j.
    let score = |j: usize| -> Option<usize> {
        (j + 2 < n
            && toks[j].has(flag::NUMBER)
            && matches!(word(j + 1), "-" | "–")
            && toks[j + 2].has(flag::NUMBER)
            && toks[j + 1].start == toks[j].end
            && toks[j + 2].start == toks[j + 1].end)
            .then_some(j + 3)
    };
    // A side at token j (a mention starting there or one capitalised word), and its end.
    let side = |out: &[M], j: usize| -> Option<(usize, usize)> {
        if j >= n {
            return None;
        }
        match out.iter().find(|m| m.start <= j && j < m.end) {
            Some(m) if m.start == j => Some((j, m.end)),
            Some(_) => None,
            None => (toks[j].has(flag::CAND) && toks[j].has(flag::INIT_CAP)).then_some((j, j + 1)),
        }
    };
    // The verb comes at most five tokens before a score: only those tokens are looked up.
    let mut verbs: Vec<usize> = Vec::new();
    let mut from = 1;
    let numbers = toks
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, t)| t.has(flag::NUMBER));
    for j in numbers.map(|(j, _)| j).filter(|&j| score(j).is_some()) {
        let lo = j.saturating_sub(5).max(from);
        verbs.extend((lo..j).filter(|&k| {
            let t = &toks[k];
            t.has(flag::WORD) && !t.has(flag::HAS_UPPER) && super::gazetteer::result_verb(word(k))
        }));
        from = from.max(j);
    }
    let mut sides = Vec::new();
    for k in verbs {
        let Some(left) = out
            .iter()
            .find(|m| m.end == k)
            .map(|m| (m.start, m.end))
            .or_else(|| side(out, k - 1).filter(|s| s.1 == k))
        else {
            continue;
        };
        // "beat Dunmore 2-0", or "drew 1-1 with Tressby".
        let right = side(out, k + 1)
            .filter(|r| score(r.1).is_some())
            .or_else(|| {
                let e = score(k + 1)?;
                (e < n && matches!(word(e), "with" | "to" | "against"))
                    .then(|| side(out, e + 1))
                    .flatten()
            });
        // A person on either side makes it a game between people ("the Argentine beat
        // Potito Starace 6-1 7-6").
        let person = |s: (usize, usize)| {
            out.iter()
                .any(|m| m.start == s.0 && m.end == s.1 && m.ty == Type::Per)
        };
        if let Some(right) = right
            && !person(left)
            && !person(right)
        {
            sides.extend([left, right]);
        }
    }
    for (a, b) in sides {
        let known_place = entry_of(lex, &toks[a..b])
            .is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Country);
        match out.iter_mut().find(|m| m.start == a && m.end == b) {
            Some(m) if m.ty == Type::Loc && !known_place && m.entry.is_none() => m.ty = Type::Org,
            Some(_) => {}
            None if !known_place => {
                let at = out.partition_point(|m| m.start < a);
                out.insert(
                    at,
                    M {
                        start: a,
                        end: b,
                        ty: Type::Org,
                        entry: None,
                    },
                );
            }
            None => {}
        }
    }
}

/// Lines of results: "Sale 31 Wasps 33", "Currie 45 Heriot's F.P. 5", "Jed-Forest 17
/// Watsonians 54": a line that is two sides, each one to four capitalised words and a
/// number after it, and nothing else, is a game between two teams: a side the tagger
/// missed, read in part, or read as a place the gazetteer does not know as a country, is
/// an organisation (a side the gazetteer knows as a country is a national side and stays
/// a place). Not when a side is a person's name, has no word in title case (a headline),
/// a month, a day or a word with a digit, nor in lines of a table whose words label
/// figures ("Shr", "Revs").
fn result_lines(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let n = toks.len();
    let line_start = |j: usize| j == 0 || break_before(text, toks, j);
    // (no month or day, no word with a digit: "GMT APRIL 7", "H1 1996")
    let name_word = |t: &Tok| {
        cap_word(t)
            && t.gaz & bit::TIME == 0
            && !t.span().slice(text).bytes().any(|b| b.is_ascii_digit())
            || t.has(flag::POSS)
    };
    // (a side from token j: its end, the number's end)
    let side = |j: usize| -> Option<(usize, usize)> {
        let mut e = j;
        while e < n && e < j + 4 && name_word(&toks[e]) && (e == j || !break_before(text, toks, e))
        {
            e += 1;
        }
        // (a word in title case in it: not a headline's "RESULTS IN LINE WITH 1986")
        (e > j
            && cap_word(&toks[j])
            && toks[j..e].iter().any(title_word)
            && e < n
            && toks[e].has(flag::NUMBER)
            && !break_before(text, toks, e)
            && toks[e]
                .span()
                .slice(text)
                .bytes()
                .all(|b| b.is_ascii_digit()))
        .then_some((e, e + 1))
    };
    let mut sides: Vec<(usize, usize)> = Vec::new();
    let mut j = 0;
    while j < n {
        if !toks[j].has(flag::INIT_CAP) || !line_start(j) {
            j += 1;
            continue;
        }
        let game = side(j).and_then(|(a_end, k)| {
            let (b_end, e) = side(k).filter(|_| !break_before(text, toks, k))?;
            let ends = e == n || break_before(text, toks, e);
            let label = |a: usize, b: usize| {
                (a..b).any(|i| {
                    super::gazetteer::unit_abbreviation(toks[i].lower)
                        || super::gazetteer::table_label(toks[i].lower)
                })
            };
            (ends && !label(j, a_end) && !label(k, b_end)).then_some([(j, a_end), (k, b_end)])
        });
        match game {
            Some(pair) => {
                sides.extend(pair);
                j = pair[1].1 + 1;
            }
            None => j += 1,
        }
    }
    if sides.is_empty() {
        return;
    }
    // (mentions are sorted and disjoint: those within tokens a..b, found by bisection, so
    // that a table of thousands of lines takes linear time)
    let within = |out: &[M], a: usize, b: usize| {
        let from = out.partition_point(|m| m.end <= a);
        let to = out.partition_point(|m| m.start < b);
        from..to.max(from)
    };
    // (a person's name of two words or more on either side: a game between people)
    let person = |out: &[M], (a, b): (usize, usize)| {
        out[within(out, a, b)]
            .iter()
            .any(|m| m.ty == Type::Per && m.end - m.start > 1 && m.start >= a && m.end <= b)
    };
    let mut drop = vec![false; out.len()];
    let mut new = Vec::new();
    for pair in sides.chunks(2) {
        if person(out, pair[0]) || person(out, pair[1]) {
            continue;
        }
        for &(a, b) in pair {
            let country = entry_of(lex, &toks[a..b])
                .is_some_and(|(e, _)| lex.entries[e as usize].kind == Kind::Country);
            let r = within(out, a, b);
            match out[r.clone()]
                .iter()
                .position(|m| m.start == a && m.end == b)
            {
                Some(k) => {
                    let m = &mut out[r.start + k];
                    if m.ty == Type::Loc && !country && m.entry.is_none() {
                        m.ty = Type::Org;
                    }
                }
                None if !country => {
                    drop[r].iter_mut().for_each(|d| *d = true);
                    new.push(M {
                        start: a,
                        end: b,
                        ty: Type::Org,
                        entry: None,
                    });
                }
                None => {}
            }
        }
    }
    if !new.is_empty() {
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        out.extend(new);
        disjoint(out);
    }
}

fn is_for_or_of(t: &Tok) -> bool {
    t.lower == WORDS.for_ || t.lower == WORDS.of
}

/// Is `t` "of" or "on" in lower case?
fn is_of_or_on(t: &Tok) -> bool {
    (t.lower == WORDS.of || t.lower == WORDS.on) && !t.has(flag::HAS_UPPER)
}

/// The opening brackets (after the first token) around a single word of 2 to 8
/// characters, which may be initials: "(BMA)", "(LNG)".
fn bracketed_words(toks: &[Tok]) -> impl Iterator<Item = usize> + '_ {
    let w = &*WORDS;
    (1..toks.len().saturating_sub(2)).filter(move |&i| {
        toks[i].lower == w.open
            && toks[i + 2].lower == w.close
            && toks[i + 1].has(flag::WORD)
            && (2..=8).contains(&toks[i + 1].chars)
    })
}

/// Initials in brackets after the words they abbreviate, written in lower case, stand for a
/// term, not a name ("liquefied natural gas (LNG)", "corporate social responsibility
/// (CSR)"): no mention of them is a name. Unless the last word names an organisation
/// ("multilateral investment guarantee agency (MIGA)").
fn terms(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let mut terms: Vec<u64> = Vec::new();
    for i in bracketed_words(toks) {
        let acr = &toks[i + 1];
        if toks[i - 1].has(flag::HAS_UPPER)
            || lex.word_bits(toks[i - 1].lower) & (bit::ORG_KEY | bit::ORG_SUFFIX) != 0
        {
            continue;
        }
        // (initials in capitals, or capitalised: "Minority ethnic led (Mel)")
        let acr_text = acr.span().slice(text);
        if !acr.has(flag::INIT_CAP) {
            continue;
        }
        // Words in lower case (the first may open the sentence) whose initials spell it.
        let mut a = i;
        let mut term = false;
        while a > 0 && i - a < acr.chars as usize + 3 {
            let t = &toks[a - 1];
            if !t.has(flag::WORD) || t.has(flag::HAS_UPPER) && !t.has(flag::FIRST) {
                break;
            }
            a -= 1;
            if super::link::initials_of(acr_text, text, &toks[a..i]) {
                term = true;
                break;
            }
            if t.has(flag::HAS_UPPER) {
                break;
            }
        }
        if term {
            terms.push(acr.lower);
        }
    }
    if !terms.is_empty() {
        terms.sort_unstable();
        out.retain(|m| m.end - m.start > 1 || terms.binary_search(&toks[m.start].lower).is_err());
    }
}

/// Acronym definitions, "Resident Doctors’ Union (RDU)": the name before the brackets is
/// taken back as far as the acronym's initials go (the tagger may have missed a word),
/// and the acronym is a mention of the same type.
fn definitions(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let mut added = Vec::new();
    // The starts of the mentions a name before an acronym replaces.
    let mut replaced: rustc_hash::FxHashSet<usize> = Default::default();
    // The acronyms defined, with their names' type and gazetteer entry.
    let mut defined: Vec<(&str, Type, Option<u32>)> = Vec::new();
    for i in bracketed_words(toks) {
        let acr = &toks[i + 1];
        // In capitals, or mostly ("BoW", "DfE").
        let acr_text = acr.span().slice(text);
        let capitals = acr_text.chars().filter(|c| c.is_uppercase()).count();
        if capitals < 2 || capitals * 2 < acr.chars as usize {
            continue;
        }
        let letters = acr.chars as usize;
        // The longest stretch of name-like words ending right before "(" whose initials
        // spell the acronym.
        let mut best = None;
        let mut a = i;
        while a > 0 && i - a < letters + 3 {
            let t = &toks[a - 1];
            let namey = (t.has(flag::WORD) && t.has(flag::HAS_UPPER))
                || t.gaz & bit::CONNECTOR != 0
                || t.has(flag::POSS);
            if !namey {
                break;
            }
            a -= 1;
            if toks[a].has(flag::HAS_UPPER)
                && toks[a].has(flag::WORD)
                && toks[a].gaz & bit::FUNC == 0
                && super::link::initials_of(acr_text, text, &toks[a..i])
            {
                best = Some(a);
            }
        }
        let Some(a) = best else { continue };
        // A possessive right before the brackets is not part of the name ("the Bank of
        // Westmarch's (BoW) decision").
        let end = if i - a > 1 && toks[i - 1].has(flag::POSS) {
            i - 1
        } else {
            i
        };
        // The mention ending there (if any) gives the type; organisations by default. A
        // person has no acronym in brackets, nor a place the gazetteer does not know
        // ("Archer Daniels Midland (ADM)", "Economic Commission for Latin America and the
        // Caribbean (ECLAC)"; but "United Arab Emirates (UAE)").
        // (`out` is in order, and only mentions starting from `a` to the acronym matter,
        // less those the name of an earlier acronym replaced)
        let lo = out.partition_point(|m| m.start < a);
        let hi = out.partition_point(|m| m.start < i + 2);
        let near: Vec<M> = out[lo..hi]
            .iter()
            .filter(|m| !replaced.contains(&m.start))
            .copied()
            .collect();
        let ty = near
            .iter()
            .find(|m| m.end == end)
            .map_or(Type::Org, |m| match m.ty {
                // (initials with full stops are a person's: "Alan John Percivale (A.J.P.)")
                Type::Per if !acr_text.contains('.') => Type::Org,
                Type::Loc if m.entry.is_none() => Type::Org,
                ty => ty,
            });
        // (removed at the end)
        replaced.extend(near.iter().filter(|m| m.end <= i).map(|m| m.start));
        added.push(M {
            start: a,
            end,
            ty,
            entry: None,
        });
        if !near.iter().any(|m| m.start == i + 1) {
            added.push(M {
                start: i + 1,
                end: i + 2,
                ty,
                entry: None,
            });
        }
        let entry = entry_of(lex, &toks[a..end])
            .filter(|&(_, strict)| strict != Strict::FeatureOnly)
            .map(|(e, _)| e);
        defined.push((acr_text, ty, entry));
    }
    if !replaced.is_empty() {
        out.retain(|m| !replaced.contains(&m.start));
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.start);
    }
    // What the article defines an acronym as, it means by it throughout, whatever else the
    // gazetteer knows by it ("The Palestinian Authority (PA) …" is no news agency's "PA"):
    // its mentions take the defined name's type and entry.
    if !defined.is_empty() {
        // (the first definition of each, found by binary search: a long text may define
        // thousands)
        defined.sort_by_key(|d| d.0);
        for m in out
            .iter_mut()
            .filter(|m| m.end - m.start == 1 && m.entry.is_some())
        {
            let w = toks[m.start].span().slice(text);
            let k = defined.partition_point(|d| d.0 < w);
            if let Some(&(acr, ty, entry)) = defined.get(k)
                && acr == w
            {
                m.entry = entry;
                m.ty = ty;
            }
        }
    }
}

/// Does a word look like an acronym: two to six letters, mostly capitals ("BMA", "BoW")?
pub(crate) fn acronym_like(text: &str) -> bool {
    let (mut letters, mut capitals) = (0, 0);
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            capitals += c.is_uppercase() as usize;
        } else if c != '.' && c != '&' {
            return false;
        }
    }
    (2..=6).contains(&letters) && capitals >= 2 && capitals * 2 >= letters
}

/// An acronym of an organisation named in the article is that organisation's mention,
/// whatever the tagger thought ("The BoW has turned a corner" after "Bank of Westmarch").
fn initialisms(text: &str, toks: &[Tok], out: &mut [M]) {
    let acronym = |m: &M| {
        m.ty != Type::Org && m.end - m.start == 1 && acronym_like(toks[m.start].span().slice(text))
    };
    if !out.iter().any(acronym) {
        return;
    }
    // The long names, by the letters their initials start with.
    let longs: Vec<(usize, usize)> = out
        .iter()
        .filter(|m| m.ty == Type::Org && m.end - m.start > 1)
        .map(|m| (m.start, m.end))
        .collect();
    if longs.is_empty() {
        return;
    }
    let mut by_initial = super::link::ByInitial::default();
    by_initial.build(
        longs
            .iter()
            .map(|&(a, b)| super::link::name_initials(text, &toks[a..b])),
    );
    // Each acronym's answer, worked out once.
    let mut known: rustc_hash::FxHashMap<&str, bool> = Default::default();
    for m in out.iter_mut() {
        if !acronym(m) {
            continue;
        }
        let acr = toks[m.start].span().slice(text);
        let matches = *known.entry(acr).or_insert_with(|| {
            by_initial.candidates(acr).any(|n| {
                let (a, b) = longs[n];
                super::link::initials_of(acr, text, &toks[a..b])
            })
        });
        if matches {
            m.ty = Type::Org;
        }
    }
}

/// Web companies ("Goto.com") are organisations.
fn web_names(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let mut k = 0;
    let mut added = false;
    for (i, t) in toks.iter().enumerate() {
        if !dotcom(text, t) {
            continue;
        }
        while k < out.len() && out[k].end <= i {
            k += 1;
        }
        match out.get_mut(k).filter(|m| m.start <= i) {
            Some(m) => {
                if m.end - m.start == 1 {
                    m.ty = Type::Org;
                }
            }
            None => {
                out.push(M {
                    start: i,
                    end: i + 1,
                    ty: Type::Org,
                    entry: None,
                });
                added = true;
            }
        }
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// Local repairs of the tagger's boundaries: "Moody's" when the gazetteer knows the name
/// with its "'s"; "Goldman, Sachs & Co." and "WORLDSOURCES, INC." as one organisation;
/// web companies ("Goto.com").
/// "the Kingdom of Belgium", "the Commonwealth of Massachusetts": a state's form before
/// "of" and a place is that place, one name (the tagger reads "Kingdom" as an
/// organisation).
fn polities(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let of = WORDS.of;
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k], out[k + 1]);
        if a.end - a.start == 1
            && b.ty == Type::Loc
            && b.start == a.end + 1
            && toks[a.end].lower == of
            && super::gazetteer::polity(toks[a.start].span().slice(text))
        {
            out[k] = M {
                start: a.start,
                ..b
            };
            out.remove(k + 1);
        }
        k += 1;
    }
}

fn repair(toks: &[Tok], lex: &Lexicon, out: &mut Vec<M>) {
    let w = &*WORDS;
    let n = toks.len();
    // Possessive names.
    for m in out.iter_mut() {
        if m.end < n
            && toks[m.end].has(flag::POSS)
            && toks[m.end].start == toks[m.end - 1].end
            && let Some((e, strict)) = entry_of(lex, &toks[m.start..m.end + 1])
            && strict != Strict::FeatureOnly
        {
            m.end += 1;
            m.ty = kind_type(lex.entries[e as usize].kind);
            m.entry = Some(e);
        }
    }
    // "New" with its capital inside a sentence, right before a name, is part of it
    // ("executives from New Line Cinema", read as "Line Cinema"); not before a name the
    // gazetteer knows, unless it knows the longer one too ("New Labour" is Labour).
    for k in 0..out.len() {
        let (a, b) = (out[k].start, out[k].end);
        if a > 0
            && toks[a - 1].lower == w.new
            && toks[a - 1].has(flag::INIT_CAP)
            && !toks[a - 1].has(flag::FIRST)
            && !toks[a - 1].has(flag::CAPS_LINE)
            && toks[a - 1].end + 1 == toks[a].start
            && (k == 0 || out[k - 1].end < a)
        {
            let longer = entry_of(lex, &toks[a - 1..b]).filter(|(_, s)| *s != Strict::FeatureOnly);
            if out[k].entry.is_none() || longer.is_some() {
                out[k].start -= 1;
                if let Some((e, _)) = longer {
                    out[k].entry = Some(e);
                    out[k].ty = kind_type(lex.entries[e as usize].kind);
                }
            }
        }
    }
    // A name cut inside an "&AMP;" joint ends before it (the joint is taken up below).
    for m in out.iter_mut() {
        while m.end - m.start > 1
            && (toks[m.end - 1].lower == w.amp
                || m.end - m.start > 2
                    && toks[m.end - 1].lower == w.amp_word
                    && toks[m.end - 2].lower == w.amp)
        {
            m.end -= if toks[m.end - 1].lower == w.amp { 1 } else { 2 };
        }
    }
    // A name whose "'s" possesses nothing is a name with "'s" ("Moody's said", "Boatmen's,
    // which"): followed by punctuation or a function word in lower case, but not by an
    // opening bracket or quote, which starts what it possesses ("Halcyon's (HGL) profit",
    // "Halcyon's "Cloud First" plan"), nor by a title ("the BBC's They Think It's All
    // Over").
    for m in out.iter_mut() {
        if m.ty == Type::Org
            && m.end + 1 < n
            && toks[m.end].has(flag::POSS)
            && toks[m.end].start == toks[m.end - 1].end
            && (toks[m.end + 1].has(flag::PUNCT) && !toks[m.end + 1].has(flag::OPENER)
                || toks[m.end + 1].gaz & bit::FUNC != 0 && !toks[m.end + 1].has(flag::HAS_UPPER))
        {
            m.end += 1;
        }
    }
    // Joints: ", Inc." and "&".
    let mut i = 0;
    while i < out.len() {
        let m = out[i];
        let mut end = m.end;
        let mut grew = false;
        loop {
            // ", Inc."
            if end + 1 < n
                && toks[end].lower == w.comma
                && toks[end + 1].gaz & bit::ORG_SUFFIX != 0
                && cap_word(&toks[end + 1])
            {
                end += 2;
                grew = true;
                continue;
            }
            // "& Co." / "& Sons" / "&AMP; Gamble"
            if let Some(after) = ampersand(toks, end)
                && after < n
                && cap_word(&toks[after])
                && toks[end].start >= toks[end - 1].end
            {
                let mut b = after;
                // Through the next mention, or a run of capitalised words.
                if let Some(next) = out.get(i + 1).filter(|x| x.start == after) {
                    b = next.end;
                } else {
                    while b < n && cap_word(&toks[b]) && b < after + 3 {
                        b += 1;
                    }
                }
                end = b;
                grew = true;
                continue;
            }
            break;
        }
        if grew {
            // "WORLD TIMES, INC.": the capitalised words just before belong to the name.
            let floor = if i > 0 { out[i - 1].end } else { 0 };
            let mut a = out[i].start;
            while a > floor
                && a + 3 > m.start
                && cap_word(&toks[a - 1])
                && toks[a - 1].gaz & bit::FUNC == 0
                && !toks[a].has(flag::FIRST)
            {
                a -= 1;
            }
            out[i].start = a;
            let mut j = i + 1;
            while j < out.len() && out[j].start < end {
                end = end.max(out[j].end);
                j += 1;
            }
            out.drain(i + 1..j);
            out[i].end = end;
            out[i].ty = Type::Org;
            out[i].entry = entry_of(lex, &toks[out[i].start..end]).map(|e| e.0);
        }
        i += 1;
    }
    // "Goldman, Sachs & Co.", "Harwell, Dunmore and Pike": a partnership named for its
    // partners. An organisation with a joint ("Dunmore and Pike") right after a comma and
    // another organisation, or a one-word name of any type but a known place (the tagger
    // may see a surname), is one organisation with it, unless the two are in a list: the first ends in a legal form
    // ("Harwell & Co., Dunmore & Pike"), or a comma comes before it, or "and" or a comma
    // and another name after ("Unilever, Procter & Gamble and Nestle").
    let and = w.and;
    let listed = |k: usize, next: bool| {
        let t = if next {
            toks.get(k)
        } else {
            k.checked_sub(1).map(|j| &toks[j])
        };
        t.is_some_and(|t| t.lower == w.comma || t.lower == and)
    };
    let mut i = 1;
    while i < out.len() {
        let (a, b) = (out[i - 1], out[i]);
        // (a known place alone is where: "In Paris, Dupont & Co said")
        let place = a.ty == Type::Loc && toks[a.start].gaz & (bit::LOC_U | bit::LOC_B) != 0;
        let joined = (a.ty == Type::Org || a.end - a.start == 1 && !place)
            && b.ty == Type::Org
            && a.end + 1 == b.start
            && toks[a.end].lower == w.comma
            && toks[a.end - 1].gaz & bit::ORG_SUFFIX == 0
            && (b.start + 1..b.end.saturating_sub(1)).any(|k| {
                (toks[k].lower == and || ampersand(toks, k).is_some()) && cap_word(&toks[k - 1])
            })
            && !listed(a.start, false)
            && !(listed(b.end, true) && toks.get(b.end + 1).is_some_and(cap_word));
        if joined {
            out[i - 1].end = b.end;
            out[i - 1].ty = Type::Org;
            out[i - 1].entry = None;
            out.remove(i);
        } else {
            i += 1;
        }
    }
    // Two organisations joined by a slash are one: an alliance or a merged club
    // ("CDU/CSU", "Admira / Wacker"); not two media the gazetteer knows, which a slash
    // lists ("BBC Two/Sky One", "NME/Radio One").
    let slash = w.slash;
    let media = |m: &M| {
        m.entry
            .is_some_and(|e| lex.entries[e as usize].org_type == Some("media"))
    };
    let mut i = 1;
    while i < out.len() {
        let (a, b) = (out[i - 1], out[i]);
        if a.ty == Type::Org
            && b.ty == Type::Org
            && a.end + 1 == b.start
            && toks[a.end].lower == slash
            && !(media(&a) && media(&b))
        {
            out[i - 1].end = b.end;
            out[i - 1].entry = None;
            out.remove(i);
        } else {
            i += 1;
        }
    }
    // A lone legal suffix after a comma belongs to the name before it.
    let mut i = 0;
    while i < out.len() {
        let m = out[i];
        if m.end - m.start == 1
            && toks[m.start].gaz & bit::ORG_SUFFIX != 0
            && m.start >= 2
            && toks[m.start - 1].lower == w.comma
            && cap_word(&toks[m.start - 2])
        {
            let mut a = m.start - 2;
            if i > 0 && out[i - 1].end == a + 1 {
                a = out[i - 1].start;
                out.remove(i - 1);
                i -= 1;
            } else {
                while a > 0
                    && cap_word(&toks[a - 1])
                    && a + 4 > m.start
                    && toks[a - 1].gaz & bit::FUNC == 0
                {
                    a -= 1;
                }
            }
            out[i].start = a;
            out[i].ty = Type::Org;
        }
        i += 1;
    }
}

/// Is token `start - 1` an honorific that is no part of a name ("Mr", "Mrs.")?
pub(crate) fn after_honorific(text: &str, toks: &[Tok], start: usize) -> bool {
    title_before(toks, start)
        && super::gazetteer::honorific(toks[start - 1].span().slice(text)).is_some_and(|h| h.apart)
}

/// A capitalised word that is no key word of organisations' names, legal form, given
/// name, place's name or demonym: one a company may go by ([`goes_by`], [`middle_name`]).
fn plain_word(t: &Tok) -> bool {
    plain_word_but_given(t) && t.gaz & bit::GIVEN == 0
}

/// [`plain_word`], a given name allowed.
fn plain_word_but_given(t: &Tok) -> bool {
    let not =
        bit::ORG_KEY | bit::ORG_SUFFIX | bit::LOC_U | bit::LOC_B | bit::LOC_KEY | bit::DEMONYM;
    title_word(t) && t.gaz & not == 0
}

/// The word a company goes by, inside its full name that ends in a legal form, or that
/// the gazetteer knows as two words: the surname after its founder's initials or given
/// name ("Hutton" of "E.F. Hutton Group Inc", "Penney" of "J.C. Penney Co", "Wimpey" of
/// "George Wimpey"), not a key word, a legal form, a given name, a place's name or a word
/// that ends companies' names. Its token.
pub(crate) fn goes_by(text: &str, toks: &[Tok], m: &M) -> Option<usize> {
    // (or of two words, a name the gazetteer knows: "Wimpey" of "George Wimpey",
    // "Thornton" of "Grant Thornton")
    let known_pair = m.end - m.start == 2 && m.entry.is_some();
    if m.ty != Type::Org || m.end - m.start < 3 && !known_pair {
        return None;
    }
    let first = &toks[m.start];
    // (not a place's: "U.S. Shoe Corp", "U.K. Trade Office")
    // (a letter alone too, "K Mart Corp"; not a word, "A")
    let letter = first.chars == 1 && first.has(flag::ALL_CAPS) && first.gaz & bit::FUNC == 0;
    let initials = (first.has(flag::INITIAL)
        || letter
        || first.span().slice(text).ends_with('.') && first.has(flag::ALL_CAPS))
        && first.gaz & (bit::LOC_U | bit::LOC_B | bit::LOC_KEY | bit::DEMONYM) == 0;
    // (or the founder's given name: "Labatt" of "John Labatt Ltd", "Fairfax" of "John
    // Fairfax Ltd"; not a person and the firm they are of, "Philip Braverman of Irving
    // Securities Corp")
    let given = first.gaz & bit::GIVEN != 0
        && plain_word_but_given(first)
        && toks[m.start..m.end]
            .iter()
            .all(|t| !t.has(flag::WORD) || t.has(flag::HAS_UPPER));
    let t = &toks[m.start + 1];
    // (a given name too, "Grace" of "W.R. Grace and Co", "Morgan" of "J.P. Morgan and Co
    // Inc": after initials it is a surname; a person of the article with that surname
    // keeps it, on the votes)
    let by = plain_word_but_given(t) && !super::gazetteer::company_word(t.span().slice(text));
    // (a company's name, with its legal form: not "U.S. Trade Representative")
    let legal = toks[m.end - 1].gaz & bit::ORG_SUFFIX != 0;
    ((initials || given) && by && (legal || known_pair)).then_some(m.start + 1)
}

/// The word between the first word of a company's name of three and its legal form
/// ("Kodak" of "Eastman Kodak Co"), when neither word is a key word, legal form, given
/// name, place or demonym, nor the second a word that ends companies' names. Its token.
/// (Not a short name on its own: "Boston" of "First Boston Corp" is mostly the city; it is
/// the company's only where the word alone is read as a person's or an organisation's.)
pub(crate) fn middle_name(text: &str, toks: &[Tok], m: &M) -> Option<usize> {
    if m.ty != Type::Org || m.end - m.start != 3 || toks[m.end - 1].gaz & bit::ORG_SUFFIX == 0 {
        return None;
    }
    let w = m.start + 1;
    (plain_word(&toks[m.start])
        && plain_word(&toks[w])
        && !super::gazetteer::company_word(toks[w].span().slice(text)))
    .then_some(w)
}

/// A name known in the document: its surface form and the votes for its type.
#[derive(Clone, Copy, Debug)]
struct Known {
    first: u64,
    len: usize,
    surface: u64,
    votes: [u32; 3],
    /// The last word of a person's full name.
    surname: bool,
    /// The first word of an organisation's name whose other words are legal forms or
    /// words like "Technologies" ("Halcyon" of "Halcyon Systems").
    company: bool,
    /// The name opens with a word the gazetteer knows as (the start of) a place.
    place: bool,
    /// The first word of a name in the article that is surely an organisation's (not
    /// only a company's): "Shearson" of "Shearson Lehman Brothers".
    heads_org: bool,
    /// A name of several words that opens with a given name, or whose last word is a
    /// person's name in the article ("Keanu Reeves", "Lleyton Hewitt" beside "Hewitt").
    person_like: bool,
    /// The surface of the last word.
    last: u64,
    /// Written after an honorific ("Heath" of "Mr Heath").
    titled: bool,
    /// A name of several words that opens with a given name.
    person_like_start: bool,
}

impl Known {
    /// The type most votes agree on, if more than half do.
    fn majority(&self) -> Option<Type> {
        match (self.surname, self.company) {
            (true, false) => return Some(Type::Per),
            (false, true) => return Some(Type::Org),
            _ => {}
        }
        // A one-word name that opens an organisation's name and ends no person's is that
        // organisation's short name, whatever the tagger made of it alone as a person
        // ("Norcros said" beside "Norcros Plc"); the surname of a person named in full
        // keeps its votes ("Miller" of "Jeffrey Miller" and "Miller Tabak"), and so does a
        // word read as a place ("Kuantan" of "Kuantan Municipal Council").
        // (a stray reading as a place among many does not count: "shares in Norcros, or
        // 0.7 pct")
        let total: u32 = self.votes.iter().sum();
        if self.heads_org
            && !self.surname
            && !self.place
            && self.len == 1
            && self.votes[Type::Loc as usize] * 4 < total
        {
            return Some(Type::Org);
        }
        let (best, &v) = self.votes.iter().enumerate().max_by_key(|x| *x.1)?;
        if v * 2 > total {
            return Some(super::model::TYPES[best]);
        }
        // No majority: one sense per article all the same, the type with most votes; on a
        // tie a person's for a full name that looks like one ("Keanu Reeves"), else an
        // organisation's ("Xstrata", "Fulham"); a tie of person and place stays undecided
        // ("Shaw" and "Curepipe" go either way). Not for the names of known places, which
        // a club or a company may share ("Newcastle" the city and the team), nor for a
        // person's surname that also heads a company's name ("Miller" of "Jeffrey Miller"
        // and "Miller Tabak").
        if self.place || self.surname || total == 0 {
            return None;
        }
        if self.person_like {
            return [Type::Per, Type::Org, Type::Loc]
                .into_iter()
                .find(|&t| self.votes[t as usize] == v);
        }
        if self.votes[Type::Org as usize] == v {
            return Some(Type::Org);
        }
        (self.votes[Type::Per as usize] != self.votes[Type::Loc as usize])
            .then(|| super::model::TYPES[best])
    }
}

/// The runs of names of one length in `known` (sorted by length, longest first), each
/// found by binary search rather than by walking the names.
fn runs_of_length(known: &[Known]) -> impl Iterator<Item = &[Known]> {
    let mut rest = known;
    std::iter::from_fn(move || {
        let len = rest.first()?.len;
        let (same, more) = rest.split_at(rest.partition_point(|k| k.len == len));
        rest = more;
        Some(same)
    })
}

/// Can the first word of an organisation's name stand for it ("Palantir" for "Palantir
/// Technologies", "Goldman" for "Goldman Sachs"), as opposed to a generic word ("British",
/// "Bank", "New")? A given name can only where `given` allows it.
fn org_head(t: &Tok, lower_seen: &[u64], given: bool) -> bool {
    let names = if given { 0 } else { bit::GIVEN };
    t.has(flag::WORD)
        && t.has(flag::HAS_UPPER)
        && t.chars > 1
        && t.gaz
            & (bit::ORG_KEY
                | bit::ORG_SUFFIX
                | bit::DEMONYM
                | bit::TITLE
                | names
                | bit::TIME
                | bit::LOC_KEY
                | bit::CONNECTOR
                | bit::ROLE
                | bit::LOC_B
                | bit::LOC_U)
            == 0
        && lower_seen.binary_search(&t.lower).is_err()
}

/// Is mention `m` followed by an apposition whose head describes organisations ("at
/// CompTIA, an umbrella organization for technology companies,", "Delvane, a drug maker
/// based in …", "Hyperion, a unit of Walt Disney", "Petro-Canada, Canada's state-owned oil
/// company,")? Not a person's description ("Ng, a company spokesman"), not a phrase of
/// "of" ("Turnhout, a group of boy scouts"), nor after a name and "of" ("Mafina BV of
/// Voorburg, a subsidiary of …" is Mafina's); and a known place or a person's full name is
/// what it is ("Dallas, the company's home").
fn org_apposition(text: &str, toks: &[Tok], out: &[M], m: &M) -> bool {
    let is = |i: usize, s: &str| toks.get(i).is_some_and(|t| t.span().slice(text) == s);
    let article = matches!(
        toks.get(m.end + 1).map(|t| t.span().slice(text)),
        Some("a" | "an" | "the")
    );
    // (or a name's possessive: "Petro-Canada, Canada's state-owned oil company,")
    let possessor = toks.get(m.end + 1).is_some_and(|t| t.has(flag::INIT_CAP))
        && toks.get(m.end + 2).is_some_and(|t| t.has(flag::POSS));
    if !is(m.end, ",") || !article && !possessor {
        return false;
    }
    // The head: the last noun before a participle ("a drug maker based in"), a
    // preposition or punctuation, within four words.
    // (or before a relative pronoun: "Vexlo, a firm that tracks donations")
    let participle = |t: &Tok| {
        let w = t.span().slice(text);
        w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
            || matches!(w, "that" | "which" | "whose")
    };
    let first = if article { m.end + 2 } else { m.end + 3 };
    let mut k = first;
    while k < toks.len()
        && k < first + 4
        && toks[k].has(flag::WORD)
        && !toks[k].has(flag::HAS_UPPER)
        && toks[k].gaz & bit::CONNECTOR == 0
        && !(k > first && participle(&toks[k]))
    {
        k += 1;
    }
    let of_name = m.start > 1 && is(m.start - 1, "of") && out.iter().any(|o| o.end == m.start - 1);
    // (but "a unit of Walt Disney Co.", "a spinoff of Idealab"; not "According to Boyar,
    // the licensing division of Playboy, …")
    let part = k > first
        && matches!(toks[m.end + 1].span().slice(text), "a" | "an")
        && super::gazetteer::part_noun(toks[k - 1].span().slice(text))
        && toks.get(k + 1).is_some_and(|t| t.has(flag::INIT_CAP));
    if k == first || is(k, "of") && !part || of_name {
        return false;
    }
    let ends = k == toks.len()
        || k > first && participle(&toks[k])
        || !toks[k].has(flag::WORD) && !toks[k].has(flag::POSS)
        || toks[k].gaz & bit::CONNECTOR != 0;
    let place = toks[m.start].gaz & (bit::LOC_U | bit::LOC_B) != 0;
    let person = m.ty == Type::Per && (m.end - m.start > 1 || toks[m.start].gaz & bit::GIVEN != 0);
    (toks[k - 1].gaz & bit::DESCRIPTOR != 0 || part) && ends && !place && !person
}

/// Is mention `m` the parent of a company ("a unit of Walt Disney", "a spinoff of
/// Idealab"), or the club or company of one of its roles ("chief executive officer of
/// Petofi", "the manager of Tressby")? Not a known place ("the northeast arm of Great
/// Slave Lake", "the captain of England").
fn parent_company(text: &str, toks: &[Tok], m: &M) -> bool {
    m.start >= 2
        && toks[m.start - 1].span().slice(text) == "of"
        && toks[m.start].gaz & (bit::LOC_U | bit::LOC_B) == 0
        && {
            let w = toks[m.start - 2].span().slice(text);
            super::gazetteer::part_noun(w)
                || m.end - m.start == 1
                    && toks[m.start].gaz & bit::GIVEN == 0
                    && super::gazetteer::club_role(w)
        }
}

/// Is mention `m` where someone holding a role works (", an economist at Quervan", ",
/// security expert at Energis", "The director of religious publishing at Doubleday")? The
/// role phrase opens an apposition, or the sentence with an article or a role (not "He met
/// the director at Heathrow"), and a known place stays one ("a reporter at Kabul").
fn employer(text: &str, toks: &[Tok], m: &M) -> bool {
    if m.start < 2
        || toks[m.start - 1].span().slice(text) != "at"
        || toks[m.start].gaz & (bit::LOC_U | bit::LOC_B) != 0
    {
        return false;
    }
    // The phrase before "at": words in lower case (its first may open the sentence).
    let mut a = m.start - 1;
    while a > 0
        && m.start - 1 - a < 6
        && toks[a - 1].has(flag::WORD)
        && (!toks[a - 1].has(flag::HAS_UPPER) || toks[a - 1].has(flag::FIRST))
    {
        a -= 1;
        if toks[a].has(flag::FIRST) {
            break;
        }
    }
    // (after a comma any phrase; opening the sentence, one that starts with an article or
    // a role)
    let after_comma = a > 0 && matches!(toks[a - 1].span().slice(text), "," | "(");
    let opens_sentence = toks[a].has(flag::FIRST)
        && (toks[a].gaz & (bit::ROLE | bit::ROLE_MOD) != 0
            || ["a", "an", "the"]
                .iter()
                .any(|d| toks[a].span().slice(text).eq_ignore_ascii_case(d)));
    (after_comma || opens_sentence)
        && (a..m.start - 1).any(|j| {
            !toks[j].has(flag::HAS_UPPER)
                && (toks[j].gaz & bit::ROLE != 0
                    || super::gazetteer::staff_noun(toks[j].span().slice(text)))
        })
}

/// Makes the document consistent: each surface form takes its majority type, and other
/// occurrences of a name (or of a person's surname, or of the first word of an
/// organisation's name) become mentions too.
fn propagate(text: &str, toks: &[Tok], cands: &[usize], lower_seen: &[u64], out: &mut Vec<M>) {
    if out.is_empty() {
        return;
    }
    // Every surface form with its votes, one entry per vote; merged by surface below.
    let mut raw: Vec<Known> = Vec::with_capacity(out.len() * 2);
    let entry = |a: usize, b: usize, ty: Type, votes: u32, surname: bool, company: bool| {
        let mut v = [0; 3];
        v[ty as usize] = votes;
        Known {
            first: toks[a].lower,
            len: b - a,
            surface: surface(&toks[a..b]),
            votes: v,
            surname,
            company,
            place: toks[a].gaz & (bit::LOC_U | bit::LOC_B) != 0,
            heads_org: false,
            person_like: b - a > 1 && toks[a].gaz & bit::GIVEN != 0,
            person_like_start: b - a > 1 && toks[a].gaz & bit::GIVEN != 0,
            last: surface(&toks[b - 1..b]),
            titled: false,
        }
    };
    // A person's name after an honorific ("Mr Heath", "Mr Harwell Dunmore"); not in an
    // article that names a company so ("Mr. Rooter said" beside "Mr. Rooter Corp").
    let honorific_company = out
        .iter()
        .any(|o| o.ty == Type::Org && after_honorific(text, toks, o.start));
    let titled =
        |m: &M| m.ty == Type::Per && !honorific_company && after_honorific(text, toks, m.start);
    // The words of the people the article names in full, found once when asked.
    let people_words = std::cell::OnceCell::<Vec<u64>>::new();
    for m in out.iter() {
        // "the oil firm Yukos", "Premiership side Chelsea": a description of an
        // organisation right before a one-word name says what it is; not before a
        // person's name ("said broker Shakil Rizvi") or a known place ("as firm Chicago
        // wheat futures rose").
        // So does one in apposition or naming it: "his own party, Veritas,", "a company
        // called Arnwood".
        // A known place's name counts after a description with a modifier of its own, a
        // word in lower case or an acronym ("public relations firm Brunswick", "PR firm
        // Brunswick", "former club Southampton"), which makes the description a noun; not
        // after a name ("Al-Rai al-Aam newspaper Moscow").
        let descriptor = |j: usize| {
            let d = &toks[j];
            d.gaz & bit::DESCRIPTOR != 0 && d.has(flag::WORD) && !d.has(flag::HAS_UPPER)
        };
        let modified = |j: usize| {
            j > 0 && descriptor(j) && {
                let w = &toks[j - 1];
                w.has(flag::WORD)
                    && w.gaz & bit::FUNC == 0
                    && !w.has(flag::FIRST)
                    && (!w.has(flag::HAS_UPPER) || w.has(flag::ALL_CAPS))
            }
        };
        let described = m.start > 0
            && m.end - m.start == 1
            && toks[m.start].gaz & bit::GIVEN == 0
            && (toks[m.start].gaz & (bit::LOC_U | bit::LOC_B) == 0 || modified(m.start - 1))
            && {
                let word = |j: usize| toks[j].span().slice(text);
                descriptor(m.start - 1)
                    || m.start > 1
                        && descriptor(m.start - 2)
                        && (toks[m.start - 1].lower == WORDS.comma
                            && toks.get(m.end).is_some_and(|t| t.lower == WORDS.comma)
                            || matches!(word(m.start - 1), "called" | "named"))
            };
        // "Chelsea manager Jose Mourinho", "Petofi general manager Laszlo Sebesvari": a
        // role held in a club or company (after a word that qualifies roles), then a name.
        let club = m.end - m.start == 1 && toks[m.start].gaz & (bit::LOC_U | bit::LOC_B) == 0 && {
            let role = |j: usize| {
                toks.get(j).is_some_and(|t| {
                    !t.has(flag::HAS_UPPER) && super::gazetteer::club_role(t.span().slice(text))
                })
            };
            let qualifier = toks
                .get(m.end)
                .is_some_and(|t| super::gazetteer::club_role_qualifier(t.span().slice(text)));
            let j = if qualifier && role(m.end + 1) {
                m.end + 1
            } else {
                m.end
            };
            role(j) && toks.get(j + 1).is_some_and(|t| t.has(flag::INIT_CAP))
        };
        // "Kodak <EK>": a stock ticker after the name.
        let ticker = ticker_after(text, toks, m.end).is_some();
        if described
            || club
            || ticker
            || parent_company(text, toks, m)
            || employer(text, toks, m)
            || org_apposition(text, toks, out, m)
        {
            raw.push(entry(m.start, m.end, Type::Org, 3, false, true));
        }
        raw.push(Known {
            titled: titled(m),
            ..entry(m.start, m.end, m.ty, 2, false, false)
        });
        // "the town of Soweida": a settlement's noun makes a place.
        if settled(text, toks, m) {
            raw.push(entry(m.start, m.end, Type::Loc, 3, false, false));
        }
        if m.end - m.start < 2 {
            continue;
        }
        // Short forms.
        match m.ty {
            Type::Per => {
                let last = m.end - 1;
                if toks[last].has(flag::INIT_CAP) && !toks[last].has(flag::INITIAL) {
                    raw.push(entry(last, m.end, Type::Per, 1, true, false));
                }
            }
            Type::Org => {
                let rest = &toks[m.start + 1..m.end];
                let all_company = rest
                    .iter()
                    .all(|t| t.gaz & (bit::ORG_SUFFIX | bit::ORG_KEY) != 0 || !t.has(flag::WORD));
                // A given name heads a company only before legal forms and words that end
                // only companies' names ("Litton" of "Litton Industries", "Saga" of "Saga
                // Petroleum"; not "Clinton" of "Clinton Foundation"), or in a name that
                // ends in a legal form; and at full weight in either when no person in the
                // article has it in a full name ("Chase" of "Chase Manhattan Corp",
                // "Salomon" of "Salomon Brothers"; not "Steve" of "Steve Redgrave Trust").
                let legal = rest.last().is_some_and(|t| t.gaz & bit::ORG_SUFFIX != 0);
                let first_name = toks[m.start].gaz & bit::GIVEN != 0;
                let nobody = || {
                    let names = people_words.get_or_init(|| full_name_words(toks, out, |_| true));
                    names.binary_search(&toks[m.start].lower).is_err()
                };
                let company_words = rest.iter().all(|t| {
                    t.gaz & bit::ORG_SUFFIX != 0
                        || !t.has(flag::WORD)
                        || super::gazetteer::company_word(t.span().slice(text))
                });
                let company_given = first_name && (legal || company_words) && nobody();
                let given = first_name && (company_given || company_words);
                // (not a party's adjective: "Democratic" of "Democratic Party" is no
                // short form, "a Democratic congressman")
                let adjective =
                    || super::gazetteer::party_adjective(toks[m.start].span().slice(text));
                if org_head(&toks[m.start], lower_seen, given) && !adjective() {
                    let company = all_company || legal;
                    // A given name that is also a person's surname in the article is the
                    // person's, on the votes ("Salomon said" beside "Robert Salomon" and
                    // "Salomon Inc").
                    let votes = if first_name && !company_given { 1 } else { 3 };
                    // Its short name beats the tagger's reading of the word alone only
                    // when the name is surely an organisation's: one the gazetteer knows,
                    // or with a word that ends organisations' names ("Lehman Brothers",
                    // "Research"), not from a line in capitals, and not a given name
                    // ("Henry" of "Henry Realty" beside "Henry Jonathan Siegel").
                    let sure = (m.entry.is_some() || rest.iter().any(|t| org_word(text, t)))
                        && !toks[m.start].has(flag::CAPS_LINE)
                        && toks[m.start].gaz & bit::GIVEN == 0;
                    raw.push(Known {
                        heads_org: sure,
                        ..entry(m.start, m.start + 1, Type::Org, votes, false, company)
                    });
                }
                if let Some(t) = goes_by(text, toks, m) {
                    raw.push(entry(t, t + 1, Type::Org, 3, false, true));
                }
                // The name without its legal forms ("Cable and Wireless" of "Cable and
                // Wireless Plc", "Wyrough and Loser" of "Wyrough and Loser Inc"), when two
                // words or more are left and the first is no given name (not "John Smith"
                // of "John Smith Ltd").
                let mut b = m.end;
                while b > m.start && toks[b - 1].gaz & bit::ORG_SUFFIX != 0 {
                    b -= 1;
                }
                if b < m.end && b - m.start > 1 && !first_name && toks[b - 1].has(flag::WORD) {
                    raw.push(entry(m.start, b, Type::Org, 2, false, true));
                }
            }
            Type::Loc => {}
        }
    }
    raw.sort_unstable_by_key(|r| r.surface);
    let mut known: Vec<Known> = Vec::with_capacity(raw.len());
    for r in raw {
        match known.last_mut() {
            Some(k) if k.surface == r.surface => {
                for (v, add) in k.votes.iter_mut().zip(r.votes) {
                    *v += add;
                }
                k.place |= r.place;
                k.heads_org |= r.heads_org;
                k.surname |= r.surname;
                k.company |= r.company;
                k.person_like |= r.person_like;
                k.titled |= r.titled;
                k.person_like_start |= r.person_like_start;
            }
            _ => known.push(r),
        }
    }
    for i in 0..known.len() {
        if known[i].len > 1
            && let Ok(j) = known.binary_search_by_key(&known[i].last, |k| k.surface)
            && known[j].votes[Type::Per as usize] >= 2
        {
            known[i].person_like = true;
            // A full name opening with a given name whose last word the article writes
            // after an honorific is a person's ("David Heath" beside "Mr Heath").
            if known[j].titled && known[i].person_like_start {
                known[i].votes[Type::Per as usize] += 3;
            }
        }
    }
    // Majority types (a name after an honorific stays a person's: "Mr Harwell Dunmore"
    // beside the company "Harwell Dunmore Corp").
    for m in out.iter_mut() {
        if titled(m) {
            continue;
        }
        let sf = surface(&toks[m.start..m.end]);
        if let Ok(k) = known.binary_search_by_key(&sf, |k| k.surface)
            && let Some(ty) = known[k].majority()
        {
            m.ty = ty;
        }
    }
    known.sort_by_key(|k| (k.first, std::cmp::Reverse(k.len), k.surface));
    let named = |out: &[M], m: &M| {
        m.ty == Type::Per && m.end - m.start == 1 && {
            let names = people_words.get_or_init(|| full_name_words(toks, out, |_| true));
            names.binary_search(&toks[m.end - 1].lower).is_ok()
        }
    };
    // Other occurrences, at the capitalised candidates.
    let mut next = 0;
    let mut after = 0;
    let mut swallowed = false;
    let start_len = out.len();
    for &i in cands {
        if i < after {
            continue;
        }
        while next < start_len && out[next].end <= i {
            next += 1;
        }
        // (inside a name; a name that starts here may be taken in below)
        if next < start_len && out[next].start < i {
            continue;
        }
        let t = &toks[i];
        let from = known.partition_point(|k| k.first < t.lower);
        let to = from + known[from..].partition_point(|k| k.first == t.lower);
        // The names written here, longest first: of each length, the one with these
        // words, found by binary search (an article may name thousands with one first
        // word).
        let here = runs_of_length(&known[from..to]).filter_map(|same| {
            let b = i + same[0].len;
            let sf = (b <= toks.len()).then(|| surface(&toks[i..b]))?;
            same.binary_search_by_key(&sf, |k| k.surface)
                .ok()
                .map(|o| &same[o])
        });
        let mut hit = None;
        for k in here {
            let b = i + k.len;
            let Some(ty) = k.majority() else { continue };
            // An organisation's name of two words or more takes in the names read inside
            // it elsewhere ("Highlands" and "Islands" of "University of the Highlands and
            // Islands"), but not one-word people the article names in full ("Cruz and
            // Trump"), nor two names of two words or more ("Power Page and Apple
            // Insider", read as one elsewhere, are two): `inside` ends the names it takes.
            let mut inside = next;
            if next < start_len && out[next].start < b {
                if k.len < 2 || ty != Type::Org {
                    continue;
                }
                while inside < start_len
                    && out[inside].start < b
                    && out[inside].end <= b
                    && !(out[inside].start == i && out[inside].end == b)
                    && !named(out, &out[inside])
                {
                    inside += 1;
                }
                let longer = out[next..inside].iter().filter(|m| m.end - m.start > 1);
                if inside < start_len && out[inside].start < b || longer.count() > 1 {
                    continue;
                }
            }
            // Not the start of a longer capitalised name, nor an ordinary word.
            let capword = |t: &Tok| t.has(flag::WORD) && t.has(flag::INIT_CAP);
            if b < toks.len() && capword(&toks[b]) {
                continue;
            }
            if k.len == 1
                && (t.has(flag::FIRST) || t.has(flag::CAPS_LINE))
                && lower_seen.binary_search(&t.lower).is_ok()
            {
                continue;
            }
            if k.len == 1 && dated_month(text, toks, i) {
                continue;
            }
            if !toks[b - 1].has(flag::HAS_UPPER) {
                continue;
            }
            hit = Some((b, ty, inside));
            break;
        }
        if let Some((b, ty, inside)) = hit {
            // (the names inside are emptied, and dropped below)
            for m in &mut out[next..inside] {
                m.end = m.start;
                swallowed = true;
            }
            out.push(M {
                start: i,
                end: b,
                ty,
                entry: None,
            });
            after = b;
        }
    }
    let pushed = out.len() > start_len;
    if swallowed {
        out.retain(|m| m.end > m.start);
    }
    if pushed {
        out.sort_by_key(|m| m.start);
    }
}

/// Datelines: a name in capitals that opens a line, followed by the date or the news
/// agency ("HALVERTON 1996-08-22", "HALVERTON, Westmark 1996-08-22", "HALVERTON (AP) _",
/// "HALVERTON _", "HALVERTON, March 3 -"; before a date also in title case: "Halverton,
/// March 3 -") is where the story was filed, a place, whatever teams or companies of the
/// same name do in the story; names the gazetteer knows only as organisations keep their
/// type ("UNITED NATIONS (AP) _"). A region after the place's comma that the tagger read
/// as a person is a place too ("WILMINGTON, Del., Feb 26 -"). So is a one-word name in the
/// story that the votes made a person when the dateline names it and no person in the
/// article has it in a full name ("TAVILDARA, Tajikistan" and "the town of Tavildara", not
/// "Lincoln" where "Abraham Lincoln" is named).
fn datelines(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let comma = WORDS.comma;
    let mut region_at = None;
    let mut prev_end = 0;
    let mut place_word = None;
    for m in out.iter_mut() {
        // Capitals the tagger left out at the start of the line go with the name
        // ("SURFERS PARADISE, Australia, March 24 -").
        let mut a = m.start;
        while a > prev_end
            && a > m.start.saturating_sub(3)
            && !break_before(text, toks, a)
            && toks[a - 1].has(flag::WORD)
            && toks[a - 1].has(flag::ALL_CAPS)
        {
            a -= 1;
        }
        let line_start = || a == 0 || break_before(text, toks, a);
        // (only before a day on the same line: not a headline's "HEAVY SNOWS HIT GREECE,
        // ITALY" before the dateline's line)
        let day_follows = || {
            (m.end..(m.end + 6).min(toks.len().saturating_sub(2))).any(|j| {
                toks[j].gaz & bit::TIME != 0
                    && toks[j + 1].has(flag::NUMBER)
                    && !(m.end.max(1)..=j + 1).any(|k| break_before(text, toks, k))
            })
        };
        if a < m.start
            && line_start()
            && day_follows()
            && dateline(text, toks, &M { start: a, ..*m })
        {
            m.start = a;
            m.entry = None;
        }
        prev_end = m.end;
        // The region after the place's comma ("WILMINGTON, Del., Feb 26 -") is a place.
        if region_at == Some(m.start) && m.ty == Type::Per {
            m.ty = Type::Loc;
            continue;
        }
        region_at = None;
        if dateline(text, toks, m) {
            if toks.get(m.end).is_some_and(|t| t.lower == comma) {
                region_at = Some(m.end + 1);
            }
            if m.ty != Type::Loc
                && entry_of(lex, &toks[m.start..m.end]).is_none_or(|(e, strict)| {
                    strict == Strict::FeatureOnly || lex.entries[e as usize].kind != Kind::Org
                })
            {
                m.ty = Type::Loc;
            }
            if m.ty == Type::Loc && m.end - m.start == 1 {
                place_word = Some(toks[m.start].lower);
            }
        }
    }
    let Some(word) = place_word else { return };
    if full_name_words(toks, out, |_| true)
        .binary_search(&word)
        .is_ok()
    {
        return;
    }
    for m in out.iter_mut() {
        if m.ty == Type::Per && toks[m.end - 1].lower == word {
            m.ty = Type::Loc;
        }
    }
}

/// Does mention `m` open a dateline (see [`datelines`])?
fn dateline(text: &str, toks: &[Tok], m: &M) -> bool {
    let gap = |a: usize, b: usize| &text[toks[a].end as usize..toks[b].start as usize];
    let opens_line = m.start == 0 || gap(m.start - 1, m.start).contains('\n');
    if !opens_line {
        return false;
    }
    let caps = !toks[m.start..m.end]
        .iter()
        .any(|t| t.has(flag::HAS_LOWER) || !t.has(flag::HAS_UPPER) && t.has(flag::WORD));
    let word = |j: usize| toks.get(j).map_or("", |t| t.span().slice(text));
    let same_line = |j: usize| j < toks.len() && !gap(j - 1, j).contains('\n');
    let mut j = m.end;
    // The day after a comma: "HALVERTON, March 3 -", "HALVERTON, Feb 26 (Reuters) -".
    let dash = |j: usize| matches!(word(j), "_" | "-" | "--" | "\u{2014}" | "\u{2013}");
    let day_after = |j: usize| {
        same_line(j)
            && word(j) == ","
            && toks.get(j + 1).is_some_and(|t| t.gaz & bit::TIME != 0)
            && toks.get(j + 2).is_some_and(|t| t.has(flag::NUMBER))
            && same_line(j + 2)
            && (dash(j + 3) || word(j + 3) == "(")
    };
    // (That far, a name need not be in capitals: "Toronto, March 11 -"; nor with its
    // region: "WILMINGTON, Del., Feb 26 -".)
    if day_after(j)
        || same_line(j)
            && word(j) == ","
            && (j + 2..j + 5).any(|k| {
                day_after(k) && (j + 1..k).all(|r| toks[r].has(flag::INIT_CAP) || word(r) == ".")
            })
    {
        return true;
    }
    if !caps {
        return false;
    }
    // The region or country: ", Westmark", ", N.J.".
    let mut region = false;
    if same_line(j) && word(j) == "," {
        j += 1;
        let from = j;
        while same_line(j)
            && j < from + 4
            && (toks[j].has(flag::INIT_CAP) || word(j) == "." && j > from)
        {
            j += 1;
        }
        if j == from {
            return false;
        }
        region = true;
    }
    if j >= toks.len() {
        return false;
    }
    // Some feeds put the date on a line of its own ("HALVERTON, Westmark\n1996-08-22").
    let date_only = !same_line(j);
    match word(j) {
        _ if date_only => date_line(text, &toks[j]),
        // "(AP) _", "(Reuters) -"
        "(" => {
            toks.get(j + 1).is_some_and(|t| t.has(flag::INIT_CAP))
                && word(j + 2) == ")"
                && dash(j + 3)
        }
        "_" | "--" | "\u{2014}" => !region,
        _ => date_line(text, &toks[j]),
    }
}

/// Does the line from token `t` on hold only a date ("1996-08-22", "22/08/1996")?
fn date_line(text: &str, t: &Tok) -> bool {
    let rest = &text[t.start as usize..];
    let line = rest[..rest.find('\n').unwrap_or(rest.len())].trim_end();
    line.len() >= 6
        && line.bytes().next().is_some_and(|c| c.is_ascii_digit())
        && line
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b'-' || c == b'/')
        && line.bytes().any(|c| c == b'-' || c == b'/')
}

/// "In Halverton, ...", "games at Halverton": after "in" or "at", a name the gazetteer
/// knows as a place is the place, even where the story's team of that name won the vote
/// (not before a possessive: "in Halverton's win" is the team's).
fn places_after_in(toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    for m in out.iter_mut() {
        if m.ty == Type::Org
            && m.start > 0
            && [WORDS.in_, WORDS.at].contains(&toks[m.start - 1].lower)
            && !toks.get(m.end).is_some_and(|t| t.has(flag::POSS))
            && lex.names_kind(&toks[m.start..m.end], Kind::Place)
        {
            m.ty = Type::Loc;
        }
    }
}

/// "over Lockerbie, Scotland.", "in Teberebie, Ghana,": a one-word name after a
/// preposition of place (`data/place_prepositions.txt`), then a comma and a country or
/// region the gazetteer knows with punctuation after it (not a possessive, "Creditanstalt,
/// Austria's biggest bank", nor a clause, "to Rosneft, Russia is able"), is a town of the
/// country, and so are its other mentions; not a word of a person's full name in the
/// article.
fn towns_in_countries(text: &str, toks: &[Tok], lex: &Lexicon, out: &mut [M]) {
    let country = |m: &M| {
        m.ty == Type::Loc
            && entry_of(lex, &toks[m.start..m.end])
                .is_some_and(|(e, _)| kind_type(lex.entries[e as usize].kind) == Type::Loc)
    };
    let ends = |j: usize| {
        toks.get(j)
            .is_none_or(|t| t.has(flag::PUNCT) && !t.has(flag::POSS) && !t.has(flag::OPENER))
    };
    let mut towns: Vec<u64> = Vec::new();
    for k in 0..out.len().saturating_sub(1) {
        let (m, c) = (&out[k], &out[k + 1]);
        if m.ty != Type::Loc
            && m.end - m.start == 1
            && m.start > 0
            && toks[m.start - 1].has(flag::WORD)
            && !toks[m.start - 1].has(flag::HAS_UPPER)
            && super::gazetteer::place_preposition(toks[m.start - 1].span().slice(text))
            && c.start == m.end + 1
            && toks[m.end].lower == WORDS.comma
            && country(c)
            && ends(c.end)
        {
            towns.push(surface(&toks[m.start..m.end]));
        }
    }
    make_places(toks, out, towns, |m| m.end - m.start == 1);
}

/// Makes places of the mentions (those that `fits`) written as one of `places`
/// ([`surface`]s), but not a one-word mention that is a word of a person's full name in
/// the article.
fn make_places(toks: &[Tok], out: &mut [M], mut places: Vec<u64>, fits: impl Fn(&M) -> bool) {
    if places.is_empty() {
        return;
    }
    places.sort_unstable();
    let names = full_name_words(toks, out, |_| true);
    for m in out.iter_mut() {
        if m.ty != Type::Loc
            && fits(m)
            && places
                .binary_search(&surface(&toks[m.start..m.end]))
                .is_ok()
            && !(m.end - m.start == 1 && names.binary_search(&toks[m.start].lower).is_ok())
        {
            m.ty = Type::Loc;
        }
    }
}

/// "at Balado near Kinross in July", "a plant near Denton, Texas", "a crash near El
/// Centro, Calif.": a name of up to three words right after "near", before punctuation
/// (not a possessive: "near Mazda's headquarters") or "in"/"on" (not a noun: "near OPEC
/// levels"), is a place, and so are the article's other mentions of it; not a known
/// organisation, a name opening with a given name, nor a word of a person's full name.
fn places_near(toks: &[Tok], out: &mut [M]) {
    let w = &*WORDS;
    let ends = |j: usize| {
        toks.get(j).is_none_or(|t| {
            t.has(flag::PUNCT) && !t.has(flag::POSS) && !t.has(flag::OPENER)
                || t.lower == w.in_
                || t.lower == w.on
        })
    };
    let places: Vec<u64> = out
        .iter()
        .filter(|m| {
            m.entry.is_none()
                && m.end - m.start <= 3
                && m.start > 0
                && toks[m.start - 1].lower == w.near
                && toks[m.start].gaz & bit::GIVEN == 0
                && ends(m.end)
        })
        .map(|m| surface(&toks[m.start..m.end]))
        .collect();
    make_places(toks, out, places, |m| m.entry.is_none());
}

/// "Mohammed bin Rashid Al Maktoum", "Tamim bin Hamad Al Thani": a patronymic particle
/// ("bin", "ibn", "bint") between a person's given name and the rest of the name joins
/// them into one person, where the tagger read two (or only the part after it, the given
/// name being a namesake's short form or a title's word). The given name is the person
/// mention ending at the particle, else one capitalised word that is no function word,
/// title or part of another mention. Particles in lower case after a person's name
/// ("Erik ten Hag") join it to the capitalised word after them likewise.
fn patronymics(text: &str, toks: &[Tok], out: &mut Vec<M>) {
    let particle = |j: usize| {
        matches!(
            toks[j].span().slice(text),
            "bin" | "ibn" | "bint" | "Bin" | "Ibn" | "Bint"
        )
    };
    let mut changed = false;
    for k in 0..out.len() {
        let q = out[k];
        // "Erik ten Hag", "Gerard de Nooijer": particles in lower case (up to two) after a
        // person's name, then a person's name or a capitalised word read as no name, are
        // one name (not a place or an organisation after them: "Credit Foncier de
        // France", a bank the tagger read as a person).
        let mut j = q.end;
        while j < toks.len() && j - q.end < 2 && self::particle(text, &toks[j]) {
            j += 1;
        }
        if q.ty == Type::Per && j > q.end && j < toks.len() {
            let t = &toks[j];
            let end = match out.get(k + 1).filter(|m| m.start == j) {
                Some(m) if m.ty == Type::Per => Some(m.end),
                Some(_) => None,
                None => (t.has(flag::WORD)
                    && t.has(flag::INIT_CAP)
                    && !t.has(flag::ALL_CAPS)
                    && t.gaz & (bit::FUNC | bit::TITLE | bit::ROLE) == 0)
                    .then_some(j + 1),
            };
            if let Some(end) = end {
                out[k].end = end;
                out[k].entry = None;
                changed = true;
                continue;
            }
        }
        if q.ty != Type::Per || q.start < 2 || !particle(q.start - 1) {
            continue;
        }
        let j = q.start - 1;
        if k > 0 && out[k - 1].end == j {
            let p = out[k - 1];
            if p.ty == Type::Per {
                out[k].start = p.start;
                out[k].entry = None;
                changed = true;
            }
            continue;
        }
        let g = &toks[j - 1];
        let free = k == 0 || out[k - 1].end < j;
        if free
            && g.has(flag::WORD)
            && g.has(flag::INIT_CAP)
            && !g.has(flag::ALL_CAPS)
            && g.gaz & (bit::FUNC | bit::TITLE | bit::ROLE) == 0
        {
            out[k].start = j - 1;
            out[k].entry = None;
            changed = true;
        }
    }
    if changed {
        disjoint(out);
    }
}

/// "del Ponte" beside "Carla del Ponte", "van der Westhuizen" beside "Joost van der
/// Westhuizen": a surname written alone keeps the particles in lower case that stand
/// before it in the person's full name in the article (up to two).
fn particle_surnames(text: &str, toks: &[Tok], out: &mut [M]) {
    let particle = |t: &Tok| particle(text, t);
    // (the full names with a particle, few or none)
    let full: Vec<M> = out
        .iter()
        .filter(|m| m.ty == Type::Per && toks[m.start + 1..m.end].iter().any(particle))
        .copied()
        .collect();
    if full.is_empty() {
        return;
    }
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let mut a = m.start;
        while a > prev_end && m.start - a < 2 && particle(&toks[a - 1]) {
            a -= 1;
        }
        prev_end = m.end;
        if a == m.start || m.ty != Type::Per {
            continue;
        }
        // (the same words end a full name of the article)
        let n = m.end - a;
        let words = |from: usize| toks[from..from + n].iter().map(|t| t.lower);
        if full
            .iter()
            .any(|f| f.end - f.start > n && words(a).eq(words(f.end - n)))
        {
            m.start = a;
        }
    }
}

/// "The Australian government", "The Australian was not to be denied": is tokens `a..b` a
/// newspaper's name of "The" and a demonym (or the demonym after it, as the tagger reads
/// it) opening the sentence before a word in lower case, so the adjective or a person so
/// described? Not before a word for a medium ("The Australian newspaper"), nor inside a
/// sentence ("quoted by The Australian"); nor a plural, a party's name ("The Tories
/// said").
fn demonym_opening(text: &str, lex: &Lexicon, toks: &[Tok], a: usize, b: usize) -> bool {
    let the_first = |i: usize| is_the(&toks[i]) && toks[i].has(flag::FIRST);
    (b - a == 2 && the_first(a) || b - a == 1 && a > 0 && the_first(a - 1))
        && toks[b - 1].gaz & bit::DEMONYM != 0
        && !matches!(toks[b - 1].span().slice(text).as_bytes().last(), Some(b's'))
        && toks.get(b).is_some_and(|t| {
            t.has(flag::WORD)
                && !t.has(flag::HAS_UPPER)
                && lex.descriptor_types.get(&t.lower) != Some(&"media")
        })
}

/// Is this token "the"?
fn is_the(t: &Tok) -> bool {
    t.lower == WORDS.the
}

/// May this gazetteer match stand as a mention on its own?
fn direct_ok(toks: &[Tok], g: &GazMatch, strict: Strict, lower_seen: &[u64]) -> bool {
    let span = &toks[g.start..g.end];
    let first = &span[0];
    // Not part of a longer run of capitalised words ("UEFA Cup", "NHS England Board"); a
    // function word in capitals opening the sentence is none ("The Sunday Telegraph
    // reported").
    let capword = |t: &Tok| {
        t.has(flag::WORD)
            && t.has(flag::HAS_UPPER)
            && t.gaz & bit::TITLE == 0
            && !(t.gaz & bit::FUNC != 0 && t.has(flag::FIRST) && !t.has(flag::ALL_CAPS))
    };
    if g.end < toks.len() && capword(&toks[g.end]) && !toks[g.end].has(flag::FIRST) {
        return false;
    }
    if g.start > 0 && capword(&toks[g.start - 1]) && !first.has(flag::FIRST) {
        return false;
    }
    match strict {
        Strict::FeatureOnly => false,
        Strict::Caps => {
            // Acronyms in capitals (not in a line all in capitals); long ones also in title
            // case ("Nato", "Unesco").
            !first.has(flag::CAPS_LINE)
                && span
                    .iter()
                    .filter(|t| t.has(flag::WORD))
                    .all(|t| t.has(flag::ALL_CAPS) || (t.chars >= 4 && !t.has(flag::FIRST)))
        }
        Strict::Name => {
            if span.len() == 1 {
                // One word: not when it could be an ordinary capitalised word.
                !first.has(flag::CAPS_LINE)
                    && (!first.has(flag::FIRST) || first.has(flag::ALL_CAPS))
                    && first.gaz & (bit::GIVEN | bit::TIME | bit::TITLE) == 0
                    && lower_seen.binary_search(&first.lower).is_err()
            } else {
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Known, Type};

    /// A surface form with `votes` (person, organisation, place).
    fn known(votes: [u32; 3]) -> Known {
        Known {
            first: 1,
            len: 1,
            surface: 1,
            votes,
            surname: false,
            company: false,
            place: false,
            heads_org: false,
            person_like: false,
            person_like_start: false,
            last: 1,
            titled: false,
        }
    }

    /// The mentions `comma_joined` makes of one organisation the tagger read over all of
    /// `text` (tokens in whole words): each as its text and type.
    fn comma_split(text: &str) -> Vec<(String, Type)> {
        let doc = crate::document::Document::new(text, None);
        let mut b = crate::entities::features::Built::default();
        crate::entities::features::build(&doc, &crate::entities::gazetteer::BUILTIN, &mut b);
        let mut out = vec![super::M {
            start: 0,
            end: b.toks.len(),
            ty: Type::Org,
            entry: None,
        }];
        super::comma_joined(text, &b.toks, &mut out);
        out.iter()
            .map(|m| {
                let a = b.toks[m.start].start as usize;
                let e = b.toks[m.end - 1].end as usize;
                (text[a..e].to_string(), m.ty)
            })
            .collect()
    }

    #[test]
    fn a_comma_between_two_names_splits_them() {
        let (org, per) = (Type::Org, Type::Per);
        let cases: &[(&str, &[(&str, Type)])] = &[
            // A name and its initials; two bodies of one kind; a person and the initials
            // of their body, or their role (which is no name).
            (
                "American Walnut Association, AWA",
                &[("American Walnut Association", org), ("AWA", org)],
            ),
            (
                "Kowa Bank, Meiji Bank",
                &[("Kowa Bank", org), ("Meiji Bank", org)],
            ),
            ("Karen Mills, AWA", &[("Karen Mills", per), ("AWA", org)]),
            (
                "Peter Dunmore, Group Economics Adviser",
                &[("Peter Dunmore", per)],
            ),
            // One firm's name stays whole.
            ("Kidder, Peabody", &[("Kidder, Peabody", org)]),
            ("Paul, Weiss", &[("Paul, Weiss", org)]),
            ("Hallam Dunmore, Inc", &[("Hallam Dunmore, Inc", org)]),
            (
                "Smith Barney, Harris Upham and Co",
                &[("Smith Barney, Harris Upham and Co", org)],
            ),
            ("Kowa Bank, Meiji Trust", &[("Kowa Bank, Meiji Trust", org)]),
            ("Café Müller, Bäckerei", &[("Café Müller, Bäckerei", org)]),
        ];
        for (text, want) in cases {
            let got = comma_split(text);
            let want: Vec<(String, Type)> = want.iter().map(|(s, t)| (s.to_string(), *t)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// The types [`super::compound_surnames`] gives the mentions `(words, type)` of `text`
    /// (each found after the one before).
    fn retyped(text: &str, mentions: &[(&str, Type)]) -> Vec<Type> {
        let doc = crate::document::Document::new(text, None);
        let mut b = crate::entities::features::Built::default();
        crate::entities::features::build(&doc, &crate::entities::gazetteer::BUILTIN, &mut b);
        let mut from = 0;
        let mut out: Vec<super::M> = mentions
            .iter()
            .map(|&(words, ty)| {
                let at = from + text[from..].find(words).expect("in the text");
                from = at + words.len();
                let tok = |offset: usize| b.toks.iter().position(|t| t.start as usize == offset);
                let start = tok(at).expect("a token starts there");
                let end = b
                    .toks
                    .iter()
                    .position(|t| t.end as usize == from)
                    .expect("ends")
                    + 1;
                super::M {
                    start,
                    end,
                    ty,
                    entry: None,
                }
            })
            .collect();
        super::compound_surnames(&b.toks, &mut out);
        out.iter().map(|m| m.ty).collect()
    }

    #[test]
    fn a_surname_of_several_words_is_a_persons() {
        let (org, per, loc) = (Type::Org, Type::Per, Type::Loc);
        let text = "Roland de Vallière missed. A De Vallière penalty; DE VALLIÈRE again.";
        let got = retyped(
            text,
            &[
                ("Roland de Vallière", per),
                ("De Vallière", org),
                ("DE VALLIÈRE", loc),
            ],
        );
        assert_eq!(got, vec![per, per, per]);
        // Not one word alone, nor a body's word, nor after no given name, nor the short
        // form of an organisation's longer name.
        let text = "Conrad Hilton and Hilton; Jacques Vento Bank and Vento Bank; An Outboard \
                    Marine and Outboard Marine Corp and Outboard Marine.";
        let got = retyped(
            text,
            &[
                ("Conrad Hilton", per),
                ("Hilton", org),
                ("Jacques Vento Bank", per),
                ("Vento Bank", org),
                ("An Outboard Marine", per),
                ("Outboard Marine Corp", org),
                ("Outboard Marine", org),
            ],
        );
        assert_eq!(got, vec![per, org, per, org, per, org, org]);
        let got = retyped(
            "Sir Wen Ho and Wen Ho.",
            &[("Sir Wen Ho", per), ("Wen Ho", org)],
        );
        assert_eq!(got, vec![per, org]);
    }

    #[test]
    fn one_type_per_surface_form() {
        let (per, org) = (Some(Type::Per), Some(Type::Org));
        for (votes, want) in [
            ([5, 2, 2], per),
            // No majority: most votes wins; ties go to the organisation.
            ([4, 2, 2], per),
            ([2, 3, 2], org),
            ([2, 2, 0], org),
            ([0, 2, 2], org),
            ([1, 2, 2], org),
            // A person and a place tied: undecided.
            ([2, 0, 2], None),
            ([2, 1, 2], None),
            ([0, 0, 0], None),
        ] {
            assert_eq!(known(votes).majority(), want, "{votes:?}");
        }
        // A full name that looks like a person's ("Keanu Reeves" beside "Reeves"); names of
        // known places keep their senses ("Newcastle" the city and the club), and so do
        // surnames that also head a company's name; a surname or a company head alone
        // decides.
        // (votes; person-like, known place, surname, company head; the type)
        for (votes, [person_like, place, surname, company], want) in [
            ([2, 2, 0], [true, false, false, false], per),
            ([0, 2, 2], [false, true, false, false], None),
            ([0, 2, 1], [false, true, false, false], org),
            ([2, 2, 0], [false, false, true, true], None),
            ([0, 9, 0], [false, false, true, false], per),
            ([9, 0, 0], [false, false, false, true], org),
        ] {
            let k = Known {
                len: if person_like { 2 } else { 1 },
                person_like,
                place,
                surname,
                company,
                ..known(votes)
            };
            assert_eq!(k.majority(), want, "{k:?}");
        }
        // A word that opens an organisation's name is its short name whatever the tagger
        // read alone, unless it reads as a place more than now and then ("Norcros": ten
        // times a person, once a place; "Kuantan": mostly a place).
        // (votes (person, organisation, place); the type)
        for (votes, want) in [
            ([20, 3, 0], org),
            ([20, 3, 2], org),
            ([2, 3, 8], Some(Type::Loc)),
        ] {
            let k = Known {
                heads_org: true,
                ..known(votes)
            };
            assert_eq!(k.majority(), want, "{k:?}");
        }
    }

    #[test]
    fn quoted_whole_names_and_aliases() {
        // (text, the name's start and end) -> all a quotation holds
        for (text, name, whole) in [
            ("the success of “Titanic,” a film", "Titanic", true),
            ("his production of \"Lohengrin.\" Then", "Lohengrin", true),
            ("his `Lohengrin' was booed", "Lohengrin", true),
            ("(“Titanic”)", "Titanic", true),
            ("“Titanic is sinking,” he said", "Titanic", false),
            ("“Orquera's kicking was off”", "Orquera", false),
            ("I caught 'Cozza's' eye", "Cozza", false),
            ("the x“Titanic” y", "Titanic", false),
            ("“Titanic", "Titanic", false),
        ] {
            let a = text.find(name).unwrap();
            assert_eq!(
                super::quoted_whole(text, a, a + name.len()),
                whole,
                "{text}"
            );
        }
        for (before, alias) in [
            ("the hacker known as “", true),
            ("Lazar, known online as \"", true),
            ("a rapper nicknamed '", true),
            ("the café dubbed “", true),
            ("films such as “", false),
            ("the unknown as “", false),
            ("é“", false),
        ] {
            assert_eq!(super::alias_before(before, before.len()), alias, "{before}");
        }
    }

    #[test]
    fn a_name_mostly_quoted_whole_is_a_title() {
        use super::super::features::{Built, build};
        use super::super::gazetteer::BUILTIN;
        use crate::document::Document;
        let text = "“Titanic” won. He signed on to “Titanic,” and Titanic sank. Fans \
            chanted “Trump.” Trump smiled. Trump waved. Ahmed 'Mido' Hossam apologised.";
        let doc = Document::new(text, None);
        let mut b = Built::default();
        build(&doc, &BUILTIN, &mut b);
        let mut out: Vec<super::M> = b
            .toks
            .iter()
            .enumerate()
            .filter(|(_, t)| ["Titanic", "Trump", "Mido"].contains(&t.span().slice(text)))
            .map(|(i, _)| super::M {
                start: i,
                end: i + 1,
                ty: Type::Per,
                entry: None,
            })
            .collect();
        super::quoted_titles(text, &b.toks, &mut out);
        let left: Vec<&str> = out
            .iter()
            .map(|m| b.toks[m.start].span().slice(text))
            .collect();
        // Two of three "Titanic" quoted whole: all go; one "Trump" of three: all stay; a
        // nickname in a name is no title.
        assert_eq!(left, vec!["Trump", "Trump", "Trump", "Mido"]);
    }

    #[test]
    fn words_made_of_two_names() {
        for (word, joined) in [
            ("DaimlerChrysler", true),
            ("PaineWebber", true),
            ("KeyCorp", true),
            ("SonyEricsson", true),
            ("McIlroy", false),
            ("DiCaprio", false),
            ("MacAndrews", false),
            ("LaTronica", false),
            ("VanDerBeek", false),
            ("Palantir", false),
            ("NHS", false),
            ("BBC", false),
            ("iPod", false),
            ("ÉdouardX", false),
            ("", false),
        ] {
            assert_eq!(super::inner_capital(word), joined, "{word}");
        }
    }
}
