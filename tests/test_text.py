"""Cleaning: markup goes, characters keep their origin in the raw text."""

from summarize.document import parse
from summarize.text import clean, decode, looks_like_html, unmangle, upper_first


def _maps_back(raw, ct):
    for i, ch in enumerate(ct.text):
        if ch.isalnum():
            assert raw[ct.origin[i]] == ch, (i, ch, raw[ct.origin[i]])


def test_html_goes_to_the_extractor_and_spans_point_into_its_text():
    raw = ("<html><head><title>x</title></head><body><article><h2>What Happened?</h2>"
           "<p>The council voted&nbsp;5&ndash;2 on <b>Monday</b> to close the branch library "
           "on Elm Street at the end of March.</p>"
           "<script>var a = 1;</script><p>Residents &amp; staff reacted with letters to the "
           "council and a petition signed by 900 people.</p></article></body></html>")
    assert looks_like_html(raw)
    assert not looks_like_html("Use <b> for bold, said the editor.")
    doc = parse(raw)
    assert doc.source == "html"
    assert [h.text for h in doc.headings] == ["What Happened?"]
    assert [s.text for s in doc.sentences] == [
        "The council voted 5\u20132 on Monday to close the branch library on Elm Street at the "
        "end of March.",
        "Residents & staff reacted with letters to the council and a petition signed by 900 "
        "people."]
    assert all(doc.raw[s.start:s.end] == s.text for s in doc.sentences)
    assert "var a" not in doc.raw and "<" not in doc.raw


def test_code_fences_and_markdown_markers_go():
    raw = "```html\n# Big Title\n\n**Bold** claim and a [link](http://x.y).\n```\n"
    ct = clean(raw)
    assert "```" not in ct.text and "**" not in ct.text and "http" not in ct.text
    assert "Big Title" in ct.text and "Bold claim and a link." in ct.text
    assert [r.reason for r in ct.removed] == ["code fence", "code fence"]
    _maps_back(raw, ct)


def test_unicode_and_whitespace_are_normalised():
    raw = "Caf\u00e9\u00a0owner\u200b said:\t\u201cWe\ufb01nished.\u201d\r\n\r\n\r\n\r\nNext."
    ct = clean(raw)
    assert ct.text == "Caf\u00e9 owner said: \u201cWefinished.\u201d\n\nNext."
    s, e = ct.raw_span(ct.text.index("owner"), ct.text.index("owner") + 5)
    assert raw[s:e] == "owner"


def test_decode_bytes():
    assert decode("h\u00e9".encode("utf-8")) == "h\u00e9"
    assert decode("\ufeffhi".encode("utf-8")) == "hi"
    assert decode("hi there".encode("utf-16")) == "hi there"
    # a page in Windows-1252 (washingtonpost.com, 2013: "Editors\x92 note"), or UTF-8 with a few
    # such bytes: as a browser shows it
    assert decode(b"Editors\x92 note: caf\xe9 \x93open\x94") == "Editors\u2019 note: caf\u00e9 \u201copen\u201d"
    assert decode("caf\u00e9 ".encode() + b"\x96 open") == "caf\u00e9 \u2013 open"


def test_an_inline_link_preview_is_cut_but_camel_case_words_stay():
    raw = ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor responds on meth campaign New "
           "law goes into effect MORE (R) is defending the campaign. McDonald and the iPhone MORE.")
    ct = clean(raw)
    assert ct.text == ("Gov. Kristi Noem (R) is defending the campaign. "
                       "McDonald and the iPhone MORE.")
    assert [r.reason for r in ct.removed] == ["link preview pasted inline"]
    _maps_back(raw, ct)


def test_a_drop_cap_is_joined_to_its_word():
    assert clean("Intro\n\nH\nong Kong is burning.").text == "Intro\n\nHong Kong is burning."
    assert clean("B ecause of this, it closed.").text == "Because of this, it closed."
    assert clean("C is a language.\nA man went.").text == "C is a language.\nA man went."
    # a blank line between the letter and its word (the Evening Standard's pasted page)
    assert clean("01 October 2020\nT\n\nurkey was removed from the list.").text.endswith(
        "\nTurkey was removed from the list.")


def test_a_drop_cap_a_or_i_is_joined_only_to_a_name_the_text_uses():
    text = "Time is not on Adam Schiff's side.\n\nA dam Schiff's inquiry is incoherent."
    assert clean(text).text == "Time is not on Adam Schiff's side.\n\nAdam Schiff's inquiry is incoherent."
    for text in ("A dam was built on the river. Smith said so.",  # no "Adam" in the text
                 "The talks with Iran failed.\nI ran to the store."):  # "I" + a short word
        assert clean(text).text == text
    assert clean("Police in Israel said no.\nI srael said no.").text.endswith("\nIsrael said no.")


def test_upper_first_leaves_a_name_spelled_small():
    assert upper_first("iPhone SE fits in more") == "iPhone SE fits in more"
    assert upper_first("eBay sells") == "eBay sells"
    assert upper_first("the iPhone") == "The iPhone"
    # a program's name (WCXB 2684: "N8n: A Guide to Workflow Automation")
    assert upper_first("n8n: A Guide to Workflow Automation") == "n8n: A Guide to Workflow Automation"
    assert upper_first("lib_catalog ships") == "lib_catalog ships"
    assert upper_first("u2 are on tour") == "U2 are on tour"  # (lower-cased text: Gigaword)
    assert upper_first("") == ""


def test_utf8_read_as_latin1_in_a_page_is_decoded_again():
    # a saved page read without its charset ("Deutsch EspaÃ±ol FranÃ§ais", "performance
    # â\x80\x93 Webstudio"), a site's own double encoding ("Weâ€™re working hard")
    raw = ("The library in S\u00e3o Paulo lends caf\u00e9 guides \u00e2\u0080\u0093 and we\u00e2\u20ac\u2122re "
           "told the Espa\u00c3\u00b1ol shelf costs \u00c2\u00a325.")
    assert unmangle(raw) == "The library in S\u00e3o Paulo lends caf\u00e9 guides \u2013 and we\u2019re told the " \
                           "Espa\u00f1ol shelf costs \u00a325."
    # pasted text from such a page: its sentences are mended ("Caf\u00e9\u2019s" is no mojibake)
    raw = ("Library News\n\nThe library in Leeds says it\u00e2\u0080\u0099ll open on Sundays from March at "
           "the Caf\u00e9\u2019s old site. Readers\u00e2\u0080\u0099 groups will meet there too.")
    assert [s.text for s in parse(raw).sentences] == [
        "The library in Leeds says it\u2019ll open on Sundays from March at the Caf\u00e9\u2019s old site.",
        "Readers\u2019 groups will meet there too."]


def test_reference_marks_leave_the_sentences_and_scores_stay():
    from summarize.text import drop_reference_marks, numbered_marks

    assert drop_reference_marks("Set goals that are specific and timely.[1]", False) == \
        "Set goals that are specific and timely."
    assert drop_reference_marks("Nurses hear 1,000 alarms per shift[1], most of them false[2].",
                                False) == "Nurses hear 1,000 alarms per shift, most of them false."
    assert drop_reference_marks("It introduces risks that are increasingly unacceptable [4].", False) == \
        "It introduces risks that are increasingly unacceptable."
    assert drop_reference_marks("char destination[64]; must be long enough", False) == \
        "char destination[64]; must be long enough"
    health = ("Binge eating is the most common eating disorder in the United States (1). "
              "It affects about 2% of people (2). Most of them never seek help (1).")
    golf = "Day one ended with Garcia (67) and Jaidee (69). Rose shot 71 (2)."
    assert numbered_marks(health) and not numbered_marks(golf)
    assert not numbered_marks("The study found it helps (1).")  # one mark: not enough to tell
    assert drop_reference_marks("It affects about 2% of people (2).", True) == \
        "It affects about 2% of people."
    assert drop_reference_marks("Rose shot 71 (2).", False) == "Rose shot 71 (2)."
    assert drop_reference_marks("Spain won 6-4, 7-6 (5).", True) == "Spain won 6-4, 7-6 (5)."


def test_a_pages_reference_marks_are_not_in_its_sentences():
    doc = parse("Binge Eating: What Helps\n\nBinge eating disorder is the most common eating "
                "disorder in the United States (1). It is about more than food, and it is a "
                "recognised condition (2).\n\nDoctors advise a treatment plan made with a "
                "professional.[3] Support groups help too (1).")
    assert [s.text for s in doc.sentences] == [
        "Binge eating disorder is the most common eating disorder in the United States.",
        "It is about more than food, and it is a recognised condition.",
        "Doctors advise a treatment plan made with a professional.",
        "Support groups help too."]
