"""Junk is recognised by its nature: variants written for these tests, not the rule strings."""

import pytest

from summarize.boilerplate import classify, junk_prefix

JUNK = [
    ("Don't miss out: sign up for our weekly newsletter and get the best stories in your inbox!", "call to action"),
    ("Tap the bell icon so you never miss an update.", "call to action"),
    ("Be sure to follow us on Instagram for more.", "call to action"),
    ("Subscribe today.", "call to action"),
    ("Share this post with a friend who needs to read it.", "call to action"),
    ("Click here to see the full gallery.", "call to action"),
    ("Pro tip: Get more ferry timetables here!", "call to action"),
    ("Visit Ferry Weekly's homepage for more stories.", "call to action"),
    ("What do you think? ", "question to the reader"),
    ("Have your say in the comments below.", "call to action"),
    ("RECOMMENDED FOR YOU", "teaser"),
    ("READ NEXT: Local bakery wins national prize", "teaser"),
    ("More stories like this", "teaser"),
    ("Post a Comment", "comment form"),
    ("Your e-mail will never be published or shared. Mandatory fields are marked with *", "comment form"),
    ("Notify me of follow-up comments by email.", "comment form"),
    # a site's rules for comments (nfl.com in dragnet's pages, 2012: the brief was its last sentence)
    ("Please keep your comments relevant to the topic, not abusive towards other readers.", "comment form"),
    ("Use the \u201cReport\u201d link to help keep the community at its best.", "comment form"),
    ("These guidelines will be used to identify those comments that will be removed from display.", "comment form"),
    ("Disclaimer: this blog post was optimised for SEO with H2 subheadings.", "text about the text itself"),
    # a guide about SEO is a title, not a note about its own markup (WCXB 4992: "SEO Pricing
    # Guide: How Much Does SEO Cost in 2025?"); the guide's own SEO is a note
    ("Library SEO Guide: How Much Does Library SEO Cost in 2026?", None),
    ("Our guide uses SEO headings", "text about the text itself"),
    ("We'll spend time on each of these areas throughout this guide, but we wanted to introduce "
     "it here.", "text about the text itself"),  # (WCXB 0154)
    ("In this article, we will explore what the decision means for you.", "text about the text itself"),
    ("The headings above were written to improve the readability of this guide.", "text about the text itself"),
    ("Photo credit: John Smith/Getty Images", "image credit or caption"),
    ("(Image: Reuters)", "image credit or caption"),
    ("Sponsored content", "advertisement marker"),
    ("Story continues below advertisement", "advertisement marker"),
    ("Facebook Twitter WhatsApp Email", "share buttons or tags"),
    ("Tags: politics, libraries, budget", "share buttons or tags"),
    ("https://example.com/news/one https://example.com/news/two", "link list"),
    ("By Jane Doe | Updated 3 hours ago", "byline or date stamp"),
    ("Peer reviewed by Dr Jane Doe, MRCGP", "byline or date stamp"),  # (WCXB 5111)
    ("Published: 09:14 EST, 4 March 2024 | Updated: 10:02 EST, 4 March 2024", "byline or date stamp"),
    ("Posted by3 years ago", "byline or date stamp"),  # a forum post: the name is a link
    ("We use cookies to improve your experience. Accept all cookies.", "legal or cookie notice"),
    ("Video playback is not available on your device.", "page or player message"),
    ("Wait 1 second to continue.", "page or player message"),  # an interstitial's countdown
    # ama.org: kept as the article's first paragraph, under which the title was not sought
    ("We noticed that you are using Internet Explorer 11 or older that is not support any longer. "
     "Please consider using an alternative such as Microsoft Edge, Chrome, or Firefox.", "page or player message"),
    ("Please accept our privacy terms", "legal or cookie notice"),  # a consent dialog's heading
    # a text-message sign-up's terms (WCXB 0477, whose brief ended "Reply STOP to opt out, HELP for help.")
    ("Reply STOP to opt out, HELP for help.", "legal or cookie notice"),
    ("By signing up, you agree to receive recurring automated text messages from Riverside Library "
     "at the number provided. Msg and data rates may apply. Up to 2 messages/day. Consent is not a "
     "condition of purchase. See our rules for the reading room and the front desk.", "legal or cookie notice"),
    # an affiliate page's pledge and pleas for support (EcoCult, Transfer Orbit)
    ("We only recommend brands that we truly believe in.", "legal or cookie notice"),
    ("Support our editorial work by supporting them!", "legal or cookie notice"),
    ("Support TO with a one-time tip.", "legal or cookie notice"),
    ("The council said it would support our work on the library.", None),
    # a byline with the writer's job: the first sentence of an author's bio
    ("By Jane Doe, a deputy editor and author of the Harbor Times newsletter.", "byline or date stamp"),
    ("The material on this blog is for informational purposes only and is no substitute for "
     "a visit to your doctor.", "legal or cookie notice"),
    ("Gadgetry and the Gadgetry logo are registered trademarks of Gadgetry Inc.",
     "legal or cookie notice"),
    ("Some of these cookies are stored in your browser only with your consent.",
     "legal or cookie notice"),
    ("Results vary depending on starting point and effort, and the testimonials featured may "
     "have used more than one of our products or extended the program for their results; "
     "exercise and a proper diet are necessary to achieve and maintain weight loss.",
     "legal or cookie notice"),
    ("You have successfully subscribed to the Ferry Weekly newsletter.", "page or player message"),
    ("No spam, we promise.", "page or player message"),
    # a sign-up form's own messages (tiptopjaw's BlueCart and Huberman Lab pages)
    ("There was an issue with the form. Please try again.", "page or player message"),
    ("Thank you! Please check your inbox now for your welcome email.", "page or player message"),
    ("Join over 1M others in getting regular emails from the Riverside Ledger.", "page or player message"),
    ("Thank you for joining the Riverside Ledger's monthly newsletter.", "page or player message"),
    ("Looks like you're using new Reddit on an old browser.", "page or player message"),
    ("If you do not update your browser, we suggest you visit old reddit.", "page or player message"),
    ("Skip to main content", "page or player message"),
    ("I respect your privacy and you won't get spam.", "page or player message"),
    ("A house, for sale in the Riverside neighbourhood, is shown.", "image credit or caption"),
    ("Skip to Main ContentAccessibility Help", "page or player message"),
    ("Press J to jump to the feed.", "page or player message"),
    ("If playback doesn't begin shortly, try restarting your device.", "page or player message"),
    ("Videos you watch may be added to the TV's watch history and influence TV recommendations.",
     "page or player message"),
    ("Add this Tweet to your website by copying the code below.", "page or player message"),
    ("When you tweet with a location, Twitter stores that location.", "page or player message"),
    ("Press question mark to learn the rest of the keyboard shortcuts", "page or player message"),
    ("Watch ads now so you can enjoy fewer interruptions", "page or player message"),
    ("Not on Twitter?", "page or player message"),
    ("The new ferry route (in red) runs from the harbour to the island's north pier.",
     "image credit or caption"),
    ("An artist's impression of the new ferry terminal at Gull Island.", "image credit or caption"),
    # (WCXB 5608: a sign-up form's message in the brief)
    ("Your Free Ferry Guide is now on its way to your inbox.", "page or player message"),
    # (WCXB 0341: a webcam's credit had been the HTML way's top headline)
    ("This harbour webcam image is provided courtesy of the Gull Island Trust.", "image credit or caption"),
    ("The ferry was provided courtesy of the Gull Island Trust.", None),
    # furniture seen on other sites' pages (trafilatura's evaluation pages, session 19)
    ("Read more: Riverside's library through the years", "teaser"),
    ("Also read: The ferry timetable for the winter", "teaser"),
    ("Related: Ten ferries that changed the harbour", "teaser"),
    ("For the latest stories and breaking news updates download the Harbor Times apps for iOS "
     "and Android.", "call to action"),
    ("Never miss the latest news by signing up to our free newsletter.", "call to action"),
    ("We want to hear what you think about this story.", "call to action"),
    ("Submit your letter to the editor via this form", "call to action"),
    ("This post contains references to products from one or more of our advertisers.",
     "legal or cookie notice"),
    ("We recommend the best ferries through an independent review process, and advertisers do "
     "not influence our picks.", "legal or cookie notice"),
    ("Terms apply to the offers listed on this page.", "legal or cookie notice"),
    ("The administrator of your personal data will be Harbor Times Ltd., 5 Pier Road, Gull "
     "Island. Detailed information on the processing of personal data can be found in the "
     "privacy policy. In addition, you will find them in the message confirming the "
     "subscription to the newsletter.", "legal or cookie notice"),
    ("The content is solely the responsibility of the authors and does not necessarily "
     "represent the official views of the Harbor Authority.", "legal or cookie notice"),
    ("If you're seeing this message but you're already a subscriber, you can log in for "
     "immediate access to this story.", "page or player message"),
    ("First-time subscribers also receive a free tote bag made on the island!",
     "page or player message"),
    ("Jump to Recipe", "page or player message"),
    ("Release Date:", "byline or date stamp"),
    ("Credit...", "image credit or caption"),
    ("Category : Press Releases", "share buttons or tags"),
    # a plug for the site's own product, and a US government site's banner
    ("Use our Ferry Finder tool to compare crossings in minutes.", "call to action"),
    ("Grow your harbour business and send quick quotes with our booking software.", "call to action"),
    ("Get ferry travel tips and learn more about crossings.", "call to action"),
    ("Federal government websites often end in .gov or .mil.", "legal or cookie notice"),
    ("The .gov means it\u2019s official.", "legal or cookie notice"),
    # a reader-supported review site's disclosures and trust boxes, a consent form, a site's notice
    ("As an Amazon Associate, this website earns from qualifying purchases.", "legal or cookie notice"),
    ("Buying through links on our site supports our work.", "legal or cookie notice"),
    ("We are a reader-supported website and do not accept payment from boat makers.", "legal or cookie notice"),
    ("Ferry Advice can offer its guides for free because some vendors may pay us for web traffic.",
     "legal or cookie notice"),
    ("Our team tests more than 300 life jackets each year to help you make better buying decisions.",
     "legal or cookie notice"),
    ("Why you should trust Harbor Gear for kayak reviews: It\u2019s in our name!", "legal or cookie notice"),
    ("Why Trust HarborHiker", "legal or cookie notice"),
    ("Learn about The Harbor Kitchen's Editorial Process", "legal or cookie notice"),
    ("Harbor Living's editorial guidelines", "legal or cookie notice"),
    ("This website, and all linked websites under the control of the agency, is under review and content "
     "may change.", "legal or cookie notice"),
    ("We and our 80 partners store and/or access information on a device, such as unique IDs in cookies.",
     "legal or cookie notice"),
    ("We Care About Your Privacy", "legal or cookie notice"),
    ("Prevent your screen from going dark as you follow along.", "page or player message"),
    ("Notice: JavaScript is required for this content.", "page or player message"),
    ("Harbor Trust does not publicly offer or claim to offer financial and/or legal advice to charities.",
     "legal or cookie notice"),
    ("We do not provide financial advice.", "legal or cookie notice"),
    ("The Harbor Trade editors endorse products we\u2019ve personally researched, tested, and love.",
     "legal or cookie notice"),
    ("Opinions and recommendations are ours alone.", "legal or cookie notice"),
    ("For a deeper dive, check out What Goes Into a Ferry Fare? and How to Pack for a Crossing.",
     "call to action"),
    ("October 22, 2025: Updated formatting and added the Harbor 2 life jacket.", "byline or date stamp"),
    # a review's credits and a writer's credit line
    ("Tested by Rosa Lind and Omar Haddad", "byline or date stamp"),
    ("Medically reviewed by Ada Brook, MD", "byline or date stamp"),
    ("Ada Brook, senior editor and kayak enthusiast with 5+ years experience testing paddles",
     "byline or date stamp"),
]

# a tag cloud: names in a row with hardly a small word (goose3's test page allnewlyrics1)
TAG_CLOUD = ("Ada Brook Ferry Times Gull Island Harbor Town Jana Kowalczyk Marsh Point North Quay "
             "Omar Haddad Riverside Library Rosa Lind The Lighthouse Tom Reed West Pier")


def test_a_run_of_names_is_a_tag_cloud_and_a_title_case_sentence_is_not():
    assert classify(TAG_CLOUD, standalone=True) == "share buttons or tags"
    assert classify(TAG_CLOUD + " .", standalone=True) == "share buttons or tags"
    assert classify("Harbor Town Council Votes To Add Four Ferry Crossings To Gull Island After "
                    "Eleven Years", standalone=True) is None


NEWS = [
    "The council voted 5-2 on Monday to close the Riverside Branch Library.",
    "Police said the suspect, 34, was arrested in Boston after a two-day search.",
    "Support for the bill grew after the video of the incident was shared online.",
    "Also, investigators found a video on the website of the company.",
    "By then, more than 20,000 people had fled the city.",
    "By contrast, the new model costs $30,000.",
    "The section covers incidents of obstructing engines on railways.",
    '"Now you can just click on the internet to find it," she said.',
    "Kraft plans to cut advertising of Oreo cookies to children.",
    "The report says the headings of the budget were changed.",
    "Share prices fell 3% on Tuesday.",
    # a credit in brackets that is not at the end, and an agency named in the story
    "The old ferry (shown in a photo by AFP/Getty Images last year) will be replaced by a larger "
    "one in May, the council said on Tuesday after a long debate about the cost of the new boat.",
    "By Tuesday, the editor of the Harbor Times said the ferry would run again.",
    "Follow-up tests confirmed the diagnosis, doctors said.",
    "Watch parties were held in 40 cities.",
    "Note: The council voted on Monday to add two crossings.",
    "The story was first reported by the Washington Post.",
    "The artist's impression of the mayor won first prize at the fair.",
    "Welcome to Harbor Town, the mayor told the new residents.",
    "The company's name is a registered trademark, its lawyer said.",
    "The bakery sold 4,000 cookies through its website in one day.",
    "Natalie Bennett (Green) and Nick Clegg (Lib Dem) stood on the left of the stage.",
    "Skip to the end of the report and the numbers tell another story.",
    "Details of the plan are shown in the table below the story.",
    "For years the town has watched the river rise, officials said.",
    "For the first time, the council will download the data for residents from its own app.",
    "By Monday: the council will have voted on the plan.",
    "Readers of the newsletter were asked to vote on the ferry's name.",
    "The ferry company said the views of passengers would shape the timetable.",
    "We use our own boats and our own software to run the ferry, the company said.",
    "Use of the booking app grew after the council's tool went online.",
    "Visitors came to the museum to learn more about the ferry's history.",
    "The agency said the state's websites, which end in .gov, were attacked on Monday.",
    "Why trust the polls? Pollsters disagree.",
    "Why trust Harbor Council on the ferry? Residents are split.",
    "Our editorial process is reviewed each year by the board.",
    "Tested by Fire: How the Harbor Rebuilt",
    "Ada Brook, 45, has 20 years of experience on the ferries.",
    "The screen went dark during the council meeting.",
    "A permit is required for the ferry.",
    "The firm does not provide legal advice, a spokesman said.",
    "We don\u2019t offer legal services in Ohio yet, the firm said.",
    "For more details on the plan, the council said, residents should wait.",
    "October 22, 2025: The council voted to add two crossings.",
]


@pytest.mark.parametrize("line", ["Harbor Times Newsletter", "Newsletters", "Daily Newsletters"])
def test_a_newsletter_box_heading_is_a_teaser_on_its_own_line(line):
    assert classify(line, standalone=True) == "teaser"


@pytest.mark.parametrize("text,reason", JUNK)
def test_junk_variants(text, reason):
    assert classify(text, standalone=True) == reason


@pytest.mark.parametrize("text", NEWS)
def test_news_sentences_are_not_junk(text):
    assert classify(text, standalone=False) is None
    assert classify(text, standalone=True) is None


def test_a_long_financial_disclaimer_with_two_legal_marks_is_a_legal_notice():
    filler = "Always consult a qualified advisor before you buy and read the maker's instructions. " * 8
    text = ("Products and services referenced are for general information only. " + filler +
            "Investment and insurance products are not FDIC insured and may lose value.")
    assert 120 < len(text.split()) <= 300
    assert classify(text, standalone=True) == "legal or cookie notice"
    # one mark in a long block is not enough: an article may say it once
    assert classify("The guide is for general information only. " + filler * 2, standalone=True) is None


def test_an_offers_terms_are_a_legal_notice_and_a_schedules_are_not():
    assert classify("Offers and availability may vary by location and are subject to change.",
                    standalone=True) == "legal or cookie notice"
    assert classify("Library opening times are subject to change over the holidays.", standalone=True) is None


def test_supplement_disclaimers_are_legal_notices():
    assert classify("*These statements have not been evaluated by the Food and Drug "
                    "Administration.", standalone=True) == "legal or cookie notice"


@pytest.mark.parametrize("line, why", [
    ("Fox News Flash top entertainment and celebrity headlines for Nov. 19 are here.",
     "site promotion"),
    ("Check out what's clicking today in entertainment.", "site promotion"),
    ("Welcome to Ferry Weekly, your home for the best island travel tips.", "site promotion"),
])
def test_site_promotions(line, why):
    assert classify(line) == why


def test_a_sentence_about_headlines_is_not_a_promotion():
    assert classify("The headlines for the mayor were harsh on Monday.") is None


@pytest.mark.parametrize("text", [
    "File Photo: A Riverside Library sign is displayed at the town hall in Riverside, Ohio, March 5, 2019.",
    "File photo of Mayor Jane Doe.",
    "A NOTE ABOUT relevant advertising: We collect information about the content (including ads) "
    "you use across this site.",
    "Use of any of this information or media on this site is strictly prohibited without express "
    "written consent.",
])
def test_an_agency_caption_an_ad_notice_and_a_copyright_line_are_furniture(text):
    assert classify(text, standalone=False)


@pytest.mark.parametrize("line,reason", [
    ("Skip Article Header. Skip to: Start of Article.", "page or player message"),  # WIRED
    ("Be the first to know about new stories from PowerPost.", "call to action"),  # the Washington Post
    ("Learn more about our services and pricing", "call to action"),
    ("Comments that include profanity or personal attacks or other inappropriate comments or "
     "material will be removed from the site.", "comment form"),
    ("Be the first to arrive at the scene, police said.", None),
    ("Find out how scientists measured the quake", None),
])
def test_skip_links_newsletter_prompts_and_a_comment_policy(line, reason):
    assert classify(line, standalone=True) == reason


def test_a_captions_credit_with_two_slashes_or_a_label_ends_a_caption():
    from summarize.boilerplate import CREDIT_TAIL

    # the Washington Post: "... in the upcoming movie "Hidden Figures." (Hopper Stone/SMPSP/Twentieth Century Fox)"
    assert CREDIT_TAIL.search("Jane Doe, left, meets the ferry crew in the film \u201cHarbor.\u201d "
                              "(John Roe/SMPSP/Coastal Pictures)")
    assert not CREDIT_TAIL.search("The ferry will run twice a day, the clerk said.")
    # Bloomberg: "... a potential multibillion-dollar deposit. Photographer: Elliot Smith/Bloomberg"
    assert CREDIT_TAIL.search("Jane Doe surveyed the pier for six months. Photographer: John Roe/Ledger")
    assert not CREDIT_TAIL.search("Jane Doe surveyed the pier. Photographer John Roe said it was old.")


@pytest.mark.parametrize("text", [
    "There was a problem with the engine, the pilot said.",
    "Join 50 others who marched on Monday to the town hall.",
])
def test_an_articles_problem_or_a_march_is_no_form_message(text):
    assert classify(text, standalone=True) is None


def test_a_jump_link_glued_to_a_sentence_is_cut_off():
    # SFist: "JUMP TO THE LIST \u2935 The moving process in San Francisco can make for an adventure"
    from summarize.boilerplate import junk_prefix

    text = "JUMP TO THE LIST \u2935 The Riverside library will close at the end of the month."
    assert text[junk_prefix(text):] == "The Riverside library will close at the end of the month."
    plain = "Jump to conclusions and you will miss the council's reasons for closing the library."
    assert junk_prefix(plain) == 0


@pytest.mark.parametrize("text", [
    "Products are chosen independently by our editors.",  # Reviewed
    "Purchases made through our links may earn us a commission.",
    "We may receive commissions on purchases made through links on our site.",  # MSA
    "Business.com earns commissions from some listed providers.",
    "Our reviewers research, test, and recommend the best subscriptions and products "
    "independently; click to learn more about our editorial guidelines.",
])
def test_affiliate_disclosures_are_legal_notices(text):
    assert classify(text, standalone=False) == "legal or cookie notice"
    # ... but a commission in the news is not one
    assert classify("The ferry agent earns a commission of 3% on each ticket, the court heard.") is None


def test_a_templates_placeholder_text_is_furniture_and_no_other_language():
    # S&P Global: a form template's hidden "Lorem ipsum" blocks around an English article had
    # made the whole page "not English"
    from summarize import parse

    lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
             "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
             "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")
    assert classify(lorem, standalone=True) == "placeholder text"
    assert classify("- Lorem ipsum 1", standalone=True) == "placeholder text"
    body = ["The Riverside library on Elm Street will close at the end of the month, the council "
            "decided on Monday after a vote of five to two.",
            "Council members said the building needs repairs that the city cannot pay for this "
            "year, and that a mobile library will visit the area twice a week."]
    doc = parse("\n\n".join(body + ["Head Line 1", lorem, "Head Line 2", lorem, lorem]))
    assert [s.text for s in doc.sentences] == body
    assert {r.reason for r in doc.removed if "Lorem" in r.text} == {"placeholder text"}


def test_a_clinics_disclaimer_is_a_legal_notice_at_any_length_of_its_paragraph():
    text = ("*Ada Brook, MD, is a Harbor Medical Group provider. Harbor Medical Group is made up of "
            "Harbor Care Network Medical Group, Inc. and Primary Harbor Associates, S.C. Harbor Medical "
            "Group providers are not employees or agents of The Harbor Medical Center, The Harbor "
            "University, or Harbor Medical Group - Eastside.")
    assert len(text.split()) > 40
    assert classify(text, standalone=True) == "legal or cookie notice"


def test_a_transcripts_sound_cue_is_a_junk_prefix():
    text = "[MUSIC PLAYING] As your baby starts to grow, questions about sleep will come up."
    assert text[junk_prefix(text):].startswith("As your baby")
    assert junk_prefix("[Editor's note: corrected] The ferry sails at noon on Monday.") == 0


@pytest.mark.parametrize("line,reason", [("TOP 7 LIBRARY TRENDS FROM THE RIVERSIDE BOOK FAIR", None),
                                         ("TOP STORIES THIS WEEK", "teaser"),
                                         ("TOP 10 STORIES", "teaser")])
def test_a_count_after_top_in_capitals_is_a_lists_title(line, reason):
    # WCXB 0223: "TOP 7 INNOVATIVE KITCHEN APPLIANCE TRENDS FROM KBIS & IBS 202" was a teaser
    assert classify(line, standalone=True) == reason


def test_an_estimated_reading_time_is_a_byline_line():
    # docs.docker.com in trafilatura's test pages: "Install Docker Engine" / "Estimated reading
    # time: 6 minutes" / a callout's heading, which was taken for the title
    assert classify("Estimated reading time: 6 minutes") == "byline or date stamp"


def test_a_byline_of_two_writers_in_title_case_is_a_byline_line():
    # the Daily Mail (trafilatura's test pages): "By Glen Owen And Brendan Carlin For The Mail On
    # Sunday" was no byline, so the headline above its three bullet points had none
    from summarize.boilerplate import BYLINE_PAT

    assert BYLINE_PAT.match("By Jane Doe And Marta Okonkwo For The Riverside Courier")
    assert BYLINE_PAT.match("By Jane Doe and Marta Okonkwo for The Riverside Courier")
    assert not BYLINE_PAT.match("By The Riverside Library And Its Readers")


@pytest.mark.parametrize("line", ["By JANE DOE \u2013 1 day ago", "By Jane Doe \u2014 The Riverside Courier"])
def test_a_byline_with_a_dash_before_its_time_or_paper_is_one(line):
    from summarize.boilerplate import BYLINE_PAT

    assert BYLINE_PAT.match(line)


@pytest.mark.parametrize("line, kind", [
    ("Please support local business!", "call to action"),
    ("Go to Google News", "call to action"),
    ("Please note the library is closed on Monday.", None),
])
def test_a_plea_or_a_link_to_another_site_is_a_call_to_action(line, kind):
    assert classify(line, standalone=True) == kind


def test_a_long_byline_with_its_writers_title_and_its_age_is_one():
    assert classify("By JANE DOE, Riverside Courier Staff Writer 1 hour, 44 minutes ago",
                    standalone=True) == "byline or date stamp"


@pytest.mark.parametrize("line, kind", [
    ("p0734 BC-Riverside-Library 3rdLd-Writethru 01-18 0726", "byline or date stamp"),
    ("Eds: AMs. UPDATES with vote count, quotes from the mayor.", "byline or date stamp"),
    ("AP Photo XAN101, GFX729", "image credit or caption"),
    ("AP Graphic RIVERSIDE LIBRARY", "image credit or caption"),
    ("Eddie Doe: the librarian who stayed", None),
])
def test_a_wire_storys_slug_note_and_picture_numbers_are_furniture(line, kind):
    # an AP story on a paper's page (2008): its slug, its note to editors and its pictures' numbers
    assert classify(line, standalone=True) == kind


@pytest.mark.parametrize("line", [
    "Courtesy: Harbor State Athletics", "Special to The Ledger", "All Jane Doe articles",
    "View seven day Editorial Archive for previous Harbor Ledger stories.", "More AP Video",
])
def test_credits_and_archive_links_of_2008_pages_are_furniture(line):
    assert classify(line, standalone=True) is not None


@pytest.mark.parametrize("line", ["All stories matter to the ferry crew",
                                  "Special to the council was the ferry vote"])
def test_sentences_like_them_are_not(line):
    assert classify(line, standalone=True) is None


def test_a_sentence_about_comments_is_no_comment_policy():
    assert classify("The council will keep comments from residents on file until the vote.") is None
    assert classify("Residents can report the fault to the council online.") is None
