"""The word lists of the link rules (``resources/amounts/linking.json``), compiled once.

Verbs of receiving and granting, prepositions, articles and the gap limits
that the link rules read (``pipeline.link.amounts``, ``.clauses``, ``.rows``); each list is compiled to the regex its
rule uses here, in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.phrases import alternation, phrase_regex
from pipeline.resource_files import AmountsLinkingFile


@dataclass(frozen=True)
class LinkWords:
    receive_verbs: re.Pattern
    receive_auxiliary: re.Pattern
    receive_participle: re.Pattern
    # 'heeft € Y extra ingelegd': the participle of paying after the amount.
    pay_participle: re.Pattern
    grant_auxiliary: re.Pattern
    grant_verb_before: re.Pattern
    to_prepositions: re.Pattern
    municipality_articles: str
    group_joiners: tuple[str, ...]
    receive_gap_max_words: int
    list_markers_max_words: int
    inverted_verb_before: re.Pattern
    final_verb_after: re.Pattern
    final_pay_verb_after: re.Pattern
    subordinator_before: re.Pattern
    contribute_verbs: re.Pattern
    contribute_particle_after: re.Pattern
    # 'Daarnaast legt (de gemeente) X zelf € Y bij': the verb before its subject.
    contribute_verb_before: re.Pattern
    # Between a clause and the gapped one after it, at the end of what follows the first amount:
    # 'X droeg € 1 bij, (aan) (de gemeente) Y € 2'; a semicolon joins as a comma does ('X ontvangt € 1; Y € 2').
    gapped_join: re.Pattern
    # 'De regiogemeenten betalen: X € 1, Y € 2': the verb before a colon that opens a list.
    list_verb: re.Pattern
    # 'De gemeente X betaalt (een bijdrage van) € Y': X pays, no particle.
    pay_verbs: re.Pattern
    # 'Aan de gemeente X kennen wij € Y toe': a finite verb of granting and its subject after X.
    grant_verb_after: re.Pattern
    distribute_word_before: re.Pattern
    distribute_word_after: re.Pattern
    distribute_verbs: re.Pattern
    row_max_words: int
    ask_verbs: re.Pattern
    on_behalf_before: re.Pattern
    # (finite verb, particle after the amount): 'trekt … uit', 'stelt … beschikbaar'.
    separable_verbs: tuple[tuple[re.Pattern, re.Pattern], ...]
    separable_gap_max_words: int
    verb_last_gap_max_words: int
    object_joiner_before: re.Pattern
    # 'aan X een subsidie te verlenen van € Y', 'aan X € Y toe te kennen'.
    grant_infinitive: re.Pattern
    # 'Voor (de gemeente) X is € Y gereserveerd': the preposition before X, the participle after Y.
    reserve_before: re.Pattern
    reserve_participle_after: re.Pattern
    # 'Voor (de grootste gemeente,) X(,) gaat het om € Y': between name and amount.
    concerns: re.Pattern
    # 'De aanvraag van (de gemeente) X (van) € Y': before the name.
    request_before: re.Pattern
    # 'Een stichting in (de gemeente) X': a place, not the subject of the clause.
    locative_before: re.Pattern
    # 'In 2022 heeft de gemeente X € Y ontvangen': the auxiliary before its subject.
    inverted_auxiliary_before: re.Pattern
    # 'De gemeente X wordt € Y toegekend': the passive with X as indirect object.
    passive_auxiliary: re.Pattern
    grant_participle_after: re.Pattern
    # 'aan X (is) een specifieke uitkering verleend van € Y': the participle before the amount.
    grant_participle_before_amount: re.Pattern
    # 'Subsidieontvanger: Gemeente Oss' at the start of a line of a field block.
    recipient_field: re.Pattern
    field_block_max_lines: int
    # More words than this before a name in its row label: the name is part of a description.
    row_label_lead_max_words: int
    # 'De subsidie gaat naar de gemeente waarin het project ligt': a sentence beside a project
    # table that makes the municipality of its location column the receiver.
    location_receiver: re.Pattern
    # 'een subsidie van f 185.000,-- (€ 83.949,34)': a figure in another currency, its euro value
    # in the brackets that follow (matched against the text right before the euro figure).
    restated_before: re.Pattern
    # 'de bijdrage van (de gemeente) X', and 'die van X' after such a noun in the sentence.
    share_of: re.Pattern
    share_noun: re.Pattern
    # 'De provincie steunt (de gemeente) X met (een bijdrage van) € Y': before the name, between.
    support_before: re.Pattern
    support_between: re.Pattern
    # 'X ontvangt € 2.500 per plek, in totaal € 1.050.000', '€ 314.000, dat is € 78.500 per jaar'.
    restating_join: re.Pattern
    # 'De gemeente X huurt ... en betaalt (daarvoor) € Y': X's second verb, of paying, after 'en';
    # a subordinator or relative pronoun in the first part brings a subject of its own.
    shared_pay: re.Pattern
    shared_contribute: re.Pattern
    other_subject: re.Pattern
    # 'X en Y vallen in de prijzen: zij ontvangen elk € Z': a clause, a colon, the pronoun.
    group_pronoun_after_colon: re.Pattern
    # '€ Y (uit de rijksmiddelen), die (de gemeente) X ... ontving': before the name.
    relative_before: re.Pattern
    # 'Algemene uitkering gemeentefonds', 'Decentralisatie-uitkeringen', 'Specifieke uitkering':
    # a row of money another body gives the municipality whose document it is.
    received_money_row: re.Pattern
    received_money_label_header: re.Pattern
    passed_on_row: re.Pattern
    findings_column: re.Pattern
    # 'Cofinanciering regio': a column of money many parties bring in together.
    shared_money_column: re.Pattern
    # 'moet (de gemeente) X € Y terugbetalen': the modal right before the name, the infinitive
    # of receiving or paying right after the amount.
    inverted_modal_before: re.Pattern
    final_infinitive_after: re.Pattern
    # 'haar (plustaken)bijdrage daalt daardoor met ': the possessive and its money noun, then the
    # rest of the clause up to the amount.
    possessive_money_before: re.Pattern
    # 'Mandaatgemeente', 'Penvoerder' opening a column's header cell.
    receiver_column: re.Pattern
    # 'Project', 'Maatregel' as the whole header cell of a column.
    project_column: re.Pattern
    # 'Aandeel ' opening a column header that then names the party whose share it is.
    share_column: re.Pattern


@lru_cache(maxsize=1)
def link_words() -> LinkWords:
    """The linking word lists of ``resources/amounts/linking.json``, checked once per process."""
    data = load_file(AmountsLinkingFile)
    limits = (
        "receive_gap_max_words",
        "list_markers_max_words",
        "row_max_words",
        "separable_gap_max_words",
        "verb_last_gap_max_words",
        "field_block_max_lines",
        "row_label_lead_max_words",
    )
    if not all(0 < getattr(data, k) <= 30 for k in limits):
        raise ValueError("linking.json: word limits must be small positive numbers")
    if not all(len(v.split()) == 2 for v in data.separable_verbs):
        raise ValueError("linking.json: separable_verbs are 'verb particle' pairs")
    return LinkWords(
        receive_verbs=re.compile(alternation(data.receive_verbs), re.IGNORECASE),
        receive_auxiliary=re.compile(alternation(data.receive_auxiliaries), re.IGNORECASE),
        receive_participle=re.compile(
            r"\s+(?:[^\W\d_]+\s+){0,2}?" + alternation(data.receive_participles), re.IGNORECASE
        ),
        pay_participle=re.compile(
            r"\s+(?:[^\W\d_]+\s+){0,2}?" + alternation(data.pay_participles) + r"(?![\w])", re.IGNORECASE
        ),
        grant_verb_before=re.compile(
            alternation(data.grant_verbs)
            # the subject after the verb in a decision's inversion: 'Hierbij ken ik de gemeente X'
            + r"(?:\s+" + alternation(data.grant_subject_pronouns) + r")?"
            + r"\s+(?:aan\s+)?(?:"
            + alternation(data.municipality_articles)
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        # 'Voor X is voor 2025 tot en met 2027 € Y gereserveerd': the years the money is for, besides the words.
        grant_auxiliary=re.compile(
            r"\s+" + alternation(data.grant_auxiliaries) + r"(?:\s+(?:voor|in|over)\s+(?:de\s+jaren\s+)?"
            r"(?:19|20)\d{2}(?:\s*(?:-|\u2013|t/m|tot\s+en\s+met)\s*(?:19|20)\d{2})?)?(?:\s+[^\W\d_]+){0,3}?\s+$",
            re.IGNORECASE,
        ),
        # '€ Y (is) (bestemd) voor (de gemeente) X'.
        to_prepositions=re.compile(
            r"\s*(?:"
            + alternation(data.grant_auxiliaries)
            + r"\s+|"
            # A perfect's auxiliary only before its participle: 'heeft gereserveerd voor', no 'heeft voor'.
            + alternation(data.to_perfect_auxiliaries)
            + r"\s+(?=" + alternation(data.to_gap_words) + r"\s))?(?:"
            + alternation(data.to_gap_words)
            + r"\s+)?"
            + alternation(data.to_prepositions)
            + r"\s+(?:"
            + alternation(data.municipality_articles)
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        municipality_articles=alternation(data.municipality_articles),
        group_joiners=tuple(data.group_joiners),
        receive_gap_max_words=data.receive_gap_max_words,
        list_markers_max_words=data.list_markers_max_words,
        inverted_verb_before=re.compile(
            alternation(data.inverted_receive_verbs)
            + r"\s+(?:"
            + alternation(data.municipality_articles)
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        final_verb_after=re.compile(
            r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?" + alternation(data.final_receive_verbs),
            re.IGNORECASE,
        ),
        final_pay_verb_after=re.compile(
            r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?" + alternation(data.final_pay_verbs),
            re.IGNORECASE,
        ),
        subordinator_before=re.compile(
            alternation(data.subordinators)
            + r"\s+(?:"
            + alternation(data.municipality_articles)
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        contribute_verbs=re.compile(alternation(data.contribute_verbs), re.IGNORECASE),
        contribute_verb_before=re.compile(
            r"(?<![\w])" + alternation(data.contribute_verbs) + r"\s+(?:"
            + alternation(data.municipality_articles) + r"\s+)?$", re.IGNORECASE),
        contribute_particle_after=re.compile(
            r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?" + alternation(data.contribute_particles),
            re.IGNORECASE,
        ),
        gapped_join=re.compile(
            r"(?:[ \t]+" + alternation([*data.gap_tails, *data.reserve_participles])
            + r")?\s*(?:[,;]|,?\s*en)\s+(?:(?:aan|voor)\s+)?(?:"
            + alternation(data.municipality_articles) + r"\s+)?$",
            re.IGNORECASE,
        ),
        pay_verbs=re.compile(alternation(data.pay_verbs) + r"(?![\w])", re.IGNORECASE),
        # A relative clause on X before the verb ('Aan X, dat € A aanvroeg voor ..., kennen wij € B toe'),
        # the purpose after its subject ('Aan X kennen wij voor de herinrichting van de Brink € Y toe').
        grant_verb_after=re.compile(
            r"(?:\s*,\s*(?:dat|die)\s(?:[^,;:!?()\n]|,(?=\d)){1,100},)?"
            r"\s+" + alternation(data.grant_verbs) + r"(?:\s+[^\W\d_]+){0,3}?"
            r"(?:\s+voor\s+[^.,;:!?()\n€\d]{1,100}?)?\s+$", re.IGNORECASE
        ),
        distribute_word_before=re.compile(
            alternation(data.distribute_words) + r"\s+$", re.IGNORECASE
        ),
        # Not 'elk jaar' after the amount: that is a period, not a distribution.
        distribute_word_after=re.compile(
            r"\s+" + alternation(data.distribute_words) + r"(?!\s+[^\W\d_])", re.IGNORECASE
        ),
        distribute_verbs=re.compile(alternation(data.distribute_verbs), re.IGNORECASE),
        row_max_words=data.row_max_words,
        ask_verbs=re.compile(alternation(data.ask_verbs), re.IGNORECASE),
        # 'mede namens' names co-applicants, not the applicant.
        on_behalf_before=re.compile(
            r"(?<!mede )"
            + alternation(data.on_behalf_openers)
            + r"\s+(?:"
            + alternation(data.municipality_articles)
            + r"\s+)?$",
            re.IGNORECASE,
        ),
        separable_verbs=tuple(
            (
                re.compile(phrase_regex(verb), re.IGNORECASE),
                # A word of the object may be hyphenated ('het project Kansrijke Start Zeeuws-Vlaanderen af').
                re.compile(r"[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,6}?" + phrase_regex(particle), re.IGNORECASE),
            )
            for verb, particle in (v.split() for v in data.separable_verbs)
        ),
        separable_gap_max_words=data.separable_gap_max_words,
        verb_last_gap_max_words=data.verb_last_gap_max_words,
        object_joiner_before=re.compile(
            r"\s+" + alternation(data.object_joiners) + r"\s+$", re.IGNORECASE
        ),
        grant_infinitive=re.compile(alternation(data.grant_infinitives), re.IGNORECASE),
        # 'Voor de gemeente X', 'Voor de grootste gemeente, X' (an apposition), 'Voor een kleine gemeente als X'.
        reserve_before=re.compile(
            r"(?<![\w])" + alternation(data.reserve_prepositions) + r"\s+(?:"
            + alternation(data.municipality_articles)
            + r"\s+|de\s+[^\W\d_]+\s+gemeente\s*,\s*|een\s+(?:[^\W\d_]+\s+)?gemeente\s+als\s+)?$",
            re.IGNORECASE,
        ),
        list_verb=re.compile(r"(?<![\w])" + alternation(data.list_verbs) + r"(?![\w])", re.IGNORECASE),
        # 'Voor X, de grootste deelnemer, stijgt de bijdrage met': an apposition may follow the name.
        concerns=re.compile(r"\s*(?:,[ \t]*(?:de|het)(?:[ \t]+[^\W\d_]+){1,3}[ \t]*)?,?\s+"
                            + alternation(data.concern_phrases) + r"\s+$", re.IGNORECASE),
        request_before=re.compile(
            # 'het deel van de gemeente X van € Y' that a penvoerder passes on: X's, as a request.
            r"(?<![\w])" + alternation([*data.request_nouns, *data.share_with_amount_nouns]) + r"\s+van\s+(?:"
            + alternation(data.municipality_articles) + r"\s+)?$",
            re.IGNORECASE,
        ),
        reserve_participle_after=re.compile(
            r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?" + alternation(data.reserve_participles) + r"(?![\w])",
            re.IGNORECASE,
        ),
        inverted_auxiliary_before=re.compile(
            alternation(data.receive_auxiliaries) + r"\s+(?:"
            + alternation(data.municipality_articles) + r"\s+)?$",
            re.IGNORECASE,
        ),
        passive_auxiliary=re.compile(alternation(data.passive_auxiliaries), re.IGNORECASE),
        grant_participle_after=re.compile(
            r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?" + alternation(data.grant_participles) + r"(?![\w])(?!\s+aan\b)",
            re.IGNORECASE,
        ),
        grant_participle_before_amount=re.compile(
            r"[ \t]+(?:" + alternation(data.passive_auxiliaries) + r"[ \t]+)?(?:een|de|het)[ \t]+(?:[^\W\d_]+[ \t]+)?"
            + alternation(amount_words().money_nouns) + r"[ \t]+" + alternation(data.grant_participles)
            + r"[ \t]+van[ \t]+(?:(?:maximaal|ten[ \t]+hoogste)[ \t]+)?", re.IGNORECASE),
        recipient_field=re.compile(
            r"[ \t]*" + alternation(data.recipient_field_labels) + r"[ \t]*(?::|\t|\|| {2,}| (?=\S))",
            re.IGNORECASE,
        ),
        field_block_max_lines=data.field_block_max_lines,
        row_label_lead_max_words=data.row_label_lead_max_words,
        locative_before=re.compile(
            r"(?<![\w])" + alternation(data.locative_prepositions) + r"\s+(?:"
            + alternation(data.municipality_articles) + r"\s+)?$",
            re.IGNORECASE,
        ),
        location_receiver=re.compile(
            r"(?<![\w])" + alternation(data.location_receiver_verbs) + r"\s+(?:de\s+)?gemeenten?\s*,?\s+"
            + alternation(data.location_relatives) + r"(?![\w])",
            re.IGNORECASE,
        ),
        restated_before=re.compile(
            r"(?<![\w])" + alternation(data.restated_currency_signs) + r"[ \t]*\d[\d.]*"
            r"(?:,(?:\d{1,2}|-{1,2}|—))?,?(?:[ \t]+(?:miljoen|mln\.?|miljard|mld\.?))?[ \t]*\([ \t]*$",
            re.IGNORECASE),
        share_of=re.compile(
            # 'De bydrage fan de gemeente Ljouwert': a Frisian paragraph is read as its Dutch equivalent.
            r"(?<![\w])(?P<noun>" + alternation(data.share_nouns) + r"|die|dat)\s+[vf]an\s+(?:"
            + alternation(data.municipality_articles) + r"\s+)?$", re.IGNORECASE),
        share_noun=re.compile(r"(?<![\w])" + alternation(data.share_nouns) + r"\s+van(?![\w])", re.IGNORECASE),
        support_before=re.compile(
            r"(?<![\w])" + alternation(data.support_verbs) + r"\s+(?:"
            + alternation(data.municipality_articles) + r"\s+)?$",
            re.IGNORECASE,
        ),
        support_between=re.compile(
            r"\s+" + alternation(data.support_prepositions) + r"\s+(?:een\s+[^\W\d_]+\s+(?:van|fan)\s+)?",
            re.IGNORECASE,
        ),
        shared_pay=re.compile(
            rf"[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{1,{data.shared_subject_max_words}}}?en[ \t]+"
            + alternation(data.pay_verbs) + r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+",
            re.IGNORECASE,
        ),
        # '... en draagt daar € Y aan bij': a second verb of contributing, its particle after the amount; the
        # first clause may quote a name ('doet mee aan de campagne 'Lezen loont' en draagt').
        shared_contribute=re.compile(
            rf"[ \t]+(?:['‘’\"“”]?[^\W\d_][\w'‘’\"“”-]*[ \t]+){{1,{data.shared_subject_max_words}}}?en[ \t]+"
            + alternation(data.contribute_verbs) + r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+",
            re.IGNORECASE,
        ),
        other_subject=re.compile(
            r"(?<![\w])" + alternation([*data.subordinators, *data.relative_pronouns]) + r"(?![\w])", re.IGNORECASE
        ),
        group_pronoun_after_colon=re.compile(
            r"[^.;!?\n€]*:[ \t]*" + alternation(data.group_pronouns) + r"(?![\w])", re.IGNORECASE
        ),
        # The amount may close a bracket the clause then refers past: '(€ 3.406.000) die X ... ontvangt'.
        relative_before=re.compile(
            r"[ \t]*[,)][ \t]*" + alternation(data.relative_pronouns) + r"[ \t]+(?:"
            + alternation(data.municipality_articles) + r"[ \t]+)?$",
            re.IGNORECASE,
        ),
        restating_join=re.compile(r"[ \t]*,[ \t]*" + alternation(data.restating_joiners) + r"[ \t]+", re.IGNORECASE),
        received_money_row=re.compile(
            alternation(data.received_money_rows), re.IGNORECASE),
        findings_column=re.compile(alternation(data.findings_columns), re.IGNORECASE),
        # 'Af: bijdrage provincie Utrecht' in an investment plan nets a contribution received: not passed on.
        passed_on_row=re.compile(r"\s*(?!" + alternation(data.deducted_received_rows) + r")"
                                 + alternation(data.passed_on_row_openers) + r"(?![\w])", re.IGNORECASE),
        received_money_label_header=re.compile(
            alternation([*data.received_money_rows, *data.received_money_label_headers]), re.IGNORECASE),
        shared_money_column=re.compile(alternation(data.shared_money_columns), re.IGNORECASE),
        inverted_modal_before=re.compile(
            alternation(data.inverted_modals) + r"\s+(?:" + alternation(data.municipality_articles) + r"\s+)?$",
            re.IGNORECASE),
        final_infinitive_after=re.compile(r"[ \t]+" + alternation(data.final_infinitives), re.IGNORECASE),
        possessive_money_before=re.compile(
            r"(?<![\w])(?:haar|zijn)\s+(?:[^\W\d_]+e\s+)?[^\W\d_]*(?:" + "|".join(map(re.escape, data.possessive_money))
            + r")(?![\w])(?P<rest>[^.,;:!?\n()€\d]*)$", re.IGNORECASE),
        receiver_column=re.compile(r"\s*" + alternation(data.receiver_column_labels), re.IGNORECASE),
        project_column=re.compile(r"\s*" + alternation(data.project_column_labels) + r"\s*", re.IGNORECASE),
        share_column=re.compile(alternation(data.share_column_words) + r"\s+", re.IGNORECASE),
    )
