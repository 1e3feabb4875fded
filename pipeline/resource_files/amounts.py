"""The amount rules' files: ``resources/amounts/*.json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class AmountsContextFile:
    """``resources/amounts/context.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "context.json"
    money_nouns: list[str]
    noun_links: list[str]
    money_verbs: list[str]
    money_context: list[str]
    ton_not_money_after: list[str]
    redaction_markers: list[str]
    redaction_block_chars: list[str]
    # A redaction right before a verb of granting stands where the sum granted stood
    # ('de gemeente X █ toe te kennen').
    redaction_grants_after: list[str]
    redaction_asked_or_received_before: list[str]
    # Adverbs between a verb of money and a redaction that stands for the sum ('bedraagt daarmee █').
    redaction_verb_adverbs: list[str]
    total_before: list[str]
    total_after: list[str]
    total_not: list[str]
    purpose_markers: list[str]
    vague_before: list[str]
    change_verbs: list[str]
    purpose_gap_words: list[str]
    purpose_stop_words: list[str]
    # A shortfall of things, not money, when 'aan' and a noun follow ('3 miljoen tekort aan woningen').
    shortfall_of_things_words: list[str]
    scaled_follow_words: list[str]
    # Bodies that give money, after 'van' behind a figure without currency ('twee ton van de provincie').
    givers: list[str]
    restatement_words: list[str]
    # 'Zonder die 12,4 miljoen': a demonstrative pointing back to the figure written with '€' before.
    back_pointers: list[str]


@dataclass(frozen=True)
class AmountsCurrenciesFile:
    """``resources/amounts/currencies.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "currencies.json"
    symbols: dict[str, Any]
    words: dict[str, Any]
    scaled_symbols: dict[str, Any]


@dataclass(frozen=True)
class AmountsLinkingFile:
    """``resources/amounts/linking.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "linking.json"
    receive_verbs: list[str]
    receive_auxiliaries: list[str]
    receive_participles: list[str]
    # 'Kerkrade heeft in 2024 € 30.000 extra ingelegd': the perfect of paying, the participle after the amount.
    pay_participles: list[str]
    grant_auxiliaries: list[str]
    # A project's deficit or costs named after 'uw aanvraag': a measure of the project, no grant.
    project_measures: list[str]
    # 'Dat geld ging naar de gemeente X': the next sentence names who got the amount before it.
    money_pointed_forward: list[str]
    # The subject after an inverted grant verb: 'Hierbij ken ik de gemeente X ... toe', 'In 2020 kende het Rijk de
    # gemeente X € Y toe'.
    grant_subject_pronouns: list[str]
    grant_verbs: list[str]
    receive_gap_max_words: int
    to_prepositions: list[str]
    to_gap_words: list[str]
    # 'dat de provincie € Y heeft gereserveerd voor de gemeente X': the perfect's auxiliary before a participle.
    to_perfect_auxiliaries: list[str]
    municipality_articles: list[str]
    group_joiners: list[str]
    list_markers_max_words: int
    # Verbs before their subject, the amount after: 'Zo krijgt X € Y'; 'Het vervoer kost de gemeente X € Y' (X pays).
    inverted_receive_verbs: list[str]
    # The finite part of a separable verb of spending ('trekt ... uit'): in its own document, its own money.
    own_spending_verbs: list[str]
    final_receive_verbs: list[str]
    final_pay_verbs: list[str]
    subordinators: list[str]
    contribute_verbs: list[str]
    # The same verbs after two bodies that give together ('Het Rijk en de provincie dragen samen € Y bij').
    contribute_verbs_plural: list[str]
    contribute_particles: list[str]
    # 'De gemeente X heeft toegezegd € Y bij te dragen': the subject's promise, the infinitive of paying after.
    promise_participles: list[str]
    pay_infinitives: list[str]
    gap_tails: list[str]
    pay_verbs: list[str]
    distribute_words: list[str]
    distribute_verbs: list[str]
    row_max_words: int
    ask_verbs: list[str]
    on_behalf_openers: list[str]
    separable_verbs: list[str]
    separable_gap_max_words: int
    verb_last_gap_max_words: int
    object_joiners: list[str]
    grant_infinitives: list[str]
    reserve_prepositions: list[str]
    reserve_participles: list[str]
    concern_phrases: list[str]
    # What a municipality asks for: 'De aanvraag van X van € Y'.
    request_nouns: list[str]
    # A share passed on by a penvoerder: 'het deel van X van € Y'.
    share_with_amount_nouns: list[str]
    # Verbs before a colon that opens a list of municipalities with their amounts.
    list_verbs: list[str]
    locative_prepositions: list[str]
    # A part of a town before its name ('Binnenstad Heerlen', 'centrum Venlo'): a place in the municipality.
    town_parts: list[str]
    # A trip's or stay's cost before a name: where it went ('Treinreis Den Haag | 46,20').
    travel_costs: list[str]
    # A partner the row's cost is shared with ('Inhuur erfcoach (gedeeld met Lochem) | 60.000'): not its payer.
    shared_with: list[str]
    # A company's legal form in a row's cell ('Van Kessel Wegenbouw B.V., Vlijmen'): the row is the company's.
    company_legal_forms: list[str]
    passive_auxiliaries: list[str]
    grant_participles: list[str]
    recipient_field_labels: list[str]
    field_block_max_lines: int
    row_label_lead_max_words: int
    # 'De subsidie gaat naar de gemeente waarin het project ligt': the location column names the
    # receiver.
    location_receiver_verbs: list[str]
    location_relatives: list[str]
    # 'Tegemoetkomingen aan particulieren, bedrijven en verenigingen' over a table: its money goes to
    # them, and its municipality column only says where (pipeline.link.located).
    located_receivers: list[str]
    # 'Gebied | Regulier onderhoud': a table of the writer's money by area, its names places.
    area_column_labels: list[str]
    # 'Woonstichting Achterhoekse Erven investeert ...' over a table per municipality: a housing
    # corporation's own spending in them (pipeline.link.located).
    corporation_words: list[str]
    # 'de bijdrage van Kerkrade stijgt met € 98.200': what a member pays into a joint body.
    share_nouns: list[str]
    # 'f 185.000,-- (€ 83.949,34)': the sign of a figure whose euro value follows in brackets.
    restated_currency_signs: list[str]
    # 'De provincie steunt (de gemeente) X met € Y': X is helped with the money.
    support_verbs: list[str]
    support_prepositions: list[str]
    # 'X ontvangt € 2.500 per plek, in totaal € 1.050.000': the same money again in another form.
    restating_joiners: list[str]
    # 'Vorig jaar was dat nog € Y': the period of the same money again, right after it.
    other_periods: list[str]
    # 'De gemeente X huurt ... en betaalt daarvoor € Y': one subject, two verbs; words at most.
    shared_subject_max_words: int
    # 'Ook X en Y vallen in de prijzen: zij ontvangen elk € Z': the names before the colon.
    group_pronouns: list[str]
    # '€ Y ..., die de gemeente X ontving': the amount's relative clause names its receiver.
    relative_pronouns: list[str]
    # 'De uitkering, die X van het Rijk ontvangt, is geraamd op € Y': the main clause's predicate
    # between the subject's relative clause and its amount.
    relative_subject_predicates: list[str]
    # 'Van de provincie ontvangen wij € Y', 'wij rekenen op (een bijdrage van) € Y': the writing
    # municipality receives, in its own document.
    # 'De provincie Fryslân draagt € Y bij' in a municipality's own proposal: a body that gives it money.
    own_givers: list[str]
    # 'Ook het waterschap betaalt mee: € Y', '... met de provincie, die € Y bijdraagt': such a body's
    # contribution before a colon, and the verb last in its relative clause.
    own_giver_phrases: list[str]
    own_giver_final_verbs: list[str]
    own_subjects: list[str]
    own_receive_verbs: list[str]
    # '(een bijdrage van) € Y die de stichting ons betaalt': a relative clause after the amount gives it to us.
    own_paid_relative_verbs: list[str]
    # 'De specifieke uitkering sport levert (naar verwachting) € Y op': what a grant brings in, 'op' after the amount.
    own_yield_verbs: list[str]
    # 'De provincie verstrekt ons een lening van € Y': another body gives the writing municipality.
    # 'De provincie heeft ons (op 12 augustus) een bijdrage van € Y toegekend': the perfect, its
    # participle of granting after the amount.
    own_granted_perfect: list[str]
    own_granted_phrases: list[str]
    # 'De commissie heeft aangeboden ons een afkoopsom te betalen van € Y': the infinitive of paying 'ons'.
    own_paid_infinitives: list[str]
    own_expect_verbs: list[str]
    # 'Wij krijgen te maken met een tekort van € Y': a cost, not money given.
    own_receive_blockers: list[str]
    income_nouns: list[str]
    # A financing table of its own document ('Dekking | Bedrag'): the rows of money another body
    # gives it ('Subsidie provincie Fryslân | € 750.000', 'Rijksbijdrage SPUK | € 1.020.000').
    income_table_headers: list[str]
    income_row_labels: list[str]
    # 'Reserve binnenstad Sneek', 'Onttrekking reserve': a row of the municipality's own means there,
    # whatever place its name holds.
    own_means_rows: list[str]
    # 'Verschil' beside 'Bijdrage 2025 | Bijdrage 2026': the change of the same money.
    difference_columns: list[str]
    # 'Reserve kapitaallasten MFC Winschoten' in the writer's own table: its reserve, named after a place.
    own_reserve_rows: list[str]
    # A grant letter's table row that is the grant itself: 'Subsidie (40%)', 'Voorschot 2025', 'Terug te betalen'.
    grant_row_labels: list[str]
    # A ruling's order on the costs of the case ('veroordeelt verweerder in de proceskosten'), and the roles
    # its parties are named by after their names ('het college van ... Purmerend, verweerder').
    court_cost_nouns: list[str]
    # 'De gemeente Venlo moet de ondernemer € 214.000 betalen': a modal after the payer, the verb of paying last
    # ('De gemeente Tiel is ... € 210.000 kwijt aan wachtgeld').
    must_pay_modals: list[str]
    must_pay_adverbs: list[str]
    must_pay_verbs: list[str]
    # 'Utrecht verhoogt de vergoeding van € 160 naar € 225': the rate it pays or charges, before and after.
    raise_verbs: list[str]
    # 'Wij adviseren het college aan aanvrager een nadeelcompensatie toe te kennen van € 15.830'.
    compensation_words: list[str]
    # 'de algemene reserve van Boxmeer bedroeg € 18,4 miljoen': a named municipality's reserve.
    reserve_nouns: list[str]
    # 'dwangsom', 'boete': money a body imposes, forfeited by or collected from the one it binds.
    penalty_nouns: list[str]
    court_party_roles: list[str]
    # 'Dit bedrag is als volgt opgebouwd:' before the table of a grant's parts.
    breakdown_openers: list[str]
    # 'Van dit bedrag is € 38.000 bestemd voor ...': a part of the amount before, set aside for a purpose.
    earmarked_part_openers: list[str]
    earmarked_verbs: list[str]
    # Who gets an earmarked part as a third party ('bestemd voor de Stichting ...'), no purpose of the receiver.
    third_party_nouns: list[str]
    # Row labels (or the label column's header) of money the Rijk or the province gives a
    # municipality: 'Algemene uitkering gemeentefonds', 'Specifieke uitkering'.
    received_money_rows: list[str]
    # 'Af: doorzetten taakmutatie jeugd': a row of such money the municipality passes on or spends.
    passed_on_row_openers: list[str]
    # 'De eerste termijn van € 425.000 betaalt Wageningen': the amount fronted, the verb and its subject after it.
    fronted_amount_verbs: list[str]
    # 'Af: bijdrage provincie Utrecht': a contribution received, taken off the gross investment; not passed on.
    deducted_received_rows: list[str]
    # An auditor's columns of what it found wrong in such a row ('Geconstateerde fout', 'Onzekerheid'):
    # findings about the money, no money given.
    findings_columns: list[str]
    # The header of a label column whose rows are the grant regulations (a SiSa table's ``Regeling``).
    received_money_label_headers: list[str]
    # The header of a label column whose rows are the participants sharing the money ('Deelnemer').
    participant_label_headers: list[str]
    # Column labels of what the municipality of a project's row pays towards it: 'Bijdrage gemeente'
    # (pipeline.link.contribution_column).
    municipal_contribution_columns: list[str]
    # Column labels of money a region's parties bring in together: 'Cofinanciering regio'.
    shared_money_columns: list[str]
    # 'Voor de GALA-middelen moet X € Y terugbetalen': a modal before the name, an infinitive after.
    inverted_modals: list[str]
    final_infinitives: list[str]
    # 'haar plustakenbijdrage daalt met € Y': money of the municipality the sentence opens with
    # (also as the end of a compound).
    possessive_money: list[str]
    # Column headers that make a municipality in the column the row's receiver, not a place:
    # 'Mandaatgemeente', 'Penvoerder'.
    receiver_column_labels: list[str]
    # 'Project', 'Maatregel' heading the column of row labels: a name in such a label is the project's place.
    project_column_labels: list[str]
    # 'Aandeel Hof van Twente (€)': a column header of one party's share, the party named after the word.
    share_column_words: list[str]
    # A rekenkamer's or an accountant's report on one municipality (``Rekenkamer Enschede``): a third
    # party's document, whose budget and realisation columns are that municipality's money, except
    # rows of subsidies to organisations.
    # 'De stichting betaalt ons jaarlijks € 22.000 huur': rent and the like are the municipality's
    # own income, no money another body gives it.
    own_income_nouns_after: list[str]
    # 'Algemene reserve ex-Haren | Stand 1-1-2019': what a merged-away municipality brought into its
    # successor, in the opening balance only.
    merged_away_prefixes: list[str]
    opening_balance_columns: list[str]
    # 'Voor X betekent het voorstel een teruggave van € Y', 'zou voor X een verhoging met € Y
    # betekenen', 'Voor X daalt de uitkering met € Y': what a proposal or a change comes to for X.
    outcome_verbs: list[str]
    # How often or when the outcome comes, right before its amount ('betekent dit tweemaal € Y').
    outcome_multipliers: list[str]
    outcome_verbs_last: list[str]
    change_verbs: list[str]
    # 'Uitgeest gaat van € A naar € B': the verb whose subject's money a 'van ... naar' gives.
    move_verbs: list[str]
    # 'de uitkering voor X (als centrumgemeente) vastgesteld op € Y': X's money fixed.
    fixed_participles: list[str]
    # 'X ontving € A aan precario, Y € B': the word that names the kind of money after the first object.
    money_kind_markers: list[str]
    # 'Huishoudens in X betalen € Y': the residents who pay a municipality's levy, and their verb.
    levy_payers: list[str]
    levy_verbs: list[str]
    # 'In X kost een rijbewijs € Y': what a document or service of the municipality's costs there, its leges.
    levy_cost_verbs: list[str]
    levy_products: list[str]
    # 'ontvangt X in 2024 daarnaast een uitkering van € Y': an adverb before the money the verb takes.
    object_adverbs: list[str]
    # 'De gemeente heeft € Y nodig': an amount asked for.
    need_words: list[str]
    # 'Vastgestelde subsidie | € 371.240,16' under a letter to one college: its grant settled.
    settlement_rows: list[str]
    settlement_row_blockers: list[str]
    # 'FACTUUR' heading a letter to one college, 'de volgende claim' over its table: each line is charged to it.
    bill_words: list[str]
    # 'eist € Y van de gemeente X': X is charged.
    claim_verbs: list[str]
    # 'X had over 2023 een tekort van € Y': X's own balance.
    balance_nouns: list[str]
    balance_verbs: list[str]
    # '..., waarvan X € Y': X's part of the sum before.
    part_openers: list[str]
    audit_bodies: list[str]
    # The audit body's own yearly account at its head ('Rekenkamercommissie X | Jaarverslag 2024'): its own money.
    audit_own_reports: list[str]
    # 'vorm van toezicht', 'repressief toezicht': a province's letter on a municipality's budget.
    oversight_words: list[str]
    # 'begrotingswijzigingen met een bedrag van meer dan € 100.000': a limit the supervisor sets, no one's money.
    limit_phrases: list[str]
    audited_columns: list[str]
    organisation_rows: list[str]
    # 'het krediet bedroeg € Y', 'een overschrijding van € Y' in a rekenkamer's prose: the audited
    # municipality's money; a tolerance, an error found, a subsidy to a foundation is no one's.
    audited_prose_nouns: list[str]
    audited_prose_others: list[str]
    audited_prose_limits: list[str]


@dataclass(frozen=True)
class AmountsNumbersFile:
    """``resources/amounts/numbers.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "numbers.json"
    fractions: dict[str, Any]
    half_suffixes: list[str]
    vague: list[str]


@dataclass(frozen=True)
class AmountsQualifiersFile:
    """``resources/amounts/qualifiers.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "qualifiers.json"
    before: dict[str, Any]
    after: dict[str, Any]
    # A sign word after the figure (``€ 18.312 negatief``) -> the factor of its value.
    signs_after: dict[str, Any]


@dataclass(frozen=True)
class AmountsRangesFile:
    """``resources/amounts/ranges.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "ranges.json"
    joiners: list[str]
    openers: dict[str, Any]


@dataclass(frozen=True)
class AmountsScalesFile:
    """``resources/amounts/scales.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "scales.json"
    words: dict[str, Any]
    suffixes: dict[str, Any]
    needs_money_context: list[str]
    multipliers: dict[str, Any]


@dataclass(frozen=True)
class AmountsTablesFile:
    """``resources/amounts/tables.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "tables.json"
    money_headers: list[str]
    money_captions: list[str]
    not_money_headers: list[str]
    # A row label that counts ('Aantal schooldagen'): its figure in a money column is no money.
    count_rows: list[str]
    # A column that shares money out by a count (``Aandeel inwoners/schade``) is money.
    share_headers: list[str]
    total_labels: list[str]
    money_rows: list[str]
    unit_declarations: list[str]
    note_headers: list[str]
    footnote_units: list[str]
    currency_headers: dict[str, str]


@dataclass(frozen=True)
class AmountsUnitsFile:
    """``resources/amounts/units.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "units.json"
    after: dict[str, Any]
    before: dict[str, Any]
