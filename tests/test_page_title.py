"""The title of a pasted page (``summarize.page_title``): which line is the headline.

Each page is written by hand after a real one (named in the comment), with the article's own
paragraphs about one library; the block model or an explicit ``keep`` says what is article.
"""

import numpy as np
import pytest
from test_document import _BODY as BODY  # (the library article and a menu)
from test_document import _MENU as MENU

from summarize import InputError, blocks, parse
from summarize.page_title import _page_title
from summarize.title_refusals import _furniture, _listed, _menu_or_byline_words, _not_a_headline


def _title(lines: list[str], kept_from: int | None = None) -> str | None:
    """The title found among ``lines``: by the whole document model, or by ``_page_title``
    when the block model is said to keep the blocks from ``kept_from`` on (from the end when
    it is negative)."""
    if kept_from is None:
        return parse("\n".join(lines)).title
    bl = blocks.split("\n".join(lines))
    start = kept_from if kept_from >= 0 else len(bl) + kept_from
    i = _page_title(bl, np.array([k >= start for k in range(len(bl))]))
    return None if i is None else bl[i].text


def test_a_count_over_its_sections_heading_is_no_breadcrumb():
    # lillieeatsandtells: "November 12, 2024" / "7 Healthy Air Fryer Recipes" / "Rate + Comment"
    # / the opening / "Healthy Air Fryer Recipes" (a heading that the title ends with)
    title = "7 Library Cards for Riverside Readers"
    lines = MENU + ["November 12, 2024", title, "Rate + Comment", BODY[0],
                    "Library Cards for Riverside Readers"] + BODY[1:]
    assert _title(lines, kept_from=len(MENU) + 3) == title


def test_a_long_title_that_ends_with_a_parenthesis_is_no_paragraph():
    # HelpNDoc: "How to Create Documentation in 15 Minutes with HelpNDoc (Beginner's Quickstart
    # Guide)", kept by the block model, over the article
    title = "How to Close a Library in 15 Minutes with the Council (Beginner\u2019s Quickstart Guide)"
    lines = MENU + ["Style Library Cards and Fines", title] + BODY
    assert _title(lines, kept_from=len(MENU) + 1) == title


def test_a_menu_with_pricing_and_a_newsletters_name_over_its_sign_in_are_not_titles():
    # Buzzsprout: "Features Pricing How to Start a Podcast Blog About Ads" / "Menu" / ... /
    # "Published on June 04, 2025" / the title
    title = "Library Card Guide: What I Recommend After 500 Visits"
    lines = ["Riverside", "Features Pricing How to Renew a Library Card Blog About Ads", "Menu",
             "Log In Get Started Free", "Published on June 04, 2025", title] + BODY
    assert _title(lines, kept_from=6) == title
    # Substack: the newsletter's name over "SubscribeSign in", then the title and its writer
    title = "Sneak Peek: What\u2019s Inside the Riverside Library Budget"
    lines = ["Riverside Library Economics", "SubscribeSign in", title, "Jana Kowalczyk", "Sep 25, 2025",
             "4", "1", "Share"] + BODY
    assert _title(lines, kept_from=8) == title


def test_a_title_over_its_date_under_a_menu_is_no_item_of_the_menu():
    # WCXB 0222: "Contact Us" / "Why Cheap SEO Doesn't Work" / "John Crenshaw in seo" / "Dec 10" /
    # "Cautionary Tale" / the article: a date below, so no menu's item
    title = "Why the Riverside Library Closes"
    menu = ["Home", "Services", "Case Studies", "About", "Partners", "Blog", "Careers", "Contact Us"]
    lines = menu + [title, "Jana Kowalczyk in libraries", "Dec 10", "Cautionary Tale"] + BODY
    assert _title(lines, kept_from=len(menu) + 4) == title
    # without the date it stands among the menu's items
    lines = menu + [title, "Jana Kowalczyk in libraries", "Cautionary Tale", "Opening Hours"] + BODY
    assert _title(lines, kept_from=len(menu) + 4) is None


def test_a_title_that_trails_off_over_its_byline_is_a_title_and_a_cut_teaser_is_not():
    # Substack: "Halfway into 2025, let's look at climate tech trends..." / its standfirst (kept)
    # / "Marianne Lehnis and Anshika Bhalothia" / "Jul 11, 2025"
    title = "Halfway into 2025, let\u2019s look at the library vote..."
    lines = ["Riverside Notes | Library Marketplace", "SubscribeSign in", title,
             "Council Vote: the library closes, a mobile library visits twice a week; residents ask "
             "the council to reconsider.", "Jana Kowalczyk and Tom Reed", "Jul 11, 2025", "2", "Share"] + BODY
    assert _title(lines, kept_from=3) == title
    # ... a line cut at a word's end is a teaser of another page (OK!: "EastEnders Spoilers: Kat
    # Moon to be involved ...")
    lines[2] = "Halfway into 2025, the council will look at the library ..."
    assert _title(lines, kept_from=3) != lines[2]


def test_the_title_under_a_breadcrumb_run_together_or_laid_out_one_a_line():
    # Kaspersky: "For all other countries" / "Global Website" / "HomeHome ProductsResource
    # centerPreemptive SafetyCybersecurity Tips for Small Businesses" / the title
    title = "Library Tips for Riverside Residents"
    lines = MENU + ["For all other Riverside library residents", "Global Website",
                    "HomeHome NewsLibrary CouncilLibrary Tips for Riverside Residents", title] + BODY
    assert _title(lines, kept_from=len(MENU) + 4) == title
    # USDA ERS: "Breadcrumb" / "Home" / "Topics" / "Natural Resources & Environment" /
    # "Climate Change" / "Climate Change" (the title, two words) / "Updated: 6/2/2025"
    lines = ["Breadcrumb", "Home", "Topics", "Libraries & Reading", "Library Closures", "Library Closures",
             "Updated: 6/2/2025", "Contact: Jana Kowalczyk", "In this section", "Overview"] + BODY
    assert _title(lines, kept_from=10) == "Library Closures"


def test_the_title_over_a_breadcrumb_that_ends_with_it_beats_the_questions_below():
    # University of Louisville: "How to Negotiate Salary & Benefits" / "Center for Career &
    # Professional Development > How to Negotiate Salary & Benefits" / ... / the article's
    # headings, "How do I negotiate my salary and benefits?" the last over the opening
    title = "How to Renew Library Cards & Permits"
    lines = MENU + [title, "Riverside Library Services > How to Renew Library Cards & Permits",
                    "Make an Appointment", "Meet the Team", "QUICK LINKS",
                    "Why should I renew my library card?", "How do I renew my library card?"] + BODY
    assert _title(lines, kept_from=len(MENU) + 5) == title


def test_a_section_label_in_the_style_of_the_sites_menu_is_not_the_title():
    # Insurance Information Institute: a menu with "Home + Renters", "Disaster + Preparation",
    # "Research + Data"; the title, its standfirst, then "Homeowners + Renters Insurance"
    title = "Riverside library closure guide"
    lines = ["Home + Garden", "Disaster + Preparation", "Research + Data", "Newsroom", title,
             "14 things to consider before the library closes", "Riverside + Library Council",
             "IN THIS ARTICLE", "SHARE THIS"] + BODY
    assert _title(lines, kept_from=9) == title


def test_an_opening_over_a_spec_table_or_code_and_about_itself_is_found():
    # Ecomobl: the title, the opening, then six boards' specifications ("Max speed: 55-65 km/h
    # | 34-40 mph") for 70 lines, a section "6 Fastest Electric Skateboards by Ecomobl" and the
    # kept text: the title is over the opening, not the section over the table
    title = "How Long Does a Riverside Library Loan Last? Loan Periods Revealed"
    opening = [
        "The Riverside library lends about 40,000 books a year, and the council decided on Monday "
        "that the library on Elm Street will close at the end of the month.",
        "Residents said the council vote of five to two ends eighty years of loans from the library "
        "in the neighbourhood, and they will ask the council to reconsider.",
        "The council said a mobile library will visit the neighbourhood twice a week after the "
        "library closes, and loans will last three weeks as before.",
    ]
    table = []
    for k in range(6):
        table += [f"Branch Model {k} Reading Room", f"Loan period: {k + 2} weeks", "Seats: 40 | 60 chairs",
                  "Opening hours: 9am-5pm", "Fines: 10p a day", "Cards: adult, child"]
    lines = MENU + [title] + opening + table + ["6 Busiest Library Branches by Riverside"] + BODY
    assert _title(lines, kept_from=-len(BODY)) == title
    # GraphQL course: the title over "In this article we will go through ..." and a code block
    # that the block model dropped, above the first section's heading
    title = "Library council best practices for closure votes"
    lines = MENU + [title, "Jana Kowalczyk@jkowalczyk", "Development", "Introduction",
                    "In this article we will go through the ways the Riverside council decided that the "
                    "library on Elm Street will close, and what residents can do about the closure.",
                    "Voting on the library closure",
                    "It is important that the council votes on the library closure at a public meeting "
                    "where residents of the neighbourhood can ask about the library"] \
        + ["type Vote implements Node { id: ID!", "createdAt: DateTime!", "library: String",
           "} input CreateVote { name: String!", "councilId: ID!", "residents: String",
           "} type Mutation { createVote(input: CreateVote!): Vote!", "}"] + BODY
    assert _title(lines, kept_from=-len(BODY)) == title


def test_a_pros_list_under_a_symbol_and_a_heading_under_the_opening_are_not_titles():
    # Website Builder Expert: "\u2714\ufe0f Pros" / "Drag-and-drop editor" / "AI features to assist
    # with website management"
    lines = ["\u2714\ufe0f Pros", "Reading rooms", "Library cards to assist with loans", "\u274c Cons"] + BODY
    assert {1, 2} <= _listed(blocks.split("\n".join(lines)))
    # Vascular Institute: no title on the pasted page; the opening (dropped), then
    # "Understand the Vascular Health Benefits" over the kept text is a section's heading
    opening = ("The council decided on Monday that the Riverside library on Elm Street will close at "
               "the end of the month, after eighty years of loans in the neighbourhood. If you use the "
               "library, this article will guide you through what the closure means, as well as the "
               "mobile library that will visit twice a week.")
    lines = MENU + ["Photo via Pexels", opening, "Understand the Library Closure"] + BODY
    assert _title(lines, kept_from=-len(BODY)) is None


def test_a_postal_address_is_no_title():
    # a financial firm's page: "Hunt Valley, MD 21031" over its fine print, no headline of its own
    assert _furniture("Hunt Valley, MD 21031", None) == "postal address"
    assert _furniture("11311 McCormick Rd., Suite 500", None) == "postal address"
    assert _furniture("The 10 best coffee shops in Austin, TX", None) is None
    assert _furniture("10 Downing Street Responds", None) is None
    title = "Riverside Library Closes Its Doors"
    assert _title(MENU + ["Hunt Valley, MD 21031", title] + BODY, kept_from=len(MENU)) == title


def test_a_newsletters_buttons_run_on_before_its_title_are_cut():
    from summarize.title_clean import clean_page_title

    # Substack's header: "SubscribeSign in" / "what is once sprung ..." (a title in small letters)
    assert clean_page_title("SubscribeSign in the library stays open on sundays") == \
        "The library stays open on sundays"
    assert clean_page_title("Sign in to the library") == "Sign in to the library"


def test_a_title_with_a_breadcrumb_glued_inside_a_word_takes_its_neighbours_clean_ending():
    from summarize.title_clean import unglued

    bl = blocks.split("Library GuidesRiversideTeens: A Guide to the Reading Room\n"
                      "Library Guide Teens: A Guide to the Reading Room\nPublished on May 2, 2025\n")
    assert unglued(bl, 0, bl[0].text) == "Teens: A Guide to the Reading Room"
    # a title that ends as its neighbour does after a space is no glued one
    assert unglued(bl, 1, bl[1].text) == bl[1].text
    # WCXB 2684: the clean title on a line of its own two lines below ("Conceptual Article" /
    # "n8n: A Guide to Workflow Automation", since a line that opens with a code name is one)
    bl = blocks.split("Library GuidesRiversideTeens2Go: A Guide to the Reading Room\nLibrary Guide\n"
                      "Teens2Go: A Guide to the Reading Room\nPublished on May 2, 2025\n")
    assert unglued(bl, 0, bl[0].text) == "Teens2Go: A Guide to the Reading Room"
    # a title in capitals with a label before it, over the title in its own case (WCXB 0081:
    # "CYNOMI GUIDES GETTING TO YES: ..." / "Getting to YES: ...")
    bl = blocks.split("RIVERSIDE GUIDES TEENS: A GUIDE TO THE READING ROOM\n"
                      "Teens: A Guide to the Reading Room\nPublished on May 2, 2025\n")
    assert unglued(bl, 0, bl[0].text) == "Teens: A Guide to the Reading Room"
    bl = blocks.split("RIVERSIDE TEENS: A GUIDE TO THE READING ROOM\nRIVERSIDE READING ROOM\n")
    assert unglued(bl, 0, bl[0].text) == bl[0].text


def test_a_date_in_the_title_is_no_slide_counter():
    from summarize.title_clean import clean_page_title

    assert clean_page_title("Library Wrap-Up 12/19/2025") == "Library Wrap-Up 12/19/2025"
    assert clean_page_title("The library's new reading room 3 / 12") == "The library's new reading room"


def test_a_menus_links_run_together_are_no_title():
    from summarize.title_refusals import _menu_or_byline_words

    assert _menu_or_byline_words("For Library Members & StaffFor Young ReadersFor Visiting Scholars pricing")
    assert not _menu_or_byline_words("Riverside Library joins LinkedIn and YouTube to reach readers")


@pytest.mark.parametrize("line,furniture", [
    ("Start My Library Card", True),  # a button in the reader's words
    ("More Library Event Reviews", True),  # a list's heading
    ("1/4 cup (60g) sourdough starter, fed or unfed*", True),  # a recipe's ingredient
    ("1 3/4 teaspoons table salt", True),
    ("Ready to Book Crossings That Sell Out?Get In Touch", True),  # a button run into a question
    ("Want predictable growth from your library?", True),  # a sales pitch's question
    ("Want to Live Longer? Read More Books, Study Says", False),
    ("See all library services", True),  # a link to a section's index
    ("Trusted by 4M+ readers", True),  # a badge
    ("Tested by Rosa Lind and Omar Haddad", True),  # a review's credits
    ("10 Grams of Protein a Day Is Enough", False),
    ("More Americans Borrow Library E-Books", False),
])
def test_a_button_a_lists_heading_or_an_ingredient_is_no_title(line, furniture):
    from summarize.title_refusals import _menu_or_byline_words

    assert _menu_or_byline_words(line) is furniture


def test_a_menus_phrase_carried_on_into_the_title_is_no_button_run_into_tags():
    from summarize.title_refusals import button_tags

    # CleverHiker: "Best Camping Hammocks" in its menus, "Best Camping Hammocks of 2026" the title
    bl = blocks.split("\n".join(["Best Library Cards", "Best Reading Lamps", "Best Library Cards",
                                 "Best Reading Lamps", "Read Later", "Read Later"]))
    tag = button_tags(bl)
    assert not tag("Best Library Cards of 2026")
    assert not tag("Best Reading Lamps For Night Owls")
    assert tag("Best Library Cards library cards")  # (its tags, in small letters)
    assert tag("Read Later council budget")


def test_a_section_label_before_the_title_is_cut():
    from summarize.title_clean import clean_page_title

    assert clean_page_title("Blog: Best Riverside Libraries in 2025 (Ranked & Reviewed)") == \
        "Best Riverside Libraries in 2025 (Ranked & Reviewed)"
    assert clean_page_title("Blogging: How Libraries Reach Readers") == "Blogging: How Libraries Reach Readers"


def test_an_opinion_sections_bar_is_cut_and_its_columnists_are_a_byline():
    from summarize.title_clean import clean_page_title
    from summarize.title_refusals import _name_pipe

    # The Tennessean: "How meditation rewires brains and improves physical health | Opinion"
    # over its standfirst and "Manoj Jain and Jagpreet Chhatwal | Guest Columnists"
    assert clean_page_title("Why the Riverside library should stay open | Opinion") == \
        "Why the Riverside library should stay open"
    assert clean_page_title("Library Reviews | The Riverside Post") == "Library Reviews | The Riverside Post"
    assert clean_page_title("Library Card Checklist :: Printable Timeline") == "Library Card Checklist: Printable Timeline"
    assert _name_pipe("Jana Kowalczyk and Omar Haddad | Guest Columnists")
    assert not _name_pipe("Libraries and Archives | Guest Columnists")
    title = "Why the Riverside library should stay open"
    lines = ["Skip to main content", "Home", "Opinion", "Submit a Letter", "Columnists",
             title + " | Opinion", BODY[0], "Jana Kowalczyk and Omar Haddad | Guest Columnists"] + BODY[1:]
    assert _title(lines, kept_from=6) == title + " | Opinion"  # (the line; the bar goes in clean_page_title)


def test_a_menus_by_state_is_no_byline_and_a_posts_by_is_one():
    # Here Comes the Guide: the site's name over "Wedding Venues" / "By State" / "By Style",
    # the title far below; Digital Photography School: the title / "A Post By: Darren Rowse" /
    # "..." / an opening that leads into a list
    title = "Riverside Library Closure :: Council Vote Timeline"
    lines = ["Start Here", "Here Comes the Library", "Here Comes the Library", "Library Venues", "By State",
             "By Style", "Outdoor", "Events", "Planning", "Checklists & Timelines", title] + BODY
    assert _title(lines, kept_from=11) == title
    title = "Welcome to the Newly Updated Riverside Library Forum"
    lines = MENU + ["Search:", title, "A Post By: Jana Kowalczyk", "...", "...",
                    "Within days of opening the library I began to get requests from readers:",
                    "Share the books they were reading", "Ask (and answer) questions of other readers",
                    "Meet other readers", "Swap their own tips"] + BODY
    assert _title(lines, kept_from=len(MENU) + 5) == title


def test_a_sponsored_card_over_the_byline_is_no_title():
    # FCW (WCXB 0471): the title, a credit and a sidebar of eBooks, the last "4 steps to
    # successful data governance programs for government" / "Presented By Carahsoft" /
    # "Download Now", right over the article's byline
    title = "Riverside library closure: 7 principles for a fair council vote"
    lines = MENU + [title,
                    "Featured eBooks", "A Guide to Library Budgets", "Presented By Civic Data Co",
                    "Download Now", "4 steps to a successful library council vote",
                    "Presented By Shelfworks", "Download Now", "By Jana Kowalczyk", "| December 17, 2025"] + BODY
    assert _title(lines) == title


def test_a_list_title_in_capitals_under_a_menu_is_the_title():
    # WCXB 0223: a realtor's menu in capitals, its phone number, then the post's title in
    # capitals, "TOP 7 INNOVATIVE KITCHEN APPLIANCE TRENDS FROM KBIS & IBS 202" ("top" is no
    # "TOP STORIES" teaser when a count follows it)
    title = "TOP 7 LIBRARY TRENDS FROM THE RIVERSIDE BOOK FAIR"
    lines = ["TEAM", "NEIGHBORHOODS", "CURRENT LISTINGS", "HOME SEARCH", "864-326-5047", title] + BODY
    assert _title(lines) == title


def test_a_lists_count_after_a_bar_is_its_subtitle():
    # WCXB 0055: "Best Residential Movers in NYC 2025 | Top 19 Companies"
    from summarize.title_clean import clean_page_title

    assert clean_page_title("Best Reading Rooms in Riverside 2025 | Top 19 Libraries") == \
        "Best Reading Rooms in Riverside 2025: Top 19 Libraries"
    assert clean_page_title("Reading Rooms | 12 Libraries") == "Reading Rooms: 12 Libraries"
    assert clean_page_title("Visiting hours | 10 Downing Street") == "Visiting hours | 10 Downing Street"
    assert clean_page_title("Library vote, March 3, 2025 | 33 Comments") == "Library vote, March 3, 2025 | 33 Comments"


def test_a_title_that_opens_with_a_code_name_is_the_title():
    # WCXB 0389 (a blog): "Sponsor me Github" / "rustc_codegen_gcc: Progress Report #39" /
    # "17 Dec 2025" / the post (no title had been found: it opens in small letters)
    title = "lib_news: Riverside Library Closure Vote Report"
    lines = ["Home Sponsor me Github", "Riverside's Blog", "Sponsor me Github", title, "17 Dec 2025"] + BODY
    assert _title(lines) == title


def test_a_menu_cards_heading_glued_to_its_blurb_is_no_title():
    # WCXB 4682: a mega-menu over the post, its last card "GuidesA page for Strategy and
    # Wargaming Guides" right over the first kept paragraph (it had been the top headline)
    lines = MENU + ["Reviews", "Interviews", "GuidesA page for Riverside library guides and reading lists"] + BODY
    assert _title(lines) != "GuidesA page for Riverside library guides and reading lists"


def test_a_sites_name_after_the_titles_bar_goes_when_the_header_shows_it():
    # WCXB 4182: "Bridgestone Tires" in the header, then "The Ultimate Car Maintenance
    # Checklist | Bridgestone Tires" over the article
    title = "The Ultimate Library Card Checklist | Riverside Library"
    assert _title(["Riverside Library", "Branches", "Events", "Book a Room", title] + BODY) == \
        "The Ultimate Library Card Checklist"
    # (a name that no line above shows stays: it may be the title's own part)
    assert _title(["Branches", "Events", "Book a Room", title] + BODY) == title


# a mega-menu's cards: a course's name on its own line, its blurb under it (WCXB 0094, 5210)
_CARDS = [line for name in ("Reading Clubs", "Study Rooms", "Local History", "Book Delivery")
          for line in (name, f"Join the library's {name.lower()} programme, which meets every week in "
                             "the Elm Street building and is free for all residents.")]


def test_a_title_with_its_byline_under_a_menus_cards_is_found():
    # "MBA" / "Through intellectual rigor ... develops leaders ..." x11 above "Machine learning,
    # explained" / "By" / "Sara Brown" / "Apr 21, 2021" (three words in sentence case)
    lines = ["Programs"] + _CARDS + ["Library cards, explained", "By", "Jane Doe", "Apr 21, 2021"] + BODY
    assert _title(lines, kept_from=1) == "Library cards, explained"
    # (two short paragraphs that are no cards, above a line with a byline, are no promotion of it)
    prose = [c for c in _CARDS if len(c.split()) > 5]
    assert _title(["Programs"] + prose + ["Library cards, explained", "By", "Jane Doe"] + BODY, kept_from=1) \
        != "Library cards, explained"


def test_a_title_over_the_first_long_paragraph_under_a_menus_cards_needs_no_byline():
    # "Best Universities in USA for Engineering: 2026" under sixty courses' cards (WCXB 5210)
    long_first = " ".join(BODY[:3])  # (a paragraph longer than any card's blurb)
    lines = ["Programs"] + _CARDS + ["Best Libraries in Riverside for Families: 2026", long_first] + BODY[3:]
    assert _title(lines, kept_from=1) == "Best Libraries in Riverside for Families: 2026"
    # (not a card with a long blurb and more menus under it: "Future of professionals report
    # 2025", WCXB 0237)
    lines = ["Programs"] + _CARDS + ["Library Annual Report 2025", long_first, "Help", "Account",
                                     "Sign in", "Careers"] + BODY
    assert _title(lines, kept_from=1) != "Library Annual Report 2025"


def test_a_sites_name_after_the_titles_dash_goes_when_its_copyright_line_names_it():
    # WCXB 0408: "Critics' Choice: Best UK Art Exhibitions 2025 – Artlyst" ... "© Artlyst 2025"
    title = "Critics' Choice: Best Library Exhibitions 2025 \u2013 Riverside Ledger"
    assert _title(MENU + [title, "By Jane Doe"] + BODY + ["\u00a9 Riverside Ledger 2025"]) == \
        "Critics' Choice: Best Library Exhibitions 2025"
    assert _title(MENU + [title, "By Jane Doe"] + BODY + ["\u00a9 Harbor Media 2025"]) == title


def test_a_byline_glued_to_its_name_and_date_is_a_byline_and_a_menus_by_manufacturer_is_not():
    # WCXB 4148: "SewCanShe Free Sewing Patterns for Beginners" (the site's motto) over "The 7 Best
    # Sewing Machines for a Beginner" over "ByAngela Kaye Carpenter Updated onFebruary 16, 2026"
    title = "The 7 Best Library Cards for a Beginner"
    lines = MENU + ["Riverside Free Reading Lists for Beginners", title, "Craft Blog | Pattern and Product Reviews",
                    "ByJane Doe Updated onFebruary 16, 2026"] + BODY
    assert _title(lines, kept_from=-len(BODY)) == title
    # WCXB 4265: "Ultra Short Throw Projectors" / "All Categories" / "By Manufacturer" (a menu)
    lines = MENU + ["Large Print Library Books", "All Categories", "By Manufacturer", "Best Library Closures For 2026"] + BODY
    assert _title(lines, kept_from=-len(BODY)) == "Best Library Closures For 2026"


def test_a_title_that_opens_with_a_short_question_is_one_over_its_standfirst():
    # WCXB 4052: "Want a good EV? Here are the 20 best electric cars on sale right now" / its
    # standfirst / "TopGear.com" / "Published: 11 Mar 2026"
    title = "Want a good library? Here are the 20 best libraries open right now"
    lines = MENU + [title, "Looks like this library thing is here to stay. Here, then, are some really good ones",
                    "RiversideLedger.com", "Published: 11 Mar 2026"] + BODY
    assert _title(lines, kept_from=-len(BODY)) == title


def test_a_subtitle_in_small_letters_under_the_title_is_no_part_of_it():
    # Substack (WCXB 0420): "what is once sprung cannot necessarily be unsprunged" / "the problem
    # of cognitive hysteresis" / "Dan Davies" / "Dec 12, 2025"; WCXB 4610's tag "starting zero waste"
    lines = MENU + ["What the library lends cannot always be returned", "the problem of late fines",
                    "By Jane Doe", "Dec 12, 2025"] + BODY
    assert parse("\n".join(lines)).title == "What the library lends cannot always be returned"
    lines = MENU + ["Starting a library habit: tips for Riverside readers", "starting reading",
                    "By Jane Doe", "Dec 12, 2025"] + BODY
    assert parse("\n".join(lines)).title == "Starting a library habit: tips for Riverside readers"


def test_a_pasted_outage_page_is_refused_as_an_error_page():
    # Credit Karma pasted (WCXB 4542): menus, "We'll Be Right Back!", one line of apology
    lines = MENU + ["Loans", "Auto Loans", "We'll Be Right Back!",
                    "It looks like we're having some trouble accessing your Riverside Library account. We're "
                    "working hard at getting everything back up and running, so check back soon to access "
                    "your free loans, full reading history and more.",
                    "Company Info", "About Us", "Careers"]
    with pytest.raises(InputError, match="error page"):
        parse("\n".join(lines))


def test_a_pasted_forbidden_url_page_is_refused_as_an_error_page():
    # fool.com in newspaper's test pages, pasted: "Forbidden URL" / "HTTP Error 403. The request
    # URL is forbidden." gave the headline "Request URL forbidden" (its HTML was refused)
    with pytest.raises(InputError, match="error page"):
        parse("Forbidden URL\n\nHTTP Error 403. The request URL is forbidden.")


def test_a_writers_and_sections_line_under_the_title_is_no_part_of_it():
    # WCXB 5580: "Tips for Working Moms: Balancing Work and Family Life" / "littlesunshine \u2022
    # Home & Lifestyle Parenting Preschoolers"
    lines = MENU + ["August 15, 2024", "Riverside Library to Close: The Council's Vote on Repairs",
                    "littlereader \u2022 Home & Lifestyle Parenting Preschoolers"] + BODY
    assert parse("\n".join(lines)).title == "Riverside Library to Close: The Council's Vote on Repairs"



def test_a_question_to_the_reader_in_title_case_over_its_standfirst_is_the_title():
    # WCXB 0151 (GlossGenius): "Blog" / "How Much Should You Charge For A Yoga Class?" / "A
    # guide on how much to charge for yoga classes, including ..." (no byline)
    title = "How Much Should You Pay For A Library Card?"
    standfirst = "A guide on how much to pay for a library card, including average fines and fees."
    lines = MENU + ["Blog", title, standfirst] + BODY
    assert _title(lines, kept_from=len(MENU) + 2) == title
    # (a question to the reader in a sentence's case, or over a paragraph about something
    # else, stays furniture)
    assert _furniture("How much should you pay for a library card?", None, standfirst) == "question to the reader"
    assert _furniture(title, None, BODY[0]) == "question to the reader"


def test_a_title_over_its_reviewers_byline_far_above_the_article():
    # WCXB 5111 (patient.info): the title twice, "Peer reviewed by Dr ..., MRCGPLast updated by
    # ...", then share buttons, languages and a contents list before the first paragraph
    title = "10 daily habits for a healthy library"
    lines = MENU + [title, title, "Peer reviewed by Dr Jane Doe, MRCGPLast updated by Tom RawLast "
                    "updated 12 Jan 2026"] + [f"Share via {s}" for s in ("email", "Facebook", "LinkedIn", "X")] \
        + ["Language", "English", "Deutsch", "Español", "Français", "Italiano", "Português", "Discussion",
           "Audio Version", "In this article:", "Opening hours", "Late fines"] + BODY
    assert _title(lines, kept_from=-len(BODY)) == title


def test_a_conditional_to_the_reader_that_trails_off_is_no_title():
    # WCXB 5576: "The Secrets to Being a Working Mom (Without Totally Losing It)" / "If you're a
    # "working mom," this might sound familiar…" / "Your alarm goes off at 5 am. ..." (the
    # title, which shares one word with the article, is found by the line ranker there)
    lead = "If you\u2019re a \u201clibrarian,\u201d this might sound familiar\u2026"
    lines = MENU + ["The Secrets to Being a Working Librarian (Without Totally Losing It)", lead] + BODY
    assert _title(lines) != lead
    assert _not_a_headline(lead, None) == "a lead-in to the reader"


def test_a_records_fields_between_bars_are_no_title():
    # WCXB 4042 (a botanic garden's plant page): "Coffee" / "Coffea arabica" / "Family:
    # Rubiaceae | Place of Origin: Ethiopia" / "Origins and history:" / ...
    assert _not_a_headline("Family: Rubiaceae | Place of Origin: Ethiopia", None) == "a record's fields"
    assert _not_a_headline("Library: Riverside | Opening Year: 1945", None) == "a record's fields"
    assert _not_a_headline("Brexit: What happens to the library next | Riverside", None) is None


def test_a_share_button_that_names_the_title_finds_it_under_its_tags():
    # The Verge in trafilatura's test pages: the tags "Tech" / "iOS" ran on into the title's line
    # ("Tech iOS iOS 13 will fix ...") and a "New, 74 comments" line stood between it and its
    # standfirst, which was taken instead
    title = "Riverside library will close its reading rooms in May"
    lines = MENU + ["Filed under:", "", "Libraries", "Books Riverside " + title, "New, 74 comments", "",
                    "Fines for late books rose again", "", "By Ann Lee@annlee Jul 3, 2019, 4:22am EDT",
                    "Share this story", "Share All sharing options", f"Share All sharing options for: {title}",
                    ""] + BODY
    assert _title(lines) == title


def test_an_ingredient_in_unicode_fractions_or_cubes_is_no_title():
    # nestle-family.com: "4½ cups or 1125 ml of water", then "3 cubes MAGGI Chicken Stock"
    assert _menu_or_byline_words("4\u00bd cups or 1125 ml of water")
    assert _menu_or_byline_words("3 cubes MAGGI Chicken Stock")
    assert not _menu_or_byline_words("3 Cubes of Ice Cool the Library")


def test_a_name_over_the_button_that_looks_the_writer_up_is_a_byline():
    # nature.com in trafilatura's test pages: "A Nature Research Journal" over a date won over the
    # title, whose standfirst, "Elizabeth Gibney" and "Search for this author in:" stand below it
    from summarize.title_refusals import _byline_below

    lines = ["Riverside council votes to close library on Elm Street",
             "Books, maps and old papers for readers in every country", "Marta Okonkwo",
             "Search for this author in:", "Pub Med", "Library.com"] + BODY
    bl = blocks.split("\n".join(lines))
    assert _byline_below(bl, 0, 6) == (2, 2)
    lines[3] = "Council members"
    assert _byline_below(blocks.split("\n".join(lines)), 0, 6) is None


def test_a_line_that_ends_on_a_preposition_in_small_letters_is_cut_short():
    # lemire.me: "You can also find Daniel Lemire on" (Twitter, GitHub, ... on the next lines)
    from summarize.title_refusals import _no_title_words

    assert _no_title_words("You can also find Ann Lee of the library on")
    assert not _no_title_words("The Library Lights Stay On")


@pytest.mark.parametrize("between", [
    [],  # the old skin (trafilatura's t-SNE page): the title, then the tagline
    ["7 languages", "Article", "Talk", "Read", "Edit", "View history", "Tools"],  # the 2023 skin
])
def test_a_wikis_tagline_names_the_title_above_it(between):
    # Wikipedia pages (trafilatura's "t-distributed stochastic neighbor embedding", Readability's
    # "List of films featuring time loops"): the title, far above the first paragraph, under no
    # byline, over a sidebar of a hundred lines; no title had been found
    lines = ["Jump to content", "Main menu", "Search", "Create account", "Contents", "(Top)",
             "riverside public library"] + between + [
             "From Wikipedia, the free encyclopedia", "Jump to navigation Jump to search"] + [
             f"Branch {k}" for k in range(90)] + BODY
    assert _title(lines) == "riverside public library"


def test_a_wikis_tagline_under_no_title_like_line_names_none():
    from summarize.page_title import tagline_title

    lines = ["The library lends books to every reader in the town.", "From Wikipedia, the free encyclopedia"]
    assert tagline_title(blocks.split("\n\n".join(lines))) is None
    assert tagline_title(blocks.split("\n\n".join(["Riverside Library", "About"]))) is None


def test_two_words_right_over_the_first_paragraph_are_the_title_when_nothing_else_is():
    # strangemachines.io (trafilatura's test pages): "Strangemachines" / "Challenges" /
    # "Articles" / "Contact" / "Performant Python" / the article: no title had been found
    lines = ["Riverwords", "Challenges", "Articles", "Contact", "Riverside Library"] + BODY
    assert _title(lines, kept_from=5) == "Riverside Library"
    # a section's heading under a paragraph is none ("Shell jumpers", anarc.at), even far below
    # it (a government site's banner over a webcam's "Yosemite Falls", WCXB 0341)
    lines = ["Riverwords", "Challenges", "Articles", "Contact", BODY[0], "Riverside Library"] + BODY[1:]
    assert _title(lines, kept_from=6) is None
    lines = [BODY[0], "Riverwords", "Challenges", "Articles", "Contact", "Riverside Library"] + BODY[1:]
    assert _title(lines, kept_from=6) is None
    # nor a line with no menu above it (a tutorial's part after a rule: a picture's "Natural",
    # "Local Assets", WCXB 5447)
    lines = ["Natural", "Riverside Library"] + BODY
    assert _title(lines, kept_from=2) is None
    # nor a menu's last item in sentence case (test_document: "Libraries" / "Riverside library")
    lines = ["Riverwords", "Challenges", "Articles", "Contact", "Riverside library"] + BODY
    assert _title(lines, kept_from=5) is None
    # nor two words the article does not use
    lines = ["Riverwords", "Challenges", "Articles", "Contact", "Performant Python"] + BODY
    assert _title(lines, kept_from=5) is None


def test_a_long_headline_over_its_bullet_points_and_byline_is_the_title():
    # the Daily Mail (trafilatura's test pages): a 30-word headline, three bullet points, "By
    # Glen Owen And Brendan Carlin For The Mail On Sunday", "Published: ..."; a bullet point had
    # been taken for the title (the headline was too long to be one)
    title = ("Riverside's war on library fines: Readers and council member Jane Doe lead plea to the "
             "mayor to keep the Elm Street library open past the end of May under the new budget")
    lines = MENU + [title, "Open letter written by a host of readers including council member Jane Doe",
                    "Council members adding pressure to keep the library open", "Vote will soon see if "
                    "the library stays open on Elm Street", "By Glen Owen And Brendan Carlin For The "
                    "Riverside Courier", "Published: 22:00 GMT, 26 September 2020"] + BODY
    assert len(title.split()) > 25
    assert _title(lines) == title


def test_a_name_under_a_bare_by_is_the_byline_not_the_title():
    # Cayman Compass: the title, its standfirst, then "By" / "James Whittaker" / "-" /
    # "May 4, 2022" over share buttons; the ranker took the writer's name for the title
    from summarize.title_refusals import button_tags, refused_in_place

    lines = MENU + ["By", "Jana Kowalczyk", "-", "May 4, 2022", "Share", "Facebook", "Twitter"] + BODY
    bl = blocks.split("\n".join(lines))
    name = next(i for i, b in enumerate(bl) if b.text == "Jana Kowalczyk")
    assert refused_in_place(bl, name, len(lines) - len(BODY), button_tags(bl))
    assert parse("\n".join(lines)).title != "Jana Kowalczyk"
    for lead in ("Written by", "Author:"):
        bl = blocks.split("\n".join(MENU + [lead, "Jana Kowalczyk"] + BODY))
        assert refused_in_place(bl, len(MENU) + 1, len(MENU) + 2, button_tags(bl))
    bl = blocks.split("\n".join(MENU + ["Bylines", "Jana Kowalczyk"] + BODY))  # (no lead-in)
    assert not refused_in_place(bl, len(MENU) + 1, len(MENU) + 2, button_tags(bl))


def test_a_series_titles_in_a_menu_are_not_the_title():
    # Harry Potter Wiki (Fandom): the games menu's "Harry Potter and the Deathly Hallows: Part 1"
    # / "... Part 2" / "Quidditch World Cup" was taken for the title of "Water-Making Spell"
    from summarize.title_refusals import button_tags, refused_in_place

    series = ["Riverside Library Guide: Cards", "Riverside Library Guide: Fines",
              "Riverside Library Guide: Closing", "Book Sale"]
    bl = blocks.split("\n".join(MENU + series + BODY))
    first = len(MENU) + len(series)
    for k in range(3):
        assert refused_in_place(bl, len(MENU) + k, first, button_tags(bl))
    one = ["Riverside Library Guide: Closing", "Book Sale", "Riverside Library Guide: Cards"]
    bl = blocks.split("\n".join(MENU + one + BODY))  # (one more such line is no series)
    assert not refused_in_place(bl, len(MENU), len(MENU) + 3, button_tags(bl))


def test_a_title_with_its_byline_right_above_it_beats_a_promotion_further_up():
    # self.com in newspaper's test pages: "Tone Up With 6 Power Moves" (a promotion) / "FLASH
    # WHAT'S NEW NOW" / "2014" / "Dec 29" / "Beauty" / "By Shannon Farrell" / the title / the text
    title = "Reading Rooms 101: Elm Street Taught a Master Class on the Subject"
    lines = MENU + ["Keep Your Library Card Active in 5 Steps", "WHAT'S NEW NOW", "2014", "Dec 29",
                    "Community", "By Jane Doe", title] + BODY
    assert _title(lines) == title


def test_a_quoted_verb_makes_a_headline_not_a_caption():
    # ok.co.uk in newspaper's test pages: "Sean Penn 'proposes to Charlize Theron'" was taken for a
    # slideshow's caption (a name and no verb)
    from summarize.title_refusals import _named_caption

    assert not _named_caption("Jana Kowalczyk 'closes Elm Street library'")
    assert _named_caption("Jana Kowalczyk Elm Street")


def test_a_menu_line_that_opens_with_updated_is_no_time_stamp():
    # about.com in newspaper's test pages: "Updated Articles and Resources" under a menu's
    # "Unique Bed and Breakfasts" made it a title with its byline
    from summarize.title_clean import _TIME_STAMP

    assert not _TIME_STAMP.search("Updated Articles and Resources")
    assert _TIME_STAMP.search("Updated 3 hours ago") and _TIME_STAMP.search("Published: Dec 5, 2014")


@pytest.mark.parametrize("line", [
    "Letters to the Editor Email letters@riverside-courier.com",  # dallasnews.com
    "The library will close at the end of May, the council said. (Jana Kowalczyk)",  # theglobeandmail.com
])
def test_an_email_address_or_a_captions_credit_is_no_title(line):
    # (both in newspaper's test pages, taken for the title of a pasted page)
    from summarize.title_refusals import _no_title_words

    assert _no_title_words(line)


def test_a_title_ending_in_by_and_a_word_keeps_it():
    from summarize.title_clean import clean_page_title

    # a word the dictionary knows after "by" is the title's agent, not its writer's name
    assert clean_page_title("Riverside injured as Lions squeak by Grizzlies") == \
        "Riverside injured as Lions squeak by Grizzlies"
    assert clean_page_title("Library to close in May by Jeff Foust") == "Library to close in May"


@pytest.mark.parametrize("line, refused", [
    ("Paul Doe at Riverside Park", True),  # a reporter at the match (the Observer's line)
    ("Council approves new ferry schedule", False), ("Doe scores twice at Riverside Park", False),
])
def test_a_reporters_line_at_the_match_is_no_title(line, refused):
    from summarize.title_refusals import _menu_or_byline_words

    assert _menu_or_byline_words(line) is refused


def test_a_writers_name_and_outlet_over_the_date_is_a_byline():
    # burnabynow (2008): "Wrong-way driver halted" / "Erin Hitchcock, Burnaby Now" / "Published: ..."
    lines = MENU + ["Library closes early", "Marta Okonkwo, Riverside Now",
                    "Published: Friday, January 11, 2008"] + BODY
    assert _title(lines) == "Library closes early"


def test_a_call_in_a_vertical_menu_over_the_headline_is_an_item_of_it():
    # reuters.com (2008): "Video" / "Pictures" / "Do More With Reuters" / "RSS" / "About Reuters" /
    # the headline, over its date and byline; "Do More With Reuters" had been taken for the title
    from summarize.title_refusals import _in_vertical_menu

    lines = ["Home", "News", "Lifestyle", "Oddly Enough", "Video", "Pictures", "Do More With Riverside", "RSS",
             "About Riverside", "Riverside council votes to close library on Elm Street",
             "Thu Jan 17, 2008 5:51pm IST", "By Marta Okonkwo"] + BODY
    bl = blocks.split("\n".join(lines))
    assert _in_vertical_menu(bl, 6)
    assert not _in_vertical_menu(bl, 9)
    assert _title(lines) == "Riverside council votes to close library on Elm Street"


def test_a_breadcrumb_from_home_with_one_step_is_no_title():
    from summarize.title_clean import _BREADCRUMB

    assert _BREADCRUMB.search("HOME / RADIO & TELEVISION")
    assert not _BREADCRUMB.search("Homes / flats sold in Riverside")


def test_a_persons_role_and_name_over_the_headline_is_a_caption():
    # afp.google.com (2008): "Former Indonesian President Suharto" (the picture's caption) over
    # "Health of Indonesia's ailing Suharto improving: doctors" and its date
    lines = MENU + ["Former Riverside Mayor Okonkwo", "Riverside library on Elm Street to close: council",
                    "Jan 4, 2008"] + BODY
    assert _title(lines) == "Riverside library on Elm Street to close: council"
    from summarize.title_refusals import _role_and_name

    assert not _role_and_name("Former Mayor Okonkwo Dies")


def test_a_reviews_credits_field_is_no_title():
    # zeenews.com (2008): "Director: Farah Khan" / "Cast:Shah Rukh Khan, Deepika Padukone, ..."
    from summarize.title_refusals import _no_title_words

    lines = MENU + ["Director: Jane Doe", "Cast:Ann Roe, Ben Ortiz, Marta Okonkwo"] + BODY
    assert _title(lines) not in ("Director: Jane Doe", "Cast:Ann Roe, Ben Ortiz, Marta Okonkwo")
    assert _no_title_words("Cast:Ann Roe, Ben Ortiz, Marta Okonkwo") and _no_title_words("Director: Jane Doe")
    assert not _no_title_words("Directors approve the library budget")


@pytest.mark.parametrize("title, clean", [
    ("Woman says she was traumatized by Lohan", "Woman says she was traumatized by Lohan"),  # an agent
    ("Ferry captain beaten by Harbor Smith in final", "Ferry captain beaten by Harbor Smith in final"),
    ("Ferry timetable approved by Jeff Foust", "Ferry timetable approved"),  # a writer's full name
    ("How to bake harbor bread by Jane Doe", "How to bake harbor bread"),  # a byline
    ("Ferry crossings added in Harbor Town Save Email Print", "Ferry crossings added in Harbor Town"),
    ("'Heavy losses' in ferry clashes | Print | E-mail", "'Heavy losses' in ferry clashes"),
    ("Read the fine print", "Read the fine print"),
    ("Ferry crossings added to schedule  HARBORTOWN", "Ferry crossings added to schedule"),  # a dateline run on
    ("Ferry crossings added in HARBORTOWN", "Ferry crossings added in HARBORTOWN"),
])
def test_a_passives_agent_is_no_byline_and_a_storys_tools_go(title, clean):
    from summarize.title_clean import clean_page_title

    assert clean_page_title(title) == clean


def test_a_date_with_its_weekday_before_a_title_goes():
    from summarize.title_clean import clean_page_title

    assert clean_page_title("Wednesday, 09 January 2008 Ferry captain retires") == "Ferry captain retires"
    assert clean_page_title("January 5, 2024 Council approves ferry plan") == "Council approves ferry plan"


def test_a_tags_line_that_writes_the_pages_names_in_lower_case_is_no_title():
    from summarize.title_refusals import button_tags

    # Gawker's pages (dragnet, 2012): "Top Stories" with the post's tags run on, "gabby giffords
    # mark kelly gun laws guns crime Jared loughner", over the date; the headline below it
    tag = button_tags(blocks.split("\n".join(MENU + BODY)))
    assert tag("Top Stories riverside library elm street closure")
    assert not tag("Riverside library on Elm Street to close")
    assert not tag("riverside library to close")  # (a title in small letters: one name, no tags)
    assert not tag("Council to close the library on elm street")  # (a term the prose capitalises)
    lines = MENU + ["Top Stories", "riverside library elm street closure Council", "Nov 9, 2012 6:10 PM",
                    "Share", "Email this post", "Riverside library to close after council vote",
                    "Jane Doe", "View Profile"] + BODY
    assert _title(lines) == "Riverside library to close after council vote"


def test_a_posts_title_over_its_byline_and_the_article_needs_no_word_of_it():
    # a blog (dragnet, 2012): "My Greatest Role Models" / "by Meghann on November 13, 2012" / "My
    # mom and dad have ...": none of the title's words in the post, under a menu of episodes
    for byline in ("by Jane on November 13, 2012", "by Jane Doe, 19 October 2012 | The Library Blog"):
        lines = MENU + ["Episode 1: Reading Rooms", "Episode 2: Quiet Corners", "Subscribe",
                        "Our Favourite Quiet Rooms", byline] + BODY
        assert _title(lines) == "Our Favourite Quiet Rooms"


def test_a_writers_byline_and_date_glued_to_the_title_leave_it():
    from summarize.title_clean import clean_page_title

    # shacknews.com: "Dishonored video shows off ... ways to kill by John Keefer, Aug 09, 2012 10:00am PDT"
    assert clean_page_title("Library to close in May by Jane Doe, Aug 09, 2012 10:00am PDT") == \
        "Library to close in May"
    assert clean_page_title("Library to close in May by Jane Doe, 19 October 2012") == "Library to close in May"


@pytest.mark.parametrize("between", [
    # Econbrowser (dragnet, 2012): "Econbrowser" / "Analysis of current economic conditions and
    # policy" / "« Romney Assesses ... | Main | Romney/Ryan on FEMA and NOAA »" / "October 28, 2012"
    # / the title / the post
    ["\u00ab Library hours extended | Main | Council meets on Tuesday \u00bb"],
    # WSJ's blogs (CleanPortalEval, 2013): the blog's tagline, its search box, the post's date,
    # the title, then "Article" / "Comments" / "... HOME PAGE \u00bb" and the writer's byline
    ["Search Riverside Notes1"],
    # a shop's blog (dragnet, 2012): its menu in capitals, "CALENDAR (Nov) FIND FRIENDS (in)RL CONFERENCE"
    ["CALENDAR (Nov) FIND READERS (in)RL CONFERENCE"],
])
def test_a_blogs_tagline_is_no_title_of_the_post_dated_below_it(between):
    title = "Library Board Weighs Closure"
    lines = ["Riverside Notes", "News and analysis of city libraries and their budgets"] + between + \
        ["October 28, 2012", title] + BODY
    assert _title(lines, kept_from=len(lines) - len(BODY)) == title


def test_a_date_over_a_share_bar_and_the_title_is_no_byline_of_the_menu_above():
    # BBC (CleanPortalEval, 2013): "... World News TV" / "World Service Radio" / "Special Reports"
    # / "5 April 2013 Last updated at 00:19 GMT" / "Share this page" / "Delicious" / ... / the title
    title = "Library calculator: A reader's view of the closures"
    lines = ["Home", "Video", "Magazine", "World News TV", "Riverside Library Radio", "Special Reports",
             "5 April 2013 Last updated at 00:19 GMT", "Share this page", "Delicious", "Digg", "Facebook",
             "Twitter", "Email", "Print", title, "Middle class?", "Library calculator", "Local view", "Reader reactions", "'Huge survey'",
             "The results", "The methodology", "By Jane Doe Writer and broadcaster", "Continue reading the main story",
             "In today's Magazine", "Why do drivers love old cars?", "Quiz of the week's news"] + BODY
    assert _title(lines, kept_from=len(lines) - len(BODY)) == title


def test_a_search_box_that_names_the_blog_is_no_title_nor_the_name_it_searches():
    from summarize.title_refusals import _search_box, _searched_name

    bl = blocks.split("\n".join(["Riverside Notes", "News and views", "Search Riverside Notes1", "July 1, 2010"]))
    assert _search_box(bl, 2)
    assert _searched_name(bl, 0) and not _searched_name(bl, 1)
    bl = blocks.split("\n".join(["Riverside Notes", "Library Vote Gets Tense", "Riverside Notes HOME PAGE \u00bb"]))
    assert _searched_name(bl, 0) and not _searched_name(bl, 1)
    bl = blocks.split("\n".join(["Riverside Notes", "News and views", "Search parties find lost hiker", "July 1"]))
    assert not _search_box(bl, 2)


def test_two_dates_over_the_title_are_no_list_of_stories():
    # washingtonpost.com's blogs (CleanPortalEval, 2013): "Posted at 02:29 PM ET, 03/27/2013" /
    # "Mar 27, 2013 06:29 PM EDT" / "TheWashingtonPost" / the title / "By Hayley Tsukayama"
    title = "Groups offer their views on who should run the library"
    lines = MENU + ["Full Monthly Archive", "Posted at 02:29 PM ET, 03/27/2013", "Mar 27, 2013 06:29 PM EDT",
                    "TheRiversidePost", title, "By Jane Doe"] + BODY
    assert _title(lines, kept_from=len(lines) - len(BODY)) == title


@pytest.mark.parametrize("title", [
    "What we\u2019re reading: Thursday, May 23, 2013",  # msnbc.com (CleanPortalEval, 2013)
    "#Readers3: The best of the library\u2019s web",  # msnbc.com's "#Click3: The greatest from ..."
])
def test_a_daily_columns_dated_title_and_a_hashtag_title_are_titles(title):
    # (the show's name and the search box's scope above: "Andrea Mitchell Reports All MSNBC" / "Search")
    lines = MENU + ["Morning Reports All Channels", "Search", title, "Jane Doe", "6:29 AM on 05/23/2013",
                    "Share this with friends", "Twitter", "Facebook"] + BODY
    assert _title(lines, kept_from=len(lines) - len(BODY)) == title


def test_a_phrasal_verbs_headline_at_a_place_is_no_reporters_line():
    # WSJ's blogs (CleanPortalEval, 2010): "Roma Turn Up at EU Summit"; the Observer's "Paul
    # Wilson at Villa Park" is a reporter's line
    assert not _menu_or_byline_words("Readers Turn Up at Library Meeting")
    assert _menu_or_byline_words("Jane Doe at Riverside Park")


def test_a_date_under_a_standfirst_is_still_the_headlines():
    # the Guardian (dev pages): the title / "Editorial" / its standfirst / "Mon 18 Nov 2019 18.54
    # GMT" / "Last modified on Mon 18 Nov 2019 18.56 GMT": no tagline over a post's dated title
    title = "The Riverside view on the library: a town on the brink"
    lines = MENU + ["Opinion", title, "Editorial",
                    "The council's cuts have only deepened the crisis. It is up to them to reopen it",
                    "Mon 18 Nov 2019 18.54 GMT", "Last modified on Mon 18 Nov 2019 18.56 GMT", "Shares", "12"] + BODY
    assert _title(lines, kept_from=len(lines) - len(BODY)) == title


@pytest.mark.parametrize("lines", [
    # Medium (readability's test pages): the title / "Vincent Vallet" / "Follow" / "Oct 18, 2019 ·
    # 8 min read" / "Why CPU monitoring is important?" / the post: the date is the writer's
    ["Riverside library closure vote on Elm Street (in real time without delays)", "Vincent Vallet", "Follow",
     "Oct 18, 2019 \u00b7 8 min read", "Why is the closure vote important?"],
])
def test_a_writers_date_over_a_heading_or_a_count_stays_the_titles_byline(lines):
    lines = MENU + lines + BODY
    assert _title(lines, kept_from=len(lines) - len(BODY)) == lines[len(MENU)]
    # Firefox Nightly's blog: "These Weeks in Firefox: Issue 85" / "Mike Conley" / "December 18,
    # 2020" / "2 responses" / ...: a count of replies is no title under the date
    from summarize.page_title import _date_over_title

    bl = blocks.split("\n".join(["Library Weeks in Riverside: Issue 85", "Mike Conley", "December 18, 2020",
                                 "2 responses", "Highlights"] + BODY))
    assert not _date_over_title(bl, 2, 5)
