//! Finding quotation marks and pairing them.
//!
//! Marks are found with `memchr` (the bytes `"`, `'` and the lead bytes of the curly marks
//! and guillemets), classified by shape and by what stands on either side (a mark with a
//! space before and a letter after opens; one after a letter and before a space or
//! punctuation closes), and paired paragraph by paragraph with a small stack, so a stray
//! mark can never swallow more than the rest of its paragraph.
//!
//! - Straight marks take their direction from their neighbours; curly marks written the
//!   wrong way round (“ closing, ” opening) are accepted where their neighbours say so.
//! - A single mark between letters ("don’t", "Palantir’s") or before a digit ("’90s") is an
//!   apostrophe; `s’` before a word is taken as a possessive when a later mark can close.
//!   So is a straight double mark before a contraction's or possessive's ending ("EC"s",
//!   "don"t", in wire copy that writes `"` for apostrophes), and in such a text `s"` before
//!   a word is weak like `s’`.
//! - A quotation still open at the end of a paragraph whose next paragraph opens with the
//!   same kind of mark continues there (multi-paragraph quotations): each paragraph is one
//!   piece, and the pieces are linked.
//! - A paragraph that has a closing mark but no opening one, after a paragraph that ended
//!   inside a quotation, is a piece of that quotation (a missing opening mark).
//! - An opening mark after the end of a sentence inside an open quotation, when later marks
//!   do not close both, ends that quotation there (a missing closing mark) and starts its
//!   next piece: a multi-paragraph quotation run into one paragraph ("… doing so. "I'm
//!   happy," he said.").
//! - Marks inside markup tags (`<tweet author="…">`) are ignored.
//! - Quotations nested in another are not reported: they are part of the outer one. The
//!   same curly mark opening twice (“… “hell” …”) nests when later marks close both;
//!   otherwise the first was a stray.

use crate::document::Document;
use crate::span::Span;

/// The family of a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// " “ ” „ « »
    Double,
    /// ' ‘ ’ ‚ ‹ ›
    Single,
}

/// The shape of a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Straight,
    Left,
    Right,
    Low,
    GuilLeft,
    GuilRight,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    shape: Shape,
    /// Space (or an opening bracket) before, a non-space after.
    left: bool,
    /// A non-space before, space or punctuation after.
    right: bool,
    /// A single mark after `s` and before a word: maybe a possessive.
    weak: bool,
}

impl Mark {
    fn span(&self) -> Span {
        Span::new(self.at, self.at + self.len)
    }

    fn can_open(&self) -> bool {
        match self.shape {
            Shape::Straight => self.left || !self.right,
            Shape::Left | Shape::Low | Shape::GuilLeft => !self.right || self.left,
            Shape::Right | Shape::GuilRight => self.left && !self.right,
        }
    }

    fn can_close(&self) -> bool {
        match self.shape {
            Shape::Straight => self.right || !self.left,
            Shape::Right | Shape::GuilRight => !self.left || self.right,
            Shape::Left => self.right || !self.left,
            Shape::Low | Shape::GuilLeft => false,
        }
    }

    /// Can `self` (an opening mark) be closed by `close`?
    fn closes_with(&self, close: &Mark) -> bool {
        if self.family != close.family {
            return false;
        }
        match (self.shape, close.shape) {
            (Shape::GuilLeft, s) => s == Shape::GuilRight,
            (Shape::GuilRight, s) => s == Shape::GuilLeft,
            (_, Shape::GuilLeft | Shape::GuilRight | Shape::Low) => false,
            _ => true,
        }
    }
}

/// One quotation, or one paragraph's piece of a multi-paragraph quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The opening mark (empty, at the paragraph start, when it is missing).
    pub open: Span,
    /// The closing mark, when there is one.
    pub close: Option<Span>,
    /// The quoted words, trimmed of white space.
    pub content: Span,
    /// The paragraph.
    pub para: usize,
    /// Continues the quotation of the pair before it (multi-paragraph quotation).
    pub continues: bool,
    /// Single marks.
    pub family: Family,
    /// For a transcript line without marks ("PENCE: Well, …"): the speaker label.
    pub label: Option<Span>,
}

/// Is `c` white space (including no-break spaces)?
#[inline]
fn space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// Characters after which a mark opens, like a space: brackets and dashes.
#[inline]
fn opener_context(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | '/' | '\u{2010}' | '\u{2011}' | ':'
    ) || is_mark_char(c)
}

/// Characters before which a mark closes, like a space: punctuation.
#[inline]
fn closer_context(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '—'
            | '–'
            | '-'
            | '/'
            | '…'
            | '\u{2010}'
            | '\u{2011}'
    ) || is_mark_char(c)
}

#[inline]
fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '‘' | '’' | '‚' | '«' | '»' | '‹' | '›'
    )
}

/// Decodes the mark starting at byte `i` (a byte found by the scan).
fn decode(b: &[u8], i: usize) -> Option<(usize, Family, Shape)> {
    Some(match b[i] {
        // A doubled mark is one mark typed twice (`an ""unfair" sum`); two between
        // spaces are an empty quotation.
        b'"' if b.get(i + 1) == Some(&b'"')
            && !(i.checked_sub(1).is_none_or(|p| b[p].is_ascii_whitespace())
                && b.get(i + 2).is_none_or(|c| c.is_ascii_whitespace())) =>
        {
            (2, Family::Double, Shape::Straight)
        }
        b'"' => (1, Family::Double, Shape::Straight),
        // Two single marks stand for a double one (''like this'').
        b'\'' if b.get(i + 1) == Some(&b'\'') => (2, Family::Double, Shape::Straight),
        b'\'' => (1, Family::Single, Shape::Straight),
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2)? {
            0x9C => (3, Family::Double, Shape::Left),
            0x9D => (3, Family::Double, Shape::Right),
            0x9E => (3, Family::Double, Shape::Low),
            0x98 => (3, Family::Single, Shape::Left),
            0x99 => (3, Family::Single, Shape::Right),
            0x9A => (3, Family::Single, Shape::Low),
            0xB9 => (3, Family::Single, Shape::GuilLeft),
            0xBA => (3, Family::Single, Shape::GuilRight),
            _ => return None,
        },
        0xC2 => match b.get(i + 1)? {
            0xAB => (2, Family::Double, Shape::GuilLeft),
            0xBB => (2, Family::Double, Shape::GuilRight),
            _ => return None,
        },
        _ => return None,
    })
}

/// Is the straight double mark at byte `i` of `b` an apostrophe in a word ("EC"s",
/// "don"t", "we"ll"): after a letter, before a contraction's or possessive's ending and a
/// non-letter? (Some wire copy has `"` for every apostrophe.)
fn double_apostrophe(b: &[u8], i: usize) -> bool {
    if i == 0 || !b[i - 1].is_ascii_alphabetic() {
        return false;
    }
    let rest = &b[i + 1..];
    ["s", "t", "d", "m", "ll", "re", "ve"].iter().any(|e| {
        rest.starts_with(e.as_bytes()) && rest.get(e.len()).is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

/// Every quotation mark in `text`, classified; apostrophes are left out.
fn find_marks(text: &str, out: &mut Vec<Mark>) {
    let b = text.as_bytes();
    // A text that writes `"` for an apostrophe inside words does so after a plural too
    // ("member states" contributions"): such a mark before a word is weak, like `s’`.
    // (whether the text does is looked up once, at the first such mark, if any)
    let mut double_apostrophes: Option<bool> = None;
    let mut wide = memchr::memchr3_iter(b'"', 0xE2, 0xC2, b).peekable();
    let mut apos = memchr::memchr_iter(b'\'', b).peekable();
    loop {
        let i = match (wide.peek(), apos.peek()) {
            (Some(&w), Some(&a)) if a < w => apos.next(),
            (Some(_), _) => wide.next(),
            (None, Some(_)) => apos.next(),
            (None, None) => break,
        };
        let Some(i) = i else { break };
        let Some((len, family, shape)) = decode(b, i) else {
            continue;
        };
        if len == 2 && b[i] == b'\'' {
            apos.next();
        }
        if len == 2 && b[i] == b'"' {
            wide.next();
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + len..].chars().next();
        let left =
            next.is_some_and(|c| !space(c)) && prev.is_none_or(|c| space(c) || opener_context(c));
        let right =
            prev.is_some_and(|c| !space(c)) && next.is_none_or(|c| space(c) || closer_context(c));
        let mut weak = false;
        if b[i] == b'"' {
            if double_apostrophe(b, i) {
                continue;
            }
            if matches!(prev, Some('s' | 'S'))
                && text[i + len..]
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.is_lowercase())
            {
                weak = *double_apostrophes.get_or_insert_with(|| {
                    memchr::memchr_iter(b'"', b).any(|j| double_apostrophe(b, j))
                });
            }
        }
        if family == Family::Single && matches!(shape, Shape::Straight | Shape::Right) {
            let p_alnum = prev.is_some_and(char::is_alphanumeric);
            let n_alnum = next.is_some_and(char::is_alphanumeric);
            if p_alnum && n_alnum {
                // don’t, Palantir’s, rock'n'roll
                continue;
            }
            if !p_alnum && next.is_some_and(|c| c.is_ascii_digit()) {
                // ’90s
                continue;
            }
            if p_alnum && matches!(prev, Some('s' | 'S' | 'z')) {
                // the workers’ union: possessive, or a closing mark
                let rest = text[i + len..].trim_start_matches(' ');
                weak = rest.starts_with(|c: char| c.is_alphabetic());
            }
        }
        if family == Family::Single
            && shape == Shape::Left
            && next.is_some_and(|c| c.is_ascii_digit())
        {
            // ‘90s written with the wrong mark
            continue;
        }
        if family == Family::Single
            && next == Some('s')
            && !text[i + len + 1..].starts_with(char::is_alphanumeric)
        {
            // "stole 's thunder" (a name dropped before its possessive), "'s-Hertogenbosch":
            // no quotation opens with the word "s"
            continue;
        }
        out.push(Mark {
            at: i,
            len,
            family,
            shape,
            left,
            right,
            weak,
        });
    }
}

/// Spans of markup tags (`<tweet id="…">`) in `text`, for skipping the marks inside them.
fn tag_spans(text: &str, para: Span, out: &mut Vec<Span>) {
    let s = para.slice(text).as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'<', &s[from..]) {
        let start = from + k;
        let next = s.get(start + 1).copied();
        if !next.is_some_and(|c| c.is_ascii_alphabetic() || c == b'/') {
            from = start + 1;
            continue;
        }
        // The tag ends at the next '>' unless another '<' comes first.
        let rest = &s[start + 1..];
        match memchr::memchr2(b'>', b'<', rest) {
            Some(e) if rest[e] == b'>' => {
                out.push(Span::new(
                    para.start + start,
                    para.start + start + 1 + e + 1,
                ));
                from = start + 1 + e + 1;
            }
            _ => from = start + 1,
        }
    }
}

/// Is paragraph 0 a headline (short, one line, with more paragraphs after it)?
fn headline(doc: &Document) -> bool {
    if doc.paragraphs.len() < 2 {
        return false;
    }
    let p = doc.slice(doc.paragraphs[0]);
    if p.contains('\n') {
        return false;
    }
    let words = p.split_whitespace().count();
    let sentences = doc.sentences.iter().filter(|s| s.paragraph == 0).count();
    words <= 30 && sentences <= 1
}

/// Pairs the quotation marks of `doc`.
pub(crate) fn pairs(doc: &Document) -> Vec<Pair> {
    let text = doc.text;
    let mut marks = Vec::new();
    find_marks(text, &mut marks);
    let mut out = Vec::new();
    if marks.is_empty() {
        return out;
    }
    let skip_single_headline = headline(doc);
    let mut tags = Vec::new();
    let mut mi = 0;
    // The top-level quotation was still open at the end of the previous paragraph.
    let mut carried = false;
    // ... and its piece was reported, and this paragraph opens again: continue it.
    let mut linked = false;
    let mut stack: Vec<Mark> = Vec::with_capacity(4);
    for (pi, &para) in doc.paragraphs.iter().enumerate() {
        while mi < marks.len() && marks[mi].at < para.start {
            mi += 1;
        }
        let first = mi;
        while mi < marks.len() && marks[mi].at < para.end {
            mi += 1;
        }
        let pm = &marks[first..mi];
        if pm.is_empty() {
            carried = false;
            linked = false;
            continue;
        }
        tags.clear();
        if memchr::memchr(b'<', para.slice(text).as_bytes()).is_some() {
            tag_spans(text, para, &mut tags);
        }
        let skip_single = skip_single_headline && pi == 0;
        let mut ctx = Para {
            text,
            para,
            pi,
            linked,
            resumed: None,
            out: &mut out,
        };
        stack.clear();
        let mut seen_open = false;
        for (k, &m) in pm.iter().enumerate() {
            if tags.iter().any(|t| t.start <= m.at && m.at < t.end) {
                continue;
            }
            // The innermost open mark of the same family, if this mark can close it.
            let target = stack
                .iter()
                .rposition(|o| o.family == m.family)
                .filter(|&j| stack[j].closes_with(&m));
            if m.can_close()
                && let Some(j) = target
            {
                if m.weak && later_closer(&pm[k + 1..], m.family) {
                    continue;
                }
                let open = stack[j];
                stack.truncate(j);
                if stack.is_empty() && !(skip_single && open.family == Family::Single) {
                    ctx.push(open.span(), Some(m.span()), open.family);
                }
                continue;
            }
            if m.can_close() && stack.is_empty() && !seen_open && carried && !m.weak {
                // The previous paragraph ended inside a quotation and this one closes it
                // without opening it again.
                ctx.push(Span::new(para.start, para.start), Some(m.span()), m.family);
                seen_open = true;
                continue;
            }
            // A mark opening a paragraph opens, whatever its shape ("” … what I learned").
            let para_opener = m.at == para.start && stack.is_empty() && !carried;
            if (m.can_open() || para_opener) && !m.weak {
                // An opening mark after the end of a sentence inside a quotation that later
                // marks do not close twice: the quotation ended with that sentence, its
                // closing mark missing, and goes on from here ("We will do so. "I'm very
                // happy," he said): a multi-paragraph quotation run into one paragraph.
                // Likewise a sentence that ends and another that introduces this mark with
                // a colon: the quotation ended with the sentence before that one ("… for
                // the country. In reference to …, Mr Milburn said: "Michael …"), and this
                // mark opens another.
                if let [top] = stack[..]
                    && top.family == m.family
                    && let Some(end) = intro_after_sentence(text, top.at + top.len, m.at)
                    && !closes_twice(&pm[k + 1..], m.family)
                {
                    ctx.push(top.span(), Some(Span::new(end, end)), top.family);
                    stack.clear();
                }
                if let [top] = stack[..]
                    && top.family == m.family
                    && ends_sentence_before(text, top.at + top.len, m.at)
                    && !closes_twice(&pm[k + 1..], m.family)
                {
                    ctx.push(top.span(), Some(Span::new(m.at, m.at)), top.family);
                    ctx.resumed = Some(m.at);
                    stack.clear();
                }
                // The same curly mark again while one is open: the first was stray, unless
                // marks later in the paragraph close both (“… what he calls “hell” …”).
                if let Some(top) = stack.last()
                    && top.family == m.family
                    && top.shape == m.shape
                    && m.shape != Shape::Straight
                    && !closes_twice(&pm[k + 1..], m.family)
                {
                    stack.pop();
                }
                // A straight double mark opening again inside a quotation that it opened,
                // in mid-sentence, when the next mark to close (of the next few) does so
                // after the punctuation that ends a statement and no later one closes
                // again: this one is the stray ("The principle that this "when issued'
                // trading …," said X.; not he was the "Father of the House" and …).
                if let Some(top) = stack.last()
                    && top.family == Family::Double
                    && m.family == Family::Double
                    && top.shape == Shape::Straight
                    && m.shape == Shape::Straight
                    && !ends_sentence_before(text, top.at + top.len, m.at)
                    && !closes_twice(&pm[k + 1..], m.family)
                    && pm[k + 1..]
                        .iter()
                        .take(64)
                        .find(|c| c.family == m.family && !c.weak && c.can_close())
                        .is_some_and(|c| text[..c.at].ends_with([',', '.', '?', '!']))
                {
                    continue;
                }
                if stack.len() < 4 {
                    stack.push(m);
                    seen_open = true;
                }
            }
        }
        // End of paragraph: a top-level quotation still open.
        carried = false;
        linked = false;
        if let Some(&open) = stack.first() {
            carried = true;
            let next_opens = doc.paragraphs.get(pi + 1).is_some_and(|np| {
                decode(text.as_bytes(), np.start).is_some_and(|(_, fam, shape)| {
                    fam == open.family && !matches!(shape, Shape::Right | Shape::GuilRight)
                })
            });
            let lead = text[para.start..open.at].trim_end();
            let at_start = lead.is_empty() || lead.ends_with([':', ',']);
            let skip = skip_single && open.family == Family::Single;
            if !skip && (next_opens || at_start || open.family == Family::Double) {
                let before = ctx.out.len();
                ctx.push(open.span(), None, open.family);
                linked = next_opens && ctx.out.len() > before;
            }
        }
    }
    out
}

/// Pairs being collected in one paragraph.
struct Para<'a, 'o> {
    text: &'a str,
    para: Span,
    pi: usize,
    /// The previous paragraph's last piece continues in this one.
    linked: bool,
    /// The opening mark that resumes a quotation whose closing mark is missing.
    resumed: Option<usize>,
    out: &'o mut Vec<Pair>,
}

impl Para<'_, '_> {
    /// Adds the pair with the given marks (to the paragraph end without a closing mark)
    /// when it encloses words.
    fn push(&mut self, open: Span, close: Option<Span>, family: Family) {
        let end = close.map_or(self.para.end, |c| c.start);
        if end < open.end {
            return;
        }
        let content = Span::new(open.end, end).trim(self.text);
        let words = content.slice(self.text);
        if content.is_empty() || !words.chars().any(char::is_alphanumeric) {
            return;
        }
        // A nickname inside a name: Marcia "Cia" Price, Rep. Robert C. "Bobby" Scott.
        if close.is_some() && nickname(self.text, open, close.map_or(end, |c| c.end), words) {
            return;
        }
        // A stage direction in a transcript: "(CROSSTALK.)"
        if words.starts_with('(') && words.trim_end_matches(['.', ',']).ends_with(')') {
            return;
        }
        // Without a closing mark, a quotation must start the paragraph or have some length.
        if close.is_none()
            && open.start != self.para.start
            && words.split_whitespace().nth(2).is_none()
        {
            return;
        }
        let continues = self.linked && open.start == self.para.start
            || self.resumed == Some(open.start)
                && self.out.last().is_some_and(|p| p.para == self.pi);
        self.linked = false;
        self.out.push(Pair {
            open,
            close,
            content,
            para: self.pi,
            continues,
            family,
            label: None,
        });
    }
}

/// Does the text from `from` to `at` end with a full stop, question or exclamation mark
/// and a space (a sentence ended there)?
fn ends_sentence_before(text: &str, from: usize, at: usize) -> bool {
    let before = &text[from..at];
    before.ends_with(char::is_whitespace) && before.trim_end().ends_with(['.', '?', '!', '…'])
}

/// Do the words from `from` to an opening mark at `at` end a sentence and then introduce
/// the mark with a colon ("… for the country. In reference to …, Mr Milburn said: "…")?
/// Where that sentence ends (the last one before the colon): a quotation open at `from`
/// ended there, its closing mark missing.
fn intro_after_sentence(text: &str, from: usize, at: usize) -> Option<usize> {
    let before = text[from..at].trim_end();
    if !before.ends_with(':') {
        return None;
    }
    before
        .rmatch_indices(['.', '?', '!'])
        .find(|&(k, _)| {
            let rest = &before[k + 1..];
            rest.starts_with(' ') && rest.trim_start().starts_with(char::is_uppercase)
        })
        .map(|(k, _)| from + k + 1)
}

/// Do the marks of `family` in `rest` (same paragraph) close two quotations, one inside
/// the other, before any opens again?
fn closes_twice(rest: &[Mark], family: Family) -> bool {
    let mut open = 2;
    for m in rest.iter().filter(|m| m.family == family && !m.weak) {
        if m.can_close() {
            open -= 1;
            if open == 0 {
                return true;
            }
        } else if m.can_open() {
            return false;
        }
    }
    false
}

/// Is there a later mark in `rest` (same paragraph) that could close a quotation of
/// `family` without being a possessive?
fn later_closer(rest: &[Mark], family: Family) -> bool {
    for m in rest {
        if m.family != family {
            continue;
        }
        if m.can_open() && !m.can_close() {
            return false;
        }
        if m.can_close() && !m.weak {
            return true;
        }
    }
    false
}

/// Is the quoted `words` (marks from `open.start` to `close_end`) a nickname between the
/// parts of a name?
fn nickname(text: &str, open: Span, close_end: usize, words: &str) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let n = words.split_whitespace().take(3).count();
    if n > 2 || !words.split_whitespace().all(capital) || words.ends_with(['.', ',', '!', '?']) {
        return false;
    }
    let before = text[..open.start].strip_suffix(' ');
    let after = text[close_end..].strip_prefix(' ');
    let (Some(before), Some(after)) = (before, after) else {
        return false;
    };
    let prev_word = before.rsplit(' ').next().unwrap_or("");
    let next_word = after.split([' ', ',', '.']).next().unwrap_or("");
    capital(prev_word) && capital(next_word) && !prev_word.ends_with([',', ':'])
}

static HEADINGS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| crate::data::lines(include_str!("data/headings.txt")).collect());

/// The label of a transcript line: 1 to 3 capitalised words and a colon opening the
/// paragraph ("PENCE: Well, …", "CHRIS WALLACE: …"), not a heading ("UPDATE: …").
fn line_label(text: &str, para: Span) -> Option<(Span, Span)> {
    let p = para.slice(text);
    let colon = p.get(..p.len().min(40))?.find(':')?;
    let label = p[..colon].trim_end();
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || HEADINGS.contains(&label) {
        return None;
    }
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    if letters < 2 || !all_caps {
        return None;
    }
    let rest = &p[colon + 1..];
    let content = Span::new(para.start + colon + 1, para.end).trim(text);
    if rest.split_whitespace().nth(1).is_none() || content.is_empty() {
        return None;
    }
    Some((Span::new(para.start, para.start + label.len()), content))
}

/// Transcript lines without quotation marks ("PENCE: Well, look, …"), in a document with
/// a labelled speaker who speaks at least twice: one quotation per paragraph, with its
/// label. Added to `pairs` in text order.
pub(crate) fn transcript_lines(doc: &Document, pairs: &mut Vec<Pair>) {
    let text = doc.text;
    let mut lines: Vec<(usize, Span, Span)> = Vec::new();
    for (pi, &para) in doc.paragraphs.iter().enumerate() {
        // Cheap test first: an upper-case letter and a colon near the start.
        let head = &text.as_bytes()[para.start..para.end.min(para.start + 40)];
        if !head.first().is_some_and(u8::is_ascii_uppercase) || memchr::memchr(b':', head).is_none()
        {
            continue;
        }
        if let Some((label, content)) = line_label(text, para) {
            lines.push((pi, label, content));
        }
    }
    let repeated = lines.iter().enumerate().any(|(i, (_, a, _))| {
        lines[i + 1..]
            .iter()
            .any(|(_, b, _)| a.slice(text) == b.slice(text))
    });
    if lines.len() < 2 || !repeated {
        return;
    }
    for (pi, label, content) in lines {
        if pairs.iter().any(|p| p.para == pi) {
            continue;
        }
        let at = pairs.partition_point(|p| p.content.start < content.start);
        pairs.insert(
            at,
            Pair {
                open: Span::new(content.start, content.start),
                close: None,
                content,
                para: pi,
                continues: false,
                family: Family::Double,
                label: Some(label),
            },
        );
    }
}
