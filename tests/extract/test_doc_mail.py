"""Printed mail without a labelled sent line (webmail, Lotus Notes, a scan that lost the labels) and calendar
items: e-mails, dated by the latest message; printed chats: other, dated by their messages; on texts written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import doc_mail as m
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage

PROSE = ("Wij vragen een bijdrage voor de huur van het podium en het geluid. De begroting zit in de bijlage, "
         "het draaiboek volgt nog.")


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Outlook on the web: the sender's address and the date on one line, the addressee under it.
        ("Vraag over de afvalpas\n\nAnna de Wit <anna.dewit@example.nl> vr 8-3-2024 09:12\n"
         "Aan: Klantcontact <info@gemeente.example>\n\nGoedemorgen,\n" + PROSE + "\n", "2024-03-08"),
        # Gmail prints the oldest message on top: the chain ends with the latest.
        ("Gmail - Bijdrage straatfeest\n2 berichten\n\nKees Bos <kees@buurt.example> 2 mei 2024 om 10:03\n"
         "Aan: wijkbudget@gemeente.example\n" + PROSE + "\n\nWijkbudget <wijkbudget@gemeente.example> "
         "7 mei 2024 om 16:40\nAan: kees@buurt.example\n" + PROSE + "\n", "2024-05-07"),
        # Roundcube: labels without a colon, the date under the addressee.
        ("Stukken ledenvergadering\n\nVan Secretaris <secretaris@club.example>\nAan leden@club.example\n"
         "Datum 14.02.2024 20:15\n\n" + PROSE + "\n", "2024-02-14"),
        # Lotus Notes: the date and time under the sender's hierarchical name, a two-digit year of its century.
        ("Karel Smit/ZUID/RWS/VenW\n03-11-98 08:47\n\nAan: Els Vos/ZUID/RWS/VenW@RWS\n"
         "Onderwerp: dijkversterking\n\n" + PROSE + "\n", "1998-11-03"),
        # Lotus Notes' two columns read as one: the sender and the date on the left, the fields beside them.
        ("P. de Groot Aan: H. Mulder/ZWO/RWS/NL@RWS\n03-02-99 11:05 cc: Dienstkring Zwolle/ZWO/RWS/NL@RWS\n"
         "Onderwerp: peilbuizen\n\nHenk,\n" + PROSE + "\n", "1999-02-03"),
        # A scan that read Outlook's labels as a column of their own: the date line without its label.
        ("Van: Mulder, Sanne\ndinsdag 9 januari 2024 14:22\nAan: Team Wonen\nRE: planning\n\n" + PROSE + "\n",
         "2024-01-09"),
    ],
)
def test_a_printed_mail_header_without_a_sent_label_is_an_email_dated_by_its_latest_message(text, date):
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "email", date)


@pytest.mark.parametrize(
    "text",
    [
        # A date and time with words before it is a sentence, also above an addressee field.
        "Aan: de bewoners van de Dorpsstraat\n\nDe avond begint op 3 juni 2025 om 19:30\n\n" + PROSE + "\n",
        # A programme line with a time and no addressee: an invitation's, no mail header.
        "Uitnodiging\n\nVan harte welkom\n12 maart 2025 19:30\n\n" + PROSE + "\n",
        # A log of times beside subjects, no sender beside an addressee above it: no Lotus Notes header.
        "Logboek storingen\n\nGemaal Oost\n03-02-99 11:05 Onderwerp: pomp 2 uitgevallen\n\n" + PROSE + "\n",
        # An event's form prints a start and an end and its organiser, not the fields of a calendar program.
        "Melding evenement\n\nOrganisator: Stichting Kermis\nBegin: 6-9-2025 10:00\nEinde: 6-9-2025 23:00\n\n"
        + PROSE + "\n",
    ],
)
def test_a_date_with_a_time_alone_makes_no_email(text):
    assert not m.is_printed_mail(ev(text))
    assert describe(text).doc_kind != "email"


def test_a_chat_is_other_dated_by_its_last_message():
    # A printed chat has no mail header: ANNOTATING.md types it other, whatever program printed it.
    teams = ("Teams-chat\n\nChat\nDeelnemers: A, B\n\nA 4-3-2024 16:52\nHeb je de cijfers?\nB 4-3-2024 16:58\n"
             "Nog niet.\nA 5-3-2024 08:03\nUpdate: binnen.\n")
    info = describe(teams)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2024-03-05")
    whatsapp = ("WhatsApp-chat met Crisisteam\n\n[17-02-22 21:14:05] A: Code rood.\n[17-02-22 21:16:40] B: Eens.\n"
                "[18-02-22 07:42:20] A: Goedemorgen.\n")
    assert (describe(whatsapp).doc_kind, describe(whatsapp).doc_date) == ("overig", "2022-02-18")


def test_a_chat_is_dated_by_its_messages_not_by_the_print_line_over_them():
    teams = ("19-03-2024 16:02 Chat | Microsoft Teams\n\nChat: Jansen, Petra; Visser, Tom\n\n"
             "Jansen, Petra 14-3-2024 10:12\nKan het nog in maart?\nVisser, Tom 14-3-2024 10:31\nKrap.\n"
             "Jansen, Petra 14-3-2024 10:33\nPrima.\n")
    assert m.chat_date(ev(teams)).value == "2024-03-14"
    # Near miss: a WhatsApp export opens with a message, its stamp and a dash before the sender.
    export = ("12-05-2023 21:14 - Jan: Melding van de politie.\nWhatsApp-chat Driehoek\n"
              "12-05-2023 21:16 - Piet: Ligt klaar.\n12-05-2023 21:40 - Jan: Rustiger.\n")
    assert len(m._chat_stamps(ev(export))) == 3


def test_a_chats_messages_under_the_days_heading_are_dated_by_it_not_by_the_time_of_printing():
    # Teams prints the day once over its messages, each with its time alone, and the time of printing over the chat.
    teams = ("Microsoft Teams - Chat: Storing afvalpas - afgedrukt 9-4-2025 08:10\n\nStoring afvalpas\n\n"
             "maandag 7 april 2025\n09:12 Anna de Wit\nDe pas werkt niet.\n09:20 Tom Visser\nIk kijk het na.\n\n"
             "dinsdag 8 april 2025\n08:03 Tom Visser\nWerkt weer.\n")
    info = describe(teams)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2025-04-08")
    # Near miss: a page that names a chat and lists times of opening under a day prints no messages.
    opening = "Chat met de gemeente\n\nmaandag 7 april 2025\n09:00 tot 17:00 bereikbaar.\n\n" + PROSE
    assert not m.is_chat(ev(opening))


def test_a_chats_speakers_with_their_times_under_the_days_heading_make_a_chat_not_news():
    # Teams may print the time after the speaker's name, a WhatsApp export in brackets before it, each under the
    # day's heading: a chat, dated by its last day, however much its title reads as a headline.
    teams = ("Microsoft Teams\nChat: Gladheid - strooiroutes Apeldoorn\n\nMaandag 13 januari 2025\n"
             "Ruud Kok (Buitendienst) 17:40\nVanavond strooien we alle routes.\nLinda Bos 17:44\nIk zet het online.\n\n"
             "Dinsdag 14 januari 2025\nRuud Kok (Buitendienst) 06:15\nRoute 3 is klaar.\n")
    info = describe(teams)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2025-01-14")
    whatsapp = ("WhatsApp-chat met Jeroen (Sportpark Zuid) - geexporteerd 2-3-2025\n\n27-2-2025\n"
                "[10:02] Jeroen: Het veld ligt er slecht bij.\n[10:15] Saskia: Ik stuur de aannemer.\n\n28-2-2025\n"
                "[08:30] Jeroen: Aannemer is er.\n")
    info = describe(whatsapp)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2025-02-28")
    # Near miss: a line that closes with a time after a colon is an opening hour, no speaker's message.
    hours = "Chat met de bibliotheek\n\nzaterdag 1 maart 2025\nOpen: tot 17:00\nKoffie: vanaf 10:00\n\n" + PROSE
    assert not m.is_chat(ev(hours))


def test_a_greeting_and_a_closing_in_a_chat_make_no_letter():
    # A message of several lines may open and close as a letter does.
    text = ("WhatsApp-chat: Wethouders\n\n[2-4-2024 09:01] A: Doorgestuurd:\nGeachte collega's,\nIs de nota klaar?\n"
            "Met vriendelijke groet,\nAnna\n[2-4-2024 09:05] B: Ja.\n[2-4-2024 09:07] A: Dank.\n")
    assert (describe(text).doc_type, describe(text).doc_kind) == ("overig", "overig")


def test_a_page_that_names_a_chat_with_few_time_stamps_is_no_chat():
    text = "Chat met de gemeente\n\nOp werkdagen van 9:00 tot 17:00.\nLaatst gewijzigd 4-3-2024 16:52\n\n" + PROSE
    assert not m.is_chat(ev(text))


def test_an_outlook_calendar_item_is_an_email_without_a_date():
    text = ("Kuipers, Henk\n\nOnderwerp: Voorbereiding overleg\nLocatie: Provinciehuis\n\nBegin: do 14-3-2024 10:00\n"
            "Einde: do 14-3-2024 11:30\nWeergeven als: Bezet\n\nTerugkeerpatroon: (geen)\n\n"
            "Vereiste deelnemers: Kuipers, Henk; Mol, Jeroen\n\nAgenda\n1. Stand van zaken\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "email", None)
    # Its agenda's dates are the meeting's and earlier meetings': none of them is the item's.
    agenda = text + "2. Verslag overleg 4 november 2024\n3. Rondvraag\n\nDe stukken volgen uiterlijk 27 januari 2025.\n"
    assert describe(agenda).doc_date is None


def test_a_two_digit_year_is_read_in_its_own_century():
    assert m.printed_mail_date(ev("Jan Bakker/NOORD/RWS\n31-12-99 23:59\nAan: Piet/NOORD/RWS@RWS\n\n" + PROSE)
                               ).value == "1999-12-31"


DRAFT = ("Gemeente Hardenberg | Woo-besluit Z-2024-08812 | document 22\n\n{fields}\n\nHoi Ineke,\n"
         "Hieronder mijn eerste opzet voor de beantwoording van de vragen van 4 juni 2024. " + PROSE + "\nGroet,\nPieter\n")


@pytest.mark.parametrize(
    ("fields", "unsent"),
    [
        # An e-mail never sent: the mail program's fields, the sender's first, and no sent line.
        ("Van: Pieter Smit\nAan: Ineke Vos\nCC: team Sport\nOnderwerp: concept reactie raadsvragen zwembad", True),
        # Near misses: a memo names the addressee first; a sent line makes a sent e-mail (read by its header); a
        # date among the fields is a form's (written questions 'Ingediend' on a day); a memo's name over them.
        ("Aan: Ineke Vos\nVan: Pieter Smit\nOnderwerp: concept reactie raadsvragen zwembad", False),
        ("Van: Pieter Smit\nVerzonden: dinsdag 11 juni 2024 09:14\nAan: Ineke Vos\nOnderwerp: reactie", False),
        ("Van: Pieter Smit\nAan: het college\nIngediend: 9 september 2024\nOnderwerp: verkeersveiligheid", False),
        ("MEMO\nVan: Pieter Smit\nAan: Ineke Vos\nOnderwerp: concept reactie raadsvragen zwembad", False),
    ],
)
def test_a_drafts_mail_fields_without_a_sent_line_make_an_unsent_email(fields, unsent):
    assert m.is_unsent_mail(ev(DRAFT.format(fields=fields))) is unsent


def test_an_unsent_email_is_an_email_without_a_date():
    info = describe(DRAFT.format(fields="Van: Pieter Smit\nAan: Ineke Vos\nOnderwerp: concept reactie zwembad"))
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "email", None)


# Labelled headers (Outlook's Van/Verzonden/Aan, a forward marker): what makes a document an e-mail.
CHAIN = (
    "Van: Jansen, Petra <p.jansen@example.nl>\nVerzonden: donderdag 14 maart 2024 10:02\nAan: Bakker, Kees\n"
    "Onderwerp: RE: podium\n\nBeste Kees,\n\n" + PROSE + "\n\nPetra\n\n"
    "From: Kees Bakker\nSent: Wednesday, March 13, 2024 4:41 PM\nTo: Petra Jansen\nSubject: podium\n\nHoi Petra,\n"
)


def test_memo_with_van_aan_datum_is_no_email():
    memo = "Van: Afdeling Jeugd\nDatum: 3 mei 2024\nAan: College van B en W\nOnderwerp: subsidie\n\n" + PROSE
    assert not m.is_email(ev(memo))


@pytest.mark.parametrize("order", [("Van", "Datum", "Aan", "Onderwerp"), ("Datum", "Aan", "Van", "Onderwerp")])
def test_memo_with_a_dotted_date_is_no_email(order):
    values = {"Van": "Team Jeugd", "Datum": "21.11.2024", "Aan": "Het college", "Onderwerp": "Stand van zaken"}
    assert not m.is_email(ev("".join(f"{label}: {values[label]}\n" for label in order) + "\n" + PROSE + "\n"))


def test_forward_marker_opens_an_email():
    assert m.is_email(ev("-----Oorspronkelijk bericht-----\nVan: Jan\nAan: Piet\n\n" + PROSE))


def test_each_header_of_a_chain_is_found_in_order():
    headers = m.mail_headers(ev(CHAIN))
    assert [h.label for h in headers] == ["Verzonden", "Sent"]
