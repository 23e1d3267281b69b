//! News-aware segmentation: paragraphs, sentences and tokens, all with byte spans.
//!
//! Tokens are built on Unicode word boundaries (UAX #29, from `unicode-segmentation`), then
//! joined by news rules: currency amounts ("£330", "US$5"), percentages ("3.5%"),
//! abbreviations with their period ("U.S.", "Mr.", "Jan."), hyphenated compounds
//! ("co-founder", "COVID-19"), runs of dots ("..."), and whole URLs, e-mail addresses,
//! @handles and #hashtags. Word-internal apostrophes ("don't") and number separators
//! ("1,139", "3.5") already hold together under UAX #29.
//!
//! Paragraphs are separated by blank lines, and by single line breaks unless the text is
//! hard-wrapped (as wire copy often is), in which case indented lines start paragraphs and
//! other line breaks are plain white space.

use crate::span::Span;
use memchr::memmem;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or an abbreviation's period.
    Word,
    /// Starts with a digit or a currency sign: "1,139", "3.5%", "£330", "417m", "1990s".
    Number,
    /// Punctuation: . , ; : ! ? quotes, brackets, dashes.
    Punct,
    /// Other symbols: currency signs alone, math, emoji.
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A social media @handle.
    Handle,
    /// A #hashtag.
    Hashtag,
}

impl TokenKind {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Handle => "handle",
            TokenKind::Hashtag => "hashtag",
        }
    }
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// One sentence: its span and the range of its tokens in [`Segments::tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Index of the first token.
    pub first: usize,
    /// One past the index of the last token.
    pub last: usize,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// The segmentation of one text.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// Paragraph spans (trimmed of surrounding white space), in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order; each lies inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Tokens, in order.
    pub tokens: Vec<Token>,
}

/// How an abbreviation behaves before what follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AbbrevClass {
    Title,
    /// A title that is also a word or a state's abbreviation ("Del." for Delegate and for
    /// Delaware): an abbreviation only before a capitalised word that does not typically
    /// start a sentence.
    NameTitle,
    Number,
    Month,
    Other,
}

static ABBREVIATIONS: LazyLock<FxHashMap<&'static str, AbbrevClass>> = LazyLock::new(|| {
    crate::data::table(include_str!("data/abbreviations.tsv"))
        .filter_map(|cols| {
            let class = match cols.get(1).copied()? {
                "title" => AbbrevClass::Title,
                "name-title" => AbbrevClass::NameTitle,
                "number" => AbbrevClass::Number,
                "month" => AbbrevClass::Month,
                _ => AbbrevClass::Other,
            };
            Some((cols[0], class))
        })
        .collect()
});

static STARTERS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("data/sentence_starters.txt")).collect());

/// How hard-wrapped text is recognised (see [`paragraphs_with`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrap {
    /// Every rule: what articles are segmented with.
    Full,
    /// Only breaks before lower case decide that a text is wrapped, and in wrapped text
    /// only short lines ending a sentence end paragraphs: the segmentation the entity
    /// tagger's training corpus was read with when the embedded model was trained (the
    /// trainer is sensitive to small changes of its input: retrained on the corpus
    /// segmented with every rule, which changes 54 of its 946 documents, the model scored
    /// IE-ER organisations .784 against .811; so training keeps this reading).
    Training,
}

/// Segments `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Segments {
    segment_with(text, Wrap::Full)
}

/// [`segment`], with the given reading of hard-wrapped text.
pub fn segment_with(text: &str, wrap: Wrap) -> Segments {
    let mut seg = Segments {
        paragraphs: paragraphs_with(text, wrap),
        // A guess that avoids regrowth in news text (about one token per five bytes).
        tokens: Vec::with_capacity(text.len() / 4 + 1),
        // About one sentence per twenty tokens.
        sentences: Vec::with_capacity(text.len() / 80 + 1),
    };
    // Buffers reused from article to article on each thread.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
    }
    let mut scratch = SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
    for (pi, &para) in seg.paragraphs.iter().enumerate() {
        let first = seg.tokens.len();
        tokenize_into(text, para, &mut scratch, &mut seg.tokens);
        split_sentences(text, pi, first, &seg.tokens, &mut seg.sentences);
    }
    SCRATCH.with(|s| *s.borrow_mut() = scratch);
    seg
}

/// Tokenizes `text` alone (one paragraph's rules are applied to the whole text).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(
        text,
        Span::new(0, text.len()),
        &mut Scratch::default(),
        &mut out,
    );
    out
}

// ---------------------------------------------------------------------------------------
// Paragraphs

/// Does `gap` (the text between two tokens) hold a blank line: a break between paragraphs
/// that nothing found in the text runs across?
pub fn blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n');
    lines.next();
    lines.next_back();
    lines.any(is_blank)
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

fn ends_sentence(line: &str) -> bool {
    matches!(
        line.trim_end().chars().last(),
        Some('.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | '\'' | ')' | '…')
    )
}

fn starts_lowercase(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Line spans without their terminators (`\n`, `\r\n`, `\r`, U+2028, U+2029).
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[i..]) {
        i += k;
        match bytes[i] {
            b'\n' => {
                out.push(Span::new(start, i));
                i += 1;
                start = i;
            }
            b'\r' => {
                out.push(Span::new(start, i));
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: E2 80 A8 / E2 80 A9.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                out.push(Span::new(start, i));
                i += 3;
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() || out.is_empty() {
        out.push(Span::new(start, bytes.len()));
    }
    out
}

/// The shortest line (trimmed, in bytes) ending in a number after which a line in lower
/// case continues a paragraph in text that is not hard-wrapped throughout.
const SINGLE_WRAP_MIN: usize = 40;

/// The shortest line (trimmed, in bytes) whose break in mid-sentence counts as hard
/// wrapping.
const WRAP_MIN: usize = 45;

/// Does `line` open with a label, a capitalised word or a few before a colon ("Bowling
/// (to date): …", "Fall of wickets: …", "Note: …")? A line of a list of such lines starts a
/// paragraph even in wrapped text (one alone may be prose: "… told\nReuters: \"…\"").
fn label(line: &str) -> bool {
    if !line.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    line.char_indices()
        .take_while(|&(i, _)| i < 24)
        .find(|&(_, c)| c == ':')
        .is_some_and(|(k, _)| {
            // (a word's colon, not a time's or a score's: "Brook (USA) 3:42.852")
            let before = &line[..k];
            before.ends_with(|c: char| c.is_alphabetic() || c == ')')
                && line[k + 1..].starts_with(char::is_whitespace)
                && !before.contains(',')
                && before.split(' ').count() <= 3
        })
}

/// Does `line` start with white space (a paragraph's indent)?
fn indented(line: &str) -> bool {
    line.starts_with([' ', '\t', '\u{a0}', '\u{3000}'])
}

/// Paragraph spans, trimmed of white space; blank paragraphs are dropped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    paragraphs_with(text, Wrap::Full)
}

/// [`paragraphs`], with the given reading of hard-wrapped text.
pub fn paragraphs_with(text: &str, wrap: Wrap) -> Vec<Span> {
    let full = wrap == Wrap::Full;
    let lines = lines(text);
    // Decide whether single line breaks are hard wrapping: count the breaks inside blocks
    // where the line before does not end a sentence and the next starts in lower case.
    // Also count the breaks after a long line of prose before an unindented line, and those
    // of them in mid-sentence: wire copy wrapped before capitalised words ("… Harwell
    // Dunmore Holdings\nInc said …") shows few breaks before lower case.
    let (mut inner, mut continuations) = (0usize, 0usize);
    let (mut prose, mut open) = (0usize, 0usize);
    let longest = lines
        .iter()
        .map(|l| l.slice(text).trim().len())
        .max()
        .unwrap_or(0);
    for w in lines.windows(2) {
        let (a, b) = (w[0].slice(text), w[1].slice(text));
        if is_blank(a) || is_blank(b) {
            continue;
        }
        inner += 1;
        if !ends_sentence(a) && starts_lowercase(b) {
            continuations += 1;
        }
        let long = a.trim().len();
        if long >= WRAP_MIN
            && long * 4 >= longest * 3
            && a.chars().any(char::is_lowercase)
            && !indented(b)
        {
            prose += 1;
            // (a word or a comma before a word: not a table's row of figures)
            let word_end = a
                .trim_end()
                .ends_with(|c: char| c.is_alphabetic() || c == ',');
            if !ends_sentence(a) && word_end && b.starts_with(char::is_alphabetic) {
                open += 1;
            }
        }
    }
    let wrapped = continuations >= 2 && continuations * 5 >= inner
        || full && open >= 2 && open * 3 >= prose * 2;
    // In wrapped text a paragraph's last line is usually short: well under the width.
    let width = if wrapped {
        lines.iter().map(|l| l.len()).max().unwrap_or(0)
    } else {
        0
    };

    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut prev: Option<&str> = None;
    for line in lines {
        let s = line.slice(text);
        if is_blank(s) {
            out.extend(current.take());
            prev = None;
            continue;
        }
        // Where the text is wrapped, a line continues the paragraph unless it is indented or
        // follows a headline (a line without lower case) or a short line ending a sentence.
        // Elsewhere only a number wrapped away from its unit or noun does: a line that
        // starts with a word in lower case, not indented, after a long line of prose that
        // ends in a number (the note under a statement: "… excludes tax credit of
        // 230,000\ndlrs."; the statement's own lines are indented or short).
        let indented = indented(s);
        let continues = !indented
            && prev.is_some_and(|p| {
                let headline = !p.chars().any(char::is_lowercase);
                if wrapped {
                    // (so does a short row ending in a number before a capital, though no
                    // sentence ends there: "Alan Brook c Rourke b Kellam 61")
                    let row = full
                        && p.trim_end().ends_with(|c: char| c.is_ascii_digit())
                        && s.starts_with(char::is_uppercase);
                    let short_end = (ends_sentence(p) || row) && p.trim_end().len() * 5 < width * 3;
                    !(headline || short_end || full && label(p) && label(s))
                } else {
                    !headline
                        && p.trim_end().ends_with(|c: char| c.is_ascii_digit())
                        && p.trim().len() >= SINGLE_WRAP_MIN
                        && s.starts_with(|c: char| c.is_lowercase())
                }
            });
        prev = Some(s);
        current = match current {
            Some(cur) if continues => Some(cur.cover(line)),
            Some(cur) => {
                out.push(cur);
                Some(line)
            }
            None => Some(line),
        };
    }
    out.extend(current);
    for p in &mut out {
        *p = p.trim(text);
    }
    out.retain(|p| !p.is_empty());
    out
}

// ---------------------------------------------------------------------------------------
// Tokens

const CURRENCY_SIGNS: &[char] = &[
    '$', '£', '€', '¥', '₹', '₪', '₩', '₽', '₺', '₦', '₱', '฿', '₴', '₫', '¢', '₣', '₿',
];

fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301f}' | '\u{ff01}'..='\u{ff0f}'
        | '\u{ff1a}'..='\u{ff20}' | '\u{060c}' | '\u{061b}' | '\u{061f}' | '\u{06d4}')
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

fn classify(s: &str) -> Option<TokenKind> {
    let &b = s.as_bytes().first()?;
    if b.is_ascii() {
        return match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => Some(TokenKind::Word),
            b'0'..=b'9' => Some(TokenKind::Number),
            0..=b' ' | 0x7f => None,
            _ if is_punct(char::from(b)) => Some(TokenKind::Punct),
            _ => Some(TokenKind::Symbol),
        };
    }
    classify_char(s.chars().next()?)
}

fn classify_char(c: char) -> Option<TokenKind> {
    Some(if c.is_alphabetic() || c == '_' {
        TokenKind::Word
    } else if c.is_numeric() {
        TokenKind::Number
    } else if c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200b}'..='\u{200d}' | '\u{feff}')
    {
        return None;
    } else if is_punct(c) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    })
}

/// Finds URL, e-mail, handle and hashtag spans in `para` (absolute offsets).
fn special_spans(text: &str, para: Span, out: &mut Vec<Token>) {
    let s = para.slice(text);
    let b = s.as_bytes();
    // Searchers built once (building one costs more than searching a paragraph).
    static SCHEME: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"://"));
    static WWW: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"www."));
    let maybe = memchr::memchr2(b'@', b'#', b).is_some()
        || SCHEME.find(b).is_some()
        || WWW.find(b).is_some();
    if !maybe {
        return;
    }
    special::scan(s, |start, mut end, kind| {
        if kind == TokenKind::Url {
            // Trailing sentence punctuation is not part of an address.
            let t = s[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
            end = start + t.len();
        } else if matches!(kind, TokenKind::Handle | TokenKind::Hashtag) {
            // A handle or hashtag starts a word: not "a@b", "C#", "x#1".
            if s[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '&')
            {
                return;
            }
        }
        out.push(Token {
            span: Span::new(para.start + start, para.start + end),
            kind,
        });
    });
}

/// The scanner of special tokens. It finds exactly the matches, in order and without
/// overlap, of this regular expression (a test checks it against the `regex` crate):
///
/// ```text
/// (?xi)
///   (?P<url>\b(?:https?://|ftp://|www\.)[^\s<>\x22“”‘’()\[\]{}]+)
/// | (?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)
/// | (?P<handle>@\w{1,30})
/// | (?P<hashtag>\#\w*[^\W\d_]\w*)
/// ```
///
/// Compiling that expression (Unicode classes, a bounded repetition) cost more than
/// segmenting a few megabytes of text, and it is only needed in rare paragraphs.
mod special {
    use super::TokenKind;

    /// Unicode `\w`, as the `regex` crate defines it.
    fn is_word(c: char) -> bool {
        regex_syntax::is_word_character(c)
    }

    /// Unicode `\d` (decimal digits), for a word character: the other numeric
    /// characters that are word characters are letters (Roman numerals).
    fn is_decimal(c: char) -> bool {
        c.is_numeric() && !c.is_alphabetic()
    }

    /// `(?i)[a-z]`: ASCII letters and the two that case-fold to one of them.
    fn is_folded_ascii_letter(c: char) -> bool {
        c.is_ascii_alphabetic() || c == '\u{17f}' || c == '\u{212a}'
    }

    fn is_url_char(c: char) -> bool {
        !(c.is_whitespace()
            || matches!(
                c,
                '<' | '>' | '"' | '“' | '”' | '‘' | '’' | '(' | ')' | '[' | ']' | '{' | '}'
            ))
    }

    fn is_local_char(c: char) -> bool {
        is_word(c) || matches!(c, '.' | '+' | '-')
    }

    fn is_label_char(c: char) -> bool {
        is_word(c) || c == '-'
    }

    /// `\b` at byte `p` of `s`.
    fn boundary(s: &str, p: usize) -> bool {
        let before = s[..p].chars().next_back().is_some_and(is_word);
        let after = s[p..].chars().next().is_some_and(is_word);
        before != after
    }

    /// End of the run of characters satisfying `f` from byte `p`.
    fn run_end(s: &str, p: usize, f: impl Fn(char) -> bool) -> usize {
        s[p..].find(|c: char| !f(c)).map_or(s.len(), |i| p + i)
    }

    /// `s` starts with the ASCII word `w`, in any case.
    fn starts_with_ci(s: &str, w: &str) -> bool {
        s.len() >= w.len() && s.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
    }

    /// Length of a `(?i)https?://|ftp://|www\.` prefix of `r`.
    fn url_prefix(r: &str) -> Option<usize> {
        if starts_with_ci(r, "http") {
            let after = &r[4..];
            let s_len = after
                .chars()
                .next()
                .filter(|&c| matches!(c, 's' | 'S' | '\u{17f}'))
                .map_or(0, char::len_utf8);
            return after[s_len..].starts_with("://").then_some(4 + s_len + 3);
        }
        if starts_with_ci(r, "ftp://") {
            return Some(6);
        }
        starts_with_ci(r, "www.").then_some(4)
    }

    fn url_at(s: &str, p: usize) -> Option<usize> {
        let n = url_prefix(&s[p..])?;
        if !boundary(s, p) {
            return None;
        }
        let end = run_end(s, p + n, is_url_char);
        (end > p + n).then_some(end)
    }

    /// End of `\.[a-z]{2,}\b` at `p`.
    fn top_level(s: &str, p: usize) -> Option<usize> {
        if !s[p..].starts_with('.') {
            return None;
        }
        let end = run_end(s, p + 1, is_folded_ascii_letter);
        // A shorter run ends between two letters, where there is no boundary.
        let long_enough = s[p + 1..end].chars().nth(1).is_some();
        let bounded = !s[end..].chars().next().is_some_and(is_word);
        (long_enough && bounded).then_some(end)
    }

    /// End of `[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b` at `q` (the domain of an address).
    fn domain(s: &str, q: usize) -> Option<usize> {
        // Each label is a whole run (only a '.' may follow one); the repetition is greedy,
        // so the most labels before a valid top-level part win.
        let first = run_end(s, q, is_label_char);
        if first == q {
            return None;
        }
        let mut ends = vec![first];
        let mut pos = first;
        while s[pos..].starts_with('.') {
            let end = run_end(s, pos + 1, is_label_char);
            if end == pos + 1 {
                break;
            }
            ends.push(end);
            pos = end;
        }
        ends.iter().rev().find_map(|&p| top_level(s, p))
    }

    fn handle_at(s: &str, p: usize) -> Option<usize> {
        let mut end = p + 1;
        for c in s[p + 1..].chars().take(30) {
            if !is_word(c) {
                break;
            }
            end += c.len_utf8();
        }
        (end > p + 1).then_some(end)
    }

    fn hashtag_at(s: &str, p: usize) -> Option<usize> {
        let end = run_end(s, p + 1, is_word);
        s[p + 1..end]
            .chars()
            .any(|c| c != '_' && !is_decimal(c))
            .then_some(end)
    }

    /// Calls `f(start, end, kind)` for each match, leftmost first, as `captures_iter`.
    pub(super) fn scan(s: &str, mut f: impl FnMut(usize, usize, TokenKind)) {
        // The local part of an address is the whole run of [\w.+-] before an '@': its end
        // and the end of the address, for every start inside the run.
        let mut local: Option<(usize, Option<usize>)> = None;
        let mut p = 0;
        while let Some(c) = s[p..].chars().next() {
            let found = if matches!(c, 'h' | 'H' | 'f' | 'F' | 'w' | 'W')
                && let Some(end) = url_at(s, p)
            {
                Some((end, TokenKind::Url))
            } else if is_local_char(c) {
                let (run, email) = match local {
                    Some(l) if p < l.0 => l,
                    _ => {
                        let run = run_end(s, p, is_local_char);
                        let email = s[run..]
                            .starts_with('@')
                            .then(|| domain(s, run + 1))
                            .flatten();
                        (run, email)
                    }
                };
                local = Some((run, email));
                email
                    .filter(|_| boundary(s, p))
                    .map(|end| (end, TokenKind::Email))
            } else if c == '@' {
                handle_at(s, p).map(|end| (end, TokenKind::Handle))
            } else if c == '#' {
                hashtag_at(s, p).map(|end| (end, TokenKind::Hashtag))
            } else {
                None
            };
            match found {
                Some((end, kind)) => {
                    f(p, end, kind);
                    p = end;
                }
                None => p += c.len_utf8(),
            }
        }
    }
}

fn abbrev_class(word: &str) -> Option<AbbrevClass> {
    ABBREVIATIONS.get(word).copied()
}

/// Is `word`, in capitals, a listed abbreviation of class `class` written in capitals
/// ("ILL" for "Ill", "ST" for "St")?
fn capitals_abbrev(word: &str, class: AbbrevClass) -> bool {
    let b = word.as_bytes();
    if !(2..=8).contains(&b.len()) || !b.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    buf[1..b.len()].make_ascii_lowercase();
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|title| abbrev_class(title) == Some(class))
}

/// Do the tokens `done` end with one letter written together with an ampersand before it
/// ("AT&T", "S&P"): the end of a name, not an initial? (Not where the part before the
/// ampersand has its period too: "S.&P.")
fn ampersand_letter(text: &str, done: &[Token]) -> bool {
    match done {
        [.., before, amp, letter] => {
            letter.span.len() == 1
                && amp.span.end == letter.span.start
                && amp.span.slice(text) == "&"
                && !(before.span.end == amp.span.start && before.span.slice(text).ends_with('.'))
        }
        _ => false,
    }
}

/// Is `word` (directly followed by a period) an abbreviation that keeps the period?
fn keeps_period(word: &str, next: Option<&str>) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    // Initials: a single capital letter ("J. R. Smith").
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    // Letters with inner periods: U.S, e.g, a.m, Ph.D.
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    match abbrev_class(word) {
        Some(AbbrevClass::Number) => {
            next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        }
        Some(AbbrevClass::NameTitle) => {
            next.is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()) && !STARTERS.contains(n))
        }
        Some(_) => true,
        // In capitals, a dateline's state ("CHICAGO, ILL., March 3") and a title before a
        // name ("ST. LOUIS").
        None => {
            next == Some(",") && capitals_abbrev(word, AbbrevClass::Other)
                || next.is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
                    && capitals_abbrev(word, AbbrevClass::Title)
        }
    }
}

/// Buffers reused from paragraph to paragraph.
#[derive(Default)]
struct Scratch {
    specials: Vec<Token>,
    raw: Vec<Token>,
}

/// UAX #29 word-break class of an ASCII byte, for the rules that apply to ASCII.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Digit,
    /// `_` (ExtendNumLet).
    Under,
    /// `:` (MidLetter).
    MidLetter,
    /// `.` and `'` (MidNumLet, Single_Quote).
    MidNumLet,
    /// `,` and `;` (MidNum).
    MidNum,
    Space,
    Other,
}

/// [`wb_of`] of every byte.
static WB: [Wb; 256] = {
    let mut table = [Wb::Other; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = wb_of(i as u8);
        i += 1;
    }
    table
};

#[inline]
fn wb(b: u8) -> Wb {
    WB[usize::from(b)]
}

const fn wb_of(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Digit,
        b'_' => Wb::Under,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLet,
        b',' | b';' => Wb::MidNum,
        b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' => Wb::Space,
        _ => Wb::Other,
    }
}

/// The UAX #29 words of an ASCII chunk without white space, exactly as
/// `split_word_bound_indices` gives them (a property test checks this).
fn ascii_words<'s>(s: &'s str, base: usize, f: &mut impl FnMut(usize, &'s str)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = wb(b[i]);
        i += 1;
        if matches!(c, Wb::Letter | Wb::Digit | Wb::Under) {
            let mut last = c;
            while i < b.len() {
                let n = wb(b[i]);
                if matches!(n, Wb::Letter | Wb::Digit | Wb::Under) {
                    last = n;
                    i += 1;
                    continue;
                }
                // WB6/7: letter (MidLetter | MidNumLet) letter; WB11/12: digit (MidNum |
                // MidNumLet) digit.
                let after = b.get(i + 1).map(|&x| wb(x));
                let joins = match (last, n) {
                    (Wb::Letter, Wb::MidLetter | Wb::MidNumLet) => after == Some(Wb::Letter),
                    (Wb::Digit, Wb::MidNum | Wb::MidNumLet) => after == Some(Wb::Digit),
                    _ => false,
                };
                if !joins {
                    break;
                }
                i += 2;
                last = after.unwrap_or(Wb::Other);
            }
        }
        f(base + start, &s[start..i]);
    }
}

/// The end of the chunk of `b` starting at `i`: the next ASCII white space byte (as [`wb`]
/// classes them) or the end; and whether the chunk is all ASCII. Eight bytes at a time, so
/// that the end of a short word costs no mispredicted branch.
fn chunk_end(b: &[u8], mut i: usize) -> (usize, bool) {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut ascii = true;
    while let Some(eight) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        // Per byte, with y its low seven bits (no sum below carries into the next byte):
        // 9 <= y < 14, or y == 0x20; and the top bit clear.
        let y = x & !HI;
        let ge9 = (y + LO * (0x80 - 9)) & HI;
        let ge14 = (y + LO * (0x80 - 14)) & HI;
        let z = y ^ (LO * 0x20);
        let not_20 = ((z + LO * 0x7f) | z) & HI;
        let space = (ge9 & !ge14 | !not_20) & !x & HI;
        if space != 0 {
            let k = (space.trailing_zeros() / 8) as usize;
            let before = (1u64 << (8 * k)) - 1;
            ascii &= x & HI & before == 0;
            return (i + k, ascii);
        }
        ascii &= x & HI == 0;
        i += 8;
    }
    while i < b.len() && wb(b[i]) != Wb::Space {
        ascii &= b[i] < 0x80;
        i += 1;
    }
    (i, ascii)
}

/// Calls `f(offset, word)` for every UAX #29 word of `s` that is not white space. ASCII
/// stretches between white space take a fast path; others go through `unicode-segmentation`.
fn for_each_word<'s>(s: &'s str, mut f: impl FnMut(usize, &'s str)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if wb(b[i]) == Wb::Space {
            i += 1;
            continue;
        }
        let start = i;
        let ascii;
        (i, ascii) = chunk_end(b, i);
        let chunk = &s[start..i];
        if ascii {
            ascii_words(chunk, start, &mut f);
        } else {
            for (off, w) in chunk.split_word_bound_indices() {
                if !w.chars().all(char::is_whitespace) {
                    f(start + off, w);
                }
            }
        }
    }
}

/// Tokenizes one paragraph, appending to `out`.
fn tokenize_into(text: &str, para: Span, scratch: &mut Scratch, out: &mut Vec<Token>) {
    let s = para.slice(text);
    let Scratch {
        specials: pieces,
        raw,
    } = scratch;
    pieces.clear();
    raw.clear();
    special_spans(text, para, pieces);
    let specials = pieces.len();
    let mut next_special = 0;
    // Raw UAX #29 words, minus white space and minus whatever lies inside special tokens,
    // with the special tokens put in place.
    for_each_word(s, |off, w| {
        let span = Span::new(para.start + off, para.start + off + w.len());
        while next_special < specials && pieces[next_special].span.end <= span.start {
            next_special += 1;
        }
        if next_special < specials {
            let sp = pieces[next_special].span;
            if sp.start <= span.start && span.start < sp.end {
                // Inside a special token: it stands for every word it covers.
                if raw.last().is_none_or(|t| t.span != sp) {
                    raw.push(pieces[next_special]);
                }
                return;
            }
            if span.start < sp.start && sp.start < span.end {
                // A word straddling the start of a special token ("x@y" edge cases):
                // keep the part before it.
                if let Some(kind) = classify(&text[span.start..sp.start]) {
                    raw.push(Token {
                        span: Span::new(span.start, sp.start),
                        kind,
                    });
                }
                raw.push(pieces[next_special]);
                return;
            }
        }
        if let Some(kind) = classify(w) {
            raw.push(Token { span, kind });
        }
    });
    let raw = &*raw;

    let base = out.len();
    for i in 0..raw.len() {
        let t = raw[i];
        let n = out.len();
        // A word whose UTF-8 was read as Latin-1 holds control characters, which are no
        // tokens ("FranÃ\u{83}Â§ois"): its pieces join across them.
        if n > base && out[n - 1].kind == TokenKind::Word {
            let gap = &text[out[n - 1].span.end..t.span.start];
            // (C1 controls are two bytes, the first 0xC2)
            if gap.as_bytes().first() == Some(&0xC2)
                && gap.chars().all(|c| ('\u{80}'..='\u{9F}').contains(&c))
                && mojibake_joins(out[n - 1].span.slice(text), gap, t.span.slice(text))
            {
                out[n - 1].span.end = t.span.end;
                continue;
            }
        }
        // Only tokens touching the one before can join it.
        if n > base && out[n - 1].span.end == t.span.start {
            let l = out[n - 1];
            let tt = t.span.slice(text);
            let lt = l.span.slice(text);
            let next_text = raw.get(i + 1).map(|x| x.span.slice(text));
            let non_ascii = |s: &str| s.as_bytes().first().is_some_and(|&b| b >= 0x80);
            let merged_kind = if l.kind == TokenKind::Word
                && (lt.as_bytes().last().is_some_and(|&b| b >= 0x80) || non_ascii(tt))
                && mojibake_joins(lt, "", tt)
            {
                // "FranÃ" + "§" + "ois": UTF-8 read as Latin-1 inside a word.
                Some(TokenKind::Word)
            } else if lt == "&" && tt.eq_ignore_ascii_case("amp") && next_text == Some(";")
                || lt.eq_ignore_ascii_case("&amp") && tt == ";"
            {
                // "&amp;", the HTML entity of an ampersand left in scraped copy, is one token.
                Some(TokenKind::Punct)
            } else if tt == "."
                && l.kind == TokenKind::Word
                && !lt.ends_with('.')
                && keeps_period(lt, next_text)
                && !ampersand_letter(text, &out[base..n])
            {
                // "Mr" + "." ; "U.S" + "." (not the last letter of "AT&T.")
                Some(TokenKind::Word)
            } else if t.kind == TokenKind::Number
                && l.kind == TokenKind::Symbol
                && lt.ends_with(CURRENCY_SIGNS)
            {
                // "£" + "330" ; "US$" + "5"
                Some(TokenKind::Number)
            } else if tt == "$"
                && l.kind == TokenKind::Word
                && lt.len() <= 3
                && lt.chars().all(|c| c.is_ascii_uppercase())
                && next_text.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            {
                // "US" + "$" (then the number joins above)
                Some(TokenKind::Symbol)
            } else if tt == "%" && l.kind == TokenKind::Number {
                Some(TokenKind::Number)
            } else if matches!(t.kind, TokenKind::Word | TokenKind::Number)
                && n >= base + 2
                && is_hyphen(lt)
            {
                // X - Y with no spaces, where X is a word (or Y is a word): "co-founder",
                // "COVID-19", "20-year"; not "10-20".
                let before = out[n - 2];
                let joined = before.span.end == l.span.start
                    && matches!(before.kind, TokenKind::Word | TokenKind::Number)
                    && !(before.kind == TokenKind::Number && t.kind == TokenKind::Number)
                    && !before.span.slice(text).ends_with('.');
                if joined {
                    out.truncate(n - 1);
                    let kind = before.kind;
                    out[n - 2].span.end = t.span.end;
                    out[n - 2].kind = if kind == TokenKind::Number && t.kind == TokenKind::Word {
                        TokenKind::Word
                    } else {
                        kind
                    };
                    continue;
                }
                None
            } else if l.kind == TokenKind::Punct
                && t.kind == TokenKind::Punct
                && matches!(tt, "." | "!" | "?" | "-")
                && lt.chars().all(|c| matches!(c, '.' | '!' | '?' | '-'))
                && (tt == "-") == lt.starts_with('-')
            {
                // "..." ; "?!" ; "--"
                Some(TokenKind::Punct)
            } else {
                None
            };
            if let Some(kind) = merged_kind {
                out[n - 1].span.end = t.span.end;
                out[n - 1].kind = kind;
                continue;
            }
        }
        // Field by field: copying the whole struct went through its padding bytes on the
        // stack, which stalled store forwarding.
        out.push(Token {
            span: t.span,
            kind: t.kind,
        });
    }
}

/// Does `next` go on the word `word` (with `gap` between them: control characters, or
/// nothing), because the two are one word whose UTF-8 was read as Latin-1 ("FranÃ", "§",
/// "ois" for "François")? The first byte of a two-byte character reads as one of U+00C2
/// to U+00DF ("Ã", "Â"; also decomposed, "A" and U+0303), the second as one of U+0080 to
/// U+00BF ("§", "©", or a control character). Only inside a word: "Â" alone before "£330"
/// stays apart, so the money is still found.
fn mojibake_joins(word: &str, gap: &str, next: &str) -> bool {
    let lead = |c: char| ('\u{C2}'..='\u{DF}').contains(&c);
    let cont = |c: char| ('\u{80}'..='\u{BF}').contains(&c);
    let combining = |c: char| ('\u{300}'..='\u{36F}').contains(&c);
    // Does `back` (characters read backwards) start with a first byte's character? It
    // takes that character (and the letter of a decomposed one) from `back`.
    let lead_at_end = |back: &mut dyn Iterator<Item = char>| match back.next() {
        Some(c) if lead(c) => true,
        Some(c) if combining(c) => back.next().is_some_and(|b| b.is_ascii_uppercase()),
        _ => false,
    };
    let starts_with_lead = |s: &str| {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), _) if lead(c) => true,
            (Some(c), Some(m)) => c.is_ascii_uppercase() && combining(m),
            _ => false,
        }
    };
    let Some(first) = next.chars().next() else {
        return false;
    };
    let mut back = word.chars().chain(gap.chars()).rev();
    let Some(last) = back.clone().next() else {
        return false;
    };
    if cont(last) {
        // "FranÃ§" + "ois", or + "Â…"
        back.next();
        return lead_at_end(&mut back) && (first.is_lowercase() || starts_with_lead(next));
    }
    // "FranÃ" + "§": a lead after a letter or after another character's pair
    cont(first)
        && lead_at_end(&mut back)
        && back
            .next()
            .is_some_and(|c| c.is_alphabetic() && !lead(c) || cont(c))
}

// ---------------------------------------------------------------------------------------
// Sentences

fn is_terminal(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？'))
}

fn is_closer(s: &str) -> bool {
    matches!(s, "”" | "’" | "»" | ")" | "]" | "}" | "\"" | "'" | "›")
}

/// Could a sentence start with this token?
fn can_start(s: &str) -> bool {
    match s.chars().next() {
        // Punctuation that continues a clause never starts a sentence: "Rep. Zoe Lofgren
        // (D-Calif.), who …".
        Some(c) => !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '%'),
        None => false,
    }
}

/// Splits the paragraph whose tokens start at `first` (up to the end of `tokens`).
fn split_sentences(
    text: &str,
    paragraph: usize,
    first: usize,
    tokens: &[Token],
    out: &mut Vec<Sentence>,
) {
    let end = tokens.len();
    if first == end {
        return;
    }
    let mut start = first;
    let mut i = first;
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize| {
        out.push(Sentence {
            span: Span::new(tokens[a].span.start, tokens[b - 1].span.end),
            first: a,
            last: b,
            paragraph,
        });
    };
    let bytes = text.as_bytes();
    while i < end {
        let t = tokens[i];
        // Only punctuation and words ending in a period can end a sentence.
        let candidate = match t.kind {
            TokenKind::Punct => true,
            TokenKind::Word => bytes[t.span.end - 1] == b'.',
            _ => false,
        };
        if !candidate {
            i += 1;
            continue;
        }
        let tt = t.span.slice(text);
        let mut boundary = None;
        if t.kind == TokenKind::Punct && is_terminal(tt) {
            // Take closing quotes and brackets that follow directly.
            let mut j = i + 1;
            while j < end
                && is_closer(tokens[j].span.slice(text))
                && tokens[j].span.start == tokens[j - 1].span.end
            {
                j += 1;
            }
            if j == end || can_start(tokens[j].span.slice(text)) {
                boundary = Some(j);
            }
        } else if t.kind == TokenKind::Word && tt.len() > 1 && tt.ends_with('.') && i + 1 < end {
            let next = tokens[i + 1].span.slice(text);
            let word = &tt[..tt.len() - 1];
            let starter = STARTERS.contains(next);
            let breaks = match abbrev_class(word) {
                Some(AbbrevClass::Title | AbbrevClass::NameTitle | AbbrevClass::Number) => false,
                Some(AbbrevClass::Month) => starter,
                Some(AbbrevClass::Other) => {
                    can_start(next) && (starter || next.starts_with(['“', '"']))
                }
                // Initials never end a sentence; "U.S." does before a typical starter.
                None => word.chars().count() > 1 && starter,
            };
            if breaks {
                boundary = Some(i + 1);
            }
        }
        match boundary {
            Some(j) => {
                push(out, start, j);
                start = j;
                i = j;
            }
            None => i += 1,
        }
    }
    if start < end {
        push(out, start, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.slice(text)).collect()
    }

    fn kinds(text: &str) -> Vec<(&str, &'static str)> {
        tokenize(text)
            .iter()
            .map(|t| (t.span.slice(text), t.kind.as_str()))
            .collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "worth up to £330 million ($417 million)",
                &[
                    "worth", "up", "to", "£330", "million", "(", "$417", "million", ")",
                ],
            ),
            ("a $417m deal", &["a", "$417m", "deal"]),
            ("killing 1,139 people", &["killing", "1,139", "people"]),
            (
                "rose 3.5% on Monday.",
                &["rose", "3.5%", "on", "Monday", "."],
            ),
            (
                "the U.S. and the U.K.",
                &["the", "U.S.", "and", "the", "U.K."],
            ),
            // The last letter of a name with an ampersand is no initial; "S.&P." keeps both.
            (
                "parent AT&T. S.&P. 500",
                &["parent", "AT", "&", "T", ".", "S.", "&", "P.", "500"],
            ),
            (
                // a title in capitals before a name
                "ST. LOUIS, June 18 - MR. SMITH SAID ST.",
                &[
                    "ST.", "LOUIS", ",", "June", "18", "-", "MR.", "SMITH", "SAID", "ST", ".",
                ],
            ),
            (
                // a state in a dateline, in capitals; not a word that is not listed
                "CHICAGO, ILL., March 3 - HE IS ILL. TAX.,",
                &[
                    "CHICAGO", ",", "ILL.", ",", "March", "3", "-", "HE", "IS", "ILL", ".", "TAX",
                    ".", ",",
                ],
            ),
            (
                // "Del." a delegate's title before a name; Delaware before a comma or a
                // sentence
                "Del. Marcia Price of Wilmington, Del., and of Dover, Del. The",
                &[
                    "Del.",
                    "Marcia",
                    "Price",
                    "of",
                    "Wilmington",
                    ",",
                    "Del",
                    ".",
                    ",",
                    "and",
                    "of",
                    "Dover",
                    ",",
                    "Del",
                    ".",
                    "The",
                ],
            ),
            (
                "CEO and co-founder Alex Karp",
                &["CEO", "and", "co-founder", "Alex", "Karp"],
            ),
            (
                "bring data back in-house",
                &["bring", "data", "back", "in-house"],
            ),
            (
                "we don't and we don’t",
                &["we", "don't", "and", "we", "don’t"],
            ),
            ("Palantir’s office", &["Palantir’s", "office"]),
            ("US$4.7 billion", &["US$4.7", "billion"]),
            ("€20m and ¥5", &["€20m", "and", "¥5"]),
            (
                "COVID-19 and a 20-year-old",
                &["COVID-19", "and", "a", "20-year-old"],
            ),
            ("pages 10-20", &["pages", "10", "-", "20"]),
            ("wait... what?!", &["wait", "...", "what", "?!"]),
            (
                "Mr. Smith met Dr. Jones",
                &["Mr.", "Smith", "met", "Dr.", "Jones"],
            ),
            ("J. R. Smith", &["J.", "R.", "Smith"]),
            ("No. 10 said no.", &["No.", "10", "said", "no", "."]),
            ("at 9 a.m. today", &["at", "9", "a.m.", "today"]),
            (
                "“Free, free Palestine”",
                &["“", "Free", ",", "free", "Palestine", "”"],
            ),
            ("£\u{a0}5 and 10\u{a0}km", &["£", "5", "and", "10", "km"]),
            ("東京で会議", &["東", "京", "で", "会", "議"]),
            // UTF-8 read as Latin-1 inside a word stays one word: precomposed, decomposed
            // (NFD), and read twice (with a control character); not "Â" before money, nor
            // a mangled run of symbols.
            (
                "President FranÃ§ois Hollande",
                &["President", "FranÃ§ois", "Hollande"],
            ),
            ("FranA\u{303}§ois said", &["FranA\u{303}§ois", "said"]),
            ("FranÃ\u{83}Â§ois said", &["FranÃ\u{83}Â§ois", "said"]),
            (
                "the CafÃ©, Ciudad JuÃ¡rez",
                &["the", "CafÃ©", ",", "Ciudad", "JuÃ¡rez"],
            ),
            ("was Â£330 million", &["was", "Â", "£330", "million"]),
            ("°®Âþµº contacted", &["°", "®", "Âþµº", "contacted"]),
            // The HTML entity of an ampersand, left in scraped copy.
            ("Procter &amp; Gamble", &["Procter", "&amp;", "Gamble"]),
            ("Standard &AMP; Poor's", &["Standard", "&AMP;", "Poor's"]),
            ("R&amp", &["R", "&", "amp"]),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text}");
        }
    }

    #[test]
    fn special_tokens() {
        let text =
            "See https://example.org/a?b=1. Mail news@example.co.uk, @newsfacts #Gaza2023 C# x@y";
        let k = kinds(text);
        assert!(k.contains(&("https://example.org/a?b=1", "url")), "{k:?}");
        assert!(k.contains(&("news@example.co.uk", "email")), "{k:?}");
        assert!(k.contains(&("@newsfacts", "handle")), "{k:?}");
        assert!(k.contains(&("#Gaza2023", "hashtag")), "{k:?}");
        assert!(!k.iter().any(|(_, kind)| *kind == "hashtag" && k.len() > 20));
        assert!(k.contains(&("C", "word")), "{k:?}");
        assert!(!k.contains(&("#", "hashtag")));
        assert!(k.contains(&(".", "punct")), "{k:?}");
        assert!(k.contains(&("www", "word")) || !text.contains("www"));
    }

    /// The expression the special-token scanner implements, for checking it.
    fn special_regex_matches(s: &str) -> Vec<(usize, usize, &'static str)> {
        static SPECIAL: LazyLock<regex::Regex> = LazyLock::new(|| {
            regex::Regex::new(
                r"(?xi)
                (?P<url>\b(?:https?://|ftp://|www\.)[^\s<>\x22“”‘’()\[\]{}]+)
              | (?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)
              | (?P<handle>@\w{1,30})
              | (?P<hashtag>\#\w*[^\W\d_]\w*)",
            )
            .unwrap()
        });
        SPECIAL
            .captures_iter(s)
            .map(|caps| {
                let name = ["url", "email", "handle", "hashtag"]
                    .into_iter()
                    .find(|n| caps.name(n).is_some())
                    .unwrap();
                let m = caps.get(0).unwrap();
                (m.start(), m.end(), name)
            })
            .collect()
    }

    fn special_scan_matches(s: &str) -> Vec<(usize, usize, &'static str)> {
        let mut v = Vec::new();
        special::scan(s, |a, b, kind| v.push((a, b, kind.as_str())));
        v
    }

    #[test]
    fn special_scanner_table() {
        for s in [
            "See https://example.org/a?b=1. Mail news@example.co.uk, @newsfacts #Gaza2023",
            "HTTPS://X.ORG www.a.b WWW.C.D ftp://f httpſ://z http:// x.http://y",
            "a@b.co-uk a@b.com.x1 a@b..cc a@b.c.dd.e1 é@ñ.ab x+y.z@d-e.fG-h_i.jk .a@b.cc",
            "@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.x@y.zz #1_2 #١٢ #_a #Ⅻ #é a#b &#x",
            "mail@localhost mail@host.c mail@a.bcK mail@a.bcſ @@x ##y (http://a.b/(c))",
        ] {
            assert_eq!(special_scan_matches(s), special_regex_matches(s), "{s}");
        }
    }

    #[test]
    fn decimal_digits_among_word_characters() {
        let d = regex::Regex::new(r"^\d$").unwrap();
        let mut buf = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if regex_syntax::is_word_character(c) {
                let want = d.is_match(c.encode_utf8(&mut buf));
                assert_eq!(c.is_numeric() && !c.is_alphabetic(), want, "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn special_scanner_matches_regex(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "http://", "https://", "HTTPS://", "httpſ://", "ftp://", "www.", "WWW.",
                "@", "#", ".", "..", "-", "+", "_", "a", "Zé", "ſ", "K", "x1", "٣", "Ⅻ",
                "com", "co", "uk", " ", "\u{a0}", "“", "”", "(", ")", "&", "'", "1", "é.",
                ":", "/", "s", "ab", "mail", "b-c", "\u{301}", "\u{200d}", "名", "<", ",",
            ]),
            0..14,
        )) {
            let s = parts.concat();
            proptest::prop_assert_eq!(special_scan_matches(&s), special_regex_matches(&s));
        }
    }

    #[test]
    fn token_kinds() {
        let k = kinds("Pay rose 3% to £5, up 😀 +2");
        assert_eq!(
            k,
            vec![
                ("Pay", "word"),
                ("rose", "word"),
                ("3%", "number"),
                ("to", "word"),
                ("£5", "number"),
                (",", "punct"),
                ("up", "word"),
                ("😀", "symbol"),
                ("+", "symbol"),
                ("2", "number")
            ]
        );
    }

    #[test]
    fn ascii_classes() {
        for b in 0..=0x7fu8 {
            let s = [b];
            let s = std::str::from_utf8(&s).unwrap();
            assert_eq!(classify(s), classify_char(char::from(b)), "{b:#x}");
        }
    }

    #[test]
    fn line_spans() {
        let text = "a\nb\r\nc\rd\u{2028}e\u{2029}\u{2027}f\n";
        let got: Vec<&str> = lines(text).iter().map(|l| l.slice(text)).collect();
        assert_eq!(got, ["a", "b", "c", "d", "e", "\u{2027}f"]);
        assert_eq!(lines("").len(), 1);
    }

    #[test]
    fn control_characters_are_skipped() {
        let text = "a\u{0}b \u{7}c\u{200b}d";
        let t = toks(text);
        assert_eq!(t, vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("He left. She stayed.", &["He left.", "She stayed."]),
            (
                "It bought AT&T. Marks & Spencer, M&S. Fell.",
                &["It bought AT&T.", "Marks & Spencer, M&S.", "Fell."],
            ),
            (
                "Mr. Smith went to Washington. He met Dr. Jones.",
                &["Mr. Smith went to Washington.", "He met Dr. Jones."],
            ),
            (
                "The U.S. Senate voted. The House did not.",
                &["The U.S. Senate voted.", "The House did not."],
            ),
            (
                "He lives in the U.S. The company is in London.",
                &["He lives in the U.S.", "The company is in London."],
            ),
            (
                "Shares rose 3.5 percent. Bonds fell.",
                &["Shares rose 3.5 percent.", "Bonds fell."],
            ),
            ("“We are ready.” He left.", &["“We are ready.”", "He left."]),
            (
                "\"We are ready.\" He left.",
                &["\"We are ready.\"", "He left."],
            ),
            (
                "It met on Jan. 5 in No. 10 Downing St. in London.",
                &["It met on Jan. 5 in No. 10 Downing St. in London."],
            ),
            (
                "J. R. Smith scored. Wait... What? Yes!",
                &["J. R. Smith scored.", "Wait...", "What?", "Yes!"],
            ),
            ("Yahoo! shares rose.", &["Yahoo! shares rose."]),
            (
                "Acme Inc. The firm said so.",
                &["Acme Inc.", "The firm said so."],
            ),
            ("“Is it?” she asked.", &["“Is it?” she asked."]),
            (
                "Rep. Zoe Lofgren (D-Calif.), who sponsored it, agreed.",
                &["Rep. Zoe Lofgren (D-Calif.), who sponsored it, agreed."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text}");
        }
    }

    #[test]
    fn paragraphs_by_line_and_blank() {
        let text = "Headline here\nFirst paragraph. It goes on.\n\nSecond one.\r\nThird one.";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            p,
            vec![
                "Headline here",
                "First paragraph. It goes on.",
                "Second one.",
                "Third one."
            ]
        );
        // A headline without a full stop is its own sentence.
        assert_eq!(sentences(text)[0], "Headline here");
    }

    #[test]
    fn wrapped_paragraphs() {
        let text = "TESSBY TEA REVIEW\nTESSBY, Feb 26 - Rain fell steadily throughout the week in\nthe Tessby tea gardens, easing the dry spell that began early\nin January and improving prospects, the review said.\n    The dry period means the crop will be late\nthis year.\n    Arrivals rose.";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(p.len(), 4, "{p:?}");
        assert_eq!(p[0], "TESSBY TEA REVIEW");
        assert!(p[1].starts_with("TESSBY,") && p[1].ends_with("said."));
        assert_eq!(
            p[2],
            "The dry period means the crop will be late\nthis year."
        );
        let s = sentences(text);
        assert!(
            s.contains(&"The dry period means the crop will be late\nthis year."),
            "{s:?}"
        );
        // Unindented paragraphs of wrapped text: a short line ending a sentence ends one.
        let text = "The first paragraph runs on over a line that is\nwrapped and then ends here.\nThe second paragraph also wraps its text onto\nthe next line as wire copy does.";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(p.len(), 2, "{p:?}");
        // Wire copy wrapped before capitalised words, with few lines going on in lower
        // case, is wrapped text too: a name is not cut at the end of a line.
        let text = "HARWELL DUNMORE SETS OFFER\nBRISTOL, May 4 - Harwell Dunmore Environmental Services\nInc said an offering of 500,000 common shares was under way\nthrough its underwriters Kellam Rourke and Associates Co\nInc, the company said.";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].contains("Services\nInc said") && p[1].ends_with("said."));
        // ... but in wrapped text, a short row ending in a number before a capital and a
        // list of labelled lines still end paragraphs (a team sheet, a scorecard).
        let text = "Results of the third and final match between the two sides at the\nground, when the home team batted first and lost on\nSaturday:\nAlan Brook c Rourke b Kellam 61\nBen Tessby not out 35\nTo bat: C. Dunmore, D. Harwell, E. Kellam\nBowling (to date): F. Rourke 25-8-61-1, G. Brook\n20-6-70-2, H. Tessby 12-1-41-1.";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            p[1..],
            [
                "Alan Brook c Rourke b Kellam 61",
                "Ben Tessby not out 35",
                "To bat: C. Dunmore, D. Harwell, E. Kellam",
                "Bowling (to date): F. Rourke 25-8-61-1, G. Brook\n20-6-70-2, H. Tessby 12-1-41-1."
            ],
            "{p:?}"
        );
        // One label alone is prose going on: "… told\nReuters: …".
        assert!(!label("Reuters said it would go on.") && label("Note: none."));
        assert!(!label("Brook (USA) 3:42.852") && !label("Crosses, Zion: The"));
        // Lines of prose that end their sentences are no wrapped text.
        let text = "The first line of this text ends a sentence right here at its end.\nAnd the second line, much like the first one, ends a sentence too.\nA third line of prose runs on and then ends a sentence as well.";
        assert_eq!(paragraphs(text).len(), 3);
        // Text not wrapped throughout (a statement's lines): a long line of prose ending in a
        // number goes on in a line in lower case; the statement's indented or short lines
        // do not.
        let text = "    Shr loss 31 cts vs profit three cts\n    Net loss 887,886 vs profit 646,250\n    Note: Year-ago net excludes a tax credit of 230,000\ndlrs.\nBANK PROFIT UP\n    Shr 12 cts";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            p,
            [
                "Shr loss 31 cts vs profit three cts",
                "Net loss 887,886 vs profit 646,250",
                "Note: Year-ago net excludes a tax credit of 230,000\ndlrs.",
                "BANK PROFIT UP",
                "Shr 12 cts"
            ]
        );
    }

    fn uax29_words(s: &str) -> Vec<(usize, &str)> {
        s.split_word_bound_indices()
            .filter(|(_, w)| !w.chars().all(char::is_whitespace))
            .collect()
    }

    fn fast_words(s: &str) -> Vec<(usize, &str)> {
        let mut v = Vec::new();
        for_each_word(s, |o, w| v.push((o, w)));
        v
    }

    #[test]
    fn fast_path_table() {
        for s in [
            "U.S. don't 1,139.5 a:b 3.5% x_1 __ a.b.c. 1;2 --",
            "end.",
            "'quoted' \"x\"",
            "a..b 1.,2 a'1 1'a",
        ] {
            assert_eq!(fast_words(s), uax29_words(s), "{s}");
        }
    }

    fn chunk_end_bytewise(b: &[u8], mut i: usize) -> (usize, bool) {
        let mut ascii = true;
        while i < b.len() && wb(b[i]) != Wb::Space {
            ascii &= b[i] < 0x80;
            i += 1;
        }
        (i, ascii)
    }

    #[test]
    fn chunk_ends() {
        let all: Vec<u8> = (0..=255u8).collect();
        for i in 0..all.len() {
            assert_eq!(chunk_end(&all, i), chunk_end_bytewise(&all, i), "{i}");
        }
    }

    proptest::proptest! {
        #[test]
        fn chunk_end_matches_bytewise(
            b in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c, 0x08,
                    0x0e, 0x1f, 0x20 | 0x80, 0x89, 0xa0, 0xe2, b'.', b'0']),
                0..40,
            ),
            i in 0usize..40,
        ) {
            let i = i.min(b.len());
            proptest::prop_assert_eq!(chunk_end(&b, i), chunk_end_bytewise(&b, i));
        }

        #[test]
        fn fast_path_matches_uax29(s in "[a-zA-Z0-9_:.',;!?\"()£€é“”’ \t\n-]{0,40}") {
            proptest::prop_assert_eq!(fast_words(&s), uax29_words(&s));
        }
    }

    #[test]
    fn sentences_cover_their_tokens() {
        let text = "Health workers protested on Monday. “No Palantir in the NHS.”\n\nIt said 1,139 people.";
        let seg = segment(text);
        for s in &seg.sentences {
            for t in &seg.tokens[s.first..s.last] {
                assert!(s.span.contains(t.span));
            }
            assert!(seg.paragraphs[s.paragraph].contains(s.span));
        }
        let covered: usize = seg.sentences.iter().map(|s| s.last - s.first).sum();
        assert_eq!(covered, seg.tokens.len());
    }
}
