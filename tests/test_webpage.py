"""Real pages: a tiny known page as HTML and as pasted text, exact kept and removed blocks;
the page's title; the error paths (no article, not English, huge page)."""

from pathlib import Path

import pytest

from summarize import InputError
from summarize.document import parse
from summarize.webpage import clean_title, extract, visible_lines

FIX = Path(__file__).parent / "fixtures"
TITLE = "Harbor Town Council Approves New Ferry Schedule"
BODY = [
    "The Harbor Town council voted 6-1 on Tuesday to add four daily ferry crossings to Gull "
    "Island starting in March, the first change to the schedule in eleven years.",
    "The new timetable adds departures at 6:15 a.m., 9:45 a.m., 3:30 p.m. and 8:00 p.m., "
    "council clerk Maria Gomez said.",
    "The town expects the extra runs to cost about $310,000 a year, paid from ferry fares and a "
    "state transport grant.",
    "Island residents had asked for earlier crossings for years, because the first ferry left too "
    "late for workers with morning shifts on the mainland.",
    "A survey by the island association found that 240 of its 410 households wanted a crossing "
    "before 7 a.m.",
    "Councillor Ben Ortiz, who cast the only vote against the plan, said he supported more "
    "crossings but wanted the cost shared with the county.",
    "The county board will discuss the request in January.",
]
REMOVED = [
    ("navigation or menu", "Home"), ("navigation or menu", "News"),
    ("navigation or menu", "Sports"), ("navigation or menu", "Opinion"),
    ("call to action", "Sign up for our morning newsletter"),
    ("byline or date stamp", "By Dana Whitfield | November 18, 2026 9:24 am"),
    ("image credit or caption", "The ferry leaves Harbor Town pier. (Photo: Ledger staff)"),
    ("teaser", "Most read"),
    ("related link or headline", "High school team wins regional title"),
    ("related link or headline", "Storm closes coastal road for two days"),
    ("related link or headline", "New bakery opens on Main Street"),
    ("legal or cookie notice", "\u00a9 2026 The Coastal Ledger. All rights reserved."),
    ("legal or cookie notice", "Privacy Policy | Terms of Use"),
]


def test_html_page_keeps_the_article_and_lists_the_rest():
    doc = parse((FIX / "web_page.html").read_text())
    assert doc.source == "html"
    assert doc.title == TITLE
    assert [h.text for h in doc.headings] == ["Why the schedule changed"]
    assert [s.text for s in doc.sentences] == BODY
    # spans point into the extracted article text (Document.raw), page lines have none
    assert all(doc.raw[s.start:s.end] == s.text for s in doc.sentences)
    assert [(r.reason, r.text) for r in doc.removed] == REMOVED
    assert all(r.start == r.end == -1 for r in doc.removed)


def test_a_saved_page_with_control_characters_reads_as_without_them():
    html = (FIX / "web_page.html").read_text()
    dirty = html.replace("<p>The Harbor Town council", "<p>\x1cThe Harbor Town\x0b council", 1)
    assert dirty != html
    doc = parse(dirty)
    assert [s.text for s in doc.sentences] == BODY


def test_pasted_page_keeps_the_article_and_removes_each_furniture_line():
    raw = (FIX / "web_page_pasted.txt").read_text()
    doc = parse(raw)
    assert doc.source == "text"
    assert doc.title == TITLE
    assert [h.text for h in doc.headings] == ["Why the schedule changed"]
    assert [s.text for s in doc.sentences] == BODY
    assert [(r.reason, r.text) for r in doc.removed] == REMOVED
    for r in doc.removed:  # spans point into the user's own text
        assert raw[r.start:r.end].strip() == r.text


def test_clean_title_cuts_the_site_name():
    assert clean_title("Big vote in town | The Ledger", "The Ledger") == "Big vote in town"
    assert clean_title("Big vote in town - Ledger", None, "www.ledger.com") == "Big vote in town"
    assert clean_title("Ledger News | Big vote in the town hall tonight", None,
                       "ledgernews.com") == "Big vote in the town hall tonight"
    assert clean_title("Hong Kong: a city on the brink | Editorial") == \
        "Hong Kong: a city on the brink"
    assert clean_title("Short | Site", h1="A longer real headline") == "Short"
    # the name the domain abbreviates (WCXB 4186: "... | Farm Bureau Financial Services", fbfs.com)
    assert clean_title("Easy Library Card Checklist | Riverside Public Library Service", None,
                       "www.rpls.org") == "Easy Library Card Checklist"
    # the part of the title the page shows as its <h1>, not the section beside it (WCXB 5252:
    # "International Scholarships | Study in the USA", its <h1> "International Scholarships")
    assert clean_title("Library Fines | Study in Riverside", "Riverside Student", "www.riversidestudent.com",
                       h1="Library Fines") == "Library Fines"
    assert clean_title(None, h1="Only an h1") == "Only an h1"
    # the site's name in the first <h1> is not the post's title (budgettravelwithgabby.com)
    assert clean_title("Ferry Traveler's Guide To Island Insurance - Ferry Travel With Gabby",
                       "Ferry Travel With Gabby", h1="Ferry Travel With Gabby") \
        == "Ferry Traveler's Guide To Island Insurance"
    # ... nor at the end of the <h1> the title is taken from (artlyst.com: "Critics' Choice:
    # Best UK Art Exhibitions 2025 \u2013 Artlyst - Artlyst" over an <h1> with one "\u2013 Artlyst")
    assert clean_title("Critics' Choice: Best Riverside Libraries 2025 \u2013 Ledger - Ledger", "Ledger",
                       h1="Critics' Choice: Best Riverside Libraries 2025 \u2013 Ledger") \
        == "Critics' Choice: Best Riverside Libraries 2025"
    # a word the metadata lost, which the <h1> has (optinmonster.com: "... (Free & Paid Options )")
    assert clean_title("7 Best Library Apps for 2026 (Free &amp; Paid Options )",
                       h1="7 Best Library Apps for 2026 (Free & Paid Options Compared)") \
        == "7 Best Library Apps for 2026 (Free & Paid Options Compared)"
    # an aggregator's <h1> with its source's link and comment count (slashdot.org)
    assert clean_title("Town Libraries Find Their Late Fees No Longer Pay - Ledger", "Ledger",
                       h1="Town Libraries Find Their Late Fees No Longer Pay (townnews.com) 87") \
        == "Town Libraries Find Their Late Fees No Longer Pay"
    assert clean_title("Five Tips (2026) - Ledger", "Ledger", h1="Five Tips For Readers (2026)") \
        == "Five Tips For Readers (2026)"


def test_clean_title_cuts_a_section_and_a_name_the_site_is_not_given_by():
    # UC Davis Health: the <title>, section and hospital too, is also the <h1>
    whole = "How to help readers, librarians sleep through the night | Patient Education | Riverside Children's Hospital"
    assert clean_title(whole, "Riverside Health", h1=whole) == "How to help readers, librarians sleep through the night"
    # ... not a newsletter's issue before its topic, nor a headline's own first part
    issue = "Riverside Signal #18 \u2013 The World Without Libraries?"
    assert clean_title(issue, h1=issue) == issue
    assert clean_title("Ferry fares rise again - Harbor Council Votes To Cut Routes In 2026 - Local") == \
        "Ferry fares rise again - Harbor Council Votes To Cut Routes In 2026 - Local"
    # a section's name before the title (Silverback's "Blog: Best Social Media ...")
    assert clean_title("Blog: Best Riverside Libraries in 2025 (Ranked & Reviewed)") == \
        "Best Riverside Libraries in 2025 (Ranked & Reviewed)"


def test_the_h1_the_reader_sees_beats_the_metadatas_variant_of_it():
    # an SEO variant in the metadata, the headline the page shows in its <h1> (Web Content
    # Extraction Benchmark: "Using Machine Learning To Personalize Shopping Experiences" over
    # "How Machine Learning Personalizes Ecommerce Shopping Experiences")
    meta, h1 = "Using Library Cards To Borrow Riverside Ebooks | Ledger", \
        "How Library Cards Let Riverside Readers Borrow Ebooks"
    assert clean_title(meta, "Ledger", h1=h1) == h1
    assert extract(_page(meta, h1)).title == h1
    # ... not markup caught in the <h1>, a date run on before it, a heading cut at its colon,
    # nor an <h1> that shares too few words with the metadata title
    for other in ('blog-title" class="post"> Library Cards Let Riverside Readers Borrow Ebooks',
                  "Dec 18 2025 How Library Cards Let Riverside Readers Borrow Ebooks",
                  "Riverside Library Cards and Ebooks:",
                  "How Riverside Readers Spend Their Weekends at the Ferry"):
        assert clean_title(meta, "Ledger", h1=other) == "Using Library Cards To Borrow Riverside Ebooks"


def test_visible_lines_drop_scripts_and_keep_block_lines():
    lines = visible_lines("<html><head><title>t</title><script>var x=1;</script></head><body>"
                          "<ul><li>Home</li><li>News</li></ul><p>A para <b>with</b> bold.</p>"
                          "<style>p{}</style></body></html>")
    assert lines == ["Home", "News", "A para with bold."]


def test_page_of_links_only_is_boilerplate_with_what_was_removed():
    items = "".join(f"<li><a href='/{i}'>Section number {i} of the site</a></li>" for i in range(30))
    html = f"<html><head><title>Home | Site</title></head><body><nav><ul>{items}</ul></nav>" \
           "<footer><p>Privacy Policy | Terms of Use</p></footer></body></html>"
    with pytest.raises(InputError) as e:
        parse(html)
    assert e.value.kind == "boilerplate"
    assert e.value.removed


def test_non_english_page_gets_the_language_error():
    para = ("<p>O conselho municipal aprovou na terça-feira um novo horário para as balsas que "
            "ligam a cidade à ilha, com quatro travessias a mais por dia a partir de março.</p>")
    html = f"<html><head><title>Balsas</title></head><body><article>{para * 4}</article></body></html>"
    with pytest.raises(InputError) as e:
        parse(html)
    assert e.value.kind == "language"


def test_five_megabyte_page_with_a_short_article_works():
    html = (FIX / "web_page.html").read_text()
    filler = "<div class='ad-slot' data-x='" + "x" * 5_000_000 + "'></div>"
    big = html.replace("</footer>", "</footer>" + filler)
    assert len(big) > 5_000_000
    doc = parse(big)
    assert [s.text for s in doc.sentences] == BODY


def test_page_over_the_html_cap_is_too_long():
    with pytest.raises(InputError) as e:
        extract("<html><body><p>" + "a " * 5_100_000 + "</p></body></html>")
    assert e.value.kind == "too_long"


def test_trafilatura_finding_nothing_falls_back_to_the_visible_text():
    page = extract("<html><body><ul><li>One</li><li>Two</li></ul></body></html>")
    assert page.fallback and page.lines == ["One", "Two"] and page.text == "One\nTwo"


def test_a_scrap_from_trafilaturas_precision_mode_gives_way_to_its_default_mode(monkeypatch):
    """A plain blog post where precision mode keeps three words (security.googleblog.com):
    the default mode's text is used when it holds a paragraph; a menu does not count."""
    from types import SimpleNamespace

    from summarize import webpage

    para = "Chrome users can now turn on a stronger protection against dangerous sites today."
    found = {True: "Posted by Jane", False: "\n".join([para] * 3)}

    def bare(html, url, favor_precision=False):
        return SimpleNamespace(text=found[favor_precision], title="Stronger protection",
                               sitename=None, hostname=None)

    monkeypatch.setattr(webpage, "_bare", bare)
    assert extract("<html><body><p>x</p></body></html>").text.startswith("Chrome users")
    found[False] = " ".join(f"Channel number {i}" for i in range(30))  # no sentence: a menu
    assert extract("<html><body><p>x</p></body></html>").text == "Posted by Jane"


def test_a_link_that_precision_mode_dropped_from_a_sentence_comes_back(monkeypatch):
    """trafilatura's precision mode dropped inline links on cbsnews.com ("especially high for
    <span class="link"><a>Joe Biden</a></span>." -> "especially high for ."): a paragraph with
    such a hole takes the default mode's paragraph that holds all its words in order."""
    from types import SimpleNamespace

    from summarize import webpage

    lead = "The stakes are high for all of the candidates ahead of the debate in Columbia."
    found = {True: f"{lead}\nBut they are especially high for .\nThe race is close.",
             False: f"Menu\n{lead}\nBut they are especially high for Joe Biden.\nThe race is close."}

    def bare(html, url, favor_precision=False):
        return SimpleNamespace(text=found[favor_precision], title="Stakes are high",
                               sitename=None, hostname=None)

    monkeypatch.setattr(webpage, "_bare", bare)
    assert extract("<html><body><p>x</p></body></html>").text.split("\n") == [
        lead, "But they are especially high for Joe Biden.", "The race is close."]  # no "Menu"


def test_pasted_page_with_a_pixel_tag_a_video_title_and_a_counted_teaser_list():
    """What real pasted pages add: a tracking pixel's tag as text (still a pasted page, not
    HTML), a lower-case byline under the title, a video's title after the byline (not the
    headline), and a list of other stories with comment counts (never article)."""
    lines = (FIX / "web_page_pasted.txt").read_text().split("\n")
    pixel = '<img height="1" width="1" src="http://x.example/p?c=1"> <img src="http://x.example/q">'
    teasers = ["Most commented", "Mayor answers readers on parking (148)",
               "Storm closes coastal road for two days (96)", "Ferry fares to rise in spring (41)"]
    raw = "\n".join([pixel] + lines[:6] + ["by Dana Whitfield"] + lines[7:8] +
                    ["video", "Ferry captain on the four new crossings to Gull Island", ""] +
                    lines[9:20] + teasers + lines[20:])
    doc = parse(raw)
    assert doc.source == "text"
    assert doc.title == TITLE
    assert [s.text for s in doc.sentences] == BODY
    removed = [r.text for r in doc.removed]
    assert "by Dana Whitfield" in removed
    assert all(t in removed for t in teasers[1:])


def test_a_pasted_news_page_with_a_caption_a_newsletter_box_and_an_author_bio(summarizer):
    """A hand-written pasted page: cookie banner, standfirst, a caption over its "Photo:"
    credit, a newsletter box and a "RELATED:" line inside the article, "Read more" links, the
    writer's bio, comments and the footer."""
    raw = (FIX / "ferry_fire_pasted.txt").read_text()
    doc = parse(raw)
    title = "Ferry service between Port Allan and Kestrel Island suspended after engine fire"
    assert doc.title == title
    said = [s.text for s in doc.sentences]
    assert len(said) == 13
    assert said[0].startswith("The only ferry between Port Allan and Kestrel Island has been")
    assert said[-1] == "The authority said the cause of the fire was not yet known."
    removed = {r.text[:30] for r in doc.removed}
    for furniture in ("We use cookies", "The MV Gannet at its berth", "Sign up for our morning",
                      "RELATED: Kestrel Island", "Priya Raman covers transport", "12 Comments"):
        assert any(r.startswith(furniture) for r in removed), furniture
    brief = summarizer.summarize(raw)
    assert brief.headlines[0].text == title
    assert brief.sentences[0].text == said[0]
    # "taken out [of service]" is not what happened
    assert not any(h.text.endswith(" out") for h in brief.headlines), brief.headlines


def test_a_title_keeps_its_agent_and_loses_its_byline():
    from summarize.title_clean import clean_page_title

    assert clean_page_title("Tidal barrier plan approved by ministers") == \
        "Tidal barrier plan approved by ministers"
    assert clean_page_title("Tidal barrier plan approved by Jeff Foust") == "Tidal barrier plan approved"


def test_a_pasted_page_laid_out_as_bbc_news_does(summarizer):
    """A hand-written pasted page: menus, "Published" and its date, share panel, "Image
    source" and "Image caption," lines before the caption, a byline over the newsroom, "Key
    points" bullets, related topics and the footer."""
    raw = (FIX / "barrier_page_pasted.txt").read_text()
    doc = parse(raw)
    assert doc.title == "Tidal barrier plan for Severn estuary approved by ministers"
    said = [s.text for s in doc.sentences]
    assert len(said) == 7 and said[0].startswith("A tidal barrier across the Severn estuary")
    assert not any("Lavernock" in s or "BBC" in s or "Published" in s for s in said)
    brief = summarizer.summarize(raw)
    heads = [h.text for h in brief.headlines]
    assert heads[0].startswith("Tidal barrier plan for Severn estuary approved")
    assert "\u00a318bn scheme to generate about 5% of UK's electricity" in heads


def test_a_byline_whose_name_has_a_particle_marks_the_title_above_it():
    from summarize import blocks
    from summarize.title_refusals import _byline_after

    lines = ["Donald Trump Advises Boeing To Rebrand The Max 737", "By Lisa de Moraes",
             "More Stories By Lisa", "Jeff Glor Sticks With CBS News As Co-Host",
             "Twitter erupted Monday morning when the president shared his branding advice."]
    bl = [blocks.Block(0, 0, t) for t in lines]
    assert _byline_after(bl, 0, 4) == 1
    assert _byline_after(bl, 3, 4) is None


@pytest.mark.parametrize("box", ["Get The Ledger in your inbox.", "More From The Ledger",
                                 "Latest in Gear", "Join the Discussion Cancel reply"])
def test_a_box_heading_taken_for_the_title_gives_way_to_the_pages_own(box, library_body_html):
    """trafilatura may take a box's heading for the title; the page names its headline in its
    <head> (og:title, <title>), and a title that shares no word with those is not it."""
    body = library_body_html
    head = ("<head><title>Riverside library to close after council vote | The Ledger</title>"
            '<meta property="og:title" content="Riverside library to close after council vote">'
            "</head>")
    page = (f"<html>{head}<body><div class='post-title'><h2 class='entry-title'>{box}</h2></div>"
            f"<article>{body}</article></body></html>")
    from summarize.webpage import _own_titles, _with_title_tag

    assert _with_title_tag(box, _own_titles(page), "The Ledger", "www.ledger.com") == \
        "Riverside library to close after council vote"
    # a title that shares a word with the page's own stays as trafilatura gave it
    assert _with_title_tag("Library to close", _own_titles(page), "The Ledger", "www.ledger.com") == \
        "Library to close"


def test_a_paragraph_broken_at_its_link_is_joined():
    from summarize.webpage import _join_broken

    # Times of India's markup: "NEW DELHI: <a>Pakistan</a>'s ..." comes out in three lines
    assert _join_broken(["NEW DELHI:", "Pakistan", "'s plan is evolving, officials say.", "Next."]) \
        == ["NEW DELHI:", "Pakistan's plan is evolving, officials say.", "Next."]


def test_a_sites_name_for_every_page_is_no_title():
    assert clean_title("News from The Associated Press", h1=None) is None
    assert clean_title("News from The Associated Press", h1="Council votes to close library") == \
        "Council votes to close library"
    assert clean_title("News from the council: library to close") == "News from the council: library to close"


def test_a_drop_cap_in_its_own_element_joins_its_word():
    # the Evening Standard: <span>T</span><p><a>urkey</a>, Poland and ...
    html = ("<html><head><title>Riverside library to close</title></head><body><article>"
            "<h1>Riverside library to close</h1><div><span class='cap'>T</span><p><a href='/t'>he</a> "
            "Riverside library on Elm Street will close at the end of the month, the council decided on "
            "Monday after a vote of five to two in the town hall.</p><p>The library has served the "
            "neighbourhood for eighty years and lends about 40,000 books a year, according to the city's "
            "figures and the librarians' own count.</p><p>Council members said the building needs repairs "
            "that the city cannot pay for this year, and that a mobile library will visit the area twice "
            "a week from next month.</p></div></article></body></html>")
    assert extract(html).text.startswith("The Riverside library on Elm Street")
    # ... or in a <div> before the paragraph's own <div> (educate-me.co: "<div class=
    # "post-first-letter">D</div><div ...><p>uring the COVID pandemic")
    html2 = html.replace("<span class='cap'>T</span><p><a href='/t'>he</a>",
                         "<div class='first-letter'>T</div><div class='rich'><p>he")
    html2 = html2.replace("</p></div></article>", "</p></div></div></article>")
    assert extract(html2).text.startswith("The Riverside library on Elm Street")


def test_an_add_to_calendar_buttons_fields_are_no_text():
    # addtocalendar.com's hidden fields ran into the article: "2023-01-10 10:30:002023-01-10
    # 11:00:00America/ChicagoBuild A Reader Storytime: FamilyBring the whole family ..."
    button = ("<span class='addtocalendar'><var class='atc_event'><var class='atc_date_start'>2026-01-10 "
              "10:30:00</var><var class='atc_date_end'>2026-01-10 11:00:00</var><var class='atc_timezone'>"
              "America/Chicago</var><var class='atc_title'>Riverside storytime</var></var></span>")
    html = ("<html><head><title>Riverside storytime</title></head><body><article><h1>Riverside storytime</h1>"
            + button + "<p>Bring the whole family to the Riverside library on Elm Street for a storytime "
            "with songs, picture books and a puppet show on Saturday morning.</p><p>The library has run "
            "the storytime for eighty years and about forty children come each week, according to the "
            "librarians' own count of the last season.</p></article></body></html>")
    text = extract(html).text
    assert "10:30" not in text and "America/Chicago" not in text
    assert text.startswith("Bring the whole family to the Riverside library")


def test_a_page_run_into_one_paragraph_gives_way_to_recall_modes_paragraphs(monkeypatch):
    from types import SimpleNamespace

    from summarize import webpage

    para = "The Riverside library on Elm Street will close at the end of the month, the council said."
    blob = "Home News Riverside library to close By Jane Doe Published on November 2, 2023 " + " ".join([para] * 12)

    def bare(html, url, favor_precision=False, favor_recall=False):
        text = "Skip to content" if favor_precision else "\n".join([para] * 10) if favor_recall else blob
        return SimpleNamespace(text=text, title="Riverside library to close", sitename=None, hostname=None)

    monkeypatch.setattr(webpage, "_bare", bare)
    assert extract("<html><body><p>x</p></body></html>").text.split("\n")[0] == para


def test_a_title_escaped_twice_and_a_column_and_sites_name_after_colons_are_cleaned():
    assert clean_title("Jane Doe &#039;closes library&#039;") == "Jane Doe 'closes library'"
    assert clean_title("How To Pack for a Library Trip: The Courier Eye: Courier on Style: Courier",
                       sitename="Courier") == "How To Pack for a Library Trip"
    assert clean_title("Library vote: what it means", sitename="Courier") == "Library vote: what it means"


def test_a_photos_credit_run_on_into_a_paragraph_is_taken_off():
    from summarize.webpage import _GLUED_CREDIT

    assert _GLUED_CREDIT.sub("", "John Roe/REUTERSThe Riverside library will close.") == \
        "The Riverside library will close."
    assert _GLUED_CREDIT.sub("", "Wikimedia CommonsFA Insights is a newsletter.") == "FA Insights is a newsletter."
    assert _GLUED_CREDIT.sub("", "APPLE announced a phone.") == "APPLE announced a phone."
    # a bare "AP" needs a word of three letters after it: "APIs" is a word
    assert _GLUED_CREDIT.sub("", "APThe library will close.") == "The library will close."
    assert _GLUED_CREDIT.sub("", "APIs allow web pages to talk.") == "APIs allow web pages to talk."


def test_a_sites_name_after_a_colon_or_two_dashes_is_cut():
    # (Scientific American's "...: Scientific American" with the domain as the site's name;
    # Engadget's " -- Engadget")
    assert clean_title("Riverside library to close: Riverside Ledger", sitename="riversideledger.com") == \
        "Riverside library to close"
    assert clean_title("Riverside library to close -- Riverside Ledger") == "Riverside library to close"
    assert clean_title("Riverside library: the vote", sitename="riversideledger.com") == \
        "Riverside library: the vote"


def _page(title_tag: str, h1: str, above: str = "") -> str:
    """A page whose <h1> (what trafilatura takes for the title) and <title> differ."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>{title_tag}</title></head><body><article>{above}<h1>{h1}</h1>"
            f"{paras}</article></body></html>")


def test_a_blogs_name_in_the_h1_gives_way_to_the_posts_title_in_the_title_tag():
    # a blog's name in the <h1> (USA TODAY's "The Huddle: ...", Blogger's "The Brain Dump"),
    # the post's title first in the <title>
    html = _page("Harbor Town adds four ferry crossings to Gull Island - The Quayside: Notes from "
                 "the docks - Coastal Ledger", "The Quayside: The latest word on boats")
    assert extract(html).title == "Harbor Town adds four ferry crossings to Gull Island"
    html = _page("The Quayside: Harbor Town adds four ferry crossings", "The Quayside")
    assert extract(html).title == "Harbor Town adds four ferry crossings"


def test_a_sponsored_box_above_the_repeated_headline_is_not_the_article(monkeypatch):
    # Reuters: trafilatura keeps a sponsored box, then the <h1> again, then the article
    from types import SimpleNamespace

    from summarize import webpage

    box = ["A Riverside start-up has developed an app that turns taking the ferry into a game. "
           "Users can earn discounts and rewards for early bookings. Learn More", "Sponsored Links"]
    found = {"text": "\n".join(box + [TITLE] + BODY)}

    def bare(html, url, favor_precision=False, favor_recall=False):
        return SimpleNamespace(text=found["text"], title=TITLE, sitename=None, hostname=None)

    monkeypatch.setattr(webpage, "_bare", bare)
    html = "<html><body><p>x</p></body></html>"
    assert extract(html).text.startswith("The Harbor Town council voted 6-1")
    found["text"] = "\n".join(["Loading...", TITLE] + BODY)  # a label above it
    assert extract(html).text.startswith("The Harbor Town council voted 6-1")
    found["text"] = "\n".join(BODY[:1] + [TITLE] + BODY[1:])  # a lead above it stays
    assert extract(html).text.startswith("The Harbor Town council voted 6-1")


def test_an_inline_elements_text_runs_into_its_neighbours():
    # every.to's drop cap: "Planning <span class="hand">C</span>ycle" is "Planning Cycle"
    from summarize.webpage import _tag_text

    assert _tag_text('Cut Your Planning <span class="hand">C</span>ycle From <b>Two</b> Weeks') == \
        "Cut Your Planning Cycle From Two Weeks"
    assert _tag_text("Riverside<br>library<p>closes</p>") == "Riverside library closes"


def test_an_article_after_the_pages_closing_body_and_html_tags_is_read():
    # escalon.services: "</header></body></html>" and then the whole article
    body = "".join(f"<p>{p}</p>" for p in (
        "The Riverside library on Elm Street will close at the end of the month, the council decided "
        "on Monday after a vote of five to two.",
        "The library has served the neighbourhood for eighty years and lends about 40,000 books a "
        "year, according to the city's figures.",
        "Council members said the building needs repairs that the city cannot pay for this year, and "
        "that a mobile library will visit the area twice a week."))
    html = ("<html><head><title>Riverside library to close</title></head><body><header><nav>"
            "<a href='/'>Home</a></nav></header></body></html><div><article><h1>Riverside library "
            "to close</h1>" + body + "</article></div>")
    page = extract(html)
    assert "mobile library will visit" in page.text


def test_a_page_whose_found_text_is_all_furniture_goes_the_pasted_way(monkeypatch):
    # pe.com: trafilatura keeps a comment form's rules, and the article is in the page's lines
    from summarize import webpage

    rules = "Comments are encouraged, but you must follow our user agreement. Log in to comment."
    page = webpage.Page(rules, TITLE, ["Home", "News", TITLE, "By Jane Roe"] + BODY + [rules])
    monkeypatch.setattr(webpage, "extract", lambda html, url=None: page)
    doc = parse("<html><body><p>x</p></body></html>")
    assert doc.sentences[0].text.startswith("The Harbor Town council voted 6-1")


def test_the_title_tag_after_a_head_end_in_a_scripts_string_is_read():
    # LessWrong: a script's string holds "</head" before the <title>; trafilatura's title was "Ω 48"
    from summarize.webpage import _own_titles

    html = ('<html><head><script>var s = "</head>";</script><title>Ferry Counts Rise - Ledger'
            '</title></head><body><p>x</p></body></html>')
    assert _own_titles(html) == ["Ferry Counts Rise - Ledger"]


def test_an_error_page_is_refused_with_its_title_and_its_mangled_quote_repaired():
    # Credit Karma: "<title>Error | Credit Karma</title>", one message whose apostrophe the
    # site encoded twice ("Weâ\x80\x99re working hard ...")
    message = ("We\u00e2\u0080\u0099re working hard at getting the library catalogue back up and running, "
               "so check back soon to renew your cards and see your loans.")
    page = (f"<html><head><title>Error | Riverside Library</title></head><body><nav><a href='/'>Home</a>"
            f"</nav><main><p>{message}</p></main></body></html>")
    with pytest.raises(InputError, match="error page"):
        parse(page)
    assert "We\u2019re working hard" in extract(page).text


def _titled_page(og_title: str) -> str:
    """The ferry story under an og:title, a <title> with the site's name, a twitter:title
    that is the site's name, an <h1>, and a script."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f'<html><head><meta property="og:title" content="{og_title}">'
            '<meta name="twitter:title" content="Coastal Ledger">'
            "<title>Harbor Town adds four daily ferry crossings to Gull Island | Coastal Ledger</title>"
            '<meta property="og:site_name" content="Coastal Ledger"></head><body><article>'
            f"<h1>{TITLE}</h1>{paras}</article><script>var x = {{a: 1}};</script></body></html>")


def test_a_pages_other_titles_are_kept_beside_its_title():
    page = extract(_titled_page("The Ferry Decision You Never Saw Coming"))
    assert page.title == "The Ferry Decision You Never Saw Coming"
    # the <title> without the site's name, then the <h1>; not the site's name itself
    assert page.alternates == ["Harbor Town adds four daily ferry crossings to Gull Island", TITLE]
    assert parse(_titled_page("The Ferry Decision You Never Saw Coming")).other_titles == page.alternates


def test_an_h1_is_the_headline_where_the_og_title_addresses_the_reader(summarizer):
    # (a Slate page: og:title "The Resurrection of the Greatest Sci-Fi Writer You've Never
    # Read", <h1> "The Disappearance of John M. Ford"); a cut of the first sentence was the top
    brief = summarizer.summarize(_titled_page("The Ferry Decision You Never Saw Coming"))
    assert [h.text for h in brief.headlines] == [
        TITLE, "Harbor Town adds four daily ferry crossings to Gull Island",
        "The Harbor Town council votes 6-1 to add four daily ferry crossings"]
    assert any(h.text == "The Ferry Decision You Never Saw Coming"
               and h.rejected == "the title addresses the reader" for h in brief.rejected)


def test_a_title_with_more_words_glued_on_or_cut_is_no_other_title():
    from summarize.webpage import _first_h1, _own_titles, other_titles

    html = ('<html><head><meta property="og:title" content="Learn More: Academic Tutoring - The '
            'Partnership for Student Success"><title>Tutoring</title></head><body>'
            "<h1>Academic Tutoring Programs Expand Across Ohio</h1></body></html>")
    assert other_titles(_own_titles(html) + [_first_h1(html)], "Learn More: Academic Tutoring") == [
        "Academic Tutoring Programs Expand Across Ohio"]  # (one word, "Tutoring": no title)
    # ... nor the section's name beside the title in the <title> (WCXB 5252)
    assert other_titles(["Library Fines | Study in Riverside"], "Library Fines") == []


def test_a_post_laid_out_in_a_table_cell_keeps_its_paragraphs_and_headings():
    # trafilatura runs a <td>'s headings and paragraphs into one line (davidbau.com:
    # "... improvements.... Two Kinds of Vibe Coding There are two categories ..."): the
    # page's shown lines split it again, and no word is lost
    para = ("The reading room on Elm Street opened its doors again this week after a long repair "
            "of the roof, and the first readers came in before the staff had set out the chairs. ")
    parts = [f"{para * 3}Part {i} ends here." for i in range(4)]
    cell = "<h3>The Reading Room Opens</h3>" + "".join(f"<p>{p}</p>" for p in parts[:2]) \
        + "<h4>What Comes Next</h4>" + "".join(f"<p>{p}</p>" for p in parts[2:])
    page = extract("<html><head><title>Notes | Ledger</title></head><body><table><tr><td>"
                   "<a href='/'>Main</a></td></tr><tr><td class='blog'>" + cell
                   + "</td></tr></table></body></html>")
    lines = page.text.split("\n")
    assert lines[lines.index("The Reading Room Opens"):] == [
        "The Reading Room Opens", " ".join(parts[0].split()), " ".join(parts[1].split()),
        "What Comes Next", " ".join(parts[2].split()), " ".join(parts[3].split())]


def test_a_run_together_paragraph_is_not_split_inside_a_word_or_a_sentence():
    from summarize.webpage import _resplit

    text = ("Ledger is a good choice for readers. The findings of the survey are in. " * 25).strip()
    # a shown line "in" is no break inside "findings"; a line that goes on ("is a good
    # choice") stays with the link before it ("Ledger"), and "'s" with its word
    first = "Ledger is a good choice for readers."
    assert _resplit(text, ["Ledger", "is a good choice for readers.", "in"]) == [first, text[len(first) + 1:]]
    assert _resplit("| Sam" + "\u2019s notes. " + text, ["Sam", "\u2019s notes.", text]) \
        == ["Sam\u2019s notes.", text]


def test_a_headline_escaped_twice_on_the_page_is_decoded():
    from summarize.webpage import _first_h1

    assert _first_h1("<html><body><h1>Library Hours &amp;#x26; Events</h1></body></html>") == \
        "Library Hours & Events"


def test_a_sites_domain_before_the_posts_title_in_the_title_tag_goes():
    # davidbau.com's "<title>davidbau.com Vibe Coding", which trafilatura cuts to the domain
    html = _page("quayside.net Ferry Crossings Doubled", "quayside.net")
    assert extract(html).title == "Ferry Crossings Doubled"


def test_a_list_items_heading_is_not_run_into_its_text():
    # Top Gear's listicle (WCXB 4052): <li><h2>Kia PV5</h2> ... <p>This is another ...</p></li>, which
    # trafilatura gives as "- Kia PV5 This is another immensely impressive entry ..."
    items = "".join(f"<li><div><h2>{name}</h2></div><div><p>{text}</p></div></li>" for name, text in [
        ("Harbor Ferry", "The Harbor Ferry is the fastest crossing to Gull Island and runs every hour in summer."),
        ("Island Shuttle", "The Island Shuttle is slower but cheaper, and it stops at the old lighthouse pier."),
        ("Night Boat", "The Night Boat is the only crossing after ten, and it needs a booking a day ahead.")])
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) + f"<ol>{items}</ol></article></body></html>")
    text = extract(html).text
    assert "Harbor Ferry The Harbor Ferry" not in text
    assert "The Island Shuttle is slower but cheaper" in text


def test_a_subtitle_inside_the_h1_is_no_part_of_the_title():
    # tofugu.com in trafilatura's test pages: <h1> "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and
    # Fresh<span>Welcome to the Flavor Capital of Northern Japan</span>", <title> without it
    title = "Riverside Library: Old Books, Late Fines and New Cards"
    body = "".join(f"<p>{s}</p>" for s in [
        "The Riverside library will close its reading rooms in May, the council said on Monday.",
        "Library fines rose this year, and readers asked why library cards now cost more than before.",
        "The library lends 40,000 books a year and will keep lending them from its hall on Main Street.",
    ] * 3)
    html = (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head>"
            f"<body><article><h1><span>{title}</span><small class='article-subtitle'><span>Welcome to "
            f"the Reading Capital of the Valley</span></small></h1>"
            f"{body}</article></body></html>")
    assert extract(html).title == title


def test_a_blogs_name_first_in_the_title_tag_gives_way_to_the_posts_title_last():
    # fouryears.eu (trafilatura's test pages): the <h1> and trafilatura's title "Four Years
    # Remaining", the <title> "Four Years Remaining » Blog Archive » Interning of Small Integers
    # in Python": the blog's name was the title and no headline was made
    html = _page("Harbor Notes \u00bb Blog Archive \u00bb Four ferry crossings added to Gull Island", "Harbor Notes")
    assert extract(html).title == "Four ferry crossings added to Gull Island"
    # not a headline before its site's name (postlight's nytimes.com fixture: "... Bombings - The New
    # York Times", trafilatura's title the headline, had given "The New York Times")
    html = _page("Four ferry crossings added to Gull Island - The Harbor Daily Times",
                 "Four ferry crossings added to Gull Island")
    assert extract(html).title == "Four ferry crossings added to Gull Island"


def test_a_part_the_title_tag_gives_twice_is_the_sites():
    # bahamaslocal.com: "ATLANTIS ... DONATES MEDICAL SUPPLIES TO BAARK | Nassau / Paradise Island,
    # Bahamas | Bahamas Local News - Nassau / Paradise Island, Bahamas", all of it the title
    assert clean_title("Harbor Town adds four ferry crossings | Quay Point, Gull Island | Harbor Daily "
                       "- Quay Point, Gull Island") == "Harbor Town adds four ferry crossings"


@pytest.mark.parametrize("tag_title", [
    "Council Approves New Ferry Schedule (from The Harbor Herald )",  # a site's credit in brackets
    "Council approves new ferry schedule|Channel 9 News",  # after a bar with no spaces
    "HarborTimes.com: Council approves new ferry schedule",  # a domain's name before a colon
    "Council approves new ferry schedule (14/01/2008)",  # a date
    "Wednesday, 09 January 2008 Council approves new ferry schedule",
    "Council approves new ferry schedule - Travel-Services-News By Industry",  # sections after a dash
    "HarborNow... Council approves new ferry schedule",  # a site's name and an ellipsis
    "Council approves new ferry schedule / Online News @ HarborCheers",  # after a slash
    "Council approves new ferry schedule on HarborSports.com",  # "on" a domain
])
def test_a_title_tags_label_goes_when_the_page_shows_the_headline_alone(tag_title):
    from summarize.webpage import shown_title

    lines = ["Home", "News", "Council approves new ferry schedule", *BODY]
    assert shown_title(tag_title, lines, " ".join(BODY)) == "Council approves new ferry schedule"


@pytest.mark.parametrize("tag_title, line", [
    # the speaker or the source the article names, before or after a colon: the headline's own
    ("Gomez: Schedule adds four daily crossings", "Schedule adds four daily crossings"),
    ("Ferry schedule adds four daily crossings: survey", "Ferry schedule adds four daily crossings"),
    # a line the page shows that is less than half the title: a section's name
    ("Harbor Town Council Approves New Ferry Schedule - News By Industry", "News By Industry"),
])
def test_a_title_tags_speaker_or_source_stays(tag_title, line):
    from summarize.webpage import shown_title

    assert shown_title(tag_title, ["Home", line, *BODY], " ".join(BODY)) == tag_title


@pytest.mark.parametrize("site", ["A Netsports Site",  # no word of the article's
                                  "Harbor Weekly Online",  # the article's "Harbor", no verb, a medium
                                  "Harbor Weekly > News > Story"])  # a breadcrumb
def test_a_site_name_title_gives_way_to_the_headline_the_page_shows(site):
    """A 2008 page: the <title> is the site's ("A Netsports Site"), no <h1>; the
    headline is a bold line above the article.  The page read as pasted text finds it."""
    rows = "".join(f"<p>{s}</p>" for s in BODY)
    html = ("<html><head><title>" + site + "</title></head><body><table>"
            "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sports'>Sports</a>"
            "</td></tr><tr><td><font size='4'><b>" + TITLE + "</b></font></td></tr>"
            "<tr><td>By Jane Doe, Harbor Weekly</td></tr><tr><td>" + rows + "</td></tr>"
            "<tr><td>Copyright 2008 Harbor Weekly. All rights reserved.</td></tr></table></body></html>")
    doc = parse(html)
    assert doc.title == TITLE
    assert site not in doc.other_titles
    assert doc.sentences[0].text == BODY[0]


@pytest.mark.parametrize("title, site", [
    ("Riverside Daily Herald", True), ("Harbor Entertainment News Blog", True),
    ("TV9 > News > National News > Story", True), ("A Netsports Site", True),
    ("Sky News Presenter Dies at 60", False), ("Herald wins award", False),
    ("Council approves new ferry schedule", False), (None, False),
    # a long name whose site's part comes before a dash (a 2008 page's <title>)
    ("The Harbor Sun online - News, Sports and Entertainment", True),
    ("Harbor Radio - Te Reo o te Moana nui", True), ("Harbor News - Ferry captain retires after storm", False),
])
def test_a_title_that_names_a_medium_without_a_verb_is_a_sites(title, site):
    from summarize.webpage import site_like

    assert site_like(title) is site


def _better(site: str, lines: list[str], alternates: list[str] = (), first: str = BODY[0]) -> str | None:
    """The title ``document._better_title`` gives a page whose <title> is ``site`` (its visible
    ``lines``, its other titles ``alternates``; ``first`` its first paragraph)."""
    from summarize.document import _better_title, _parse_text
    from summarize.webpage import Page

    page = Page("\n".join([first, *BODY[1:]]), site, lines, alternates=list(alternates))
    doc = _parse_text(page.text, page.title, 10**6, None, None, [], classify=False)
    return _better_title(doc, page, page.title, 10**6, None, None).title


def test_a_site_title_with_one_word_of_the_article_gives_way_to_the_shown_headline():
    # "The Hindu : Business" over a story that says "business" once: one word shared is no
    # agreement when the page shows a headline that shares more
    first = BODY[0].replace("voted", "voted at a business meeting")
    lines = ["Home", "News", "Opinion", TITLE, "By Jane Doe", first, *BODY[1:]]
    assert _better("The Ledger : Business", lines, first=first) == TITLE
    # a headline with one word of the text and a verb stays ("Forget shoot to kill ... just shoot!")
    assert _better("Ferry fever grips the island", lines) == "Ferry fever grips the island"
    # ... nor gives way to a section's name ("Successor in great heart", not "Racing : Horse")
    lines[3] = "Ferries : Crossings"
    assert _better("Successor in great ferry", lines) == "Successor in great ferry"


def test_a_site_title_gives_way_to_the_h1_that_agrees_with_the_text():
    # "The Calgary Sun online - News, Sports and Entertainment" over the <h1> "Red-hot
    # frontrunners", where the page read the pasted way finds no headline
    site = "The Harbor Sun online - News, Sports and Entertainment"
    assert _better(site, ["Home", "News", "Opinion"], ["Four more ferry crossings"]) == "Four more ferry crossings"
    assert _better(site, ["Home", "News", "Opinion"]) == site


def test_a_motto_last_in_the_title_tag_is_not_the_posts_title():
    from summarize.webpage import _with_title_tag

    # "Bomb blast kills 12 outside clothes factory | Mercury - The Voice of Tasmania"
    own = ["Council approves new ferry schedule | Ledger - The Voice of the Coast"]
    meta = "Council approves new ferry schedule"
    assert _with_title_tag(meta, own, None, None, " ".join(BODY)) == meta


def test_a_script_run_into_an_open_title_tag_is_no_title():
    script = ("Welcome to The Harbor Ledger - News, Sports, Ente 'harborledger'; this.section = 'sports'; "
              "this.language = 'en'; if (x == 1) { this.pageName = 'home'; } else { this.pageName = 'article'; } "
              "this.prop12 = this.section + ':' + this.articlename;")
    assert clean_title(script) is None
    assert clean_title(script, h1=TITLE) == TITLE


def test_arrows_around_a_title_go():
    assert clean_title("=> Council approves new ferry schedule <=") == "Council approves new ferry schedule"


def test_a_page_title_of_two_words_is_no_other_headline():
    # a section's name in the <h1> beside the headline in the <title>: "College Football"
    doc = parse(_page(TITLE, TITLE, above="<h1>Harbor Ferries</h1>"))
    assert doc.title == TITLE and "Harbor Ferries" not in doc.other_titles


def test_a_title_the_page_shows_whole_keeps_its_part_after_a_slash():
    # vortexcannon.org (dev): the <h1> "Dare to Play 3 / October pack", its menu "Dare to Play 3"
    from summarize.webpage import shown_title

    title = "Ferry Timetable 3 / October edition"
    lines = ["Home", "Ferry Timetable 3", title, *BODY]
    assert shown_title(title, lines, " ".join(BODY)) == title


def test_a_sites_name_and_sections_before_the_shown_headline_go_when_the_text_has_their_words():
    # dailystar.co.uk (2008): "Daily Star: Simply The Best 7 Days A Week :: Celeb News :: Stars slam
    # Arts Council grant cuts", the text trafilatura took holding the menu's "Daily Star" and "Celeb News"
    from summarize.webpage import shown_title

    tag = "Harbor Star: Simply The Best 7 Days A Week :: Town News :: Council approves new ferry schedule"
    text = " ".join(["Harbor Star", "Town News", *BODY])
    lines = ["Home", "Town News", "Council approves new ferry schedule", *BODY]
    assert shown_title(clean_title(tag), lines, text) == "Council approves new ferry schedule"


def test_a_keyword_list_title_gives_way_to_the_shown_headline():
    # 2008 pages: "Breaking News, Pakistan, World, Cricket, Entertainment and South Asia News,
    # Sports, Fashion" and "World Cup Soccer. All the top world soccer news daily. ..." as <title>
    lines = ["Home", "News", "Opinion", TITLE, "By Jane Doe", *BODY]
    for site in ("Breaking News, Harbor, Ferry, Council, Schedule and Island News, Sports",
                 "Harbor Ferry News. All the top ferry news daily. News from the council."):
        assert _better(site, lines) == TITLE
        doc = parse("<html><head><title>" + site + "</title></head><body>"
                    + "".join(f"<p>{s}</p>" for s in BODY) + "</body></html>")
        assert site not in doc.other_titles


def test_a_name_of_five_words_gives_way_only_to_a_shown_clause():
    # "Seattle Post-Intelligencer: Hockey" over the article
    lines = ["Home", "News", "Opinion", "Council adds four ferry crossings", "By Jane Doe", *BODY]
    assert _better("The Harbor Ledger: Ferries", lines) == "Council adds four ferry crossings"
    assert _better("Harbor Ledger - Ferry Timetables", lines) == "Council adds four ferry crossings"
    # a title of a noun phrase stays ("The Future of Artificial Intelligence in Healthcare")
    assert _better("The Future of the Harbor Ferry", lines) == "The Future of the Harbor Ferry"
    # a headline in sentence case stays ("Phishers on the hunt for 'mules'", "Patriots: Coach never better")
    assert _better("Ferry council on the hunt", lines) == "Ferry council on the hunt"
    lines[3] = "Four more ferry crossings for Gull Island"  # (no verb: the title stays)
    assert _better("Harbor Ferry Tips and Timetables", lines) == "Harbor Ferry Tips and Timetables"


def test_a_shown_title_with_a_stamp_after_it_is_no_better_title():
    # '"American Idol" to dominate strike-hit U.S. TV' (read as a site's name: TV, no finite verb)
    # and the page's line '... U.S. TV Mon Jan 14, 2008 9:42pm EST'
    title = "Harbor ferry to add crossings on Gull Island TV"
    lines = ["Home", title + " Mon Jan 14, 2008 9:42pm EST", *BODY]
    assert _better(title, lines) == title


def test_a_byline_run_on_into_the_shown_headline_goes_when_the_h1_is_without_it():
    # "Film review: 'Diving' viewers see world through one eye Rob Thomas", its <h1> without the name
    shown = "Council adds four ferry crossings to Gull Island"
    lines = ["Home", "News", shown + " Jane Doe", *BODY]
    assert _better("Lifestyle & Entertainment", lines, [shown]) == shown


@pytest.mark.parametrize("tag_title", [
    "Council approves new ferry schedule: Town: Ferries: Ledger24",  # "...: Sport: Rugby: News24"
    "Council approves new ferry schedule : Town Entertainment",  # "... split up : US Entertainment"
    "Council approves new ferry schedule-Harbor Buzz-Entertainment-The Times of Harbor",
])
def test_a_path_of_the_sites_sections_after_the_shown_headline_goes(tag_title):
    from summarize.webpage import shown_title

    text = " ".join(["Town", "Ferries", "Entertainment", "Harbor", *BODY])  # (their words used)
    lines = ["Home", "Council approves new ferry schedule", *BODY]
    assert shown_title(tag_title, lines, text) == "Council approves new ferry schedule"


@pytest.mark.parametrize("title, name", [
    ("The Sports Network", True), ("A Netsports Site", True), ("Harbor Weekly Online", True),
    ("Body set to protect children on TV", False), ("Internet to get 10 times faster", False),
    ("CES 2008: Google TV Rumblings", False), ("Harbor Ferry Services", False),
])
def test_a_sites_name_alone(title, name):
    from summarize.webpage import site_name

    assert site_name(title) is name


def test_a_page_whose_only_title_is_its_sites_name_has_none():
    # sportsnetwork.com (2008): <title>The Sports Network</title>, the story's headline nowhere
    html = ("<html><head><title>The Harbor Sports Network</title></head><body>"
            + "".join(f"<p>{s}</p>" for s in BODY) + "</body></html>")
    assert parse(html).title is None
    assert parse(html, title="The Harbor Sports Network").title == "The Harbor Sports Network"  # (given)


def test_an_h1_with_a_date_and_its_weekday_before_it_is_not_the_headline():
    # macworld.co.uk (2008): the <h1> "Wednesday, 09 January 2008 Jeremy Clarkson ripped off"
    tag = "Ferry captain retires - Harbor Lifestyle - Harbor Ledger"
    assert clean_title(tag, h1="Wednesday, 09 January 2008 Ferry captain retires") == "Ferry captain retires"


def _blog(title_tag: str, h1: str) -> str:
    """A blog's page: its name in the <h1> over every post, the post's title in an <h3>."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>{title_tag}</title></head><body><div id='banner'>{h1}</div>"
            f"<div class='post'><h3 class='entry-header'>Four ferry crossings added to Gull Island</h3>"
            f"{paras}</div></body></html>")


@pytest.mark.parametrize("title_tag,h1", [
    # TypePad's "<h1 id="banner-header"><a href="http://virtualgeek.typepad.com/virtual_geek/">"
    # (dragnet's pages, 2012): the blog's name in the <h1> was the title, on either side
    ("Four ferry crossings added to Gull Island - Harbor Notes Now",
     "<h1 id='banner-header'><a href='http://harbornotesnow.typepad.com/harbor_notes_now/'>Harbor Notes Now</a></h1>"),
    ("Harbor Notes Now \u203a Four ferry crossings added to Gull Island",
     "<h1 id='blog-title'><a href='http://harbornotesnow.example.com/'>Harbor Notes Now</a></h1>"),
    ("Harbor Notes Now: Four ferry crossings added to Gull Island",  # Blogger's <title>, its name a label
     "<h1 class='title'><a href='http://harbornotesnow.blogspot.com/'>Harbor Notes Now</a></h1>"),
    ("Harbor Notes Now: Four ferry crossings added to Gull Island", "<h1>Harbor Notes Now</h1>"),
])
def test_a_blogs_name_in_an_h1_that_links_home_gives_way_to_the_posts_title(title_tag, h1):
    page = extract(_blog(title_tag, h1))
    assert page.title == "Four ferry crossings added to Gull Island"
    # nor is the blog's name another title of the post (webinknow.com: "Web Ink Now" was headline 2)
    assert "Harbor Notes Now" not in page.alternates


def test_a_posts_own_link_in_its_h1_stays_its_title():
    # cookrepublic.com: "<h1 class="title"><a href=".../recipe-archive/noodlecakes/">Noodlecakes</a>"
    html = _blog("Ferry Timetables | Harbor Notes",
                 "<h1 class='title'><a href='http://harbornotes.example.com/archive/ferry-timetables/'>"
                 "Ferry Timetables</a></h1>")
    assert extract(html).title == "Ferry Timetables"


def test_a_dash_inside_the_posts_title_is_not_the_blogs_separator():
    # freerangelibrarian.com: "Free Range Librarian \u203a I am The Man \u2014 and you can, too!"
    html = _blog("Harbor Notes \u203a I am the ferryman \u2014 and you can be, too!",
                 "<h1 id='blog-title'><a href='http://harbornotes.example.com/'>Harbor Notes</a></h1>")
    assert extract(html).title == "I am the ferryman \u2014 and you can be, too!"


def test_a_sites_name_after_a_left_guillemet_leaves_the_title():
    # healthcare-economist.com: "U.S. Ranks 47th in Infant Mortality. Why? \u00ab Healthcare Economist"
    assert clean_title("Ferry fares rise for the third year. Why? \u00ab Harbor Economist") == \
        "Ferry fares rise for the third year. Why?"


def test_the_blogs_name_is_an_h1_that_links_home_or_labels_the_title_tag():
    from summarize.webpage import _home_link, _past_blog_name

    assert _home_link("<h1 id='banner-header'><a href='http://notes.typepad.com/harbor_notes/'>Harbor Notes</a></h1>")
    assert _home_link("<h1 class='title'> <a href='http://harbornotes.blogspot.com/'>Harbor Notes</a> </h1>")
    assert not _home_link("<h1><a href='http://notes.example.com/archive/ferry-timetables/'>Ferry Timetables</a></h1>")
    assert not _home_link("<h1><a href='/2012/11/ferry.html'>Ferry</a></h1>")
    assert not _home_link("<h1>Harbor Notes</h1>")
    name, post = "Web Ink Now", "Four ferry crossings added to Gull Island"
    # (webinknow.com, dragnet's pages: the <title> "Web Ink Now: Entrenched music business ...")
    assert _past_blog_name(name, name, [f"{name}: {post}"], home=False) == post
    assert _past_blog_name(name, name, [f"{post} - {name}"], home=True) == post
    assert _past_blog_name(name, name, [f"{post} - {name}"], home=False) == name  # (the h1 may be the title)
    assert _past_blog_name(name, name, [f"{name}: Ferries"], home=True) == name  # (too short for a post's title)
    assert _past_blog_name(post, name, [f"{name}: {post}"], home=True) == post


def test_an_h1_that_names_the_blogs_feed_is_no_title_of_the_post():
    # washingtonpost.com's blogs (CleanPortalEval, 2013): "<h1>Ask The Post</h1>" over the post's
    # own <h1>, and <link ... title="Ask The Post &raquo; Feed">: "Ask The Post" was the top headline
    feed = ("<link rel='alternate' type='application/rss+xml' title='Harbor Notes Now &raquo; Feed' "
            "href='http://harbornotesnow.example.com/feed/' />")
    page = extract(_blog("Four ferry crossings added to Gull Island", "<h1>Harbor Notes Now</h1>")
                   .replace("<head>", "<head>" + feed))
    assert page.title == "Four ferry crossings added to Gull Island"
    assert "Harbor Notes Now" not in page.alternates
